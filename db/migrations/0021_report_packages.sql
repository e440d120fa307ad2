-- 0021: what a center sends CONAMYPE for the national roll-up (issue 16). The center's signing key
-- pair (libsodium Ed25519), made once: the private key never leaves this table (no export, no
-- report, no log prints it). And the package of each issued month: the issued JSON and PDF with
-- their hashes, the year to date, the pseudonymous ids of the enterprises served, signed; made
-- when the month is issued (or on first `report package` for a month issued before), kept as
-- sent so a package asked for again is the same bytes.
CREATE TABLE center_signing_key (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  clave_publica  TEXT NOT NULL,   -- base64, 32 bytes
  clave_privada  TEXT NOT NULL,   -- base64, 64 bytes
  created_at     TEXT NOT NULL
) STRICT;
CREATE TABLE report_package (
  id          INTEGER PRIMARY KEY,
  periodo     TEXT NOT NULL UNIQUE CHECK (length(periodo) = 7),
  paquete     TEXT NOT NULL,   -- the package file's bytes (JSON)
  created_at  TEXT NOT NULL
) STRICT;
