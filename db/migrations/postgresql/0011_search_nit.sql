-- Issue 13: a natural person's NIT is their DUI (the DUI–NIT homologation), so the
-- search box must find a file by the number in its NIT field too: a DUI typed in
-- the search finds the file whose titular has it and the file whose NIT is it.
-- PostgreSQL dialect, as in 0001 (SQLite rebuilds its FTS5 table in ../0011_search_nit.sql):
-- a generated column's expression cannot be altered in PostgreSQL 15, so busqueda is
-- dropped and added again with nit; adding it computes it for every existing row.
DROP INDEX enterprise_busqueda;
ALTER TABLE enterprise DROP COLUMN busqueda;

ALTER TABLE enterprise ADD COLUMN busqueda tsvector GENERATED ALWAYS AS (
  to_tsvector('cdmype_busqueda',
              translate(coalesce(nombre, '') || ' ' || coalesce(codigo, '') || ' ' ||
                        coalesce(titular_nombre, '') || ' ' || coalesce(titular_dui, '') || ' ' ||
                        coalesce(nit, ''),
                        '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~',
                        '                                '))) STORED;
CREATE INDEX enterprise_busqueda ON enterprise USING gin (busqueda);
