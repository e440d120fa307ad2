// SQL for results; each write carries its audit row in the same transaction.
#include "store/result_repository.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/record_stamps.hpp"
#include "store/referral_json.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kColumns =
    "x.id, x.uuid, x.version, x.created_at, x.updated_at, x.created_by, x.updated_by, "
    "x.enterprise_id, x.fecha, x.tipo, x.valor, x.detalle";

ResultRecord read_result(SQLite::Statement& q) {
  ResultRecord r;
  r.meta.id = q.getColumn(0).getInt64();
  r.meta.uuid = q.getColumn(1).getString();
  r.meta.version = q.getColumn(2).getInt();
  r.meta.created_at = q.getColumn(3).getString();
  r.meta.updated_at = q.getColumn(4).getString();
  r.meta.created_by = column_id(q.getColumn(5));
  r.meta.updated_by = column_id(q.getColumn(6));
  r.enterprise_id = q.getColumn(7).getInt64();
  r.fecha = column_date(q.getColumn(8));
  r.tipo = column_code<TipoResultado>(q.getColumn(9));
  r.valor = q.getColumn(10).getInt64();
  r.detalle = q.getColumn(11).getString();
  return r;
}

// ?1..?5 fields, ?6 uuid / id, ?7 timestamp, ?8 user, ?9 version.
void bind_fields(SQLite::Statement& st, const ResultRecord& r, const Author& who) {
  st.bind(1, static_cast<int64_t>(r.enterprise_id));
  bind_date(st, 2, r.fecha);
  bind_code(st, 3, r.tipo);
  st.bind(4, static_cast<int64_t>(r.valor));
  st.bindNoCopy(5, r.detalle);
  st.bindNoCopy(7, who.at);
  bind_id_or_null(st, 8, who.user_id);
}

[[noreturn]] void rethrow_constraint(const SQLite::Exception& e) {
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
    throw UserError("El resultado hace referencia a un expediente que no existe.");
  throw e;
}

}  // namespace

void ResultRepository::insert(const Author& who, ResultRecord& r) {
  require_transaction(db_);
  if (r.meta.uuid.empty()) r.meta.uuid = new_uuid();
  if (!insert_)
    insert_.emplace(db_,
                    "INSERT INTO result (enterprise_id, fecha, tipo, valor, detalle, uuid, "
                    "created_at, updated_at, created_by, updated_by, version) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?8, 1)");
  auto& st = *insert_;
  bind_fields(st, r, who);
  st.bindNoCopy(6, r.meta.uuid);
  try {
    st.exec();
    st.reset();
  } catch (const SQLite::Exception& e) {
    st.tryReset();
    rethrow_constraint(e);
  }
  stamp_inserted(r.meta, db_.getLastInsertRowid(), who);
  audit_.append(who, AuditOp::Insert, kAuditResult, r.meta.id, std::nullopt, result_json(r));
}

void ResultRepository::update(const Author& who, ResultRecord& r) {
  require_transaction(db_);
  const auto before = get(r.meta.id);
  if (!before) throw UserError("El resultado ya no existe.");
  SQLite::Statement st(db_,
                       "UPDATE result SET enterprise_id = ?1, fecha = ?2, tipo = ?3, valor = ?4, "
                       "detalle = ?5, updated_at = ?7, updated_by = ?8, version = version + 1 "
                       "WHERE id = ?6 AND version = ?9");
  bind_fields(st, r, who);
  st.bind(6, static_cast<int64_t>(r.meta.id));
  st.bind(9, r.meta.version);
  try {
    if (st.exec() != 1)
      throw StaleRecord("Otra persona modificó este resultado (versión " +
                        std::to_string(before->meta.version) + "); vuelva a abrirlo.");
  } catch (const SQLite::Exception& e) {
    rethrow_constraint(e);
  }
  stamp_updated(r.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditResult, r.meta.id, result_json(*before),
                result_json(r));
}

void ResultRepository::remove(const Author& who, std::int64_t id) {
  require_transaction(db_);
  const auto before = get(id);
  if (!before) throw UserError("El resultado ya no existe.");
  SQLite::Statement st(db_, "DELETE FROM result WHERE id = ?1");
  st.bind(1, static_cast<int64_t>(id));
  st.exec();
  audit_.append(who, AuditOp::Delete, kAuditResult, id, result_json(*before), std::nullopt);
}

std::optional<ResultRecord> ResultRepository::get(std::int64_t id) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns + " FROM result x WHERE x.id = ?1");
  q.bind(1, static_cast<int64_t>(id));
  if (!q.executeStep()) return std::nullopt;
  return read_result(q);
}

std::optional<ResultRecord> ResultRepository::find_same(std::int64_t enterprise_id,
                                                        const Date& fecha, TipoResultado tipo,
                                                        const std::string& detalle) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns +
                               " FROM result x WHERE x.enterprise_id = ?1 AND x.fecha = ?2 "
                               "AND x.tipo = ?3 AND x.detalle = ?4 ORDER BY x.id LIMIT 1");
  q.bind(1, static_cast<int64_t>(enterprise_id));
  bind_date(q, 2, fecha);
  bind_code(q, 3, tipo);
  q.bind(4, detalle);
  if (!q.executeStep()) return std::nullopt;
  return read_result(q);
}

std::vector<ResultRecord> ResultRepository::by_enterprise(std::int64_t enterprise_id) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns +
                               " FROM result x WHERE x.enterprise_id = ?1 "
                               "ORDER BY x.fecha DESC, x.id DESC");
  q.bind(1, static_cast<int64_t>(enterprise_id));
  std::vector<ResultRecord> out;
  while (q.executeStep()) out.push_back(read_result(q));
  return out;
}

void ResultRepository::for_each_export(
    const std::function<bool(const ResultRecord&, const std::string&)>& visit) {
  SQLite::Statement q(db_, std::string("SELECT ") + kColumns +
                               ", e.codigo FROM result x JOIN enterprise e ON e.id = "
                               "x.enterprise_id ORDER BY x.fecha, x.id");
  while (q.executeStep())
    if (!visit(read_result(q), q.getColumn(12).getString())) break;
}

}  // namespace cdmype::store
