// Copies a center table by table in key order through each engine's bulk path, then compares.
#include "store/center_copy.hpp"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <stdexcept>
#include <type_traits>
#include <variant>

#include "core/errors.hpp"
#include "store/audit_chain.hpp"
#include "store/identity_sequence.hpp"
#include "store/postgresql/pg_load_without_checks.hpp"
#include "store/sql/bulk_writer.hpp"
#include "store/sql/catalog.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

// Kept by triggers from the rows of other tables (0007's report aggregates;
// the search index is a virtual table or a generated column, never listed).
const std::set<std::string> kDerivedTables = {"session_month_stats", "enterprise_attendance"};
// The program's own bookkeeping: each database has it from its migrations.
const std::set<std::string> kOwnBookkeeping = {"schema_version"};

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::int64_t count_rows(Connection& c, const std::string& table) {
  return query_int64(c, "SELECT COUNT(*) FROM " + table).value_or(0);
}

int schema_version_of(Connection& c) {
  return static_cast<int>(query_int64(c, "SELECT MAX(version) FROM schema_version").value_or(0));
}

SqlValue value_at(Statement& q, int i) {
  if (q.is_null(i)) return SqlNull{};
  switch (q.column_type(i)) {
    case SqlType::Integer:
      return q.int64(i);
    case SqlType::Real:
      return q.real(i);
    case SqlType::Blob:
      return SqlBlob{q.blob(i)};
    case SqlType::Text:
      break;
  }
  return std::string(q.text_view(i));
}

// One row as bytes that are equal exactly when the values are: a tag per
// kind, then the value (integers in decimal, reals with 17 digits, bytes as
// they are), each length-prefixed.
void append_canonical(std::string& out, const SqlValue& v) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        std::string body;
        char tag = 'N';
        if constexpr (std::is_same_v<T, std::int64_t>) {
          tag = 'I';
          body = std::to_string(x);
        } else if constexpr (std::is_same_v<T, double>) {
          tag = 'R';
          char b[64];
          const auto r = std::to_chars(b, b + sizeof b, x, std::chars_format::general, 17);
          body.assign(b, r.ptr);
        } else if constexpr (std::is_same_v<T, std::string>) {
          tag = 'T';
          body = x;
        } else if constexpr (std::is_same_v<T, SqlBlob>) {
          tag = 'B';
          body = x.bytes;
        }
        out += tag;
        out += std::to_string(body.size());
        out += ':';
        out += body;
      },
      v);
}

std::string order_by(Connection& c, const std::string& table, const std::vector<std::string>& cols) {
  auto key = primary_key_columns(c, table);
  if (key.empty()) key = cols;
  return " ORDER BY " + quoted_list(key);
}

// The columns of `table` that point at the same table (app_user.created_by):
// written NULL first and set once every row exists, so a row may name one
// that comes after it.
std::vector<std::string> self_references(Connection& c, const std::string& table) {
  std::vector<std::string> out;
  for (const auto& fk : foreign_keys(c, table))
    if (fk.parent_table == table) out.push_back(fk.column);
  return out;
}

void require_empty_target(Connection& to) {
  for (const char* t : {"app_user", "audit_log", "enterprise"})
    if (count_rows(to, t) > 0)
      throw UserError("El destino ya contiene un centro (" + to.describe() +
                      "). Use una base vacía: un archivo nuevo o una base nueva en el servidor.");
}

