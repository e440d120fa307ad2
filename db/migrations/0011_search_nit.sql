-- Issue 13: a natural person's NIT is their DUI (the DUI–NIT homologation), so the
-- search box must find a file by the number in its NIT field too: a DUI typed in
-- the search finds the file whose titular has it and the file whose NIT is it.
-- SQLite dialect (FTS5), as in 0001: the index is rebuilt with the nit column.
DROP TRIGGER enterprise_fts_insert;
DROP TRIGGER enterprise_fts_delete;
DROP TRIGGER enterprise_fts_update;
DROP TABLE enterprise_fts;

CREATE VIRTUAL TABLE enterprise_fts USING fts5 (
  nombre, codigo, titular_nombre, titular_dui, nit,
  content = 'enterprise', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE TRIGGER enterprise_fts_insert AFTER INSERT ON enterprise BEGIN
  INSERT INTO enterprise_fts (rowid, nombre, codigo, titular_nombre, titular_dui, nit)
  VALUES (new.id, new.nombre, new.codigo, new.titular_nombre, new.titular_dui, new.nit);
END;

CREATE TRIGGER enterprise_fts_delete AFTER DELETE ON enterprise BEGIN
  INSERT INTO enterprise_fts (enterprise_fts, rowid, nombre, codigo, titular_nombre, titular_dui, nit)
  VALUES ('delete', old.id, old.nombre, old.codigo, old.titular_nombre, old.titular_dui, old.nit);
END;

CREATE TRIGGER enterprise_fts_update AFTER UPDATE OF nombre, codigo, titular_nombre, titular_dui, nit ON enterprise BEGIN
  INSERT INTO enterprise_fts (enterprise_fts, rowid, nombre, codigo, titular_nombre, titular_dui, nit)
  VALUES ('delete', old.id, old.nombre, old.codigo, old.titular_nombre, old.titular_dui, old.nit);
  INSERT INTO enterprise_fts (rowid, nombre, codigo, titular_nombre, titular_dui, nit)
  VALUES (new.id, new.nombre, new.codigo, new.titular_nombre, new.titular_dui, new.nit);
END;

INSERT INTO enterprise_fts (enterprise_fts) VALUES ('rebuild');
