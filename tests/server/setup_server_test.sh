#!/usr/bin/env bash
# setup_server_test.sh: runs installer/server/{setup-server,add-seat,nightly-backup}.sh for real on a throwaway cluster (their test mode) and checks what each role can and cannot do.
#
#   tests/server/setup_server_test.sh SOURCE_DIR      (root; ctest: server_setup, label postgresql)
#
# Everything lives in one mktemp folder: the cluster (pg_ctl, TCP on
# 127.0.0.1 at a free port, Unix socket in the folder), its config, the CA,
# the backups. The trap stops the server and removes the folder.
set -euo pipefail
SRC=$(cd "${1:?uso: setup_server_test.sh CARPETA_DEL_CODIGO}" && pwd)
SERVER=$SRC/installer/server
PG_BIN=/usr/lib/postgresql/15/bin
if [ "$(id -u)" -ne 0 ] || [ ! -x "$PG_BIN/postgres" ] || ! id postgres >/dev/null 2>&1; then
  echo "SKIP: hace falta root, PostgreSQL 15 ($PG_BIN) y el usuario postgres."
  exit 77
fi
unset PGHOST PGPORT PGUSER PGDATABASE PGPASSWORD PGPASSFILE PGSERVICE PGSSLMODE PGSSLROOTCERT

R=$(mktemp -d /tmp/cds.XXXX)
R2=$(mktemp -d /tmp/cds.XXXX)
chmod 755 "$R" "$R2"
cleanup() {
  local d
  for d in "$R/data" "$R2/pg/data"; do
    if [ -f "$d/postmaster.pid" ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$d" -m immediate -s stop || true; fi
  done
  rm -rf "$R" "$R2"
}
trap cleanup EXIT

port_free() { ! (: </dev/tcp/127.0.0.1/"$1") 2>/dev/null; }
PORT=$((20000 + $$ % 20000))
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done

checks=0 failures=0
ok() { checks=$((checks + 1)); echo "ok - $1"; }
bad() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FALLA - $1" >&2; }
expect_eq() {  # DESCRIPTION EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1: se esperaba '$2', salió '$3'"; fi
}
expect_match() {  # DESCRIPTION REGEX TEXT
  if grep -Eq -- "$2" <<<"$3"; then ok "$1"; else bad "$1: no aparece /$2/ en: $3"; fi
}
# DESCRIPTION REGEX COMMAND…: the command must fail with a message matching REGEX.
expect_refused() {
  local d=$1 re=$2 out; shift 2
  if out=$("$@" 2>&1); then bad "$d: se aceptó ($out)"
  elif grep -Eq -- "$re" <<<"$out"; then ok "$d"
  else bad "$d: falló, pero con otro mensaje: $out"; fi
}

setup() { CDMYPE_SERVER_TEST_ROOT=$R CDMYPE_SERVER_TEST_PORT=$PORT bash "$SERVER/setup-server.sh" "$@"; }
add_seat() { CDMYPE_SERVER_TEST_ROOT=$R CDMYPE_SERVER_TEST_PORT=$PORT bash "$SERVER/add-seat.sh" "$@"; }
super() { runuser -u postgres -- "$PG_BIN/psql" -X -A -t -q -v ON_ERROR_STOP=1 -h "$R/run" -p "$PORT" -d "${DB:-cdmype}" -c "$1"; }
# ROLE PASSWORD SQL [extra conninfo]: over TCP with TLS, as a seat connects.
as_role() {
  PGPASSWORD=$2 "$PG_BIN/psql" -X -A -t -q -v ON_ERROR_STOP=1 \
    "host=127.0.0.1 port=$PORT dbname=cdmype user=$1 sslmode=require ${4:-}" -c "$3"
}
CREDS=$R/etc/cdmype/credenciales.pgpass
credential() { awk -F: -v r="$1" '$4 == r { print $5 }' "$CREDS"; }
seat_password() { sed -n 's/^      \([A-Za-z0-9_-]\{24\}\)$/\1/p' <<<"$1" | head -n1; }
config_hashes() {
  find "$R/etc" "$R/systemd" "$R/lib" "$R/data/conf.d" "$R/data/tls" "$R/data/pg_hba.conf" \
    "$R/data/pg_ident.conf" -type f -exec sha256sum {} + | sort
}
started=$(date +%s%N)

# ---------------------------------------------------------------- dry run
out=$(CDMYPE_SERVER_TEST_ROOT=$R2 CDMYPE_SERVER_TEST_PORT=$PORT bash "$SERVER/setup-server.sh" \
        --lan 127.0.0.1/32 --nombre-servidor localhost --dry-run)
expect_match "--dry-run muestra las órdenes" "initdb .*--data-checksums" "$out"
expect_match "--dry-run muestra el SQL sin contraseñas" "PASSWORD '\*\*\*\*\*\*\*\*'" "$out"
expect_eq "--dry-run no crea nada" "" "$(find "$R2" -mindepth 1)"
# grants.sql on a cluster setup-server.sh never saw (CI's, a developer's):
# the program runs it there too, and it must change nothing.
P=$R2/pg
install -d -o postgres -g postgres "$P"
runuser -u postgres -- "$PG_BIN/initdb" -D "$P/data" -A trust -U cdmype -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$P/data" -w -s -l "$P/log" \
  -o "-c listen_addresses='' -k $P -c fsync=off" start
plain() { runuser -u postgres -- "$PG_BIN/psql" -X -A -t -q -v ON_ERROR_STOP=1 -h "$P" -U cdmype -d postgres "$@"; }
plain -c "CREATE TABLE audit_log (id bigint PRIMARY KEY); CREATE TABLE schema_version (version bigint)"
# On stdin: the checkout may be a folder the postgres user cannot read.
if plain <"$SRC/db/postgresql/grants.sql" && plain <"$SRC/db/postgresql/grants.sql"; then
  ok "grants.sql corre dos veces sin los roles del servidor"
else
  bad "grants.sql falla sin los roles del servidor"
fi
expect_eq "grants.sql sin los roles del servidor no cambia nada" "|" \
  "$(plain -c "SELECT string_agg(relacl::text, ',') FROM pg_class WHERE relname IN ('audit_log', 'schema_version')
               UNION ALL SELECT nspacl::text FROM pg_namespace WHERE nspname = 'public' AND nspacl::text LIKE '%cdmype\_%'" |
     tr '\n' '|')"
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$P/data" -m immediate -s stop
rm -rf "$P"

