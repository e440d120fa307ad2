-- 0001: center settings, territory, users, enterprise files, advisory sessions, audit, search.
-- Portable SQL (STRICT, INTEGER cents, ISO dates as TEXT, booleans 0/1 with CHECK);
-- the only SQLite-specific piece is the FTS5 search table, marked below.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Seeded by the program from db/catalogs/territorio-sv-2024.csv (id = line order).
CREATE TABLE distrito (
  id           INTEGER PRIMARY KEY,
  nombre       TEXT NOT NULL,
  municipio    TEXT NOT NULL,
  departamento TEXT NOT NULL,
  UNIQUE (departamento, nombre)
) STRICT;

CREATE TABLE app_user (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE,
  username             TEXT NOT NULL UNIQUE,
  full_name            TEXT NOT NULL,
  role                 TEXT NOT NULL CHECK (role IN ('asesor','director','compras','ventanilla','admin','consulta')),
  password_hash        TEXT NOT NULL,
  active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0,1)),
  failed_attempts      INTEGER NOT NULL DEFAULT 0,
  locked_until         TEXT,
  version              INTEGER NOT NULL DEFAULT 1,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  created_by           INTEGER REFERENCES app_user(id),
  updated_by           INTEGER REFERENCES app_user(id)
) STRICT;

CREATE TABLE enterprise (
  id                       INTEGER PRIMARY KEY,
  uuid                     TEXT NOT NULL UNIQUE,
  codigo                   TEXT NOT NULL UNIQUE,
  nombre                   TEXT NOT NULL,
  forma_juridica           TEXT NOT NULL CHECK (forma_juridica IN ('persona_natural','sociedad','cooperativa','asociacion','grupo_asociativo')),
  titular_nombre           TEXT NOT NULL,
  titular_dui              TEXT,
  titular_sexo             TEXT NOT NULL CHECK (titular_sexo IN ('mujer','hombre')),
  titular_fecha_nacimiento TEXT,
  titular_discapacidad     INTEGER NOT NULL DEFAULT 0 CHECK (titular_discapacidad IN (0,1)),
  titular_retornado        INTEGER NOT NULL DEFAULT 0 CHECK (titular_retornado IN (0,1)),
  socias                   INTEGER NOT NULL DEFAULT 0 CHECK (socias >= 0),
  socios                   INTEGER NOT NULL DEFAULT 0 CHECK (socios >= 0),
  sector                   TEXT NOT NULL CHECK (sector IN ('agroindustria','artesanias','turismo','alimentos_bebidas','textiles_confeccion','cosmetica_natural','comercio','servicios','otro')),
  distrito_id              INTEGER NOT NULL REFERENCES distrito(id),
  zona                     TEXT NOT NULL CHECK (zona IN ('rural','urbana')),
  empleados_mujeres        INTEGER NOT NULL DEFAULT 0 CHECK (empleados_mujeres >= 0),
  empleados_hombres        INTEGER NOT NULL DEFAULT 0 CHECK (empleados_hombres >= 0),
  ventas_anuales_centavos  INTEGER NOT NULL DEFAULT 0 CHECK (ventas_anuales_centavos >= 0),
  nit                      TEXT,
  nrc                      TEXT,
  registro_sanitario       INTEGER NOT NULL DEFAULT 0 CHECK (registro_sanitario IN (0,1)),
  marca                    INTEGER NOT NULL DEFAULT 0 CHECK (marca IN (0,1)),
  codigo_barras            INTEGER NOT NULL DEFAULT 0 CHECK (codigo_barras IN (0,1)),
  fecha_ingreso            TEXT NOT NULL,
  asesor_id                INTEGER REFERENCES app_user(id),
  fuente                   TEXT NOT NULL CHECK (fuente IN ('ventanilla','cdmype','conamype','ciudad_mujer','otra')),
  estado                   TEXT NOT NULL CHECK (estado IN ('activa','en_pausa','graduada','cerrada')),
  notas                    TEXT NOT NULL DEFAULT '',
  -- Derived facts kept by the database so report aggregates stay in SQL;
  -- the same rules as core/enterprise.cpp (a store test checks they agree).
  asociativa               INTEGER GENERATED ALWAYS AS
                             (CASE WHEN forma_juridica IN ('cooperativa','asociacion','grupo_asociativo') THEN 1 ELSE 0 END) STORED,
  liderada_por_mujer       INTEGER GENERATED ALWAYS AS
                             (CASE WHEN titular_sexo = 'mujer' OR (socias + socios > 0 AND socias * 2 >= socias + socios) THEN 1 ELSE 0 END) STORED,
  version                  INTEGER NOT NULL DEFAULT 1,
  created_at               TEXT NOT NULL,
  updated_at               TEXT NOT NULL,
  created_by               INTEGER REFERENCES app_user(id),
  updated_by               INTEGER REFERENCES app_user(id)
) STRICT;

