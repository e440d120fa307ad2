#!/usr/bin/env bash
# add-seat.sh: gives one seat (a PC of the center) its own PostgreSQL login, member of cdmype_puestos, with a password shown once.
#
#   sudo bash installer/server/add-seat.sh NOMBRE [--ventanilla DISTRITO_ID] [--nueva-clave]
#
# --ventanilla limits what this login sees and writes in the referral table
# to one distrito, with row-level security (see ventanilla_policy_sql).
# --nueva-clave gives an existing seat a new password (the old one stops
# working). Running it again for an existing seat changes nothing.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCRIPT_NAME=add-seat
# shellcheck source=installer/server/server_lib.sh
. "$HERE/server_lib.sh"

usage() {
  cat <<'EOF'
Uso: sudo bash installer/server/add-seat.sh NOMBRE [--ventanilla DISTRITO_ID] [--nueva-clave]

  NOMBRE                    usuario del puesto en la base (minúsculas sin tilde, dígitos y _; p. ej. maria)
  --ventanilla DISTRITO_ID  el puesto es una ventanilla municipal: solo ve y registra
                            remisiones de ese distrito (número de la tabla distrito)
  --nueva-clave             da una contraseña nueva a un puesto que ya existe
EOF
}

SEAT="" DISTRITO="" RENEW=0
while [ $# -gt 0 ]; do
  case $1 in
    --ventanilla) DISTRITO=${2:-}; shift 2 ;;
    --nueva-clave) RENEW=1; shift ;;
    -h|--help|--ayuda) usage; exit 0 ;;
    -*) usage >&2; die "opción desconocida: $1" ;;
    *) [ -z "$SEAT" ] || die "un solo NOMBRE por vez (ya tengo '$SEAT', sobra '$1')."; SEAT=$1; shift ;;
  esac
done
[ -n "$SEAT" ] || { usage >&2; die "falta el NOMBRE del puesto."; }
[[ $SEAT =~ ^[a-z][a-z0-9_]{0,39}$ ]] ||
  die "el nombre '$SEAT' no sirve: use minúsculas sin tilde, dígitos y _ (p. ej. 'maria', 'jnino')."
case $SEAT in
  cdmype_*|pg_*|postgres|public) die "el nombre '$SEAT' está reservado; elija otro (p. ej. el del usuario del puesto)." ;;
esac
if [ -n "$DISTRITO" ] && [[ ! $DISTRITO =~ ^[1-9][0-9]{0,8}$ ]]; then
  die "--ventanilla '$DISTRITO': indique el número del distrito (la columna id de la tabla distrito)."
fi

require_root
init_paths
load_state
server_running || die "el servidor PostgreSQL del centro no está en marcha (puerto $PG_PORT)."

# Row-level security on referral. A permissive policy lets every seat and the
# supervisor see all rows; one RESTRICTIVE policy per ventanilla is ANDed on
# top. It is keyed on session_user, the login that authenticated: the seat
# cannot change it (SET ROLE changes current_user, and any member of
# cdmype_puestos may SET ROLE cdmype_puestos, which would step around a
# policy written for current_user or "TO <seat>"), and unlike a session
# variable the client sets, it cannot be spoofed. The table owner (migrations)
# and cdmype_respaldo (BYPASSRLS, for pg_dump) are not filtered.
ventanilla_policy_sql() {
  cat <<SQL
SET client_min_messages = warning;
ALTER TABLE public.referral ENABLE ROW LEVEL SECURITY;
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_policies
                  WHERE schemaname = 'public' AND tablename = 'referral' AND policyname = 'cdmype_acceso') THEN
    CREATE POLICY cdmype_acceso ON public.referral FOR ALL TO $ROLE_SEATS, $ROLE_READER
      USING (true) WITH CHECK (true);
  END IF;
