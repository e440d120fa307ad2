// SQL for results; each write carries its audit row in the same transaction.
#include "store/result_repository.hpp"

#include "core/errors.hpp"
#include "store/stale_record.hpp"
#include "core/identity.hpp"
#include "store/record_stamps.hpp"
#include "store/referral_json.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

constexpr const char* kColumns =
    "x.id, x.uuid, x.version, x.created_at, x.updated_at, x.created_by, x.updated_by, "
    "x.enterprise_id, x.fecha, x.tipo, x.valor, x.detalle";

ResultRecord read_result(Statement& q) {
  ResultRecord r;
  r.meta = read_record_meta(q);
  r.enterprise_id = q.int64("enterprise_id");
  r.fecha = column_date(q, "fecha");
  r.tipo = column_code<TipoResultado>(q, "tipo");
  r.valor = q.int64("valor");
  r.detalle = q.text("detalle");
  return r;
}

// The fields by their column names, then the author's timestamp and user.
void bind_fields(Statement& st, const ResultRecord& r, const Author& who) {
  st.bind("enterprise_id", r.enterprise_id);
  bind_date(st, "fecha", r.fecha);
  bind_code(st, "tipo", r.tipo);
  st.bind("valor", r.valor);
  st.bind("detalle", r.detalle);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
}

[[noreturn]] void rethrow_constraint(const DbError& e) {
  if (e.kind() == DbErrorKind::ForeignKey)
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
                    "VALUES (:enterprise_id, :fecha, :tipo, :valor, :detalle, :uuid, :at, :at, "
                    ":user_id, :user_id, 1) RETURNING id");
  auto& st = *insert_;
  bind_fields(st, r, who);
  st.bind("uuid", r.meta.uuid);
  std::int64_t id = 0;
  try {
    st.step();
    id = st.int64("id");
    st.reset();
  } catch (const DbError& e) {
    st.reset();
    rethrow_constraint(e);
  }
  stamp_inserted(r.meta, id, who);
  audit_.append(who, AuditOp::Insert, kAuditResult, r.meta.id, std::nullopt, result_json(r));
}

void ResultRepository::update(const Author& who, ResultRecord& r) {
  require_transaction(db_);
  const auto before = get(r.meta.id);
  if (!before) throw UserError("El resultado ya no existe.");
  Statement st(db_,
               "UPDATE result SET enterprise_id = :enterprise_id, fecha = :fecha, tipo = :tipo, "
               "valor = :valor, detalle = :detalle, updated_at = :at, updated_by = :user_id, "
               "version = version + 1 WHERE id = :id AND version = :version");
  bind_fields(st, r, who);
  st.bind("id", r.meta.id);
  st.bind("version", r.meta.version);
  std::int64_t changed = 0;
  try {
    changed = st.execute();
  } catch (const DbError& e) {
    rethrow_constraint(e);
  }
  if (changed != 1)
    throw StaleRecord(stale_record_message(db_, {"este resultado", "lo"}, before->meta));
  stamp_updated(r.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditResult, r.meta.id, result_json(*before),
                result_json(r));
}

void ResultRepository::remove(const Author& who, std::int64_t id) {
  require_transaction(db_);
  const auto before = get(id);
  if (!before) throw UserError("El resultado ya no existe.");
  Statement st(db_, "DELETE FROM result WHERE id = :id");
  st.bind("id", id);
  st.execute();
  audit_.append(who, AuditOp::Delete, kAuditResult, id, result_json(*before), std::nullopt);
}

std::optional<ResultRecord> ResultRepository::get(std::int64_t id) {
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM result x WHERE x.id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_result(q);
}

std::optional<ResultRecord> ResultRepository::find_same(std::int64_t enterprise_id,
                                                        const Date& fecha, TipoResultado tipo,
                                                        const std::string& detalle) {
  Statement q(db_, std::string("SELECT ") + kColumns +
                       " FROM result x WHERE x.enterprise_id = :enterprise_id AND x.fecha = :fecha "
                       "AND x.tipo = :tipo AND x.detalle = :detalle ORDER BY x.id LIMIT 1");
  q.bind("enterprise_id", enterprise_id);
  bind_date(q, "fecha", fecha);
  bind_code(q, "tipo", tipo);
  q.bind("detalle", detalle);
  if (!q.step()) return std::nullopt;
  return read_result(q);
}

std::vector<ResultRecord> ResultRepository::by_enterprise(std::int64_t enterprise_id) {
  Statement q(db_, std::string("SELECT ") + kColumns +
                       " FROM result x WHERE x.enterprise_id = :enterprise_id "
                       "ORDER BY x.fecha DESC, x.id DESC");
  q.bind("enterprise_id", enterprise_id);
  std::vector<ResultRecord> out;
  while (q.step()) out.push_back(read_result(q));
  return out;
}

void ResultRepository::for_each_export(
    const std::function<bool(const ResultRecord&, const std::string&)>& visit) {
  Statement q(db_, std::string("SELECT ") + kColumns +
                       ", e.codigo FROM result x JOIN enterprise e ON e.id = "
                       "x.enterprise_id ORDER BY x.fecha, x.id");
  while (q.step())
    if (!visit(read_result(q), q.text("codigo"))) break;
}

}  // namespace cdmype::store