expect_refused "--lan es obligatoria" "falta --lan" setup --nombre-servidor localhost
expect_refused "--lan 0.0.0.0/0 se rechaza" "cualquier dirección" setup --lan 0.0.0.0/0

# -------------------------------------------------------------- first run
out=$(setup --lan 127.0.0.1/32 --nombre-servidor localhost)
expect_match "la primera ejecución prepara el servidor" "Listo: [0-9]+ cambios" "$out"
expect_eq "data checksums" on "$(super 'SHOW data_checksums')"
expect_eq "base UTF8 con C.UTF-8" "UTF8|C.UTF-8|C.UTF-8|cdmype_propietario" \
  "$(super "SELECT pg_encoding_to_char(encoding), datcollate, datctype, pg_get_userbyid(datdba)
              FROM pg_database WHERE datname = 'cdmype'")"
expect_eq "esquema public del propietario" cdmype_propietario \
  "$(super "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'")"
expect_eq "ssl y scram" "on|scram-sha-256" \
  "$(super "SELECT current_setting('ssl'), current_setting('password_encryption')")"
# Keepalives read 0 on a Unix-socket session; the configured values are what counts.
expect_eq "tiempos para puestos caídos" "60s|60|10|6|60s" \
  "$(super "SELECT string_agg(setting, '|' ORDER BY array_position(ARRAY['idle_in_transaction_session_timeout',
                     'tcp_keepalives_idle', 'tcp_keepalives_interval', 'tcp_keepalives_count', 'tcp_user_timeout'], name))
              FROM pg_file_settings WHERE applied AND name IN ('idle_in_transaction_session_timeout',
                     'tcp_keepalives_idle', 'tcp_keepalives_interval', 'tcp_keepalives_count', 'tcp_user_timeout')")"
expect_eq "pg_hba.conf sin trust ni errores" 0 \
  "$(super "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust' OR error IS NOT NULL")"
expect_eq "ninguna línea trust en el archivo" "" "$(grep -Ev '^\s*(#|$)' "$R/data/pg_hba.conf" | grep -w trust || true)"
expect_eq "la LAN entra solo por TLS con scram" "hostssl|scram-sha-256" \
  "$(super "SELECT type, auth_method FROM pg_hba_file_rules WHERE address = '127.0.0.1'")"
expect_eq "credenciales solo para root" "600 root" "$(stat -c '%a %U' "$CREDS")"
expect_eq "clave de la CA solo para root" "600 root" "$(stat -c '%a %U' "$R/etc/cdmype/ca/ca.key")"

