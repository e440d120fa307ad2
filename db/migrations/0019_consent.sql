-- 0019: consent of a file's titular under the data-protection law (issue 15; Decreto
-- Legislativo 144; core/consent.hpp). A row is a grant (the scopes ticked on the form, all of
-- them), a withdrawal of scopes, an objection or limitation, or lifting it; never edited. A file
-- without a grant is history imported before consent was recorded ("consentimiento no
-- registrado"), which Inicio lists until it is regularized.
CREATE TABLE consent_record (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  enterprise_id  INTEGER NOT NULL REFERENCES enterprise(id),
  accion         TEXT NOT NULL CHECK (accion IN ('otorga', 'retira', 'oposicion', 'limitacion',
                                                 'levanta')),
  alcances       TEXT NOT NULL DEFAULT '',      -- comma list of scope codes
  fecha          TEXT NOT NULL,                 -- ISO date the person signed or asked
  texto_version  TEXT NOT NULL DEFAULT '',
  motivo         TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES app_user(id)
) STRICT;
-- A file's records in order, and whether it has a grant, from the index alone.
CREATE INDEX consent_record_enterprise ON consent_record (enterprise_id, accion, id);
