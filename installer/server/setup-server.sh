#!/usr/bin/env bash
# setup-server.sh: makes a Debian 12 machine the CDMYPE center's PostgreSQL server (cluster, roles, TLS, LAN access, nightly verified backup).
#
#   sudo bash installer/server/setup-server.sh --lan 192.168.1.0/24 [--nombre-servidor HOST[,HOST2…]]
#                                              [--base cdmype] [--dry-run]
#
# Idempotent: a second run with the same options changes nothing and says so.
# The schema itself is made by the program (`cdmype-cli --db postgresql://cdmype_propietario@HOST/cdmype
# --user admin init …`); seats are added with add-seat.sh. Test mode
# (CDMYPE_SERVER_TEST_ROOT, CDMYPE_SERVER_TEST_PORT): see server_lib.sh.
set -euo pipefail
umask 022   # directories made here must stay readable by the postgres user

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCRIPT_NAME=setup-server
# shellcheck source=installer/server/server_lib.sh
. "$HERE/server_lib.sh"
# shellcheck source=installer/server/server_tls.sh
. "$HERE/server_tls.sh"
# shellcheck source=installer/server/server_roles.sh
. "$HERE/server_roles.sh"
GRANTS_SQL=$HERE/../../db/postgresql/grants.sql

usage() {
  cat <<'EOF'
Uso: sudo bash installer/server/setup-server.sh --lan RED/PREFIJO [opciones]

  --lan 192.168.1.0/24        red de la oficina desde la que se conectan los puestos (obligatoria)
  --nombre-servidor NOMBRE    nombre (o nombres separados por comas) con que los puestos llaman
                              al servidor; va en el certificado TLS (predeterminado: hostname -f)
  --base cdmype               nombre de la base de datos del centro
  --dry-run                   muestra cada paso y cada orden sin cambiar nada
EOF
}

LAN="" SERVER_NAME="" BASE=cdmype
while [ $# -gt 0 ]; do
  case $1 in
    --lan) LAN=${2:-}; shift 2 ;;
    --nombre-servidor) SERVER_NAME=${2:-}; shift 2 ;;
    --base) BASE=${2:-}; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help|--ayuda) usage; exit 0 ;;
    *) usage >&2; die "opción desconocida: $1" ;;
  esac
done

[ -n "$LAN" ] || { usage >&2; die "falta --lan: la red de la oficina, p. ej. --lan 192.168.1.0/24."; }
if [[ ! $LAN =~ ^([0-9]{1,3}\.){3}[0-9]{1,3}/[0-9]{1,2}$ && ! $LAN =~ ^[0-9a-fA-F:]+/[0-9]{1,3}$ ]]; then
  die "--lan '$LAN' no es una red con prefijo (p. ej. 192.168.1.0/24)."
fi
case $LAN in */0) die "--lan $LAN abriría el servidor a cualquier dirección; indique la red de la oficina." ;; esac
[[ $BASE =~ ^[a-z][a-z0-9_]{0,40}$ ]] || die "--base '$BASE': use minúsculas, dígitos y _ (p. ej. cdmype)."
SERVER_NAME=${SERVER_NAME:-$(hostname -f 2>/dev/null || hostname)}
[[ $SERVER_NAME =~ ^[A-Za-z0-9.:-]+(,[A-Za-z0-9.:-]+)*$ ]] ||
  die "--nombre-servidor '$SERVER_NAME' no es un nombre de equipo válido."

require_root
require_debian12
init_paths
SCRATCH_BASE=${BASE}_verificacion
[ "$DRY_RUN" -eq 1 ] && msg "simulación (--dry-run): se muestran los pasos; no se cambia nada."
[ "$TEST_MODE" -eq 1 ] && msg "modo de prueba: todo bajo $CDMYPE_SERVER_TEST_ROOT, sin apt ni systemd."

