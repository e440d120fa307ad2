-- 0005: referrals from municipal ventanillas, trainings with their attendance, and results.
-- Portable SQL (STRICT, INTEGER cents, ISO dates as TEXT).

-- A referral keeps the uuid the ventanilla gave it: importing its file again
-- finds the same row (product.md §4, idempotent by uuid).
CREATE TABLE referral (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  fecha          TEXT NOT NULL,
  distrito_id    INTEGER NOT NULL REFERENCES distrito(id),   -- the ventanilla's distrito
  nombre         TEXT NOT NULL,
  sexo           TEXT NOT NULL CHECK (sexo IN ('mujer','hombre')),
  telefono       TEXT NOT NULL DEFAULT '',
  dui            TEXT,
  sector         TEXT NOT NULL CHECK (sector IN ('agroindustria','artesanias','turismo','alimentos_bebidas','textiles_confeccion','cosmetica_natural','comercio','servicios','otro')),
  necesidad      TEXT NOT NULL DEFAULT '',
  estado         TEXT NOT NULL CHECK (estado IN ('recibida','asignada','atendida','no_procede')),
  asesor_id      INTEGER REFERENCES app_user(id),
  enterprise_id  INTEGER REFERENCES enterprise(id),
  motivo         TEXT NOT NULL DEFAULT '',
  -- The ventanilla account that recorded it in this database (NULL: from a file).
  registrada_por INTEGER REFERENCES app_user(id),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES app_user(id),
  updated_by     INTEGER REFERENCES app_user(id)
) STRICT;

-- The report counts a month's referrals by distrito and by state from this
-- index alone; the inbox lists by state; a ventanilla lists its own.
CREATE INDEX referral_fecha ON referral (fecha, distrito_id, estado);
CREATE INDEX referral_estado ON referral (estado, fecha);
CREATE INDEX referral_registrada_por ON referral (registrada_por, fecha);
CREATE INDEX referral_enterprise ON referral (enterprise_id);

CREATE TABLE training (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  titulo      TEXT NOT NULL,
  tema        TEXT NOT NULL DEFAULT '',
  institucion TEXT NOT NULL DEFAULT '',  -- partner institution; the list is the distinct values
  fecha       TEXT NOT NULL,
  minutos     INTEGER NOT NULL CHECK (minutos > 0),
  lugar       TEXT NOT NULL DEFAULT '',
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES app_user(id),
  updated_by  INTEGER REFERENCES app_user(id)
) STRICT;

CREATE INDEX training_fecha ON training (fecha);

CREATE TABLE training_attendee (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  training_id   INTEGER NOT NULL REFERENCES training(id),
  enterprise_id INTEGER REFERENCES enterprise(id),
  nombre        TEXT NOT NULL,
  sexo          TEXT NOT NULL CHECK (sexo IN ('mujer','hombre')),
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES app_user(id),
  updated_by    INTEGER REFERENCES app_user(id)
) STRICT;

-- Participants by sex of the month's trainings: read from this index alone.
CREATE INDEX training_attendee_training ON training_attendee (training_id, sexo);

-- One row per result kind, as the `resultados` file has it; valor is cents
-- (ventas, financiamiento), a count (empleos_*) or 1 (formalizations, new market).
CREATE TABLE result (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
  fecha         TEXT NOT NULL,
  tipo          TEXT NOT NULL CHECK (tipo IN ('ventas','empleos_mujeres','empleos_hombres','nit','nrc','registro_sanitario','marca','codigo_barras','financiamiento','nuevo_mercado')),
  valor         INTEGER NOT NULL CHECK (valor >= 0),
  detalle       TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES app_user(id),
  updated_by    INTEGER REFERENCES app_user(id)
) STRICT;

-- The report sums a month's results by kind from this index alone.
CREATE INDEX result_fecha ON result (fecha, tipo, valor);
CREATE INDEX result_enterprise ON result (enterprise_id, fecha);
