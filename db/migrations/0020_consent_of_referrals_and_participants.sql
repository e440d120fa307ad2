-- 0020: consent of every person the center records (issue 15), not only a file's titular: a
-- referral's person (asked at the ventanilla) and a training participant without a file. A
-- record belongs to exactly one of them. SQLite cannot drop a NOT NULL, so the table is rebuilt
-- (nothing references it); the new columns go last, as the server's ALTER TABLE puts them.
CREATE TABLE consent_record_0020 (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  enterprise_id  INTEGER REFERENCES enterprise(id),
  accion         TEXT NOT NULL CHECK (accion IN ('otorga', 'retira', 'oposicion', 'limitacion',
                                                 'levanta')),
  alcances       TEXT NOT NULL DEFAULT '',      -- comma list of scope codes
  fecha          TEXT NOT NULL,                 -- ISO date the person signed or asked
  texto_version  TEXT NOT NULL DEFAULT '',
  motivo         TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES app_user(id),
  referral_id    INTEGER REFERENCES referral(id),
  attendee_id    INTEGER REFERENCES training_attendee(id),
  CHECK ((enterprise_id IS NOT NULL) + (referral_id IS NOT NULL) + (attendee_id IS NOT NULL) = 1)
) STRICT;
INSERT INTO consent_record_0020 (id, uuid, enterprise_id, accion, alcances, fecha, texto_version,
                                 motivo, created_at, created_by)
  SELECT id, uuid, enterprise_id, accion, alcances, fecha, texto_version, motivo, created_at,
         created_by FROM consent_record;
DROP TABLE consent_record;
ALTER TABLE consent_record_0020 RENAME TO consent_record;
-- A person's records in order, and whether they have a grant, from the index alone.
CREATE INDEX consent_record_enterprise ON consent_record (enterprise_id, accion, id);
CREATE INDEX consent_record_referral ON consent_record (referral_id, accion, id);
CREATE INDEX consent_record_attendee ON consent_record (attendee_id, accion, id);