OWNER_PW=$(credential cdmype_propietario)
READER_PW=$(credential cdmype_consulta)
expect_match "contraseña del propietario generada" '^[A-Za-z0-9_-]{24}$' "$OWNER_PW"

# ----------------------------------------------------------------- seats
expect_refused "una ventanilla necesita el esquema" "cdmype-cli … init" add_seat ventanilla_citala --ventanilla 1
expect_refused "un nombre con tilde se rechaza" "sin tilde" add_seat "maría"
out=$(add_seat maria)
MARIA_PW=$(seat_password "$out")
expect_match "add-seat muestra la contraseña una vez" '^[A-Za-z0-9_-]{24}$' "$MARIA_PW"
expect_match "add-seat da la línea de ~/.pgpass" "localhost:$PORT:cdmype:maria:$MARIA_PW" "$out"
expect_eq "la contraseña se guarda como SCRAM" t \
  "$(super "SELECT rolpassword LIKE 'SCRAM-SHA-256\$%' FROM pg_authid WHERE rolname = 'maria'")"
expect_eq "el puesto entra por TCP con TLS (sslmode=require)" t \
  "$(as_role maria "$MARIA_PW" 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')"
expect_eq "verify-full con la CA de la oficina y el nombre localhost" maria \
  "$(as_role maria "$MARIA_PW" 'SELECT current_user' \
       "host=localhost sslmode=verify-full sslrootcert=$R/etc/cdmype/cdmype-ca.crt")"
expect_refused "verify-full con otra CA se rechaza" "certificate verify failed" \
  as_role maria "$MARIA_PW" 'SELECT 1' "host=localhost sslmode=verify-full sslrootcert=/etc/ssl/certs/ca-certificates.crt"
expect_refused "sin TLS no se entra" "no pg_hba.conf entry|no encryption" \
  as_role maria "$MARIA_PW" 'SELECT 1' "sslmode=disable"
expect_refused "contraseña equivocada" "password authentication failed" as_role maria "no-es-esta" 'SELECT 1'
expect_refused "otra base no" "no pg_hba.conf entry" as_role maria "$MARIA_PW" 'SELECT 1' "dbname=postgres"
out=$(add_seat maria)
expect_match "add-seat otra vez no cambia nada" "Nada que cambiar" "$out"

# ---------------------------------------- the schema the program would make
export PGPASSFILE=$CREDS
OWNER_CONN="host=localhost port=$PORT dbname=cdmype user=cdmype_propietario sslmode=verify-full sslrootcert=$R/etc/cdmype/cdmype-ca.crt"
"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$OWNER_CONN" >/dev/null <<'SQL'
CREATE EXTENSION unaccent;  -- trusted extensions: the owner may create them, the backup role restore them
CREATE EXTENSION pg_trgm;
CREATE TABLE schema_version (version bigint NOT NULL);
INSERT INTO schema_version VALUES (11);
CREATE TABLE distrito (id bigint PRIMARY KEY, nombre text NOT NULL);
INSERT INTO distrito VALUES (1, 'Citalá'), (2, 'Nueva Concepción');
CREATE TABLE enterprise (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, nombre text NOT NULL);
INSERT INTO enterprise (nombre) VALUES ('Panadería Peña'), ('Ñandú Artesanías');
CREATE TABLE referral (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                       distrito_id bigint NOT NULL REFERENCES distrito (id), nombre text NOT NULL);
INSERT INTO referral (distrito_id, nombre) VALUES (1, 'José Niño'), (1, 'Ana Peña'), (2, 'Marta Ñandú');
CREATE TABLE audit_log (id bigint PRIMARY KEY, at text NOT NULL, username text NOT NULL,
                        operation text NOT NULL, table_name text NOT NULL, record_id bigint NOT NULL,
                        after_json text);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
  $$ BEGIN RAISE EXCEPTION 'el registro de auditoría no se puede modificar'; END $$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
SQL
for _ in 1 2; do "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "$OWNER_CONN" -f "$SRC/db/postgresql/grants.sql"; done
ok "grants.sql corre dos veces como propietario"

q() { as_role maria "$MARIA_PW" "$1"; }
expect_eq "el puesto añade al registro de auditoría" 1 \
  "$(q "INSERT INTO audit_log VALUES (1, '2026-12-01T10:00:00', 'maria', 'insert', 'enterprise', 1, '{\"nombre\":\"Peña\"}') RETURNING id")"