# ---------------------------------------------------------------- packages
step "1. Paquetes: postgresql-$PG_MAJOR y openssl"
ensure_packages() {
  if [ "$TEST_MODE" -eq 1 ]; then msg "modo de prueba: no se usa apt-get."; return 0; fi
  local p missing=()
  for p in postgresql-common postgresql-$PG_MAJOR postgresql-client-$PG_MAJOR openssl; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then msg "sin cambios: los paquetes ya están instalados."; return 0; fi
  export DEBIAN_FRONTEND=noninteractive
  run apt-get update -qq
  # The package would make a cluster "main" (no checksums, the machine's
  # locale) that the center does not use; createcluster.d stops that
  # without editing a conffile. An existing "main" is left alone.
  if [[ " ${missing[*]} " == *" postgresql-common "* ]]; then
    run apt-get install -y -qq --no-install-recommends postgresql-common
  fi
  printf '# Escrito por setup-server.sh de CDMYPE: el centro usa su propio clúster "%s".\ncreate_main_cluster = false\n' "$CLUSTER" |
    install_content /etc/postgresql-common/createcluster.d/cdmype.conf 0644 root:root
  run apt-get install -y -qq --no-install-recommends "${missing[@]}"
  changed "instalados: ${missing[*]}"
}
ensure_packages

# ----------------------------------------------------------------- cluster
# A cluster of its own rather than the package's "main": data checksums
# can only be chosen at initdb (pg_checksums --enable needs the cluster
# stopped and rewrites every page), the locale is C.UTF-8 whatever the
# machine's is, and another program's databases in "main" never share the
# center's configuration, pg_hba.conf or restarts.
step "2. Clúster $PG_MAJOR/$CLUSTER (UTF-8, C.UTF-8, sumas de verificación de página)"
ensure_cluster() {
  if [ -f "$PG_DATA/PG_VERSION" ]; then
    msg "sin cambios: el clúster ya existe en $PG_DATA"
    PG_PORT=$(cluster_port)
    if server_running && [ "$(query_super postgres 'SHOW data_checksums')" != on ]; then
      die "el clúster $CLUSTER existe sin sumas de verificación. Deténgalo y ejecute como postgres: $PG_BIN/pg_checksums --enable -D $PG_DATA"
    fi
    return 0
  fi
  if [ "$TEST_MODE" -eq 1 ]; then
    run install -d -m 0700 -o postgres -g postgres "$PG_DATA" "$PG_SOCKET"
    run_quiet as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --data-checksums --auth-local=peer --auth-host=scram-sha-256 --no-sync -N
    if [ "$DRY_RUN" -eq 0 ]; then printf "\ninclude_dir = 'conf.d'\n" >>"$PG_CONF/postgresql.conf"; fi
  else
    run pg_createcluster "$PG_MAJOR" "$CLUSTER" --encoding UTF8 --locale C.UTF-8 -- --data-checksums
  fi
  changed "creado el clúster $PG_MAJOR/$CLUSTER"
}
ensure_cluster
if [ "$DRY_RUN" -eq 0 ] || [ -f "$PG_DATA/PG_VERSION" ]; then PG_PORT=$(cluster_port); fi
PG_PORT=${PG_PORT:-5432}

# ------------------------------------------------------------------- TLS
step "3. TLS: autoridad certificadora de la oficina y certificado para $SERVER_NAME"
# A new certificate is read by the running server at its next reload.
before_config=$CHANGES
ensure_ca
ensure_server_cert "$SERVER_NAME"
ensure_ca_for_seats

# --------------------------------------------------------- configuration
step "4. Configuración: conexiones, TLS, puestos caídos"
before_settings=$CHANGES
install_content "$PG_CONF/conf.d/cdmype.conf" 0644 postgres:postgres <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk; se rehace en cada ejecución.
listen_addresses = '$LISTEN'
password_encryption = 'scram-sha-256'
ssl = on
ssl_cert_file = '$TLS_DIR/server.crt'
ssl_key_file = '$TLS_DIR/server.key'
ssl_min_protocol_version = 'TLSv1.2'
# Un puesto que se apaga o pierde la red a media transacción retendría el
# candado de escritura del programa: el servidor cierra una transacción que
# lleva 60 s sin hacer nada (las escrituras del programa duran milisegundos)
# y detecta una conexión muerta en a lo sumo 60 + 6 × 10 = 120 s sin
# respuesta a los sondeos TCP, o 60 s con datos enviados sin acuse.
idle_in_transaction_session_timeout = '60s'
tcp_keepalives_idle = 60
tcp_keepalives_interval = 10
tcp_keepalives_count = 6
tcp_user_timeout = '60s'
EOF
if [ "$TEST_MODE" -eq 1 ]; then
  install_content "$PG_CONF/conf.d/zz-modo-prueba.conf" 0644 postgres:postgres <<EOF
