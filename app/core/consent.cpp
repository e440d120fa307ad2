// Consent scopes, the fold of the records into the state in force, and what a new record needs.
#include "core/consent.hpp"

#include <vector>

#include "core/text.hpp"

namespace cdmype {

std::string_view consent_scope_code(ConsentScope s) {
  switch (s) {
    case ConsentScope::Atencion:
      return "atencion";
    case ConsentScope::Seguimiento:
      return "seguimiento";
    case ConsentScope::Comunicaciones:
      return "comunicaciones";
    case ConsentScope::Sensibles:
      return "sensibles";
    case ConsentScope::Compartir:
      return "compartir";
  }
  return "";
}

std::string_view consent_scope_label(ConsentScope s) {
  switch (s) {
    case ConsentScope::Atencion:
      return "Atención y expediente";
    case ConsentScope::Seguimiento:
      return "Seguimiento y encuestas";
    case ConsentScope::Comunicaciones:
      return "Comunicaciones";
    case ConsentScope::Sensibles:
      return "Datos sensibles";
    case ConsentScope::Compartir:
      return "Compartir datos identificados con CONAMYPE";
  }
  return "";
}

std::string_view consent_scope_text(ConsentScope s) {
  switch (s) {
    case ConsentScope::Atencion:
      return "Autorizo al centro a abrir mi expediente y a tratar mis datos y los de mi empresa "
             "para brindarme asesoría, asistencia técnica y capacitación.";
    case ConsentScope::Seguimiento:
      return "Autorizo que me contacten para dar seguimiento a los servicios recibidos y para "
             "responder encuestas sobre sus resultados.";
    case ConsentScope::Comunicaciones:
      return "Autorizo que me envíen invitaciones a capacitaciones, ferias y noticias del centro.";
    case ConsentScope::Sensibles:
      return "Autorizo expresamente que se registre si tengo una discapacidad o si soy persona "
             "retornada, solo para estadísticas y programas dirigidos.";
    case ConsentScope::Compartir:
      return "Autorizo que mis datos identificados se compartan con CONAMYPE para el seguimiento "
             "nacional de los programas; sin esta autorización solo recibe datos seudónimos.";
  }
  return "";
}

std::optional<ConsentScope> parse_consent_scope(std::string_view code) {
  for (auto s : kConsentScopes)
    if (consent_scope_code(s) == code) return s;
  return std::nullopt;
}

std::string ConsentScopes::codes() const {
  std::string out;
  for (auto s : kConsentScopes) {
    if (!has(s)) continue;
    if (!out.empty()) out += ',';
    out += consent_scope_code(s);
  }
  return out;
}

std::string ConsentScopes::labels() const {
  std::string out;
  for (auto s : kConsentScopes) {
    if (!has(s)) continue;
    if (!out.empty()) out += ", ";
    out += consent_scope_label(s);
  }
  return out;
}

std::optional<ConsentScopes> ConsentScopes::parse(std::string_view list) {
  ConsentScopes out;
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string code = trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (code.empty()) continue;
    const auto scope = parse_consent_scope(code);
    if (!scope) return std::nullopt;
    out.add(*scope);
  }
  return out;
}

std::string_view consent_action_code(ConsentAction a) {
  switch (a) {
    case ConsentAction::Otorga:
      return "otorga";
    case ConsentAction::Retira:
      return "retira";
    case ConsentAction::Oposicion:
      return "oposicion";
    case ConsentAction::Limitacion:
      return "limitacion";
    case ConsentAction::Levanta:
      return "levanta";
  }
  return "";
}

std::string_view consent_action_label(ConsentAction a) {
  switch (a) {
    case ConsentAction::Otorga:
      return "Otorga";
    case ConsentAction::Retira:
      return "Retira";
    case ConsentAction::Oposicion:
      return "Oposición";
    case ConsentAction::Limitacion:
      return "Limitación";
    case ConsentAction::Levanta:
      return "Levanta la oposición o limitación";
  }
  return "";
}