expect_eq "y lo lee" 1 "$(q 'SELECT count(*) FROM audit_log')"
expect_refused "no lo modifica" "permission denied" q "UPDATE audit_log SET username = 'otra'"
expect_refused "no lo borra" "permission denied" q "DELETE FROM audit_log"
expect_refused "no lo vacía" "permission denied" q "TRUNCATE audit_log"
expect_eq "cambia datos del caso (secuencias incluidas)" "3|1|1" \
  "$(q "WITH i AS (INSERT INTO enterprise (nombre) VALUES ('Café Niño') RETURNING id),
              u AS (UPDATE enterprise SET nombre = 'Panadería Peña e Hijos' WHERE id = 1 RETURNING id),
              d AS (DELETE FROM enterprise WHERE id = 2 RETURNING id)
         SELECT (SELECT id FROM i), (SELECT count(*) FROM u), (SELECT count(*) FROM d)")"
expect_refused "no toca la versión del esquema" "permission denied" q "UPDATE schema_version SET version = 99"
expect_refused "no crea tablas" "permission denied for schema public" q "CREATE TABLE x (a int)"
expect_refused "no cambia el esquema" "must be owner" q "ALTER TABLE enterprise ADD COLUMN x int"
expect_eq "el puesto revisa los índices con amcheck (cdmype-cli check)" "|" \
  "$(q "SELECT bt_index_check('enterprise_pkey'::regclass, true), bt_index_check('distrito_pkey'::regclass, true)")"

r() { as_role cdmype_consulta "$READER_PW" "$1"; }
expect_eq "la consulta lee" 2 "$(r 'SELECT count(*) FROM enterprise')"
expect_refused "la consulta no inserta" "permission denied|read-only" r "INSERT INTO enterprise (nombre) VALUES ('x')"
expect_refused "ni en el registro de auditoría" "permission denied|read-only" \
  r "INSERT INTO audit_log VALUES (2, 'x', 'x', 'insert', 'x', 1, NULL)"
expect_eq "la consulta no tiene INSERT/UPDATE/DELETE/TRUNCATE en ninguna tabla" 0 \
  "$(super "SELECT count(*) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
              AND (has_table_privilege('cdmype_consulta', c.oid, 'INSERT') OR has_table_privilege('cdmype_consulta', c.oid, 'UPDATE')
                OR has_table_privilege('cdmype_consulta', c.oid, 'DELETE') OR has_table_privilege('cdmype_consulta', c.oid, 'TRUNCATE'))")"

# ------------------------------------------------------------- ventanilla
expect_refused "distrito inexistente" "no hay un distrito con id 9" add_seat ventanilla_citala --ventanilla 9
out=$(add_seat ventanilla_citala --ventanilla 1)
V_PW=$(seat_password "$out")
v() { as_role ventanilla_citala "$V_PW" "$1"; }
expect_eq "la ventanilla ve solo las remisiones de su distrito" "2|1" \
  "$(v "SELECT count(*), string_agg(DISTINCT distrito_id::text, ',') FROM referral")"
expect_eq "registra en su distrito" 1 "$(v "INSERT INTO referral (distrito_id, nombre) VALUES (1, 'Lucía Peña') RETURNING distrito_id")"
expect_refused "no registra en otro distrito" "row-level security" \
  v "INSERT INTO referral (distrito_id, nombre) VALUES (2, 'Otro')"
expect_eq "SET ROLE cdmype_puestos no le abre las demás" "3|1" \
  "$(v "SET ROLE cdmype_puestos; SELECT count(*), string_agg(DISTINCT distrito_id::text, ',') FROM referral")"
expect_eq "los demás puestos ven todas" 4 "$(q 'SELECT count(*) FROM referral')"
expect_eq "la consulta ve todas" 4 "$(r 'SELECT count(*) FROM referral')"
out=$(add_seat ventanilla_citala --ventanilla 1)
expect_match "add-seat de la ventanilla otra vez no cambia nada" "sin cambios" "$out"
out=$(add_seat maria --nueva-clave)
NEW_PW=$(seat_password "$out")
expect_eq "--nueva-clave: la nueva sirve" maria "$(as_role maria "$NEW_PW" 'SELECT current_user')"
expect_refused "--nueva-clave: la anterior no" "password authentication failed" as_role maria "$MARIA_PW" 'SELECT 1'
MARIA_PW=$NEW_PW

