-- 0002: technical assistance (AT) with co-payment: providers, subsidy policy versions, AT budget, AT records.
-- Portable SQL (STRICT, INTEGER cents, ISO dates as TEXT, booleans 0/1 with CHECK).

CREATE TABLE provider (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  nombre         TEXT NOT NULL,
  -- The name folded by the program (lower case, no accents, single spaces):
  -- "Peña Consultores" and "PENA  consultores" are the same provider. Kept as
  -- a column because COLLATE NOCASE folds ASCII only and is SQLite-specific.
  nombre_clave   TEXT NOT NULL UNIQUE,
  nit            TEXT,
  especialidades TEXT NOT NULL DEFAULT '',
  contacto       TEXT NOT NULL DEFAULT '',
  distrito_id    INTEGER REFERENCES distrito(id),
  activo         INTEGER NOT NULL DEFAULT 1 CHECK (activo IN (0,1)),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES app_user(id),
  updated_by     INTEGER REFERENCES app_user(id)
) STRICT;

-- Versions are only ever added: approved AT name the version in force on
-- their approval date, so that history must not change. The built-in default
-- (90/10, weighted 95/5) is not stored; AT approved under it have NULL here.
CREATE TABLE subsidy_policy_version (
  id                               INTEGER PRIMARY KEY,
  uuid                             TEXT NOT NULL UNIQUE,
  effective_from                   TEXT NOT NULL UNIQUE,
  kind                             TEXT NOT NULL CHECK (kind IN ('dos_pasos','graduada')),
  base_bp                          INTEGER NOT NULL CHECK (base_bp BETWEEN 0 AND 10000),
  weighted_bp                      INTEGER NOT NULL CHECK (weighted_bp BETWEEN 0 AND 10000),
  weight_conditions                TEXT NOT NULL DEFAULT '',  -- condition codes, comma-separated
  cap_per_at_centavos              INTEGER CHECK (cap_per_at_centavos IS NULL OR cap_per_at_centavos > 0),
  cap_per_enterprise_year_centavos INTEGER CHECK (cap_per_enterprise_year_centavos IS NULL OR cap_per_enterprise_year_centavos > 0),
  nota                             TEXT NOT NULL DEFAULT '',
  created_at                       TEXT NOT NULL,
  created_by                       INTEGER REFERENCES app_user(id)
) STRICT;

-- The table of a graduated version, in the order the director gave it (ties
-- between equally favourable rules go to the earlier one).
CREATE TABLE subsidy_policy_rule (
  id                INTEGER PRIMARY KEY,
  policy_version_id INTEGER NOT NULL REFERENCES subsidy_policy_version(id),
  position          INTEGER NOT NULL,
  rule_id           TEXT NOT NULL,
  nombre            TEXT NOT NULL DEFAULT '',
  conditions        TEXT NOT NULL DEFAULT '',  -- condition codes; empty: the default rule
  copago_bp         INTEGER NOT NULL CHECK (copago_bp BETWEEN 300 AND 1800),
  UNIQUE (policy_version_id, position),
  UNIQUE (policy_version_id, rule_id)
) STRICT;

-- The AT fund of a calendar year (by approval date) and CONAMYPE's share of it.
CREATE TABLE at_budget (
  id             INTEGER PRIMARY KEY,
  year           INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
  fondo_centavos INTEGER NOT NULL CHECK (fondo_centavos >= 0),
  conamype_bp    INTEGER NOT NULL DEFAULT 5000 CHECK (conamype_bp BETWEEN 0 AND 10000),
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  created_by     INTEGER REFERENCES app_user(id),
  updated_by     INTEGER REFERENCES app_user(id)
) STRICT;

CREATE TABLE technical_assistance (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  codigo               TEXT NOT NULL UNIQUE,  -- CH-AT-2026-0003
  enterprise_id        INTEGER NOT NULL REFERENCES enterprise(id),
  drafted_by           INTEGER NOT NULL REFERENCES app_user(id),
  requested_by         INTEGER REFERENCES app_user(id),
  descripcion          TEXT NOT NULL,
  especialidad         TEXT NOT NULL DEFAULT '',
  provider_id          INTEGER REFERENCES provider(id),
  costo_total_centavos INTEGER NOT NULL CHECK (costo_total_centavos > 0),
  estado               TEXT NOT NULL CHECK (estado IN ('borrador','solicitada','aprobada','rechazada','contratada','en_ejecucion','finalizada','liquidada','cancelada')),
  fecha_solicitud      TEXT,
  fecha_aprobacion     TEXT,  -- the director's decision, approval or rejection
  fecha_contratacion   TEXT,
  fecha_inicio         TEXT,
  fecha_finalizacion   TEXT,
  fecha_liquidacion    TEXT,
  fecha_cancelacion    TEXT,
  approved_by          INTEGER REFERENCES app_user(id),
  motivo_rechazo       TEXT NOT NULL DEFAULT '',
  motivo_cancelacion   TEXT NOT NULL DEFAULT '',
  -- The subsidy decision frozen at approval; never recomputed.
  policy_version_id    INTEGER REFERENCES subsidy_policy_version(id),  -- NULL: built-in default
  policy_kind          TEXT CHECK (policy_kind IS NULL OR policy_kind IN ('dos_pasos','graduada')),
  center_bp            INTEGER CHECK (center_bp IS NULL OR center_bp BETWEEN 0 AND 10000),
  subsidio_centavos    INTEGER CHECK (subsidio_centavos IS NULL OR subsidio_centavos >= 0),
  copago_centavos      INTEGER CHECK (copago_centavos IS NULL OR copago_centavos >= 0),
  subsidio_motivos     TEXT,  -- condition codes that earned the percentage, comma-separated
  subsidio_regla       TEXT,  -- graduated: the rule applied
  subsidio_tope        TEXT CHECK (subsidio_tope IS NULL OR subsidio_tope IN ('ninguno','por_asistencia','por_empresa_anio')),
  calificacion         INTEGER CHECK (calificacion IS NULL OR calificacion BETWEEN 1 AND 5),
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           INTEGER REFERENCES app_user(id),
  updated_by           INTEGER REFERENCES app_user(id),
  -- Approved and later: the decision is there and subsidy + co-payment = cost.
  CHECK (estado NOT IN ('aprobada','contratada','en_ejecucion','finalizada','liquidada')
         OR (center_bp IS NOT NULL AND policy_kind IS NOT NULL AND subsidio_centavos IS NOT NULL
             AND copago_centavos IS NOT NULL
             AND subsidio_centavos + copago_centavos = costo_total_centavos))
) STRICT;

CREATE INDEX at_fecha_aprobacion ON technical_assistance (fecha_aprobacion);
CREATE INDEX at_fecha_finalizacion ON technical_assistance (fecha_finalizacion);
CREATE INDEX at_estado ON technical_assistance (estado);
CREATE INDEX at_enterprise ON technical_assistance (enterprise_id);
CREATE INDEX at_provider ON technical_assistance (provider_id);

-- Weights of the approval queue's priority score (product.md §2), editable by
-- the director; the same defaults as core/priority_score.hpp. No
-- prioridad_max_dias_espera row: the days of waiting keep adding points.
INSERT INTO setting (key, value) VALUES
  ('prioridad_peso_mujer', '30'),
  ('prioridad_peso_rural', '20'),
  ('prioridad_peso_asociativa', '15'),
  ('prioridad_peso_joven', '10'),
  ('prioridad_peso_retornado', '10'),
  ('prioridad_peso_primera_at', '15'),
  ('prioridad_peso_dia_espera', '1');
