-- 0013 (twin of ../0013_attendance_sizes.sql; why there): enterprise_attendance also carries
-- the enterprise's annual sales and workers, which the report's size breakdown groups by.
-- The functions of 0007 and 0012 that write its rows are replaced with the new columns (same
-- names), and the enterprise trigger also fires when sales or workers change.

ALTER TABLE enterprise_attendance ADD COLUMN ventas_anuales_centavos BIGINT NOT NULL DEFAULT 0;
ALTER TABLE enterprise_attendance ADD COLUMN trabajadores BIGINT NOT NULL DEFAULT 0;

UPDATE enterprise_attendance a
  SET ventas_anuales_centavos = e.ventas_anuales_centavos,
      trabajadores = e.empleados_mujeres + e.empleados_hombres
  FROM enterprise e WHERE e.id = a.enterprise_id;

CREATE OR REPLACE FUNCTION report_aggregates_session_add(s advisory_session) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
    VALUES (substr(s.fecha, 1, 7), s.asesor_id, s.area, 1, s.duracion_min)
    ON CONFLICT (month, asesor_id, area)
    DO UPDATE SET sessions = session_month_stats.sessions + 1,
                  minutes = session_month_stats.minutes + excluded.minutes;
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, s.fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
    FROM (SELECT substr(s.fecha, 1, 7) AS period UNION ALL SELECT substr(s.fecha, 1, 4)) p
    JOIN enterprise e ON e.id = s.enterprise_id
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = LEAST(enterprise_attendance.first_fecha, excluded.first_fecha);
END $$;

CREATE OR REPLACE FUNCTION report_aggregates_session_remove(s advisory_session) RETURNS void
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
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
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

CREATE OR REPLACE FUNCTION report_aggregates_session_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO session_month_stats (month, asesor_id, area, sessions, minutes)
    SELECT substr(fecha, 1, 7), asesor_id, area, COUNT(*), SUM(duracion_min)
    FROM new_sessions GROUP BY 1, 2, 3
    ON CONFLICT (month, asesor_id, area)
    DO UPDATE SET sessions = session_month_stats.sessions + excluded.sessions,
                  minutes = session_month_stats.minutes + excluded.minutes;
  INSERT INTO enterprise_attendance (period, enterprise_id, first_fecha, sector, distrito_id, zona,
                                     liderada_por_mujer, asociativa, titular_fecha_nacimiento,
                                     ventas_anuales_centavos, trabajadores)
    SELECT p.period, e.id, p.first_fecha, e.sector, e.distrito_id, e.zona, e.liderada_por_mujer,
           e.asociativa, e.titular_fecha_nacimiento, e.ventas_anuales_centavos,
           e.empleados_mujeres + e.empleados_hombres
    FROM (SELECT substr(fecha, 1, 7) AS period, enterprise_id, MIN(fecha) AS first_fecha
          FROM new_sessions GROUP BY 1, 2
          UNION ALL
          SELECT substr(fecha, 1, 4), enterprise_id, MIN(fecha)
          FROM new_sessions GROUP BY 1, 2) p
    JOIN enterprise e ON e.id = p.enterprise_id
    ON CONFLICT (period, enterprise_id)
    DO UPDATE SET first_fecha = LEAST(enterprise_attendance.first_fecha, excluded.first_fecha);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION report_aggregates_enterprise_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE enterprise_attendance
    SET sector = NEW.sector, distrito_id = NEW.distrito_id, zona = NEW.zona,
        liderada_por_mujer = NEW.liderada_por_mujer, asociativa = NEW.asociativa,
        titular_fecha_nacimiento = NEW.titular_fecha_nacimiento,
        ventas_anuales_centavos = NEW.ventas_anuales_centavos,
        trabajadores = NEW.empleados_mujeres + NEW.empleados_hombres
    WHERE enterprise_id = NEW.id;
  RETURN NULL;
END $$;

DROP TRIGGER report_aggregates_enterprise_update ON enterprise;
CREATE TRIGGER report_aggregates_enterprise_update AFTER UPDATE ON enterprise
  FOR EACH ROW
  WHEN (OLD.sector IS DISTINCT FROM NEW.sector OR OLD.distrito_id IS DISTINCT FROM NEW.distrito_id
        OR OLD.zona IS DISTINCT FROM NEW.zona
        OR OLD.liderada_por_mujer IS DISTINCT FROM NEW.liderada_por_mujer
        OR OLD.asociativa IS DISTINCT FROM NEW.asociativa
        OR OLD.titular_fecha_nacimiento IS DISTINCT FROM NEW.titular_fecha_nacimiento
        OR OLD.ventas_anuales_centavos IS DISTINCT FROM NEW.ventas_anuales_centavos
        OR OLD.empleados_mujeres IS DISTINCT FROM NEW.empleados_mujeres
        OR OLD.empleados_hombres IS DISTINCT FROM NEW.empleados_hombres)
  EXECUTE FUNCTION report_aggregates_enterprise_update();
