-- Rows and edits schema_parity_test.sh applies to both engines, step by step, comparing the
-- report aggregates of 0007 (session_month_stats, enterprise_attendance) after each step.
-- The first step uses only the tables of 0001: it goes in before the later migrations.
-- Plain SQL both engines read the same way. Steps start with a line "-- step: <what>".

-- step: files, users and a first batch of sessions (one multi-row INSERT), before 0002..0011
INSERT INTO distrito (id, nombre, municipio, departamento) VALUES
  (1, 'Citalá', 'Chalatenango Norte', 'Chalatenango'),
  (2, 'San Salvador Centro', 'San Salvador Centro', 'San Salvador');
INSERT INTO app_user (id, uuid, username, full_name, role, password_hash, created_at, updated_at) VALUES
  (1, 'u-1', 'ana', 'Ana Peña', 'asesor', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  (2, 'u-2', 'nino', 'José Niño', 'asesor', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
  (3, 'u-3', 'dir', 'Directora Ñandú', 'director', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
INSERT INTO enterprise (id, uuid, codigo, nombre, forma_juridica, titular_nombre, titular_dui, titular_sexo,
                        titular_fecha_nacimiento, socias, socios, sector, distrito_id, zona, nit,
                        fecha_ingreso, asesor_id, fuente, estado, created_at, updated_at) VALUES
  (1, 'e-1', 'CH-2026-0001', 'Café La Peña', 'persona_natural', 'María Citalá', '01234567-8', 'mujer',
   '1990-05-01', 0, 0, 'alimentos_bebidas', 1, 'rural', NULL,
   '2026-01-02', 1, 'cdmype', 'activa', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z'),
  (2, 'e-2', 'CH-2026-0002', 'Textiles del Norte, S.A. de C.V.', 'sociedad', 'Pedro Gómez/Ana Ruiz', NULL, 'hombre',
   NULL, 1, 3, 'textiles_confeccion', 2, 'urbana', '01234567-8',
   '2026-01-03', 2, 'ventanilla', 'activa', '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z'),
  (3, 'e-3', 'CH-2025-0107', 'Artesanías Niño', 'cooperativa', 'Luis Niño', '07654321-0', 'hombre',
   '1975-11-30', 2, 2, 'artesanias', 1, 'rural', '0614-010190-101-1',
   '2025-11-20', 1, 'conamype', 'activa', '2025-11-20T00:00:00Z', '2025-11-20T00:00:00Z'),
  (4, 'e-4', 'CH-2026-0003', 'Turismo Ñandú', 'asociacion', 'Rosa Alvarado', '05555555-5', 'mujer',
   '2001-02-14', 5, 0, 'turismo', 2, 'urbana', NULL,
   '2026-01-10', NULL, 'ciudad_mujer', 'en_pausa', '2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z');
INSERT INTO advisory_session (id, uuid, enterprise_id, asesor_id, fecha, duracion_min, modalidad, area,
                              created_at, updated_at) VALUES
  (1, 's-1', 1, 1, '2026-01-15', 60, 'presencial_empresa', 'asesoria_empresarial', 't', 't'),
  (2, 's-2', 1, 1, '2026-01-20', 30, 'telefonica', 'asesoria_empresarial', 't', 't'),
  (3, 's-3', 1, 2, '2026-02-03', 45, 'virtual', 'asesoria_tic', 't', 't'),
  (4, 's-4', 2, 2, '2026-01-15', 90, 'presencial_centro', 'asesoria_financiera', 't', 't'),
  (5, 's-5', 3, 1, '2025-12-01', 120, 'presencial_empresa', 'asistencia_tecnica', 't', 't'),
  (6, 's-6', 3, 1, '2026-01-05', 60, 'presencial_empresa', 'asistencia_tecnica', 't', 't'),
  (7, 's-7', 3, 1, '2026-01-25', 60, 'presencial_empresa', 'asistencia_tecnica', 't', 't'),
  (8, 's-8', 4, 2, '2026-02-28', 15, 'telefonica', 'empresarialidad_femenina', 't', 't');

-- step: sessions one by one, earlier and later than those of their period
INSERT INTO advisory_session (id, uuid, enterprise_id, asesor_id, fecha, duracion_min, modalidad, area,
                              created_at, updated_at)
  VALUES (9, 's-9', 1, 1, '2026-01-02', 20, 'virtual', 'asesoria_empresarial', 't', 't');
INSERT INTO advisory_session (id, uuid, enterprise_id, asesor_id, fecha, duracion_min, modalidad, area,
                              created_at, updated_at)
  VALUES (10, 's-10', 2, 2, '2026-01-31', 10, 'virtual', 'asesoria_financiera', 't', 't');
INSERT INTO advisory_session (id, uuid, enterprise_id, asesor_id, fecha, duracion_min, modalidad, area,
                              created_at, updated_at)
  VALUES (11, 's-11', 4, 1, '2025-03-03', 25, 'virtual', 'vinculacion', 't', 't');

-- step: sessions edited: date across months and years, asesor, área, minutes only, no grouped column
UPDATE advisory_session SET fecha = '2026-03-01' WHERE id = 9;
UPDATE advisory_session SET fecha = '2025-12-31' WHERE id = 2;
UPDATE advisory_session SET asesor_id = 2 WHERE id = 1;
UPDATE advisory_session SET area = 'vinculacion' WHERE id = 4;
UPDATE advisory_session SET duracion_min = 75 WHERE id = 3;
UPDATE advisory_session SET tema = 'Ñandú: costos' WHERE id = 5;

-- step: several sessions moved by one statement, and a session given to another file
UPDATE advisory_session SET fecha = '2026-04-' || substr(fecha, 9, 2) WHERE enterprise_id = 3 AND fecha LIKE '2026-01-%';
UPDATE advisory_session SET enterprise_id = 2 WHERE id = 8;

-- step: sessions removed: the first of its month, the only one of its period, several at once
DELETE FROM advisory_session WHERE id = 1;
DELETE FROM advisory_session WHERE id = 11;
DELETE FROM advisory_session WHERE enterprise_id = 3 AND fecha >= '2026-04-01';

-- step: file facts the report groups by (and one it does not)
UPDATE enterprise SET sector = 'comercio' WHERE id = 1;
UPDATE enterprise SET socias = 3, socios = 1 WHERE id = 2;
UPDATE enterprise SET forma_juridica = 'sociedad', zona = 'urbana' WHERE id = 3;
UPDATE enterprise SET titular_fecha_nacimiento = '1999-09-09' WHERE id = 2;
UPDATE enterprise SET titular_fecha_nacimiento = NULL WHERE id = 1;
UPDATE enterprise SET distrito_id = 1 WHERE id = 4;
UPDATE enterprise SET nombre = 'Café La Peña de Citalá' WHERE id = 1;
UPDATE enterprise SET titular_sexo = 'hombre' WHERE id = 4;
UPDATE enterprise SET ventas_anuales_centavos = 12345678, empleados_mujeres = 4 WHERE id = 1;
UPDATE enterprise SET empleados_hombres = 51 WHERE id = 3;

-- step: a later batch after the edits (the copies must carry the new facts)
INSERT INTO advisory_session (id, uuid, enterprise_id, asesor_id, fecha, duracion_min, modalidad, area,
                              created_at, updated_at) VALUES
  (12, 's-12', 3, 2, '2026-05-05', 40, 'virtual', 'capacitacion', 't', 't'),
  (13, 's-13', 4, 2, '2026-05-06', 40, 'virtual', 'capacitacion', 't', 't'),
  (14, 's-14', 4, 2, '2026-05-01', 40, 'virtual', 'capacitacion', 't', 't');
