// Reads one advisory_session row into the core record.
#include "store/session_row.hpp"

#include <string>
#include <string_view>

#include "store/sql_values.hpp"

namespace cdmype::store {

namespace {

// The order of SessionReader::at_.
constexpr std::array<std::string_view, 18> kColumns = {
    "id",         "uuid",          "version",
    "created_at", "updated_at",    "created_by",
    "updated_by", "enterprise_id", "asesor_id",
    "fecha",      "duracion_min",  "modalidad",
    "area",       "tema",          "diagnostico",
    "acuerdos",   "proximo_paso",  "fecha_proximo_paso"};

}  // namespace

AdvisorySession SessionReader::read(Statement& q) {
  if (!resolved_) {
    for (std::size_t i = 0; i < kColumns.size(); ++i) at_[i] = q.column(kColumns[i]);
    resolved_ = true;
  }
  auto text = [&](int i) { return std::string(q.text_view(at_[i])); };
  auto id = [&](int i) { return q.is_null(at_[i]) ? std::int64_t{0} : q.int64(at_[i]); };
  AdvisorySession s;
  s.meta.id = q.int64(at_[0]);
  s.meta.uuid = text(1);
  s.meta.version = static_cast<int>(q.int64(at_[2]));
  s.meta.created_at = text(3);
  s.meta.updated_at = text(4);
  s.meta.created_by = id(5);
  s.meta.updated_by = id(6);
  s.enterprise_id = q.int64(at_[7]);
  s.asesor_id = q.int64(at_[8]);
  s.fecha = date_from_text(q.text_view(at_[9]));
  s.duracion_min = static_cast<int>(q.int64(at_[10]));
  s.modalidad = code_from_text<Modalidad>(q.text_view(at_[11]));
  s.area = code_from_text<Area>(q.text_view(at_[12]));
  s.tema = text(13);
  s.diagnostico = text(14);
  s.acuerdos = text(15);
  s.proximo_paso = text(16);
  if (!q.is_null(at_[17])) s.fecha_proximo_paso = date_from_text(q.text_view(at_[17]));
  return s;
}

}  // namespace cdmype::store
