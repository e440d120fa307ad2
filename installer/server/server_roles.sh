# server_roles.sh: the center's roles, its database and their privileges, applied as the postgres superuser (sourced by setup-server.sh).
#
# Roles (the README's "Qué puede y qué no puede hacer la credencial de un puesto"):
#   cdmype_propietario  LOGIN, owns the database and schema public; only `cdmype-cli … init`
#                       and the migrations use it.
#   cdmype_puestos      NOLOGIN group of the seats' logins (add-seat.sh): DML on the case
#                       tables, only INSERT/SELECT on audit_log (db/postgresql/grants.sql).
#   cdmype_consulta     LOGIN, read only (the CONAMYPE supervisor).
#   cdmype_respaldo     LOGIN through the local socket only (peer, mapped from the OS user
#                       postgres): pg_read_all_data for pg_dump, BYPASSRLS so row-level
#                       security on referral does not make pg_dump refuse the table, and
#                       CREATEDB for the scratch database that verifies each dump.
# Every statement is idempotent; whether anything changed is decided by
# comparing state_signature before and after, not by trusting the SQL.

# Creates missing roles; a new LOGIN role with a password gets one generated
# here, written to $CREDENTIALS (root, 0600, .pgpass format) before the
# server hears of it, and sent to the server on psql's stdin only.
roles_sql() {
  local new_passwords=$1   # "role=password role=password"
  cat <<SQL
SET client_min_messages = warning;
-- Passwords travel in this session's statements: none of them goes to the
-- server log, neither logged as a statement nor echoed with an error.
SET log_statement = 'none';
SET log_min_error_statement = panic;
SQL
  local spec
  printf 'DO $$\nBEGIN\n'
  for spec in "$ROLE_SEATS NOLOGIN" "$ROLE_OWNER LOGIN" "$ROLE_READER LOGIN" "$ROLE_BACKUP LOGIN"; do
    printf "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN CREATE ROLE %s; END IF;\n" \
      "${spec%% *}" "$spec"
  done
  printf 'END\n$$;\n'
  cat <<SQL
ALTER ROLE $ROLE_SEATS NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
ALTER ROLE $ROLE_OWNER LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
ALTER ROLE $ROLE_READER LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
ALTER ROLE $ROLE_READER SET default_transaction_read_only = on;
ALTER ROLE $ROLE_BACKUP LOGIN NOSUPERUSER CREATEDB NOCREATEROLE BYPASSRLS;
GRANT pg_read_all_data TO $ROLE_BACKUP;
SQL
  local pair
  for pair in $new_passwords; do
    printf "ALTER ROLE %s PASSWORD '%s';\n" "${pair%%=*}" "${pair#*=}"
  done
}

database_sql() {
  cat <<SQL
SET client_min_messages = warning;
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LOCALE %L',
              '$BASE', '$ROLE_OWNER', 'UTF8', 'C.UTF-8')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$BASE') \gexec
SQL
}

# Run inside the center's database.
privileges_sql() {
  cat <<SQL
SET client_min_messages = warning;
ALTER DATABASE $BASE OWNER TO $ROLE_OWNER;
REVOKE ALL ON DATABASE $BASE FROM PUBLIC;
GRANT CONNECT ON DATABASE $BASE TO $ROLE_SEATS, $ROLE_READER, $ROLE_BACKUP;
ALTER SCHEMA public OWNER TO $ROLE_OWNER;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO $ROLE_SEATS, $ROLE_READER;
-- Tables and sequences the migrations create later get these grants at once;
-- grants.sql (run by the program after each migration) then takes UPDATE,
-- DELETE and TRUNCATE on audit_log back from the seats.
ALTER DEFAULT PRIVILEGES FOR ROLE $ROLE_OWNER IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO $ROLE_SEATS;
ALTER DEFAULT PRIVILEGES FOR ROLE $ROLE_OWNER IN SCHEMA public
  GRANT SELECT ON TABLES TO $ROLE_READER, $ROLE_BACKUP;
ALTER DEFAULT PRIVILEGES FOR ROLE $ROLE_OWNER IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO $ROLE_SEATS;
-- amcheck is not a trusted extension: only the superuser may create it. With it
-- «cdmype-cli check» verifies every index of the center against its table.
CREATE EXTENSION IF NOT EXISTS amcheck;
GRANT EXECUTE ON FUNCTION bt_index_check(regclass, boolean) TO $ROLE_OWNER, $ROLE_SEATS;
-- Tables that already exist (setup run again after init) get the same grants.
SET ROLE $ROLE_OWNER;
SQL
  cat "$GRANTS_SQL"
  printf 'RESET ROLE;\n'
}

