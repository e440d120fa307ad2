-- 0003: annual goals of the center's plan (metas) and issued monthly reports.
-- Portable SQL: STRICT tables, INTEGER values (money in cents), ISO text dates.

-- One goal per year and indicator; the indicator codes are listed in
-- app/core/indicators.cpp (validated by the service, not by a CHECK, so a
-- new indicator needs no migration).
CREATE TABLE annual_goal (
  id         INTEGER PRIMARY KEY,
  year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  indicador  TEXT NOT NULL,
  value      INTEGER NOT NULL CHECK (value >= 0),
  version    INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by INTEGER REFERENCES app_user(id),
  updated_by INTEGER REFERENCES app_user(id),
  UNIQUE (year, indicador)
) STRICT;

-- The report as the director issued it: exact JSON and PDF bytes, and the
-- SHA-256 of the PDF (lower-case hex) to show the stored file is unchanged.
-- One row per month; re-issuing replaces it (the audit log keeps the
-- replaced JSON and hash).
CREATE TABLE issued_report (
  id         INTEGER PRIMARY KEY,
  periodo    TEXT NOT NULL UNIQUE CHECK (length(periodo) = 7),
  issued_at  TEXT NOT NULL,
  issued_by  INTEGER NOT NULL REFERENCES app_user(id),
  json       TEXT NOT NULL,
  pdf        BLOB NOT NULL,
  sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
  version    INTEGER NOT NULL DEFAULT 1
) STRICT;

-- The report's session aggregates (count, minutes, by área, by asesor,
-- distinct enterprises) over a month or the year to date read this index
-- alone, without visiting the session rows and their long texts: about 20×
-- faster over a year of a large center. Same name, wider columns.
DROP INDEX session_fecha;
CREATE INDEX session_fecha ON advisory_session (fecha, enterprise_id, asesor_id, area, duracion_min);