void copy_table(Connection& from, Connection& to, const std::string& table,
                const std::function<void(std::int64_t)>& on_rows) {
  const auto cols = stored_columns(from, table);
  if (cols != stored_columns(to, table))
    throw UserError("La tabla «" + table +
                    "» tiene columnas distintas en el origen y el destino: actualice el programa "
                    "en ambos equipos a la misma versión.");
  const auto self = self_references(from, table);
  const auto key = primary_key_columns(from, table);
  std::vector<int> self_index;
  for (const auto& s : self)
    self_index.push_back(static_cast<int>(std::find(cols.begin(), cols.end(), s) - cols.begin()));
  std::vector<std::vector<SqlValue>> later;  // key values, then the self references

  Statement read(from, "SELECT " + quoted_list(cols) + " FROM " + table + order_by(from, table, cols));
  read.stream_rows();
  auto writer = to.bulk_insert(table, cols);
  std::vector<SqlValue> row(cols.size());
  std::int64_t n = 0;
  while (read.step()) {
    for (size_t i = 0; i < cols.size(); ++i) row[i] = value_at(read, static_cast<int>(i));
    if (!self_index.empty()) {
      std::vector<SqlValue> pending;
      bool any = false;
      for (const auto& k : key)
        pending.push_back(row[static_cast<size_t>(std::find(cols.begin(), cols.end(), k) - cols.begin())]);
      for (int i : self_index) {
        any = any || !std::holds_alternative<SqlNull>(row[static_cast<size_t>(i)]);
        pending.push_back(row[static_cast<size_t>(i)]);
        row[static_cast<size_t>(i)] = SqlNull{};
      }
      if (any) later.push_back(std::move(pending));
    }
    writer->row(row);
    if (++n % 10000 == 0) on_rows(10000);
  }
  writer->finish();
  on_rows(n % 10000);
  if (later.empty()) return;
  std::string set, where;
  for (size_t i = 0; i < self.size(); ++i) set += (i ? ", " : "") + self[i] + " = :s" + std::to_string(i);
  for (size_t i = 0; i < key.size(); ++i) where += (i ? " AND " : "") + key[i] + " = :k" + std::to_string(i);
  Statement up(to, "UPDATE " + table + " SET " + set + " WHERE " + where);
  for (const auto& p : later) {
    for (size_t i = 0; i < key.size(); ++i) {
      const auto& v = p[i];
      if (const auto* id = std::get_if<std::int64_t>(&v))
        up.bind("k" + std::to_string(i), *id);
      else
        up.bind("k" + std::to_string(i), std::get<std::string>(v));
    }
    for (size_t i = 0; i < self.size(); ++i) {
      const auto& v = p[key.size() + i];
      if (const auto* id = std::get_if<std::int64_t>(&v))
        up.bind("s" + std::to_string(i), *id);
      else
        up.bind_null("s" + std::to_string(i), SqlType::Integer);
    }
    up.execute();
  }
}

}  // namespace

bool CenterCopyResult::ok() const {
  return audit_chain_intact && std::all_of(tables.begin(), tables.end(), [](const auto& t) {
           return t.same_content && t.source_rows == t.target_rows;
         });
}

std::string moved_center_message(const std::string& target, const std::string& when) {
  return "Los datos de este centro se trasladaron a " + target + (when.empty() ? "" : " el " + when) +
         ". Esta base quedó como copia de solo lectura: trabaje con la nueva ubicación "
         "(Archivo → Conectar, o --db con esa dirección).";
}

std::optional<std::string> moved_center_notice(Connection& c) {
  Statement q(c, "SELECT key, value FROM setting WHERE key IN ('centro_trasladado_a', "
                 "'centro_trasladado_el')");
  std::string target, when;
  while (q.step()) (q.text("key") == "centro_trasladado_a" ? target : when) = q.text("value");
  if (target.empty()) return std::nullopt;
  return moved_center_message(target, when);
}

std::vector<std::string> copy_order(Connection& c) {
  std::vector<std::string> tables;
  for (auto& t : user_tables(c))
    if (!kDerivedTables.count(t) && !kOwnBookkeeping.count(t)) tables.push_back(std::move(t));
  std::map<std::string, std::set<std::string>> parents;
  for (const auto& t : tables)
    for (const auto& fk : foreign_keys(c, t))
      if (fk.parent_table != t) parents[t].insert(fk.parent_table);
  std::vector<std::string> ordered;
  std::set<std::string> placed;
  while (ordered.size() < tables.size()) {
    bool progressed = false;
    for (const auto& t : tables) {
      if (placed.count(t)) continue;
      const auto& ps = parents[t];
      if (std::all_of(ps.begin(), ps.end(), [&](const auto& p) { return placed.count(p) > 0; })) {
        ordered.push_back(t);
        placed.insert(t);
        progressed = true;
      }
    }
    if (!progressed) throw std::logic_error("referencias circulares entre tablas: no hay orden de copia");
  }
  return ordered;
}

