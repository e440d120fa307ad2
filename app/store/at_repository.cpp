// SQL for AT records; each insert/update carries its audit row in the same transaction.
#include "store/at_repository.hpp"

#include "core/errors.hpp"
#include "core/identity.hpp"
#include "core/record_codigo.hpp"
#include "store/at_record_json.hpp"
#include "store/at_row.hpp"
#include "store/record_stamps.hpp"
#include "store/sql/db_error.hpp"
#include "store/sql_values.hpp"
#include "store/stale_record.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {
namespace {

// The fields bind under their own names (kAtFields); :uuid, :at (timestamp),
// :user and, on update, :id and :version are the record's stamps.
std::string insert_sql() {
  std::string columns, values;
  for (const auto field : kAtFields) {
    columns += std::string(field) + ", ";
    values += ":" + std::string(field) + ", ";
  }
  return "INSERT INTO technical_assistance (" + columns +
         "uuid, created_at, updated_at, created_by, updated_by, version) VALUES (" + values +
         ":uuid, :at, :at, :user, :user, 1) RETURNING id";
}

std::string update_sql() {
  std::string set;
  for (const auto field : kAtFields) set += std::string(field) + " = :" + std::string(field) + ", ";
  return "UPDATE technical_assistance SET " + set +
         "updated_at = :at, updated_by = :user, version = version + 1 "
         "WHERE id = :id AND version = :version";
}

const std::string kSelect =
    std::string("SELECT ") + kAtSelectColumns + " FROM technical_assistance a ";

[[noreturn]] void rethrow_constraint(const DbError& e, const TechnicalAssistance& at) {
  switch (e.kind()) {
    case DbErrorKind::Unique:
      throw UserError("Ya existe una asistencia técnica con el código «" + at.codigo + "».");
    case DbErrorKind::ForeignKey:
      throw UserError(
          "La asistencia «" + at.codigo +
          "» hace referencia a una empresa, proveedor, usuario o política que no existe.");
    case DbErrorKind::Check:
      throw UserError(
          "La asistencia «" + at.codigo +
          "» no cumple las reglas de la base de datos (estado, montos o calificación).");
    default:
      rethrow_friendly(e);  // busy, disk full, server lost: in Spanish; anything else as is
  }
}

void bind_author(Statement& st, const Author& who) {
  st.bind("at", who.at);
  bind_id_or_null(st, "user", who.user_id);
}

std::vector<TechnicalAssistance> read_all(Statement& q) {
  std::vector<TechnicalAssistance> out;
  AtReader reader;
  while (q.step()) out.push_back(reader.read(q));
  return out;
}

}  // namespace

std::string year_start_iso(int year) {
  return to_iso(Date(static_cast<unsigned short>(year), 1, 1));
}
std::string year_end_iso(int year) {
  return to_iso(Date(static_cast<unsigned short>(year), 12, 31));
}

void AtRepository::insert(const Author& who, TechnicalAssistance& at) {
  require_transaction(db_);
  if (at.meta.uuid.empty()) at.meta.uuid = new_uuid();
  if (!insert_) insert_.emplace(db_, insert_sql());
  auto& st = *insert_;
  bind_at_fields(st, at);
  st.bind("uuid", at.meta.uuid);
  bind_author(st, who);
  try {
    st.step();
  } catch (const DbError& e) {
    st.reset();
    rethrow_constraint(e, at);
  }
  stamp_inserted(at.meta, st.int64("id"), who);
  st.reset();
  audit_.append(who, AuditOp::Insert, kAuditAt, at.meta.id, std::nullopt, at_json(at));
}

void AtRepository::update(const Author& who, TechnicalAssistance& at) {
  require_transaction(db_);
  const auto before = get(at.meta.id);
  if (!before) throw UserError("La asistencia técnica «" + at.codigo + "» ya no existe.");
  if (before->meta.version != at.meta.version)
    throw StaleRecord(stale_record_message(db_, {"esta asistencia técnica", "la"}, before->meta));
  Statement st(db_, update_sql());
  bind_at_fields(st, at);
  st.bind("id", at.meta.id);
  bind_author(st, who);
  st.bind("version", at.meta.version);
  std::int64_t changed = 0;
  try {
    changed = st.execute();
  } catch (const DbError& e) {
    rethrow_constraint(e, at);
  }
  if (changed != 1) throw StaleRecord(stale_record_message(db_, {"esta asistencia técnica", "la"}, before->meta));
  stamp_updated(at.meta, before->meta, who);
  audit_.append(who, AuditOp::Update, kAuditAt, at.meta.id, at_json(*before), at_json(at));
}

std::optional<TechnicalAssistance> AtRepository::get(std::int64_t id) {
  Statement q(db_, kSelect + "WHERE a.id = :id");
  q.bind("id", id);
  if (!q.step()) return std::nullopt;
  return read_at(q);
}

std::optional<TechnicalAssistance> AtRepository::by_codigo(std::string_view codigo) {
  Statement q(db_, kSelect + "WHERE a.codigo = :codigo");
  q.bind("codigo", codigo);
  if (q.step()) return read_at(q);
  // Codes are kept as written; one typed in another case is the same code.
  Statement k(db_, kSelect + "WHERE UPPER(a.codigo) = :key");
  k.bind("key", codigo_key(codigo));
  if (!k.step()) return std::nullopt;
  return read_at(k);
}

