-- 0006 (PostgreSQL twin of ../0006_audit_chain.sql): tamper evidence for the audit log. Each row
-- stores chain_hash = SHA-256(previous row's chain_hash, this row's fields), computed by the
-- program when it appends (store/audit_chain.cpp); `check` recomputes the chain and names the
-- first row that does not match.
ALTER TABLE audit_log ADD COLUMN chain_hash TEXT;

-- Rows written before this version are sealed once by the program right
-- after this migration, so the no-update trigger now lets exactly one change
-- through: giving an unsealed row its hash, every other column unchanged.
-- Anything else is still refused (same condition as SQLite's WHEN; its `IS`
-- is IS NOT DISTINCT FROM here). The function of 0001 raises the message.
DROP TRIGGER audit_log_no_update ON audit_log;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW
WHEN (NOT (old.chain_hash IS NULL AND new.chain_hash IS NOT NULL
           AND new.id = old.id AND new.at = old.at AND new.user_id IS NOT DISTINCT FROM old.user_id
           AND new.username = old.username AND new.operation = old.operation
           AND new.table_name = old.table_name AND new.record_id = old.record_id
           AND new.before_json IS NOT DISTINCT FROM old.before_json
           AND new.after_json IS NOT DISTINCT FROM old.after_json))
EXECUTE FUNCTION audit_log_refuse_update();
