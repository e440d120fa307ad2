-- 0013: enterprise_attendance also carries the two facts the report's size breakdown groups
-- by (annual sales and workers), as 0007 did for the other grouped facts.
--
-- Why: since 0009 the monthly report classifies the month's and the year's attended
-- enterprises by size, and it joined each of them to its wide enterprise row to read its
-- sales and workers: at national scale (41,222 enterprises in a month, 84,523 in the year)
-- those two joins took 0.26 s of the report's 0.54 s (tests/bench/RESULTS.md). With the
-- copies the breakdown reads one contiguous range of small rows.
-- Correctness: the same triggers as 0007 keep the copies (now also when sales or workers
-- change); tests/report/aggregate_tables_test.cpp and tests/store/schema_parity_test.sh
-- compare them with the enterprise rows after random edits.

ALTER TABLE enterprise_attendance ADD COLUMN ventas_anuales_centavos INTEGER NOT NULL DEFAULT 0;
ALTER TABLE enterprise_attendance ADD COLUMN trabajadores INTEGER NOT NULL DEFAULT 0;

UPDATE enterprise_attendance
  SET ventas_anuales_centavos = (SELECT e.ventas_anuales_centavos FROM enterprise e
                                 WHERE e.id = enterprise_attendance.enterprise_id),
      trabajadores = (SELECT e.empleados_mujeres + e.empleados_hombres FROM enterprise e
                      WHERE e.id = enterprise_attendance.enterprise_id);

-- The triggers of 0007 again, each with the new columns (their INSERTs name every column now,
-- so a later column cannot shift the values).
DROP TRIGGER report_aggregates_session_insert;
DROP TRIGGER report_aggregates_session_delete;
DROP TRIGGER report_aggregates_session_update;
DROP TRIGGER report_aggregates_enterprise_update;

CREATE TRIGGER report_aggregates_session_insert AFTER INSERT ON advisory_session BEGIN
  INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
    VALUES (substr(NEW.fecha, 1, 7), NEW.asesor_id, NEW.area, 1, NEW.duracion_min)
    ON CONFLICT (month, asesor_id, area)
    DO UPDATE SET sessions = sessions + 1, minutes = minutes + excluded.minutes;
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, NEW.fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
    FROM (SELECT substr(NEW.fecha, 1, 7) AS period UNION ALL SELECT substr(NEW.fecha, 1, 4)) p
    JOIN enterprise e ON e.id = NEW.enterprise_id
    WHERE true
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = min(first_fecha, excluded.first_fecha);
END;

CREATE TRIGGER report_aggregates_session_delete AFTER DELETE ON advisory_session BEGIN
  UPDATE session_month_stats SET sessions = sessions - 1, minutes = minutes - OLD.duracion_min
    WHERE month = substr(OLD.fecha, 1, 7) AND asesor_id = OLD.asesor_id AND area = OLD.area;
  DELETE FROM session_month_stats
    WHERE month = substr(OLD.fecha, 1, 7) AND asesor_id = OLD.asesor_id AND area = OLD.area
      AND sessions <= 0;
  DELETE FROM enterprise_attendance
    WHERE enterprise_id = OLD.enterprise_id
      AND period IN (substr(OLD.fecha, 1, 7), substr(OLD.fecha, 1, 4));
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
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
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
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
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, NEW.fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
    FROM (SELECT substr(NEW.fecha, 1, 7) AS period UNION ALL SELECT substr(NEW.fecha, 1, 4)) p
    JOIN enterprise e ON e.id = NEW.enterprise_id
    WHERE true
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = min(first_fecha, excluded.first_fecha);
END;

CREATE TRIGGER report_aggregates_enterprise_update AFTER UPDATE ON enterprise
WHEN OLD.sector IS NOT NEW.sector OR OLD.distrito_id IS NOT NEW.distrito_id
  OR OLD.zona IS NOT NEW.zona OR OLD.liderada_por_mujer IS NOT NEW.liderada_por_mujer
  OR OLD.asociativa IS NOT NEW.asociativa
  OR OLD.titular_fecha_nacimiento IS NOT NEW.titular_fecha_nacimiento
  OR OLD.ventas_anuales_centavos IS NOT NEW.ventas_anuales_centavos
  OR OLD.empleados_mujeres IS NOT NEW.empleados_mujeres
  OR OLD.empleados_hombres IS NOT NEW.empleados_hombres BEGIN
  UPDATE enterprise_attendance
    SET sector = NEW.sector, distrito_id = NEW.distrito_id, zona = NEW.zona,
        liderada_por_mujer = NEW.liderada_por_mujer, asociativa = NEW.asociativa,
        titular_fecha_nacimiento = NEW.titular_fecha_nacimiento,
        ventas_anuales_centavos = NEW.ventas_anuales_centavos,
        trabajadores = NEW.empleados_mujeres + NEW.empleados_hombres
    WHERE enterprise_id = NEW.id;
END;
