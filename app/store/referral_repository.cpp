// SQL for referrals; each insert/update carries its audit row in the same transaction.
#include "store/referral_repository.hpp"

#include <cctype>
#include <cstdint>

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "store/record_stamps.hpp"
#include "store/referral_json.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/stale_record.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// The fields, bound by their column names, then uuid / id, timestamp, user, version.
constexpr const char* kInsert =
    "INSERT INTO referral (fecha, distrito_id, nombre, sexo, telefono, dui, sector, necesidad, "
    "estado, asesor_id, enterprise_id, motivo, registrada_por, uuid, created_at, updated_at, "
    "created_by, updated_by, version) "
    "VALUES (:fecha, :distrito_id, :nombre, :sexo, :telefono, :dui, :sector, :necesidad, "
    ":estado, :asesor_id, :enterprise_id, :motivo, :registrada_por, :uuid, :at, :at, :user_id, "
    ":user_id, 1) RETURNING id";

constexpr const char* kUpdate =
    "UPDATE referral SET fecha = :fecha, distrito_id = :distrito_id, nombre = :nombre, "
    "sexo = :sexo, telefono = :telefono, dui = :dui, sector = :sector, necesidad = :necesidad, "
    "estado = :estado, asesor_id = :asesor_id, enterprise_id = :enterprise_id, "
    "motivo = :motivo, registrada_por = :registrada_por, updated_at = :at, "
    "updated_by = :user_id, version = version + 1 WHERE id = :id AND version = :version";

constexpr const char* kColumns =
    "r.id, r.uuid, r.version, r.created_at, r.updated_at, r.created_by, r.updated_by, r.fecha, "
    "r.distrito_id, r.nombre, r.sexo, r.telefono, r.dui, r.sector, r.necesidad, r.estado, "
    "r.asesor_id, r.enterprise_id, r.motivo, r.registrada_por";

void bind_fields(Statement& st, const Referral& r, const Author& who) {
  bind_date(st, "fecha", r.fecha);
  st.bind("distrito_id", r.distrito_id);
  st.bind("nombre", r.nombre);
  bind_code(st, "sexo", r.sexo);
  st.bind("telefono", r.telefono);
  bind_text_or_null(st, "dui", r.dui);
  bind_code(st, "sector", r.sector);
  st.bind("necesidad", r.necesidad);
  bind_code(st, "estado", r.estado);
  bind_id_or_null(st, "asesor_id", r.asesor_id);
  bind_id_or_null(st, "enterprise_id", r.enterprise_id);
  st.bind("motivo", r.motivo);
  bind_id_or_null(st, "registrada_por", r.registrada_por);
  st.bind("at", who.at);
  bind_id_or_null(st, "user_id", who.user_id);
}

Referral read_referral(Statement& q) {
  Referral r;
  r.meta = read_record_meta(q);
  r.fecha = column_date(q, "fecha");
  r.distrito_id = q.int32("distrito_id");
  r.nombre = q.text("nombre");
  r.sexo = column_code<Sexo>(q, "sexo");
  r.telefono = q.text("telefono");
  r.dui = column_text(q, "dui");
  r.sector = column_code<Sector>(q, "sector");
  r.necesidad = q.text("necesidad");
  r.estado = column_code<EstadoRemision>(q, "estado");
  r.asesor_id = column_id(q, "asesor_id");
  r.enterprise_id = column_id(q, "enterprise_id");
  r.motivo = q.text("motivo");
  r.registrada_por = column_id(q, "registrada_por");
  return r;
}

[[noreturn]] void rethrow_constraint(const DbError& e) {
  if (e.kind() == DbErrorKind::ForeignKey)
    throw UserError(
        "La remisión hace referencia a un distrito, asesor o expediente que no existe.");
  if (e.kind() == DbErrorKind::Unique)
    throw UserError("Ya existe una remisión con ese identificador (uuid).");
  throw e;
}

// WHERE clause of a filter; its parameters are always bound (0 / '' = no filter).
constexpr const char* kFilterWhere =
    " WHERE (:estado = '' OR r.estado = :estado) "
    "AND (:registrada_por = 0 OR r.registrada_por = :registrada_por) "
    "AND (:asesor_id = 0 OR r.asesor_id = :asesor_id) "
    "AND (:distrito_id = 0 OR r.distrito_id = :distrito_id) ORDER BY r.fecha, r.id";

