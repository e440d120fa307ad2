// SQL for single enterprise records; listing and search live in enterprise_query.cpp.
#include "store/enterprise_repository.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/record_codigo.hpp"
#include "store/enterprise_codigo.hpp"
#include "store/enterprise_row.hpp"
#include "store/record_json.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

std::string select_sql(const std::string& where) {
  return "SELECT " + enterprise_select_columns() + " FROM enterprise e " + where;
}

std::string stale_message(int stored_version) {
  return "Otra persona modificó este expediente (versión " + std::to_string(stored_version) +
         ") desde que usted lo abrió; vuelva a abrirlo para ver los cambios.";
}

[[noreturn]] void rethrow_constraint(const SQLite::Exception& e, const Enterprise& rec) {
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
    throw UserError("Ya existe un expediente con el código «" + rec.codigo + "».");
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
    throw UserError("El expediente «" + rec.codigo +
                    "» hace referencia a un distrito o asesor que no existe.");
  throw e;
}

}  // namespace

void EnterpriseRepository::insert(const Author& who, Enterprise& e) {
  require_transaction(db_);
  if (e.meta.uuid.empty()) e.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, enterprise_insert_sql());
  auto& st = *insert_;
  bind_enterprise_fields(st, e);
  st.bindNoCopy(28, e.meta.uuid);
  st.bindNoCopy(29, who.at);
  if (who.user_id == 0)
    st.bind(30);
  else
    st.bind(30, static_cast<int64_t>(who.user_id));
  try {
    st.exec();
    st.reset();
  } catch (const SQLite::Exception& ex) {
    st.tryReset();
    rethrow_constraint(ex, e);
  }
  e.meta.id = db_.getLastInsertRowid();
  e.meta.version = 1;
  e.meta.created_at = e.meta.updated_at = who.at;
  e.meta.created_by = e.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Insert, kAuditEnterprise, e.meta.id, std::nullopt,
                enterprise_json(e));
}

void EnterpriseRepository::update(const Author& who, Enterprise& e) {
  require_transaction(db_);
  const auto before = get(e.meta.id);
  if (!before) throw UserError("El expediente «" + e.codigo + "» ya no existe.");
  if (before->meta.version != e.meta.version)
    throw StaleRecord(stale_message(before->meta.version));
  SQLite::Statement st(db_, enterprise_update_sql());
  bind_enterprise_fields(st, e);
  st.bind(28, static_cast<int64_t>(e.meta.id));
  st.bind(29, who.at);
  if (who.user_id == 0)
    st.bind(30);
  else
    st.bind(30, static_cast<int64_t>(who.user_id));
  st.bind(31, e.meta.version);
  try {
    if (st.exec() != 1) throw StaleRecord(stale_message(before->meta.version));
  } catch (const SQLite::Exception& ex) {
    rethrow_constraint(ex, e);
  }
  e.meta.uuid = before->meta.uuid;
  e.meta.created_at = before->meta.created_at;
  e.meta.created_by = before->meta.created_by;
  e.meta.version = before->meta.version + 1;
  e.meta.updated_at = who.at;
  e.meta.updated_by = who.user_id;
  audit_.append(who, AuditOp::Update, kAuditEnterprise, e.meta.id, enterprise_json(*before),
                enterprise_json(e));
}

std::optional<Enterprise> EnterpriseRepository::get(std::int64_t id) {
  if (!get_) get_.emplace(db_, select_sql("WHERE e.id = ?1"));
  auto& q = *get_;
  q.reset();  // in case an earlier read threw half-way
  q.bind(1, static_cast<int64_t>(id));
  std::optional<Enterprise> found;
  if (q.executeStep()) found = read_enterprise(q);
  q.reset();
  return found;
}

std::optional<Enterprise> EnterpriseRepository::by_codigo(std::string_view codigo) {
  auto found = select_where("WHERE e.codigo = ?1", std::string(codigo));
  // Codes are kept as written; one typed in another case is the same code.
  if (found.empty()) found = select_where("WHERE UPPER(e.codigo) = ?1", codigo_key(codigo));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::int64_t> EnterpriseRepository::id_by_codigo(std::string_view codigo) {
  SQLite::Statement q(db_, "SELECT id FROM enterprise WHERE codigo = ?1");
  q.bind(1, std::string(codigo));
  if (q.executeStep()) return q.getColumn(0).getInt64();
  SQLite::Statement k(db_, "SELECT id FROM enterprise WHERE UPPER(codigo) = ?1");
  k.bind(1, codigo_key(codigo));
  if (!k.executeStep()) return std::nullopt;
  return k.getColumn(0).getInt64();
}

bool EnterpriseRepository::codigo_exists(std::string_view codigo) {
  return id_by_codigo(codigo).has_value();
}

std::vector<Enterprise> EnterpriseRepository::find_by_dui(std::string_view dui) {
  // A natural person's NIT is their DUI: the same person either way.
  return select_where("WHERE e.titular_dui = ?1 OR e.nit = ?1 ORDER BY e.codigo",
                      std::string(dui));
}

std::vector<Enterprise> EnterpriseRepository::find_by_nit(std::string_view nit) {
  return select_where("WHERE e.nit = ?1 ORDER BY e.codigo", std::string(nit));
}

std::vector<Enterprise> EnterpriseRepository::select_where(const std::string& where,
                                                           const std::string& value) {
  SQLite::Statement q(db_, select_sql(where));
  q.bind(1, value);
  std::vector<Enterprise> out;
  while (q.executeStep()) out.push_back(read_enterprise(q));
  return out;
}

int EnterpriseRepository::next_sequence(std::string_view prefix, int year) {
  // A range over the unique index on codigo: "CH-2026-" ≤ codigo < "CH-2026." ('.' follows '-').
  const std::string head = std::string(prefix) + "-" + std::to_string(year);
  SQLite::Statement q(db_,
                      "SELECT codigo FROM enterprise WHERE codigo >= ?1 AND codigo < ?2 "
                      "ORDER BY LENGTH(codigo) DESC, codigo DESC");
  q.bind(1, head + "-");
  q.bind(2, head + ".");
  // Longest then greatest first: past 9999 the sequence gains digits. Codes
  // that do not parse (hand-typed in an import) are skipped.
  while (q.executeStep()) {
    const auto c = parse_enterprise_codigo(q.getColumn(0).getText());
    if (c && c->prefix == prefix && c->year == year) return c->sequence + 1;
  }
  return 1;
}

std::unordered_map<std::string, std::int64_t> EnterpriseRepository::ids_by_codigo() {
  SQLite::Statement q(db_, "SELECT codigo, id FROM enterprise");
  std::unordered_map<std::string, std::int64_t> out;
  while (q.executeStep()) out.emplace(q.getColumn(0).getString(), q.getColumn(1).getInt64());
  return out;
}

std::unordered_set<std::int64_t> EnterpriseRepository::all_ids() {
  SQLite::Statement q(db_, "SELECT id FROM enterprise");
  std::unordered_set<std::int64_t> out;
  while (q.executeStep()) out.insert(q.getColumn(0).getInt64());
  return out;
}

std::int64_t EnterpriseRepository::count_all() {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM enterprise");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