# Modo de prueba de setup-server.sh: servidor privado, sin durabilidad.
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET'
fsync = off
EOF
fi
settings_changed=$((CHANGES - before_settings))

install_content "$PG_CONF/pg_hba.conf" 0640 postgres:postgres <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk; se rehace en cada ejecución.
# Nada de "trust": todo acceso por red es TLS + scram-sha-256.
# TYPE  DATABASE                  USER                 ADDRESS        METHOD
local   all                       postgres                            peer
# La copia nocturna (usuario postgres del sistema) entra como $ROLE_BACKUP.
local   $BASE,$SCRATCH_BASE  $ROLE_BACKUP      peer map=cdmype_respaldo
hostssl $BASE  +$ROLE_SEATS,$ROLE_READER,$ROLE_OWNER  $LAN  scram-sha-256
# El propietario también desde este mismo equipo (p. ej. para init).
hostssl $BASE  $ROLE_OWNER  127.0.0.0/8  scram-sha-256
hostssl $BASE  $ROLE_OWNER  ::1/128      scram-sha-256
EOF
install_content "$PG_CONF/pg_ident.conf" 0640 postgres:postgres <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk.
# MAPNAME          SYSTEM-USERNAME  PG-USERNAME
cdmype_respaldo    postgres         $ROLE_BACKUP
EOF
config_changed=$((CHANGES - before_config))

# ------------------------------------------------------------ the server
step "5. Servidor en marcha"
start_server() {
  local action=$1   # start | restart | reload
  if [ "$TEST_MODE" -eq 1 ]; then
    case $action in
      start|restart) run as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_SOCKET/postgres.log" -w -s "$action" ;;
      reload) run as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -s reload ;;
    esac
  elif [ -d /run/systemd/system ]; then
    run systemctl enable -q "postgresql@$PG_MAJOR-$CLUSTER"
    run systemctl "$action" "postgresql@$PG_MAJOR-$CLUSTER"
  else
    run pg_ctlcluster "$PG_MAJOR" "$CLUSTER" "$action"
  fi
}
if ! server_running; then
  start_server start
  changed "servidor iniciado (puerto $PG_PORT)"
elif [ "$settings_changed" -gt 0 ]; then
  # listen_addresses only takes effect at a restart.
  start_server restart
  changed "servidor reiniciado con la configuración nueva"
elif [ "$config_changed" -gt 0 ]; then
  start_server reload
  changed "configuración recargada"
else
  msg "sin cambios: el servidor ya está en marcha en el puerto $PG_PORT"
fi
if [ "$DRY_RUN" -eq 0 ] && [ "$(query_super postgres 'SHOW ssl')" != on ]; then
  die "el servidor no activó TLS; revise $PG_CONF/conf.d/cdmype.conf y el registro del servidor."
fi

# ----------------------------------------------------- roles and database
step "6. Roles, base $BASE y permisos"
signature_before=$(state_signature)
ensure_roles_and_database
if [ "$DRY_RUN" -eq 0 ]; then
  if [ "$(state_signature)" = "$signature_before" ]; then
    msg "sin cambios: roles, base y permisos ya estaban así."
  else
    changed "roles, base y permisos aplicados"
  fi
fi

# --------------------------------------------------------- nightly backup
# A systemd timer rather than cron: Persistent=true runs tonight's copy at
# the next boot when the server was off at that hour, a failed verification
# leaves the unit "failed" (systemctl --failed, journal) instead of a cron
# mail nobody reads, and the copy runs with User=postgres and a private /tmp.
step "7. Copia nocturna verificada"
if [ "$(stat -c '%a %U' "$BACKUP_DIR" 2>/dev/null)" != "700 postgres" ]; then
  run install -d -m 0700 -o postgres -g postgres "$BACKUP_DIR"
  changed "carpeta de copias: $BACKUP_DIR (solo postgres)"
