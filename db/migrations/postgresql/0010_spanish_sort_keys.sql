-- 0010: names sort in Spanish order (issue 13). Beside each name a list sorts
-- by, a key computed by the program (core/spanish_collation.hpp): plain bytes
-- whose order is Spanish order (Álvarez with the A's, ana with Ana, Ñandú
-- between Nube and Oro), so ORDER BY on it works the same in any SQL engine
-- and needs no collation registered by the program. PostgreSQL twin of
-- ../0010_spanish_sort_keys.sql: BYTEA compares byte by byte like SQLite's BLOB.
-- SQL cannot compute the keys: the program fills every NULL key right after
-- migrating, and on any later open (a row added by another tool), in the
-- same transaction (store/sort_keys.cpp); every insert and update of a name
-- writes its key.
ALTER TABLE enterprise ADD COLUMN nombre_orden BYTEA;
ALTER TABLE enterprise ADD COLUMN titular_nombre_orden BYTEA;
ALTER TABLE app_user ADD COLUMN full_name_orden BYTEA;
ALTER TABLE distrito ADD COLUMN nombre_orden BYTEA;
ALTER TABLE distrito ADD COLUMN municipio_orden BYTEA;
ALTER TABLE provider ADD COLUMN nombre_orden BYTEA;

-- The list sorts walk these instead of the name indexes of 0001 and 0008,
-- which nothing else reads (search goes through enterprise.busqueda here).
DROP INDEX enterprise_nombre;
DROP INDEX enterprise_titular_nombre;
DROP INDEX distrito_nombre;
DROP INDEX app_user_full_name;
CREATE INDEX enterprise_nombre_orden ON enterprise (nombre_orden);
CREATE INDEX enterprise_titular_nombre_orden ON enterprise (titular_nombre_orden);
CREATE INDEX distrito_nombre_orden ON distrito (nombre_orden);
CREATE INDEX distrito_municipio_orden ON distrito (municipio_orden);
CREATE INDEX app_user_full_name_orden ON app_user (full_name_orden);
CREATE INDEX provider_nombre_orden ON provider (nombre_orden);