END
\$\$;
DROP POLICY IF EXISTS ventanilla_$SEAT ON public.referral;
CREATE POLICY ventanilla_$SEAT ON public.referral AS RESTRICTIVE FOR ALL TO $ROLE_SEATS
  USING (session_user <> '$SEAT' OR distrito_id = $DISTRITO)
  WITH CHECK (session_user <> '$SEAT' OR distrito_id = $DISTRITO);
SQL
}

current_policy() {
  query_super "$BASE" "SELECT qual FROM pg_policies WHERE schemaname = 'public'
                         AND tablename = 'referral' AND policyname = 'ventanilla_$SEAT'"
}

exists=$(query_super postgres "SELECT 1 FROM pg_roles WHERE rolname = '$SEAT'")
if [ -n "$exists" ] && [ -z "$(query_super postgres "SELECT 1 FROM pg_auth_members a
       JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
      WHERE r.rolname = '$ROLE_SEATS' AND m.rolname = '$SEAT'")" ]; then
  die "ya hay un rol '$SEAT' en el servidor que no es un puesto del centro; elija otro nombre."
fi
if [ -n "$DISTRITO" ]; then
  [ "$(query_super "$BASE" "SELECT to_regclass('public.referral') IS NOT NULL")" = t ] ||
    die "la base $BASE aún no tiene la tabla de remisiones: cree antes el esquema con cdmype-cli … init y repita."
  [ -n "$(query_super "$BASE" "SELECT 1 FROM public.distrito WHERE id = $DISTRITO")" ] ||
    die "no hay un distrito con id $DISTRITO en la base $BASE."
fi

password=""
if [ -z "$exists" ] || [ "$RENEW" -eq 1 ]; then password=$(generate_password); fi
policy_before=""
if [ -n "$DISTRITO" ]; then policy_before=$(current_policy); fi

{
  printf 'SET client_min_messages = warning;\n'
  # The password must reach the server log neither as a logged statement nor echoed with an error.
  printf "SET log_statement = 'none';\nSET log_min_error_statement = panic;\n"
  if [ -z "$exists" ]; then
    printf 'CREATE ROLE %s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS IN ROLE %s;\n' "$SEAT" "$ROLE_SEATS"
  fi
  if [ -n "$password" ]; then printf "ALTER ROLE %s PASSWORD '%s';\n" "$SEAT" "$password"; fi
} | psql_super postgres -1
if [ -n "$DISTRITO" ]; then ventanilla_policy_sql | psql_super "$BASE" -1; fi

if [ -z "$exists" ]; then
  msg "creado el puesto '$SEAT' (miembro de $ROLE_SEATS)."
elif [ -n "$password" ]; then
  msg "el puesto '$SEAT' tiene una contraseña nueva; la anterior ya no sirve."
fi
if [ -n "$DISTRITO" ]; then
  if [ "$policy_before" = "$(current_policy)" ]; then
    msg "sin cambios: '$SEAT' ya veía solo las remisiones del distrito $DISTRITO."
  else
    msg "'$SEAT' ve y registra solo las remisiones del distrito $DISTRITO."
  fi
fi
if [ -z "$password" ]; then
  [ -n "$DISTRITO" ] ||
    msg "Nada que cambiar: el puesto '$SEAT' ya existe y su contraseña sigue igual (para otra: --nueva-clave)."
  exit 0
fi

host=${SERVER_NAME%%,*}
port_part=""; [ "$PG_PORT" = 5432 ] || port_part=":$PG_PORT"
cat <<EOF

  Contraseña del puesto '$SEAT' (se muestra solo esta vez; no queda guardada en el servidor):

      $password

  En el puesto, escríbala en el diálogo de conexión del programa, o guárdela en
  ~/.pgpass (modo 0600; chmod 600 ~/.pgpass) con esta línea:

      $host:$PG_PORT:$BASE:$SEAT:$password

  y copie $CA_FOR_SEATS a ~/.postgresql/root.crt del puesto. Conexión:

      cdmype-cli --db 'postgresql://$SEAT@$host$port_part/$BASE?sslmode=verify-full&sslrootcert=/ruta/cdmype-ca.crt' …
EOF
