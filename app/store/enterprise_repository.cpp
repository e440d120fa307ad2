// SQL for single enterprise records; listing and search live in enterprise_query.cpp.
#include "store/enterprise_repository.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/record_codigo.hpp"
#include "store/enterprise_codigo.hpp"
#include "store/enterprise_row.hpp"
#include "store/record_json.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/stale_record.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

namespace {

std::string select_sql(const std::string& where) {
  return "SELECT " + enterprise_select_columns() + " FROM enterprise e " + where;
}

[[noreturn]] void rethrow_constraint(const DbError& e, const Enterprise& rec) {
  if (e.kind() == DbErrorKind::Unique)
    throw UserError("Ya existe un expediente con el código «" + rec.codigo + "».");
  if (e.kind() == DbErrorKind::ForeignKey)
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
  st.bind("uuid", e.meta.uuid);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
  try {
    if (!st.step()) throw std::logic_error("INSERT … RETURNING id no devolvió el id");
    e.meta.id = st.int64("id");
    st.reset();
  } catch (const DbError& ex) {
    st.reset();
    rethrow_constraint(ex, e);
  }
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
    throw StaleRecord(stale_record_message(db_, {"este expediente", "lo"}, before->meta));
  Statement st(db_, enterprise_update_sql());
  bind_enterprise_fields(st, e);
  st.bind("id", e.meta.id);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
  st.bind("version", e.meta.version);
  std::int64_t changed = 0;
  try {
    changed = st.execute();
  } catch (const DbError& ex) {
    rethrow_constraint(ex, e);
  }
  if (changed != 1) throw StaleRecord(stale_record_message(db_, {"este expediente", "lo"}, before->meta));
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
  if (!get_) get_.emplace(db_, select_sql("WHERE e.id = :id"));
  auto& q = *get_;
  q.reset();  // in case an earlier read threw half-way
  q.bind("id", id);
  std::optional<Enterprise> found;
  if (q.step()) found = get_reader_.read(q);
  q.reset();
  return found;
}

std::optional<Enterprise> EnterpriseRepository::by_codigo(std::string_view codigo) {
  auto found = select_where("WHERE e.codigo = :value", codigo);
  // Codes are kept as written; one typed in another case is the same code.
  if (found.empty()) found = select_where("WHERE UPPER(e.codigo) = :value", codigo_key(codigo));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::int64_t> EnterpriseRepository::id_by_codigo(std::string_view codigo) {
  Statement q(db_, "SELECT id FROM enterprise WHERE codigo = :codigo");
  q.bind("codigo", codigo);
  if (q.step()) return q.int64("id");
  Statement k(db_, "SELECT id FROM enterprise WHERE UPPER(codigo) = :key");
  k.bind("key", codigo_key(codigo));
  if (!k.step()) return std::nullopt;
  return k.int64("id");
}

bool EnterpriseRepository::codigo_exists(std::string_view codigo) {
  return id_by_codigo(codigo).has_value();
}

std::vector<Enterprise> EnterpriseRepository::find_by_dui(std::string_view dui) {
  // A natural person's NIT is their DUI: the same person either way.
  return select_where("WHERE e.titular_dui = :value OR e.nit = :value ORDER BY e.codigo", dui);
}

std::vector<Enterprise> EnterpriseRepository::find_by_nit(std::string_view nit) {
  return select_where("WHERE e.nit = :value ORDER BY e.codigo", nit);
}

std::vector<Enterprise> EnterpriseRepository::select_where(const std::string& where,
                                                           std::string_view value) {
  Statement q(db_, select_sql(where));
  q.bind("value", value);
  EnterpriseReader reader;
  std::vector<Enterprise> out;
  while (q.step()) out.push_back(reader.read(q));
  return out;
}

int EnterpriseRepository::next_sequence(std::string_view prefix, int year) {
  // A range over the unique index on codigo: "CH-2026-" ≤ codigo < "CH-2026." ('.' follows '-';
  // byte order on both engines: PostgreSQL databases are created with the C.UTF-8 collation).
  const std::string head = std::string(prefix) + "-" + std::to_string(year);
  Statement q(db_,
              "SELECT codigo FROM enterprise WHERE codigo >= :from AND codigo < :to "
              "ORDER BY LENGTH(codigo) DESC, codigo DESC");
  q.bind("from", head + "-");
  q.bind("to", head + ".");
  // Longest then greatest first: past 9999 the sequence gains digits. Codes
  // that do not parse (hand-typed in an import) are skipped.
  while (q.step()) {
    const auto c = parse_enterprise_codigo(q.text_view("codigo"));
    if (c && c->prefix == prefix && c->year == year) return c->sequence + 1;
  }
  return 1;
}

std::unordered_map<std::string, std::int64_t> EnterpriseRepository::ids_by_codigo() {
  Statement q(db_, "SELECT codigo, id FROM enterprise");
  std::unordered_map<std::string, std::int64_t> out;
  while (q.step()) out.emplace(q.text("codigo"), q.int64("id"));
  return out;
}

std::unordered_set<std::int64_t> EnterpriseRepository::all_ids() {
  Statement q(db_, "SELECT id FROM enterprise");
  std::unordered_set<std::int64_t> out;
  while (q.step()) out.insert(q.int64("id"));
  return out;
}

std::int64_t EnterpriseRepository::count_all() {
  return query_int64(db_, "SELECT COUNT(*) AS n FROM enterprise").value_or(0);
}

}  // namespace cdmype::store
