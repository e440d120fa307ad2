-- 0007 (PostgreSQL twin of ../0007_report_aggregates.sql): aggregates the monthly report
-- reads, kept exact by triggers. Why and how: see the SQLite file; the tables, rows and
-- trigger names are the same. SQLite's trigger bodies become plpgsql functions of the same
-- names; in the upserts the existing row's column is qualified with its table
-- (`sessions` alone is ambiguous with excluded.sessions), min(a, b) is LEAST (both values are
-- NOT NULL, so LEAST skipping NULLs changes nothing) and `IS NOT` is IS DISTINCT FROM.
-- Row triggers here fire after the whole statement, SQLite's after each row: the results
-- agree because every step either adds (+1, LEAST) or rebuilds a row from the sessions
-- present (schema_parity_test.sh compares both engines after the same edits).

-- Sessions and minutes per month ('YYYY-MM'), asesor and área.
CREATE TABLE session_month_stats (
  month     TEXT NOT NULL,
  asesor_id BIGINT NOT NULL,
  area      TEXT NOT NULL,
  sessions  BIGINT NOT NULL,
  minutes   BIGINT NOT NULL,
  PRIMARY KEY (month, asesor_id, area)
);

-- Enterprises attended in a period: period 'YYYY-MM' (a month) or 'YYYY' (a year).
CREATE TABLE enterprise_attendance (
  period                   TEXT NOT NULL,
  enterprise_id            BIGINT NOT NULL,
  first_fecha              TEXT NOT NULL,
  sector                   TEXT NOT NULL,
  distrito_id              BIGINT NOT NULL,
  zona                     TEXT NOT NULL,
  liderada_por_mujer       BIGINT NOT NULL,
  asociativa               BIGINT NOT NULL,
  titular_fecha_nacimiento TEXT,
  PRIMARY KEY (period, enterprise_id)
);

CREATE INDEX enterprise_attendance_enterprise ON enterprise_attendance (enterprise_id);

-- Existing data.
INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
  SELECT substr(fecha, 1, 7), asesor_id, area, COUNT(*), SUM(duracion_min)
  FROM advisory_session GROUP BY 1, 2, 3;

INSERT INTO enterprise_attendance
  SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
         e.asociativa, e.titular_fecha_nacimiento
  FROM (SELECT substr(fecha, 1, 7) AS period, enterprise_id, MIN(fecha) AS first_fecha
        FROM advisory_session GROUP BY 1, 2
        UNION ALL
        SELECT substr(fecha, 1, 4), enterprise_id, MIN(fecha)
        FROM advisory_session GROUP BY 1, 2) p
  JOIN enterprise e ON e.id = p.enterprise_id;

-- A session enters its month's stats and marks its enterprise attended in its
-- month and year (keeping the earliest date). Used by insert and update.
CREATE FUNCTION report_aggregates_session_add(s advisory_session) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
    VALUES (substr(s.fecha, 1, 7), s.asesor_id, s.area, 1, s.duracion_min)
    ON CONFLICT (month, asesor_id, area)
    DO UPDATE SET sessions = session_month_stats.sessions + 1,
                  minutes = session_month_stats.minutes + excluded.minutes;
  INSERT INTO enterprise_attendance
    SELECT p.period, e.id, s.fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento
    FROM (SELECT substr(s.fecha, 1, 7) AS period UNION ALL SELECT substr(s.fecha, 1, 4)) p
    JOIN enterprise e ON e.id = s.enterprise_id
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = LEAST(enterprise_attendance.first_fecha, excluded.first_fecha);
END $$;

-- A session leaves its month's stats, and its enterprise's month and year rows
-- are rebuilt from the sessions that remain. Used by delete and update.
CREATE FUNCTION report_aggregates_session_remove(s advisory_session) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE session_month_stats
    SET sessions = sessions - 1, minutes = minutes - s.duracion_min
    WHERE month = substr(s.fecha, 1, 7) AND asesor_id = s.asesor_id AND area = s.area;
  DELETE FROM session_month_stats
    WHERE month = substr(s.fecha, 1, 7) AND asesor_id = s.asesor_id AND area = s.area
      AND sessions <= 0;
  DELETE FROM enterprise_attendance
    WHERE enterprise_id = s.enterprise_id
      AND period IN (substr(s.fecha, 1, 7), substr(s.fecha, 1, 4));
  INSERT INTO enterprise_attendance
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento
    FROM (SELECT substr(s.fecha, 1, 7) AS period, MIN(a.fecha) AS first_fecha
          FROM advisory_session a
          WHERE a.enterprise_id = s.enterprise_id AND a.fecha BETWEEN substr(s.fecha, 1, 7) || '-01'
                                                          AND substr(s.fecha, 1, 7) || '-31'
          UNION ALL
          SELECT substr(s.fecha, 1, 4), MIN(a.fecha)
          FROM advisory_session a
          WHERE a.enterprise_id = s.enterprise_id AND a.fecha BETWEEN substr(s.fecha, 1, 4) || '-01-01'
                                                          AND substr(s.fecha, 1, 4) || '-12-31') p
    JOIN enterprise e ON e.id = s.enterprise_id
    WHERE p.first_fecha IS NOT NULL;
END $$;

CREATE FUNCTION report_aggregates_session_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_aggregates_session_add(NEW);
  RETURN NULL;
END $$;

CREATE FUNCTION report_aggregates_session_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_aggregates_session_remove(OLD);
  RETURN NULL;
END $$;

-- An edited session: out of its old place, into its new one.
CREATE FUNCTION report_aggregates_session_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_aggregates_session_remove(OLD);
  PERFORM report_aggregates_session_add(NEW);
  RETURN NULL;
END $$;

-- An edited enterprise file: its copies follow (only when a grouped fact changed).
CREATE FUNCTION report_aggregates_enterprise_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE enterprise_attendance
    SET sector = NEW.sector, distrito_id = NEW.distrito_id, zona = NEW.zona,
        liderada_por_mujer = NEW.liderada_por_mujer, asociativa = NEW.asociativa,
        titular_fecha_nacimiento = NEW.titular_fecha_nacimiento
    WHERE enterprise_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER report_aggregates_session_insert AFTER INSERT ON advisory_session
  FOR EACH ROW EXECUTE FUNCTION report_aggregates_session_insert();

CREATE TRIGGER report_aggregates_session_delete AFTER DELETE ON advisory_session
  FOR EACH ROW EXECUTE FUNCTION report_aggregates_session_delete();

CREATE TRIGGER report_aggregates_session_update
  AFTER UPDATE OF enterprise_id, asesor_id, fecha, area, duracion_min ON advisory_session
  FOR EACH ROW EXECUTE FUNCTION report_aggregates_session_update();

CREATE TRIGGER report_aggregates_enterprise_update AFTER UPDATE ON enterprise
  FOR EACH ROW
  WHEN (OLD.sector IS DISTINCT FROM NEW.sector OR OLD.distrito_id IS DISTINCT FROM NEW.distrito_id
        OR OLD.zona IS DISTINCT FROM NEW.zona
        OR OLD.liderada_por_mujer IS DISTINCT FROM NEW.liderada_por_mujer
        OR OLD.asociativa IS DISTINCT FROM NEW.asociativa
        OR OLD.titular_fecha_nacimiento IS DISTINCT FROM NEW.titular_fecha_nacimiento)
  EXECUTE FUNCTION report_aggregates_enterprise_update();
