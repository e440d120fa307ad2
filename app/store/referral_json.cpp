// Builds the audit JSON of referrals, trainings, attendees and results from their fields.
#include "store/referral_json.hpp"

#include "store/json_object.hpp"

namespace cdmype::store {
namespace {

JsonObject& opt_id(JsonObject& j, std::string_view key, std::int64_t id) {
  return id != 0 ? j.integer(key, id) : j.null(key);
}

JsonObject& head(JsonObject& j, const RecordMeta& m) {
  return j.integer("id", m.id).text("uuid", m.uuid).integer("version", m.version);
}

}  // namespace

std::string referral_json(const Referral& r) {
  JsonObject j;
  head(j, r.meta).text("fecha", to_iso(r.fecha)).integer("distrito_id", r.distrito_id);
  j.text("nombre", r.nombre).text("sexo", code_of(r.sexo)).text("telefono", r.telefono);
  j.text("dui", r.dui).text("sector", code_of(r.sector)).text("necesidad", r.necesidad);
  j.text("estado", code_of(r.estado));
  opt_id(j, "asesor_id", r.asesor_id);
  opt_id(j, "enterprise_id", r.enterprise_id);
  j.text("motivo", r.motivo);
  opt_id(j, "registrada_por", r.registrada_por);
  return j.str();
}

std::string training_json(const Training& t) {
  JsonObject j;
  head(j, t.meta).text("titulo", t.titulo).text("tema", t.tema).text("institucion", t.institucion);
  j.text("fecha", to_iso(t.fecha)).integer("minutos", t.minutos).text("lugar", t.lugar);
  return j.str();
}

std::string attendee_json(const TrainingAttendee& a) {
  JsonObject j;
  head(j, a.meta).integer("training_id", a.training_id);
  opt_id(j, "enterprise_id", a.enterprise_id);
  j.text("nombre", a.nombre).text("sexo", code_of(a.sexo));
  return j.str();
}

std::string result_json(const ResultRecord& r) {
  JsonObject j;
  head(j, r.meta).integer("enterprise_id", r.enterprise_id).text("fecha", to_iso(r.fecha));
  j.text("tipo", code_of(r.tipo)).integer("valor", r.valor).text("detalle", r.detalle);
  return j.str();
}

}  // namespace cdmype::store
