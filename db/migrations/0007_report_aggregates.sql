-- 0007: aggregates the monthly report reads, kept exact by triggers.
--
-- Why: at national scale (1,000,000 sessions) the report spent most of its
-- time re-deriving the same sets on every run: the distinct enterprises of
-- the month joined one by one to their files (about 50,000 lookups), and the
-- distinct enterprises of the year to date (several hundred thousand index
-- entries, then a sort). These tables hold those sets already grouped, so a
-- month or year-to-date figure reads a contiguous range of small rows.
-- Correctness: every insert, update and delete of a session or of the
-- enterprise facts the report groups by keeps them in step (a store test
-- compares them with the raw aggregates after random edits).

-- Sessions and minutes per month ('YYYY-MM'), asesor and área.
CREATE TABLE session_month_stats (
  month     TEXT NOT NULL,
  asesor_id INTEGER NOT NULL,
  area      TEXT NOT NULL,
  sessions  INTEGER NOT NULL,
  minutes   INTEGER NOT NULL,
  PRIMARY KEY (month, asesor_id, area)
) STRICT, WITHOUT ROWID;

-- Enterprises attended in a period: period 'YYYY-MM' (a month) or 'YYYY'
-- (a year). first_fecha is the enterprise's first session in the period, so
-- the year to date up to day D counts the year rows with first_fecha <= D.
-- The enterprise facts are copies kept by the enterprise trigger below.
CREATE TABLE enterprise_attendance (
  period                   TEXT NOT NULL,
  enterprise_id            INTEGER NOT NULL,
  first_fecha              TEXT NOT NULL,
  sector                   TEXT NOT NULL,
  distrito_id              INTEGER NOT NULL,
  zona                     TEXT NOT NULL,
  liderada_por_mujer       INTEGER NOT NULL,
  asociativa               INTEGER NOT NULL,
  titular_fecha_nacimiento TEXT,
  PRIMARY KEY (period, enterprise_id)
) STRICT, WITHOUT ROWID;

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

-- A new session counts in its month's stats and marks its enterprise attended
-- in its month and year (keeping the earliest date).
CREATE TRIGGER report_aggregates_session_insert AFTER INSERT ON advisory_session BEGIN
  INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
    VALUES (substr(NEW.fecha, 1, 7), NEW.asesor_id, NEW.area, 1, NEW.duracion_min)
    ON CONFLICT (month, asesor_id, area)
    DO UPDATE SET sessions = sessions + 1, minutes = minutes + excluded.minutes;
  INSERT INTO enterprise_attendance
    SELECT p.period, e.id, NEW.fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento
    FROM (SELECT substr(NEW.fecha, 1, 7) AS period UNION ALL SELECT substr(NEW.fecha, 1, 4)) p
    JOIN enterprise e ON e.id = NEW.enterprise_id
    WHERE true
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = min(first_fecha, excluded.first_fecha);
END;

-- A removed session leaves its month's stats, and its enterprise's month and
-- year rows are rebuilt from the sessions that remain (the session_enterprise
-- index answers the MIN).
CREATE TRIGGER report_aggregates_session_delete AFTER DELETE ON advisory_session BEGIN
  UPDATE session_month_stats SET sessions = sessions - 1, minutes = minutes - OLD.duracion_min
    WHERE month = substr(OLD.fecha, 1, 7) AND asesor_id = OLD.asesor_id AND area = OLD.area;
  DELETE FROM session_month_stats
    WHERE month = substr(OLD.fecha, 1, 7) AND asesor_id = OLD.asesor_id AND area = OLD.area
      AND sessions <= 0;
  DELETE FROM enterprise_attendance
    WHERE enterprise_id = OLD.enterprise_id
      AND period IN (substr(OLD.fecha, 1, 7), substr(OLD.fecha, 1, 4));
  INSERT INTO enterprise_attendance
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento
    FROM (SELECT substr(OLD.fecha, 1, 7) AS period, MIN(s.fecha) AS first_fecha
          FROM advisory_session s
          WHERE s.enterprise_id = OLD.enterprise_id AND s.fecha BETWEEN substr(OLD.fecha, 1, 7) || '-01'
                                                          AND substr(OLD.fecha, 1, 7) || '-31'
          UNION ALL
          SELECT substr(OLD.fecha, 1, 4), MIN(s.fecha)
          FROM advisory_session s
          WHERE s.enterprise_id = OLD.enterprise_id AND s.fecha BETWEEN substr(OLD.fecha, 1, 4) || '-01-01'
                                                          AND substr(OLD.fecha, 1, 4) || '-12-31') p
    JOIN enterprise e ON e.id = OLD.enterprise_id
    WHERE p.first_fecha IS NOT NULL;