bool AtRepository::codigo_exists(std::string_view codigo) {
  Statement q(db_, "SELECT 1 AS found FROM technical_assistance WHERE UPPER(codigo) = :key");
  q.bind("key", codigo_key(codigo));
  return q.step();
}

std::set<std::string> AtRepository::all_codigos() {
  Statement q(db_, "SELECT codigo FROM technical_assistance");
  std::set<std::string> out;
  while (q.step()) out.emplace(q.text_view("codigo"));
  return out;
}

int AtRepository::next_sequence(std::string_view prefix, int year) {
  // A range over the unique index on codigo, as for enterprise codes (byte
  // order: the PostgreSQL database is created with the C.UTF-8 collation).
  const std::string head = std::string(prefix) + "-AT-" + std::to_string(year);
  Statement q(db_,
              "SELECT codigo FROM technical_assistance WHERE codigo >= :from AND codigo < :to "
              "ORDER BY LENGTH(codigo) DESC, codigo DESC");
  q.bind("from", head + "-");
  q.bind("to", head + ".");
  while (q.step()) {
    const auto c = parse_at_codigo(q.text("codigo"));
    if (c && c->prefix == prefix && c->year == year) return c->sequence + 1;
  }
  return 1;
}

namespace {

// Each filter is ":x IS NULL OR column = :x" so one prepared text serves all
// combinations (the typed NULL lets PostgreSQL infer the parameter's type).
constexpr const char* kAtFilterWhere =
    " WHERE (:estado IS NULL OR a.estado = :estado) "
    "AND (:enterprise_id IS NULL OR a.enterprise_id = :enterprise_id) "
    "AND (:provider_id IS NULL OR a.provider_id = :provider_id) ORDER BY a.codigo";

void bind_filter(Statement& q, const AtFilter& f) {
  if (f.estado)
    bind_code(q, "estado", *f.estado);
  else
    q.bind_null("estado", SqlType::Text);
  q.bind("enterprise_id", f.enterprise_id);
  q.bind("provider_id", f.provider_id);
}

}  // namespace

std::vector<TechnicalAssistance> AtRepository::list(const AtFilter& f) {
  Statement q(db_, std::string("SELECT ") + kAtSelectColumns + " FROM technical_assistance a" +
                       kAtFilterWhere);
  bind_filter(q, f);
  return read_all(q);
}

std::vector<AtListEntry> AtRepository::list_with_enterprise(const AtFilter& f) {
  Statement q(db_, std::string("SELECT ") + kAtSelectColumns +
                       ", e.codigo AS empresa_codigo, e.nombre AS empresa_nombre "
                       "FROM technical_assistance a JOIN enterprise e ON e.id = a.enterprise_id" +
                       kAtFilterWhere);
  bind_filter(q, f);
  std::vector<AtListEntry> out;
  AtReader reader;
  int empresa_codigo = -1, empresa_nombre = -1;
  while (q.step()) {
    if (empresa_codigo < 0) {
      empresa_codigo = q.column("empresa_codigo");
      empresa_nombre = q.column("empresa_nombre");
    }
    AtListEntry entry;
    entry.at = reader.read(q);
    entry.empresa_codigo = q.text_view(empresa_codigo);
    entry.empresa_nombre = q.text_view(empresa_nombre);
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<TechnicalAssistance> AtRepository::pending() {
  // NULLS FIRST is SQLite's own order, written out so PostgreSQL lists the same way.
  Statement q(db_, kSelect +
                       "WHERE a.estado = 'solicitada' ORDER BY a.fecha_solicitud NULLS FIRST, "
                       "a.codigo");
  return read_all(q);
}

Money AtRepository::approved_subsidy(std::int64_t enterprise_id, int year, std::int64_t except_id) {
  Statement q(db_, std::string("SELECT COALESCE(SUM(subsidio_centavos), 0) AS total FROM "
                               "technical_assistance WHERE enterprise_id = :enterprise_id "
                               "AND id <> :except_id AND fecha_aprobacion BETWEEN :from AND :to "
                               "AND ") +
                       kAtCommitsBudgetSql);
  q.bind("enterprise_id", enterprise_id);
  q.bind("except_id", except_id);
  q.bind("from", year_start_iso(year));
  q.bind("to", year_end_iso(year));
  q.step();
  return Money::from_cents(q.int64("total"));
}

std::set<std::int64_t> AtRepository::enterprises_approved_in(int year) {
  Statement q(db_, std::string("SELECT DISTINCT enterprise_id FROM technical_assistance "
                               "WHERE fecha_aprobacion BETWEEN :from AND :to AND ") +
                       kAtCommitsBudgetSql);
  q.bind("from", year_start_iso(year));
  q.bind("to", year_end_iso(year));
  std::set<std::int64_t> out;
  while (q.step()) out.insert(q.int64("enterprise_id"));
  return out;
}

std::optional<Date> AtRepository::latest_decision_date() {
  Statement q(db_,
              "SELECT MAX(fecha_aprobacion) AS fecha FROM technical_assistance "
              "WHERE center_bp IS NOT NULL");
  q.step();
  return column_optional_date(q, "fecha");
}

std::int64_t AtRepository::count_all() {
  return query_int64(db_, "SELECT COUNT(*) AS n FROM technical_assistance").value_or(0);
}

}  // namespace cdmype::store
