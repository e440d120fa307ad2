-- 0009: the monthly minimum wage as dated rows (issue 13). Enterprise size is
-- classified by the MYPE law and the minimum wage in force on a date
-- (core/enterprise_size.cpp holds the law's table); the wage changes by
-- executive decree, so the director adds rows here without a new program.

CREATE TABLE minimum_wage (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  effective_from  TEXT NOT NULL UNIQUE,          -- ISO date, in force from it inclusive
  monto_centavos  INTEGER NOT NULL CHECK (monto_centavos > 0),  -- monthly, commerce and services
  nota            TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      INTEGER REFERENCES app_user(id)
) STRICT;

-- El Salvador's commerce-and-services monthly minimum wage.
-- Decreto Ejecutivo N.° 10 de 2021 (Consejo Nacional del Salario Mínimo), from 1 Aug 2021.
INSERT INTO minimum_wage (uuid, effective_from, monto_centavos, nota, created_at, created_by)
VALUES ('6f1d2a7e-3b0c-4c51-9a55-0d3c2a2e2021', '2021-08-01', 36500,
        'Decreto Ejecutivo N.° 10 de 2021, comercio y servicios', '2026-12-01T00:00:00Z', NULL);
-- Decreto Ejecutivo N.° 11 del Ministerio de Trabajo y Previsión Social, D.O. 23 May 2025, from 1 Jun 2025.
INSERT INTO minimum_wage (uuid, effective_from, monto_centavos, nota, created_at, created_by)
VALUES ('9b4e8c10-5d2f-4e3a-8f61-7a1b3c4d2025', '2025-06-01', 40880,
        'Decreto Ejecutivo N.° 11 MTPS, D.O. 23/05/2025, comercio y servicios',
        '2026-12-01T00:00:00Z', NULL);

-- The old single setting is dropped: it held one amount without a date, and
-- the rows above cover the wages in force since 2021 (a center that typed
-- another amount can add it as a dated row in Configuración).
DELETE FROM setting WHERE key = 'salario_minimo_centavos';
