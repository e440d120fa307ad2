-- grants.sql: privileges of the server roles on the center's tables; the program runs it as cdmype_propietario after each migration.
-- Idempotent, and a no-op for every role that does not exist (a database
-- made without installer/server/setup-server.sh has none of them). The roles
-- and what each may do are described in installer/server/server_roles.sh.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'cdmype_puestos') THEN
    GRANT USAGE ON SCHEMA public TO cdmype_puestos;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO cdmype_puestos;
    -- Identity columns draw from sequences: an INSERT needs USAGE on them.
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cdmype_puestos;
    -- The audit log is append-only for seats; PostgreSQL enforces it even
    -- for a seat that logs in with psql (its triggers are the second wall).
    IF to_regclass('public.audit_log') IS NOT NULL THEN
      REVOKE UPDATE, DELETE, TRUNCATE ON public.audit_log FROM cdmype_puestos;
    END IF;
    -- Only the owner migrates; a seat may read which version the schema is.
    IF to_regclass('public.schema_version') IS NOT NULL THEN
      REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.schema_version FROM cdmype_puestos;
    END IF;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'cdmype_consulta') THEN
    GRANT USAGE ON SCHEMA public TO cdmype_consulta;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO cdmype_consulta;
  END IF;
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'cdmype_respaldo') THEN
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO cdmype_respaldo;
  END IF;
END
$$;