# Everything the steps above decide, as sorted text: equal before and after means nothing changed.
state_signature() {
  server_running || { echo "servidor detenido"; return 0; }
  query_super postgres "SELECT string_agg(x, E'\n' ORDER BY x) FROM (
      SELECT format('rol %s login=%s createdb=%s bypassrls=%s super=%s config=%s',
                    rolname, rolcanlogin, rolcreatedb, rolbypassrls, rolsuper, rolconfig)
        FROM pg_roles WHERE rolname LIKE 'cdmype\_%'
      UNION ALL
      SELECT format('miembro %s de %s', m.rolname, r.rolname)
        FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
       WHERE r.rolname LIKE 'cdmype\_%' OR m.rolname LIKE 'cdmype\_%'
      UNION ALL
      SELECT format('base %s dueño=%s acl=%s %s %s %s', datname, pg_get_userbyid(datdba), datacl,
                    pg_encoding_to_char(encoding), datcollate, datctype)
        FROM pg_database WHERE datname = '$BASE') s(x);"
  if [ -n "$(query_super postgres "SELECT 1 FROM pg_database WHERE datname = '$BASE'")" ]; then
    query_super "$BASE" "SELECT string_agg(x, E'\n' ORDER BY x) FROM (
        SELECT format('esquema %s %s %s', nspname, pg_get_userbyid(nspowner), nspacl)
          FROM pg_namespace WHERE nspname = 'public'
        UNION ALL
        SELECT format('predeterminado %s %s %s', pg_get_userbyid(defaclrole), defaclobjtype, defaclacl)
          FROM pg_default_acl
        UNION ALL
        SELECT format('extensión %s', extname) FROM pg_extension
        UNION ALL
        SELECT format('objeto %s %s', relname, relacl) FROM pg_class
         WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p', 'v', 'S')) s(x);"
  fi
}

# Removes any line of ROLE from the credentials file, then appends the new one.
record_credential() {
  local role=$1 password=$2 tmp
  tmp=$(mktemp)
  if [ -f "$CREDENTIALS" ]; then grep -v "^[^:]*:[^:]*:[^:]*:$role:" "$CREDENTIALS" >"$tmp" || true; fi
  printf '*:%s:%s:%s:%s\n' "$PG_PORT" "$BASE" "$role" "$password" >>"$tmp"
  install -D -m 0600 -o root -g root "$tmp" "$CREDENTIALS"
  rm -f "$tmp"
}

ensure_roles_and_database() {
  local role new_passwords="" password
  for role in $ROLE_OWNER $ROLE_READER; do
    if server_running && [ -n "$(query_super postgres "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
      continue
    fi
    password=$(generate_password)
    new_passwords+=" $role=$password"
    if [ "$DRY_RUN" -eq 1 ]; then
      msg "generaría una contraseña para $role y la guardaría en $CREDENTIALS (0600)"
    else
      record_credential "$role" "$password"
      msg "contraseña nueva de $role guardada en $CREDENTIALS"
    fi
  done
  if [ "$DRY_RUN" -eq 1 ]; then
    printf '  + psql (postgres, base postgres) <<SQL\n'
    { roles_sql "$new_passwords"; database_sql; } | sed -E "s/PASSWORD '[^']*'/PASSWORD '********'/; s/^/      | /"
    printf '  + psql (postgres, base %s) <<SQL\n' "$BASE"
    privileges_sql | sed 's/^/      | /'
    return 0
  fi
  roles_sql "$new_passwords" | psql_super postgres
  database_sql | psql_super postgres
  local props
  props=$(query_super postgres "SELECT pg_encoding_to_char(encoding) || ' ' || datcollate || ' ' || datctype
                                  FROM pg_database WHERE datname = '$BASE'")
  [ "$props" = "UTF8 C.UTF-8 C.UTF-8" ] ||
    die "la base $BASE ya existe con codificación/orden '$props'; debe ser UTF8 C.UTF-8 C.UTF-8. Elija otra con --base."
  privileges_sql | psql_super "$BASE"
}