# --------------------------------------------------------- second setup run
hashes=$(config_hashes)
out=$(setup --lan 127.0.0.1/32 --nombre-servidor localhost)
expect_match "la segunda ejecución no cambia nada y lo dice" "Nada que cambiar" "$out"
expect_eq "ni un archivo distinto" "$hashes" "$(config_hashes)"
out=$(setup --lan 127.0.0.1/32 --nombre-servidor localhost --dry-run)
expect_match "--dry-run sobre un servidor listo: nada que cambiar" "simulación terminada: 0 pasos" "$out"
ca=$(sha256sum <"$R/etc/cdmype/cdmype-ca.crt")
out=$(setup --lan 127.0.0.1/32 --nombre-servidor localhost,127.0.0.1)
expect_match "otro nombre del servidor: certificado nuevo y recarga" "emitido el certificado.*configuración recargada" "$(tr '\n' ' ' <<<"$out")"
expect_eq "la CA de los puestos no cambia" "$ca" "$(sha256sum <"$R/etc/cdmype/cdmype-ca.crt")"
expect_eq "verify-full con el nombre nuevo (IP)" maria \
  "$(as_role maria "$MARIA_PW" 'SELECT current_user' "sslmode=verify-full sslrootcert=$R/etc/cdmype/cdmype-ca.crt")"
expect_eq "la ventanilla sigue limitada" "3|1" \
  "$(v "SELECT count(*), string_agg(DISTINCT distrito_id::text, ',') FROM referral")"

# ---------------------------------------------------------- nightly backup
B=$R/backups
for d in 2020-01-01 2020-01-02 2020-01-03; do
  runuser -u postgres -- touch "$B/cdmype-$d.dump" "$B/cdmype-$d.conteos"
done
backup() {
  # shellcheck disable=SC2046
  runuser -u postgres -- env $(grep -v '^#' "$R/etc/cdmype/respaldo.env") CDMYPE_CONSERVAR=2 \
    bash "$R/lib/nightly-backup.sh" "$@"
}
out=$(backup)
TODAY=$B/cdmype-$(date +%F).dump
expect_match "la copia nocturna se verifica" "copia cdmype-.*\.dump verificada: 5 tablas" "$out"
expect_eq "la copia es solo de postgres" "600 postgres" "$(stat -c '%a %U' "$TODAY")"
expect_eq "los conteos son los de la base" \
  "$(super "SELECT string_agg(t || ' ' || n, E'\n' ORDER BY t) FROM (VALUES
           ('audit_log', (SELECT count(*) FROM audit_log)), ('distrito', (SELECT count(*) FROM distrito)),
           ('enterprise', (SELECT count(*) FROM enterprise)), ('referral', (SELECT count(*) FROM referral)),
           ('schema_version', (SELECT count(*) FROM schema_version))) v(t, n)")" \
  "$(cat "${TODAY%.dump}.conteos")"
expect_eq "se conservan las 2 copias más nuevas" "cdmype-2020-01-03.dump $(basename "$TODAY")" \
  "$(cd "$B" && ls cdmype-*.dump | sort | tr '\n' ' ' | sed 's/ $//')"
expect_eq "la base de verificación se borró" "" \
  "$(super "SELECT datname FROM pg_database WHERE datname = 'cdmype_verificacion'")"
expect_eq "el registro no lleva datos personales" "" "$(grep -E 'Peña|Niño|Ñandú|Citalá' <<<"$out" || true)"

cp -p "$TODAY" "$B/danada.dump"; cp -p "${TODAY%.dump}.conteos" "$B/danada.conteos"
size=$(stat -c %s "$B/danada.dump")
dd if=/dev/zero of="$B/danada.dump" bs=1 seek=$((size * 3 / 4)) count=$((size / 4)) conv=notrunc status=none
expect_refused "una copia dañada no pasa la verificación" "no se puede restaurar" backup --verificar "$B/danada.dump"
cp -p "$TODAY" "$B/conteo.dump"
sed 's/^enterprise .*/enterprise 99/' "${TODAY%.dump}.conteos" | runuser -u postgres -- tee "$B/conteo.conteos" >/dev/null
out=$(backup --verificar "$B/conteo.dump" 2>&1 || true)
expect_match "una copia a la que faltan filas tampoco" "enterprise \(copia 99, restaurada 2\)" "$out"
expect_eq "tras un fallo, la base de verificación también se borró" "" \
  "$(super "SELECT datname FROM pg_database WHERE datname = 'cdmype_verificacion'")"

elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
echo "$checks comprobaciones, $failures fallas, ${elapsed} ms"
[ "$failures" -eq 0 ]
