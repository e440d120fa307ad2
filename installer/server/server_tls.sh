# server_tls.sh: the office CA and the server certificate seats check with sslmode=verify-full (sourced by setup-server.sh).
#
# The CA key stays in $CA_DIR (root, 0700) on the server; seats get only the
# CA certificate. The CA is made once: making a new one would break every
# seat's sslrootcert, so a second run keeps it and only re-issues the
# server certificate when the server's names changed.

# subjectAltName for "name1,name2": IPv4/IPv6 literals as IP:, others as DNS:.
san_for_names() {
  local names=$1 out="" n
  IFS=, read -r -a list <<<"$names"
  for n in "${list[@]}"; do
    if [[ $n =~ ^[0-9.]+$ || $n == *:* ]]; then out+="${out:+,}IP:$n"; else out+="${out:+,}DNS:$n"; fi
  done
  echo "$out"
}

# openssl req prints a "-----" separator even with -subj; the line says nothing.
ensure_ca() {
  if [ -f "$CA_DIR/ca.key" ] && [ -f "$CA_DIR/ca.crt" ]; then
    msg "sin cambios: la autoridad certificadora de la oficina ya existe ($CA_DIR/ca.crt)"
    return 0
  fi
  run install -d -m 0700 -o root -g root "$CA_DIR"
  # EC P-256: small, fast, accepted by every libpq on Debian 12. 20 years:
  # re-issuing the CA means visiting every seat.
  run openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$CA_DIR/ca.key" -out "$CA_DIR/ca.crt" -days 7300 -sha256 \
    -subj "/O=CDMYPE/CN=Autoridad certificadora CDMYPE $(hostname -s 2>/dev/null || echo servidor)" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    2> >(grep -vx -- '-----' >&2)
  run chmod 0600 "$CA_DIR/ca.key"
  changed "creada la autoridad certificadora de la oficina: $CA_DIR/ca.crt"
}

# True when the server certificate exists, is signed by our CA and carries exactly these names.
server_cert_current() {
  local san=$1 have
  [ -f "$TLS_DIR/server.crt" ] && [ -f "$TLS_DIR/server.key" ] || return 1
  openssl verify -CAfile "$CA_DIR/ca.crt" "$TLS_DIR/server.crt" >/dev/null 2>&1 || return 1
  have=$(openssl x509 -in "$TLS_DIR/server.crt" -noout -ext subjectAltName 2>/dev/null |
         sed -n '2p' | tr -d ' ' | sed 's/IPAddress:/IP:/g')
  [ "$have" = "$san" ]
}

ensure_server_cert() {
  local names=$1 san cn
  san=$(san_for_names "$names")
  cn=${names%%,*}
  if server_cert_current "$san"; then
    msg "sin cambios: certificado del servidor para $names ($TLS_DIR/server.crt)"
    return 0
  fi
  run install -d -m 0700 -o postgres -g postgres "$TLS_DIR"
  run openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout "$TLS_DIR/server.key" -out "$TLS_DIR/server.csr" -subj "/O=CDMYPE/CN=$cn" \
    2> >(grep -vx -- '-----' >&2)
  local ext
  ext="basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=$san"
  printf '  + openssl x509 -req … -extfile <(%s)\n' "subjectAltName=$san"
  if [ "$DRY_RUN" -eq 0 ]; then
    openssl x509 -req -in "$TLS_DIR/server.csr" -CA "$CA_DIR/ca.crt" -CAkey "$CA_DIR/ca.key" \
      -CAcreateserial -CAserial "$CA_DIR/ca.srl" -out "$TLS_DIR/server.crt" -days 3650 -sha256 \
      -extfile <(printf '%s\n' "$ext") 2>/dev/null
  fi
  run rm -f "$TLS_DIR/server.csr"
  # PostgreSQL refuses a key others can read.
  run chown postgres:postgres "$TLS_DIR/server.key" "$TLS_DIR/server.crt"
  run chmod 0600 "$TLS_DIR/server.key"
  changed "emitido el certificado del servidor para: $names"
}

ensure_ca_for_seats() {
  if [ "$DRY_RUN" -eq 1 ] && [ ! -f "$CA_DIR/ca.crt" ]; then
    printf '  + copiaría %s a %s (modo 0644)\n' "$CA_DIR/ca.crt" "$CA_FOR_SEATS"
    return 0
  fi
  install_content "$CA_FOR_SEATS" 0644 root:root <"$CA_DIR/ca.crt"
}
