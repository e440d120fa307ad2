-- 0017: the register of a person's requests under the data-protection law (issue 15; Decreto
-- Legislativo 144, the ARCO-POL rights) and the holidays the director adds to the calendar their
-- deadlines are counted on (core/business_days.hpp holds the Código de Trabajo's own).
CREATE TABLE rights_request (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  persona_nombre  TEXT NOT NULL CHECK (persona_nombre <> ''),
  persona_dui     TEXT NOT NULL DEFAULT '',
  derecho         TEXT NOT NULL CHECK (derecho IN ('acceso', 'rectificacion', 'cancelacion',
                                        'oposicion', 'portabilidad', 'olvido', 'limitacion')),
  recibida        TEXT NOT NULL,                 -- ISO date
  vence           TEXT NOT NULL,                 -- ISO date; the extended one after a prórroga
  prorroga_motivo TEXT NOT NULL DEFAULT '',      -- '' while not extended (one extension only)
  estado          TEXT NOT NULL DEFAULT 'abierta' CHECK (estado IN ('abierta', 'respondida')),
  respuesta       TEXT NOT NULL DEFAULT '',
  respondida      TEXT,                          -- ISO date of the answer
  atendida_por    INTEGER REFERENCES app_user(id),
  created_at      TEXT NOT NULL,
  created_by      INTEGER REFERENCES app_user(id)
) STRICT;
CREATE INDEX rights_request_open ON rights_request (estado, vence);

CREATE TABLE holiday_extra (
  id          INTEGER PRIMARY KEY,
  fecha       TEXT NOT NULL UNIQUE,              -- ISO date
  nombre      TEXT NOT NULL CHECK (nombre <> ''),
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES app_user(id)
) STRICT;
