// Read-only consistency checks over a whole database, worded for the person running `check`.
#include "store/integrity.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "core/territory.hpp"
#include "store/audit_chain.hpp"
#include "store/migrations.hpp"
#include "store/sql/statement.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace cdmype::store {

namespace {

std::int64_t count(Connection& c, const char* sql) { return query_int64(c, sql).value_or(0); }

// --- SQLite only: the file's own structure -------------------------------

void references(SQLite::Database& db, std::vector<std::string>& out) {
  SQLite::Statement q(db, "PRAGMA foreign_key_check");
  int shown = 0;
  while (q.executeStep()) {
    if (++shown > 20) {
      out.push_back("Hay más referencias rotas que no se listan.");
      return;
    }
    out.push_back("Referencia rota: la fila " + std::to_string(q.getColumn(1).getInt64()) +
                  " de la tabla «" + q.getColumn(0).getString() +
                  "» apunta a un registro inexistente de «" + q.getColumn(2).getString() + "».");
  }
}

void search_index(SQLite::Database& db, std::vector<std::string>& out) {
  // FTS5's own check compares the index with the enterprise table.
  try {
    db.exec("INSERT INTO enterprise_fts (enterprise_fts, rank) VALUES ('integrity-check', 1)");
  } catch (const SQLite::Exception&) {
    out.push_back(
        "El índice de búsqueda de expedientes no coincide con los datos; la búsqueda puede "
        "omitir resultados. Restaure una copia de seguridad o reconstruya el índice.");
  }
}

// --- PostgreSQL only: the server's own structures --------------------------

// amcheck's B-tree check of every index of the center's schema, each against
// its table (heapallindexed: no row missing from its index). Only when the
// server's administrator installed the extension and let this role run it
// (amcheck is not a trusted extension); the table pages themselves are
// guarded by the data checksums the server was created with. A damaged
// index is reported and the next one checked.
void server_indexes(Connection& c, std::vector<std::string>& out) {
  Statement where(c,
                  "SELECT quote_ident(n.nspname) AS schema_name FROM pg_proc p "
                  "JOIN pg_namespace n ON n.oid = p.pronamespace "
                  "WHERE p.proname = 'bt_index_check' AND p.pronargs = 2 "
                  "AND has_function_privilege(p.oid, 'EXECUTE') LIMIT 1");
  if (!where.step()) return;
  const std::string function = where.text("schema_name") + ".bt_index_check";
  std::vector<std::string> indexes;
  Statement list(c,
                 "SELECT ic.relname AS index_name FROM pg_index i "
                 "JOIN pg_class ic ON ic.oid = i.indexrelid "
                 "JOIN pg_am am ON am.oid = ic.relam "
                 "WHERE am.amname = 'btree' AND i.indisvalid AND i.indisready "
                 "AND ic.relnamespace = to_regnamespace(current_schema()) "
                 "ORDER BY ic.relname");
  while (list.step()) indexes.push_back(list.text("index_name"));
  for (const auto& name : indexes) {
    try {
      Statement check(c, "SELECT 1 AS checked FROM " + function +
                             "(to_regclass(quote_ident(:index_name)), true)");
      check.bind("index_name", name);
      check.step();
    } catch (const DatabaseProblem& e) {  // Statement words damage as a DatabaseProblem
      if (e.kind() != DbErrorKind::Corrupt) throw;
      out.push_back("El índice «" + name + "» del servidor está dañado (" + e.engine_code() +
                    "). Pida a quien administra el servidor del centro que lo reconstruya "
                    "(REINDEX) y vuelva a ejecutar «check».");
    }
  }
}

// --- every engine ---------------------------------------------------------

// The triggers that refuse UPDATE and DELETE on audit_log (0001, 0006); on
// PostgreSQL also TRUNCATE, which skips row triggers (db/migrations/postgresql).
bool audit_protected(Connection& c) {
  if (c.engine() == Engine::SQLite)
    return count(c,
                 "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger' AND "
                 "name IN ('audit_log_no_update', 'audit_log_no_delete')") == 2;
  // pg_trigger, not information_schema.triggers: the latter omits TRUNCATE triggers.
  return count(c,
               "SELECT COUNT(DISTINCT tgname) AS n FROM pg_trigger "
               "WHERE tgrelid = to_regclass('audit_log') AND NOT tgisinternal "
               "AND tgenabled <> 'D' AND tgname IN ('audit_log_no_update', "
               "'audit_log_no_delete', 'audit_log_no_truncate')") == 3;
}

void audit(Connection& c, std::vector<std::string>& out) {
  if (!audit_protected(c))
    out.push_back(
        "Faltan las protecciones que impiden modificar o borrar la bitácora de "
        "auditoría: alguien alteró la estructura de la base de datos.");
  struct Kind {
    const char* sql;
    const char* what;
  };
  const Kind kinds[] = {
      {"SELECT COUNT(*) AS n FROM enterprise t WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
       "WHERE a.table_name = 'enterprise' AND a.record_id = t.id AND a.operation = 'insert')",
       "expedientes"},
      {"SELECT COUNT(*) AS n FROM advisory_session t WHERE NOT EXISTS (SELECT 1 FROM audit_log "
       "a WHERE a.table_name = 'advisory_session' AND a.record_id = t.id AND a.operation = "
       "'insert')",
       "sesiones"},
      {"SELECT COUNT(*) AS n FROM app_user t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
       "a.table_name = 'app_user' AND a.record_id = t.id AND a.operation = 'insert')",
       "cuentas de usuario"},
  };
  if (const auto broken = first_audit_chain_break(c))
    out.push_back(
        "La bitácora de auditoría fue alterada fuera del programa: la primera entrada "
        "cuya huella no coincide es la n.º " +
        std::to_string(broken->id) + " (tabla «" + broken->table_name + "», del " + broken->at +
        "). Desde esa entrada la bitácora no es confiable; restaure una copia de "
        "seguridad anterior y revise quién tuvo acceso a la base de datos.");
  for (const auto& k : kinds)
    if (const auto n = count(c, k.sql); n > 0)
      out.push_back(std::to_string(n) + " " + k.what +
                    " no tienen registro de creación en la bitácora de auditoría "
                    "(se escribieron fuera del programa).");
}

}  // namespace

