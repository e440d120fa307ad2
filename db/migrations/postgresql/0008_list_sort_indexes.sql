-- PostgreSQL twin of ../0008_list_sort_indexes.sql: the same statements (they port as they are).
-- The Empresas list sorts by every column it shows and fetches one page at
-- a time (store/enterprise_query.cpp reads the page's ids first, then the
-- rows). With these indexes the ids of any page come from an index walk,
-- under 1 ms even 50,000 rows down, instead of sorting 100,000 rows per
-- page (issue 8: 170–750 ms at national scale). Código (UNIQUE), nombre and
-- fecha_ingreso already have theirs; the index on distrito(nombre) lets the
-- distrito sort walk distritos by name and each one's enterprises by the
-- enterprise_distrito index.
CREATE INDEX enterprise_titular_nombre ON enterprise (titular_nombre);
CREATE INDEX enterprise_sector ON enterprise (sector);
CREATE INDEX enterprise_estado ON enterprise (estado);
CREATE INDEX distrito_nombre ON distrito (nombre);
-- The asesor sort walks the users by name, each one's files by enterprise_asesor.
CREATE INDEX app_user_full_name ON app_user (full_name);