std::optional<ConsentAction> parse_consent_action(std::string_view code) {
  for (auto a : {ConsentAction::Otorga, ConsentAction::Retira, ConsentAction::Oposicion,
                 ConsentAction::Limitacion, ConsentAction::Levanta})
    if (consent_action_code(a) == code) return a;
  return std::nullopt;
}

std::string_view consent_person_record(ConsentPerson p) {
  switch (p) {
    case ConsentPerson::Titular:
      return "el expediente";
    case ConsentPerson::Remitido:
      return "la remisión";
    case ConsentPerson::Participante:
      return "la asistencia a la capacitación";
  }
  return "";
}

void stamp_current_text(ConsentRecord& r) {
  if (r.accion == ConsentAction::Otorga && r.texto_version.empty())
    r.texto_version = std::string(kConsentTextVersion);
}

ConsentState consent_state(std::span<const ConsentRecord> records) {
  ConsentState state;
  for (const auto& r : records) {
    switch (r.accion) {
      case ConsentAction::Otorga:
        state.registered = true;
        state.granted = r.scopes;
        break;
      case ConsentAction::Retira:
        for (auto s : kConsentScopes)
          if (r.scopes.has(s)) state.granted.remove(s);
        break;
      case ConsentAction::Oposicion:
        state.oposicion = true;
        break;
      case ConsentAction::Limitacion:
        state.limitacion = true;
        break;
      case ConsentAction::Levanta:
        state.oposicion = false;
        state.limitacion = false;
        break;
    }
  }
  return state;
}

std::vector<std::string> consent_problems(const ConsentState& before, const ConsentRecord& next,
                                          const Date& today) {
  std::vector<std::string> problems;
  if (next.fecha.is_special())
    problems.push_back("fecha: falta la fecha.");
  else if (next.fecha > today)
    problems.push_back("fecha: no puede ser posterior a hoy.");
  const bool needs_reason = next.accion == ConsentAction::Oposicion ||
                            next.accion == ConsentAction::Limitacion ||
                            next.accion == ConsentAction::Levanta;
  if (needs_reason && trim(next.motivo).empty())
    problems.push_back("motivo: indique por qué (la solicitud de la persona).");
  switch (next.accion) {
    case ConsentAction::Otorga:
      if (!next.scopes.has(ConsentScope::Atencion))
        problems.push_back(
            next.subject.person == ConsentPerson::Titular
                ? "alcances: la atención y el expediente son necesarios para abrir un expediente."
                : "alcances: la atención es necesaria para registrar a la persona.");
      if (next.subject.person != ConsentPerson::Titular && next.scopes.has(ConsentScope::Sensibles))
        problems.push_back("alcances: " + std::string(consent_person_record(next.subject.person)) +
                           " no guarda datos sensibles; se piden al abrir el expediente.");
      break;
    case ConsentAction::Retira:
      if (next.scopes.empty()) problems.push_back("alcances: indique qué alcance se retira.");
      if (next.scopes.has(ConsentScope::Atencion))
        problems.push_back(
            "alcances: retirar la atención es pedir la cancelación de los datos; use «Olvidar a "
            "la persona».");
      for (auto s : kConsentScopes)
        if (next.scopes.has(s) && s != ConsentScope::Atencion && !before.granted.has(s))
          problems.push_back("alcances: «" + std::string(consent_scope_label(s)) +
                             "» no estaba otorgado.");
      break;
    case ConsentAction::Oposicion:
      if (before.oposicion) problems.push_back("La persona ya se opuso al tratamiento.");
      break;
    case ConsentAction::Limitacion:
      if (before.limitacion) problems.push_back("El tratamiento ya está limitado.");
      break;
    case ConsentAction::Levanta:
      if (!before.restricted())
        problems.push_back("No hay una oposición ni una limitación que levantar.");
      break;
  }
  return problems;
}

}  // namespace cdmype