void bind_filter(Statement& q, const ReferralFilter& f) {
  // "" (not a default string_view, whose null data SQLite would bind as NULL).
  q.bind("estado", f.estado ? code_of(*f.estado) : std::string_view(""));
  q.bind("registrada_por", f.registrada_por);
  q.bind("asesor_id", f.asesor_id);
  q.bind("distrito_id", f.distrito_id);
}

}  // namespace

void ReferralRepository::insert(const Author& who, Referral& r) {
  require_transaction(db_);
  if (r.meta.uuid.empty()) r.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, kInsert);
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
  audit_.append(who, AuditOp::Insert, kAuditReferral, r.meta.id, std::nullopt, referral_json(r));
}

void ReferralRepository::update(const Author& who, Referral& r) {
  require_transaction(db_);
  const auto before = get(r.meta.id);
  if (!before) throw UserError("La remisión ya no existe.");
  if (before->meta.version != r.meta.version)
    throw StaleRecord(stale_record_message(db_, {"esta remisión", "la"}, before->meta));
  if (!update_) update_.emplace(db_, kUpdate);
  auto& st = *update_;
  bind_fields(st, r, who);
  st.bind("id", r.meta.id);
  st.bind("version", r.meta.version);
  std::int64_t changed = 0;
  try {
    changed = st.execute();
  } catch (const DbError& e) {
    st.reset();
    rethrow_constraint(e);
  }
  if (changed != 1) throw StaleRecord(stale_record_message(db_, {"esta remisión", "la"}, before->meta));
  stamp_updated(r.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditReferral, r.meta.id, referral_json(*before),
                referral_json(r));
}

std::optional<Referral> ReferralRepository::get(std::int64_t id) {
  if (!get_)
    get_.emplace(db_, std::string("SELECT ") + kColumns + " FROM referral r WHERE r.id = :id");
  auto& q = *get_;
  q.reset();  // in case an earlier read threw half-way
  q.bind("id", id);
  std::optional<Referral> found;
  if (q.step()) found = read_referral(q);
  q.reset();
  return found;
}

std::optional<Referral> ReferralRepository::by_uuid(std::string_view uuid) {
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM referral r WHERE r.uuid = :uuid");
  q.bind("uuid", uuid);
  if (!q.step()) return std::nullopt;
  return read_referral(q);
}

std::vector<Referral> ReferralRepository::by_dui(std::string_view dui) {
  Statement q(db_, std::string("SELECT ") + kColumns + " FROM referral r WHERE r.dui = :dui ORDER BY r.id");
  q.bind("dui", dui);
  std::vector<Referral> out;
  while (q.step()) out.push_back(read_referral(q));
  return out;
}

std::vector<Referral> ReferralRepository::by_uuid_part(std::string_view prefix) {
  // The prefix is hex and hyphens only (checked here), so LIKE needs no
  // escaping; uuids are stored lower-case, so the prefix is lowered here and
  // LIKE's case rules (ASCII-insensitive on SQLite, sensitive on PostgreSQL)
  // never matter.
  std::string part;
  for (char c : prefix) {
    if (!std::isxdigit(static_cast<unsigned char>(c)) && c != '-') return {};
    part += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  Statement q(db_, std::string("SELECT ") + kColumns +
                       " FROM referral r WHERE r.uuid LIKE :part || '%' OR r.uuid LIKE '%' || "
                       ":part ORDER BY r.id LIMIT 2");
  q.bind("part", part);
  std::vector<Referral> out;
  while (q.step()) out.push_back(read_referral(q));
  return out;
}

void ReferralRepository::for_each(const ReferralFilter& filter,
                                  const std::function<bool(const Referral&)>& visit) {
  Statement q(
      db_, std::string("SELECT ") + kColumns + " FROM referral r" + kFilterWhere + " LIMIT :limit");
  bind_filter(q, filter);
  q.bind("limit", static_cast<std::int64_t>(filter.limit > 0 ? filter.limit : INT64_MAX));
  while (q.step())
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
  return query_int64(db_, "SELECT COUNT(*) AS n FROM referral").value_or(0);
}

}  // namespace cdmype::store