CREATE INDEX enterprise_fecha_ingreso ON enterprise (fecha_ingreso);
CREATE INDEX enterprise_asesor ON enterprise (asesor_id);
CREATE INDEX enterprise_distrito ON enterprise (distrito_id);
CREATE INDEX enterprise_titular_dui ON enterprise (titular_dui);
CREATE INDEX enterprise_nit ON enterprise (nit);
CREATE INDEX enterprise_nombre ON enterprise (nombre);

CREATE TABLE advisory_session (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  enterprise_id      INTEGER NOT NULL REFERENCES enterprise(id),
  asesor_id          INTEGER NOT NULL REFERENCES app_user(id),
  fecha              TEXT NOT NULL,
  duracion_min       INTEGER NOT NULL CHECK (duracion_min > 0),
  modalidad          TEXT NOT NULL CHECK (modalidad IN ('presencial_empresa','presencial_centro','telefonica','virtual')),
  area               TEXT NOT NULL CHECK (area IN ('asesoria_empresarial','asesoria_tic','empresarialidad_femenina','asesoria_financiera','asistencia_tecnica','vinculacion','capacitacion')),
  tema               TEXT NOT NULL DEFAULT '',
  diagnostico        TEXT NOT NULL DEFAULT '',
  acuerdos           TEXT NOT NULL DEFAULT '',
  proximo_paso       TEXT NOT NULL DEFAULT '',
  fecha_proximo_paso TEXT,
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  created_by         INTEGER REFERENCES app_user(id),
  updated_by         INTEGER REFERENCES app_user(id)
) STRICT;

CREATE INDEX session_fecha ON advisory_session (fecha, enterprise_id);
CREATE INDEX session_enterprise ON advisory_session (enterprise_id, fecha);
CREATE INDEX session_asesor ON advisory_session (asesor_id, fecha);

-- Append-only: who changed what, with before/after as JSON objects.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  user_id     INTEGER,
  username    TEXT NOT NULL,
  operation   TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),
  table_name  TEXT NOT NULL,
  record_id   INTEGER NOT NULL,
  before_json TEXT,
  after_json  TEXT
) STRICT;

CREATE INDEX audit_record ON audit_log (table_name, record_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'el registro de auditoría no se puede modificar'); END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'el registro de auditoría no se puede borrar'); END;

-- SQLite dialect: full-text search (FTS5), accent- and case-insensitive,
-- with prefix indexes for type-ahead. External content = enterprise table,
-- kept in step by the triggers below.
CREATE VIRTUAL TABLE enterprise_fts USING fts5 (
  nombre, codigo, titular_nombre, titular_dui,
  content = 'enterprise', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TRIGGER enterprise_fts_insert AFTER INSERT ON enterprise BEGIN
  INSERT INTO enterprise_fts (rowid, nombre, codigo, titular_nombre, titular_dui)
  VALUES (new.id, new.nombre, new.codigo, new.titular_nombre, new.titular_dui);
END;

CREATE TRIGGER enterprise_fts_delete AFTER DELETE ON enterprise BEGIN
  INSERT INTO enterprise_fts (enterprise_fts, rowid, nombre, codigo, titular_nombre, titular_dui)
  VALUES ('delete', old.id, old.nombre, old.codigo, old.titular_nombre, old.titular_dui);
END;

CREATE TRIGGER enterprise_fts_update AFTER UPDATE OF nombre, codigo, titular_nombre, titular_dui ON enterprise BEGIN
  INSERT INTO enterprise_fts (enterprise_fts, rowid, nombre, codigo, titular_nombre, titular_dui)
  VALUES ('delete', old.id, old.nombre, old.codigo, old.titular_nombre, old.titular_dui);
  INSERT INTO enterprise_fts (rowid, nombre, codigo, titular_nombre, titular_dui)
  VALUES (new.id, new.nombre, new.codigo, new.titular_nombre, new.titular_dui);
END;
