-- 0016: forgetting a person without breaking the audit chain. The identifying
-- fields of every audit snapshot (names, DUI, NIT, phone, birth date, free
-- text) are written encrypted with a key of the person they belong to
-- (store/audit_seal.cpp); forgetting the person deletes the key, so those
-- values become unreadable while the chain, which hashes what is stored,
-- still verifies.
--
-- One key per record that holds a person: the titular of a file
-- (tabla 'enterprise'; its sessions, AT and results use it too), a
-- referral's person ('referral') and a training participant
-- ('training_attendee'). A forgotten record that is written again gets a new
-- key, never the old one back.
CREATE TABLE clave_personal (
  id          INTEGER PRIMARY KEY,
  tabla       TEXT NOT NULL,
  registro_id INTEGER NOT NULL,
  clave       BLOB NOT NULL CHECK (length(clave) = 32),
  creada      TEXT NOT NULL,
  UNIQUE (tabla, registro_id)
) STRICT;

-- 1 once a row's snapshots are written the 0016 way. Every new row is; rows
-- from before are converted once by the program right after this migration
-- (the chain is then recomputed from the first converted row, and an audit
-- entry records the head hash it had before).
ALTER TABLE audit_log ADD COLUMN datos_personales_cifrados INTEGER NOT NULL DEFAULT 0
  CHECK (datos_personales_cifrados IN (0, 1));

-- The no-update trigger lets exactly two changes through, each once per row:
-- 0006's sealing of a row without a hash, and this conversion (0 → 1, with
-- new snapshots and hash). Who, when, what and which record never change.
DROP TRIGGER audit_log_no_update;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (new.id = old.id AND new.at = old.at AND new.user_id IS old.user_id
          AND new.username = old.username AND new.operation = old.operation
          AND new.table_name = old.table_name AND new.record_id = old.record_id
          AND ((old.chain_hash IS NULL AND new.chain_hash IS NOT NULL
                AND new.before_json IS old.before_json AND new.after_json IS old.after_json
                AND new.datos_personales_cifrados = old.datos_personales_cifrados)
               OR (old.datos_personales_cifrados = 0 AND new.datos_personales_cifrados = 1
                   AND new.chain_hash IS NOT NULL)))
BEGIN SELECT RAISE(ABORT, 'el registro de auditoría no se puede modificar'); END;
