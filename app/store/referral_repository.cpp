// SQL for referrals; each insert/update carries its audit row in the same transaction.
#include "store/referral_repository.hpp"

#include <sqlite3.h>

#include <cctype>
#include <cstdint>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/record_stamps.hpp"
#include "store/referral_json.hpp"
#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// ?1..?13 the fields in this order, ?14 uuid / id, ?15 timestamp, ?16 user, ?17 version.
constexpr const char* kInsert =
    "INSERT INTO referral (fecha, distrito_id, nombre, sexo, telefono, dui, sector, necesidad, "
    "estado, asesor_id, enterprise_id, motivo, registrada_por, uuid, created_at, updated_at, "
    "created_by, updated_by, version) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15, ?16, ?16, 1)";

constexpr const char* kUpdate =
    "UPDATE referral SET fecha = ?1, distrito_id = ?2, nombre = ?3, sexo = ?4, telefono = ?5, "
    "dui = ?6, sector = ?7, necesidad = ?8, estado = ?9, asesor_id = ?10, enterprise_id = ?11, "
    "motivo = ?12, registrada_por = ?13, updated_at = ?15, updated_by = ?16, "
    "version = version + 1 WHERE id = ?14 AND version = ?17";

constexpr const char* kColumns =
    "r.id, r.uuid, r.version, r.created_at, r.updated_at, r.created_by, r.updated_by, r.fecha, "
    "r.distrito_id, r.nombre, r.sexo, r.telefono, r.dui, r.sector, r.necesidad, r.estado, "
    "r.asesor_id, r.enterprise_id, r.motivo, r.registrada_por";

void bind_fields(SQLite::Statement& st, const Referral& r, const Author& who) {
  bind_date(st, 1, r.fecha);
  st.bind(2, r.distrito_id);
  st.bindNoCopy(3, r.nombre);
  bind_code(st, 4, r.sexo);
  st.bindNoCopy(5, r.telefono);
  bind_text_or_null(st, 6, r.dui);
  bind_code(st, 7, r.sector);
  st.bindNoCopy(8, r.necesidad);
  bind_code(st, 9, r.estado);
  bind_id_or_null(st, 10, r.asesor_id);
  bind_id_or_null(st, 11, r.enterprise_id);
  st.bindNoCopy(12, r.motivo);
  bind_id_or_null(st, 13, r.registrada_por);
  st.bindNoCopy(15, who.at);
  bind_id_or_null(st, 16, who.user_id);
}

Referral read_referral(SQLite::Statement& q) {
  Referral r;
  r.meta.id = q.getColumn(0).getInt64();
  r.meta.uuid = q.getColumn(1).getString();
  r.meta.version = q.getColumn(2).getInt();
  r.meta.created_at = q.getColumn(3).getString();
  r.meta.updated_at = q.getColumn(4).getString();
  r.meta.created_by = column_id(q.getColumn(5));
  r.meta.updated_by = column_id(q.getColumn(6));
  r.fecha = column_date(q.getColumn(7));
  r.distrito_id = q.getColumn(8).getInt();
  r.nombre = q.getColumn(9).getString();
  r.sexo = column_code<Sexo>(q.getColumn(10));
  r.telefono = q.getColumn(11).getString();
  r.dui = column_text(q.getColumn(12));
  r.sector = column_code<Sector>(q.getColumn(13));
  r.necesidad = q.getColumn(14).getString();
  r.estado = column_code<EstadoRemision>(q.getColumn(15));
  r.asesor_id = column_id(q.getColumn(16));
  r.enterprise_id = column_id(q.getColumn(17));
  r.motivo = q.getColumn(18).getString();
  r.registrada_por = column_id(q.getColumn(19));
  return r;
}

[[noreturn]] void rethrow_constraint(const SQLite::Exception& e) {
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY)
    throw UserError(
        "La remisión hace referencia a un distrito, asesor o expediente que no existe.");
  if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
    throw UserError("Ya existe una remisión con ese identificador (uuid).");
  throw e;
}

std::string stale_message(int stored_version) {
  return "Otra persona modificó esta remisión (versión " + std::to_string(stored_version) +
         ") desde que usted la abrió; vuelva a abrirla para ver los cambios.";
}

// WHERE clause of a filter; parameters ?1..?4 are always bound (0 / '' = no filter).
constexpr const char* kFilterWhere =
    " WHERE (?1 = '' OR r.estado = ?1) AND (?2 = 0 OR r.registrada_por = ?2) "
    "AND (?3 = 0 OR r.asesor_id = ?3) AND (?4 = 0 OR r.distrito_id = ?4) ORDER BY r.fecha, r.id";