END;

-- An edited session: out of its old place, into its new one (same steps as
-- the two triggers above).
CREATE TRIGGER report_aggregates_session_update
AFTER UPDATE OF enterprise_id, asesor_id, fecha, area, duracion_min ON advisory_session BEGIN
  UPDATE session_month_stats SET sessions = sessions - 1, minutes = minutes - OLD.duracion_min
    WHERE month = substr(OLD.fecha, 1, 7) AND asesor_id = OLD.asesor_id AND area = OLD.area;
  DELETE FROM session_month_stats
    WHERE month = substr(OLD.fecha, 1, 7) AND asesor_id = OLD.asesor_id AND area = OLD.area
      AND sessions <= 0;
  DELETE FROM enterprise_attendance
    WHERE enterprise_id = OLD.enterprise_id
      AND period IN (substr(OLD.fecha, 1, 7), substr(OLD.fecha, 1, 4));
  INSERT INTO enterprise_attendance
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento
    FROM (SELECT substr(OLD.fecha, 1, 7) AS period, MIN(s.fecha) AS first_fecha
          FROM advisory_session s
          WHERE s.enterprise_id = OLD.enterprise_id AND s.fecha BETWEEN substr(OLD.fecha, 1, 7) || '-01'
                                                          AND substr(OLD.fecha, 1, 7) || '-31'
          UNION ALL
          SELECT substr(OLD.fecha, 1, 4), MIN(s.fecha)
          FROM advisory_session s
          WHERE s.enterprise_id = OLD.enterprise_id AND s.fecha BETWEEN substr(OLD.fecha, 1, 4) || '-01-01'
                                                          AND substr(OLD.fecha, 1, 4) || '-12-31') p
    JOIN enterprise e ON e.id = OLD.enterprise_id
    WHERE p.first_fecha IS NOT NULL;
  INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
    VALUES (substr(NEW.fecha, 1, 7), NEW.asesor_id, NEW.area, 1, NEW.duracion_min)
    ON CONFLICT (month, asesor_id, area)
    DO UPDATE SET sessions = sessions + 1, minutes = minutes + excluded.minutes;
  INSERT INTO enterprise_attendance
    SELECT p.period, e.id, NEW.fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento
    FROM (SELECT substr(NEW.fecha, 1, 7) AS period UNION ALL SELECT substr(NEW.fecha, 1, 4)) p
    JOIN enterprise e ON e.id = NEW.enterprise_id
    WHERE true
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = min(first_fecha, excluded.first_fecha);
END;

-- An edited enterprise file: its copies follow (only when a grouped fact changed).
CREATE TRIGGER report_aggregates_enterprise_update AFTER UPDATE ON enterprise
WHEN OLD.sector IS NOT NEW.sector OR OLD.distrito_id IS NOT NEW.distrito_id
  OR OLD.zona IS NOT NEW.zona OR OLD.liderada_por_mujer IS NOT NEW.liderada_por_mujer
  OR OLD.asociativa IS NOT NEW.asociativa
  OR OLD.titular_fecha_nacimiento IS NOT NEW.titular_fecha_nacimiento BEGIN
  UPDATE enterprise_attendance
    SET sector = NEW.sector, distrito_id = NEW.distrito_id, zona = NEW.zona,
        liderada_por_mujer = NEW.liderada_por_mujer, asociativa = NEW.asociativa,
        titular_fecha_nacimiento = NEW.titular_fecha_nacimiento
    WHERE enterprise_id = NEW.id;
END;