fi
install_content "$LIBEXEC_DIR/nightly-backup.sh" 0755 root:root <"$HERE/nightly-backup.sh"
install_content "$BACKUP_ENV" 0644 root:root <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk (lo lee cdmype-respaldo.service).
CDMYPE_BASE=$BASE
CDMYPE_RESPALDOS=$BACKUP_DIR
CDMYPE_CONSERVAR=30
CDMYPE_PG_BIN=$PG_BIN
PGHOST=$PG_SOCKET
PGPORT=$PG_PORT
PGUSER=$ROLE_BACKUP
EOF
before_units=$CHANGES
install_content "$SYSTEMD_DIR/cdmype-respaldo.service" 0644 root:root <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk.
[Unit]
Description=Copia verificada de la base CDMYPE ($BASE)
Requires=postgresql@$PG_MAJOR-$CLUSTER.service
After=postgresql@$PG_MAJOR-$CLUSTER.service

[Service]
Type=oneshot
User=postgres
Group=postgres
EnvironmentFile=$BACKUP_ENV
ExecStart=/bin/bash $LIBEXEC_DIR/nightly-backup.sh
SyslogIdentifier=cdmype-respaldo
PrivateTmp=true
NoNewPrivileges=true
EOF
install_content "$SYSTEMD_DIR/cdmype-respaldo.timer" 0644 root:root <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk.
[Unit]
Description=Copia nocturna de la base CDMYPE

[Timer]
OnCalendar=*-*-* 02:30:00
Persistent=true

[Install]
WantedBy=timers.target
EOF
if [ "$TEST_MODE" -eq 1 ]; then
  msg "modo de prueba: el temporizador no se activa (sin systemd)."
elif [ ! -d /run/systemd/system ]; then
  msg "AVISO: este equipo no arrancó con systemd; programe a mano $LIBEXEC_DIR/nightly-backup.sh."
elif [ $((CHANGES - before_units)) -gt 0 ] || ! systemctl is-enabled -q cdmype-respaldo.timer; then
  run systemctl daemon-reload
  run systemctl enable --now -q cdmype-respaldo.timer
  changed "temporizador cdmype-respaldo.timer activado (cada noche a las 02:30)"
else
  msg "sin cambios: cdmype-respaldo.timer ya está activo."
fi

install_content "$STATE_FILE" 0644 root:root <<EOF
# Escrito por installer/server/setup-server.sh de CDMYPE Desk (lo lee add-seat.sh).
CDMYPE_BASE=$BASE
CDMYPE_PUERTO=$PG_PORT
CDMYPE_NOMBRE_SERVIDOR=$SERVER_NAME
CDMYPE_LAN=$LAN
EOF

# ---------------------------------------------------------------- summary
host=${SERVER_NAME%%,*}
port_part=""; [ "$PG_PORT" = 5432 ] || port_part=":$PG_PORT"
echo
if [ "$DRY_RUN" -eq 1 ]; then
  msg "simulación terminada: $CHANGES pasos cambiarían algo; no se cambió nada."
  exit 0
elif [ "$CHANGES" -eq 0 ]; then
  msg "Nada que cambiar: el servidor ya estaba preparado así."
else
  msg "Listo: $CHANGES cambios aplicados."
fi
cat <<EOF

  Base de datos:             postgresql://$host$port_part/$BASE
  Certificado para puestos:  $CA_FOR_SEATS  (cópielo a cada puesto)
  Contraseñas (solo root):   $CREDENTIALS
  Copias nocturnas:          $BACKUP_DIR

  Crear el esquema del centro (una vez):
    PGPASSFILE=$CREDENTIALS cdmype-cli --db 'postgresql://$ROLE_OWNER@$host$port_part/$BASE?sslmode=verify-full&sslrootcert=$CA_FOR_SEATS' \\
      --user admin init --center "CDMYPE …" --prefix XX --admin admin
  Dar de alta un puesto:
    sudo bash installer/server/add-seat.sh NOMBRE [--ventanilla DISTRITO_ID]
EOF