void bind_filter(SQLite::Statement& q, const ReferralFilter& f) {
  q.bind(1, f.estado ? std::string(code_of(*f.estado)) : std::string());
  q.bind(2, static_cast<int64_t>(f.registrada_por));
  q.bind(3, static_cast<int64_t>(f.asesor_id));
  q.bind(4, f.distrito_id);
}

}  // namespace

void ReferralRepository::insert(const Author& who, Referral& r) {
  require_transaction(db_);
  if (r.meta.uuid.empty()) r.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, kInsert);
  auto& st = *insert_;
  bind_fields(st, r, who);
  st.bindNoCopy(14, r.meta.uuid);
  try {
    st.exec();
    st.reset();
  } catch (const SQLite::Exception& e) {
    st.tryReset();
    rethrow_constraint(e);
  }
  stamp_inserted(r.meta, db_.getLastInsertRowid(), who);
  audit_.append(who, AuditOp::Insert, kAuditReferral, r.meta.id, std::nullopt, referral_json(r));
}

void ReferralRepository::update(const Author& who, Referral& r) {
  require_transaction(db_);
  const auto before = get(r.meta.id);
  if (!before) throw UserError("La remisión ya no existe.");
  if (before->meta.version != r.meta.version)
    throw StaleRecord(stale_message(before->meta.version));
  if (!update_) update_.emplace(db_, kUpdate);
  auto& st = *update_;
  bind_fields(st, r, who);
  st.bind(14, static_cast<int64_t>(r.meta.id));
  st.bind(17, r.meta.version);
  int changed = 0;
  try {
    changed = st.exec();
    st.reset();
  } catch (const SQLite::Exception& e) {
    st.tryReset();
    rethrow_constraint(e);
  }
  if (changed != 1) throw StaleRecord(stale_message(before->meta.version));
  stamp_updated(r.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditReferral, r.meta.id, referral_json(*before),
                referral_json(r));
}

std::optional<Referral> ReferralRepository::get(std::int64_t id) {
  if (!get_) get_.emplace(db_, std::string("SELECT ") + kColumns + " FROM referral r WHERE r.id = ?1");
  auto& q = *get_;
  q.reset();  // in case an earlier read threw half-way
  q.bind(1, static_cast<int64_t>(id));
  std::optional<Referral> found;
  if (q.executeStep()) found = read_referral(q);
  q.reset();
  return found;
}

std::optional<Referral> ReferralRepository::by_uuid(std::string_view uuid) {
  SQLite::Statement q(db_,
                      std::string("SELECT ") + kColumns + " FROM referral r WHERE r.uuid = ?1");
  q.bind(1, std::string(uuid));
  if (!q.executeStep()) return std::nullopt;
  return read_referral(q);
}

std::vector<Referral> ReferralRepository::by_uuid_part(std::string_view prefix) {
  // The prefix is hex and hyphens only (checked here), so LIKE needs no escaping.
  for (char c : prefix)
    if (!std::isxdigit(static_cast<unsigned char>(c)) && c != '-') return {};
  SQLite::Statement q(db_,
                      std::string("SELECT ") + kColumns +
                          " FROM referral r WHERE r.uuid LIKE ?1 || '%' OR r.uuid LIKE '%' || ?1 "
                          "ORDER BY r.id LIMIT 2");
  q.bind(1, std::string(prefix));
  std::vector<Referral> out;
  while (q.executeStep()) out.push_back(read_referral(q));
  return out;
}

void ReferralRepository::for_each(const ReferralFilter& filter,
                                  const std::function<bool(const Referral&)>& visit) {
  SQLite::Statement q(
      db_, std::string("SELECT ") + kColumns + " FROM referral r" + kFilterWhere + " LIMIT ?5");
  bind_filter(q, filter);
  q.bind(5, static_cast<int64_t>(filter.limit > 0 ? filter.limit : INT64_MAX));
  while (q.executeStep())
    if (!visit(read_referral(q))) break;
}

std::vector<Referral> ReferralRepository::list(const ReferralFilter& filter) {
  std::vector<Referral> out;
  for_each(filter, [&](const Referral& r) {
    out.push_back(r);
    return true;
  });
  return out;
}

std::int64_t ReferralRepository::count_all() {
  SQLite::Statement q(db_, "SELECT COUNT(*) FROM referral");
  q.executeStep();
  return q.getColumn(0).getInt64();
}

}  // namespace cdmype::store