std::vector<std::string> integrity_problems(SQLite::Database& db, int limit) {
  SQLite::Statement q(db, "PRAGMA integrity_check(" + std::to_string(limit) + ")");
  std::vector<std::string> out;
  while (q.executeStep()) {
    const std::string line = q.getColumn(0).getString();
    if (line == "ok") break;
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> check_database(Connection& c) {
  std::vector<std::string> out;
  SQLite::Database* file = c.engine() == Engine::SQLite ? &sqlite_connection(c).raw() : nullptr;
  if (file)
    for (const auto& line : integrity_problems(*file))
      out.push_back("Integridad del archivo: " + line);
  const int version = read_schema_version(c);
  if (version != latest_schema_version())
    out.push_back("La versión del esquema es " + std::to_string(version) + " y se esperaba " +
                  std::to_string(latest_schema_version()) + ".");
  if (file) {
    references(*file, out);
    search_index(*file, out);
  }
  const auto distritos = count(c, "SELECT COUNT(*) AS n FROM distrito");
  if (distritos != static_cast<std::int64_t>(Territory::el_salvador().distritos().size()))
    out.push_back("El catálogo de distritos tiene " + std::to_string(distritos) +
                  " filas y se esperaban " +
                  std::to_string(Territory::el_salvador().distritos().size()) + ".");
  audit(c, out);
  // Last: on PostgreSQL an error aborts an enclosing transaction, and nothing reads after it.
  if (!file) server_indexes(c, out);
  return out;
}

}  // namespace cdmype::store