namespace {

void require_same_schema(Connection& from, Connection& to) {
  if (schema_version_of(from) != schema_version_of(to))
    throw UserError("El origen y el destino tienen versiones distintas del esquema (" +
                    std::to_string(schema_version_of(from)) + " y " +
                    std::to_string(schema_version_of(to)) +
                    "): abra ambos con esta misma versión del programa.");
}

// Every row of `from` into `to`, inside the caller's write transaction on `to`,
// whose center tables hold at most the seeded catalogs.
void copy_rows(Connection& from, Connection& to, const CopyProgress& progress) {
  const ReadSnapshot snapshot(from);
  const auto order = copy_order(from);
  std::int64_t total = 0;
  for (const auto& t : order) total += count_rows(from, t);
  // No change notices for a load: seats are not using a database being filled.
  if (to.engine() == Engine::PostgreSQL) to.execute_script("SET LOCAL cdmype.sin_avisos = 'on'");
  // The target's seeded catalogs (territory, size laws, wages, policies)
  // give way to the source's rows, children first.
  for (auto t = order.rbegin(); t != order.rend(); ++t)
    if (*t != "audit_log") to.execute_script("DELETE FROM " + *t);
  LoadWithoutChecks unchecked(to);
  std::int64_t done = 0;
  for (const auto& t : order) {
    copy_table(from, to, t, [&](std::int64_t rows) {
      done += rows;
      if (progress) progress("Copiando " + t, total ? static_cast<double>(done) / total : 1.0);
    });
  }
  if (progress) progress("Comprobando referencias e índices", 1.0);
  unchecked.rebuild();
  advance_all_identities(to);
  // The planner's statistics for the rows just loaded, so the first report
  // after a move does not wait for autovacuum to learn the tables (a role
  // that owns no table gets a warning per table, not an error).
  if (to.engine() == Engine::PostgreSQL) to.execute_script("ANALYZE");
  if (progress) progress("Guardando en el destino", 1.0);
}

}  // namespace

void copy_center(Connection& from, Connection& to, const CopyProgress& progress) {
  require_same_schema(from, to);
  WriteTransaction tx(to);
  require_empty_target(to);
  copy_rows(from, to, progress);
  tx.commit();
}

void replace_center(Connection& from, Connection& to, const CopyProgress& progress) {
  if (to.engine() != Engine::PostgreSQL)
    throw std::logic_error("replace_center: un archivo se restaura copiando sus páginas");
  require_same_schema(from, to);
  WriteTransaction tx(to);
  // The audit log refuses TRUNCATE to everyone (0001); only its owner may lift
  // that for this one transaction, and only a restore does.
  const bool owner =
      query_int64(to, "SELECT CASE WHEN pg_has_role(current_user, c.relowner, 'USAGE') "
                      "THEN 1 ELSE 0 END FROM pg_class c WHERE c.oid = 'audit_log'::regclass")
          .value_or(0) == 1;
  if (!owner)
    throw UserError("Restaurar una copia en el servidor reemplaza la bitácora de auditoría, y eso "
                    "solo lo puede hacer la cuenta propietaria de la base (cdmype_propietario): "
                    "use --db con esa cuenta.");
  std::string tables;
  for (const auto& t : user_tables(to))
    if (!kOwnBookkeeping.count(t)) tables += (tables.empty() ? "" : ", ") + t;
  to.execute_script("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate; "
                    "TRUNCATE " + tables + " RESTART IDENTITY; "
                    "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate");
  copy_rows(from, to, progress);
  // A copy kept from a file the center left is still this center's data; the
  // server stays its home, so the file's "moved" marker does not come along.
  to.execute_script("DELETE FROM setting WHERE key IN ('centro_trasladado_a', "
                    "'centro_trasladado_el')");
  // Every seat reloads what it shows: all of it changed at once.
  to.execute_script("SELECT pg_notify('cdmype', '*')");
  tx.commit();
}

CenterCopyResult verify_center_copy(Connection& from, Connection& to,
                                    const CopyProgress& progress) {
  CenterCopyResult out;
  const ReadSnapshot a(from);
  const ReadSnapshot b(to);
  std::vector<std::string> tables;
  for (auto& t : user_tables(from))
    if (!kOwnBookkeeping.count(t)) tables.push_back(std::move(t));
  size_t i = 0;
  for (const auto& t : tables) {
    if (progress) progress("Verificando " + t, static_cast<double>(i++) / tables.size());
    TableCopyCheck check{t, count_rows(from, t), count_rows(to, t), false};
    const auto cols = stored_columns(from, t);
    auto digest = [&](Connection& c) {
      crypto_generichash_state h;
      crypto_generichash_init(&h, nullptr, 0, 32);
      Statement q(c, "SELECT " + quoted_list(cols) + " FROM " + t + order_by(c, t, cols));
      q.stream_rows();
      std::string row;
      while (q.step()) {
        row.clear();
        for (size_t k = 0; k < cols.size(); ++k) append_canonical(row, value_at(q, static_cast<int>(k)));
        crypto_generichash_update(&h, reinterpret_cast<const unsigned char*>(row.data()), row.size());
      }
      unsigned char d[32];
      crypto_generichash_final(&h, d, sizeof d);
      return std::string(reinterpret_cast<const char*>(d), sizeof d);
    };
    check.same_content = cols == stored_columns(to, t) && digest(from) == digest(to);
    out.tables.push_back(std::move(check));
  }
  out.audit_chain_intact = !first_audit_chain_break(to).has_value();
  if (progress) progress("Verificado", 1.0);
  return out;
}

}  // namespace cdmype::store
