// The server's own definitions of keys and indexes, read before dropping them and replayed after.
#include "store/postgresql/pg_load_without_checks.hpp"

#include "store/sql/statement.hpp"

namespace cdmype::store {

LoadWithoutChecks::LoadWithoutChecks(Connection& c) : c_(c) {
  if (c_.engine() != Engine::PostgreSQL) return;
  const bool owns_all =
      query_int64(c_, "SELECT COUNT(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                      "AND relkind = 'r' AND NOT pg_has_role(current_user, relowner, 'USAGE')")
          .value_or(1) == 0;
  if (!owns_all) return;
  std::vector<std::string> drop;
  {
    Statement q(c_, "SELECT i.indexrelid::regclass::text AS name, "
                    "pg_get_indexdef(i.indexrelid) AS def FROM pg_index i "
                    "JOIN pg_class t ON t.oid = i.indrelid "
                    "WHERE t.relnamespace = 'public'::regnamespace AND NOT EXISTS "
                    "(SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) "
                    "ORDER BY 1");
    while (q.step()) {
      drop.push_back("DROP INDEX " + q.text("name"));
      recreate_.push_back(q.text("def"));
    }
  }
  {
    Statement q(c_, "SELECT conrelid::regclass::text AS tab, quote_ident(conname) AS name, "
                    "pg_get_constraintdef(oid) AS def FROM pg_constraint "
                    "WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2");
    while (q.step()) {
      drop.insert(drop.begin(), "ALTER TABLE " + q.text("tab") + " DROP CONSTRAINT " + q.text("name"));
      recreate_.push_back("ALTER TABLE " + q.text("tab") + " ADD CONSTRAINT " + q.text("name") +
                          " " + q.text("def"));
    }
  }
  for (const auto& sql : drop) c_.execute_script(sql);
}

void LoadWithoutChecks::rebuild() {
  for (const auto& sql : recreate_) c_.execute_script(sql);
  recreate_.clear();
}

}  // namespace cdmype::store
