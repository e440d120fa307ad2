-- 0018: the breach log of the data-protection law (issue 15; Decreto Legislativo 144): every
-- security incident with personal data, its measures, and when the Agencia de Ciberseguridad del
-- Estado, the Fiscalía and the people affected were notified (72 hours; core/data_breach.hpp).
CREATE TABLE data_breach (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  detectada            TEXT NOT NULL,             -- ISO UTC, when the center learned of it
  descripcion          TEXT NOT NULL CHECK (descripcion <> ''),
  datos                TEXT NOT NULL DEFAULT '',  -- which data were exposed
  personas             INTEGER NOT NULL DEFAULT 0 CHECK (personas >= 0),
  medidas              TEXT NOT NULL DEFAULT '',
  notificada_ace       TEXT,                      -- ISO UTC of each notice, NULL until given
  notificada_fiscalia  TEXT,
  notificadas_personas TEXT,
  created_at           TEXT NOT NULL,
  created_by           INTEGER REFERENCES app_user(id)
) STRICT;

-- Retention review: a closed or graduated file with no activity for the years the center keeps
-- data (setting retencion_anios, default 5) is listed for review until it is forgotten or kept
-- with a reason; a decision to keep holds for another such period.
CREATE TABLE retention_decision (
  id             INTEGER PRIMARY KEY,
  enterprise_id  INTEGER NOT NULL REFERENCES enterprise(id),
  decidida       TEXT NOT NULL,                 -- ISO date
  motivo         TEXT NOT NULL CHECK (motivo <> ''),
  created_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES app_user(id)
) STRICT;
CREATE INDEX retention_decision_enterprise ON retention_decision (enterprise_id, decidida);
