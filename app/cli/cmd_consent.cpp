// `consent grant|withdraw|object|limit|lift|show|form|pending|contacts`: a person's consent
// under the data-protection law, recorded as new records, and what it allows.
#include <functional>
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "cli/consent_values.hpp"
#include "core/consent.hpp"
#include "core/errors.hpp"
#include "report/consent_form_pdf.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"

namespace cdmype::cli {
namespace {

constexpr const char* kSubcommandsWhat =
    "el subcomando (grant, withdraw, object, limit, lift, show, form, pending, contacts)";

void print_state(std::ostream& out, const ConsentState& s) {
  out << "estado\t" << (s.registered ? "registrado" : "consentimiento no registrado") << '\n';
  out << "alcances\t" << s.granted.codes() << '\n';
  out << "oposicion\t" << (s.oposicion ? "si" : "no") << '\n';
  out << "limitacion\t" << (s.limitacion ? "si" : "no") << '\n';
}

// Whose consent: a file's titular by CÓDIGO, or --remision ID / --asistente UUID. The name of
// the record for messages, and its subject once the database is open.
struct Person {
  std::string named;  // "EMP-2026-0001", "la remisión 1a2b3c4d", …
  std::function<ConsentSubject(services::Workspace&, const Actor&)> find;
};

Person person_of(CommandContext& c) {
  const auto remision = c.args.option("remision");
  const auto asistente = c.args.option("asistente");
  if (remision && asistente) throw UsageError("use --remision o --asistente, no los dos");
  if (remision || asistente) {
    c.args.max_positionals(1);
    if (remision)
      return {"la remisión " + *remision, [id = *remision](services::Workspace& ws, const Actor& a) {
                return ConsentSubject{ConsentPerson::Remitido, ws.referrals().find(a, id).meta.id};
              }};
    return {"la participación " + *asistente,
            [id = *asistente](services::Workspace& ws, const Actor& a) {
              return ConsentSubject{ConsentPerson::Participante,
                                    ws.trainings().attendee_by_uuid(a, id).meta.id};
            }};
  }
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código del expediente (o --remision, --asistente)");
  return {codigo, [codigo](services::Workspace& ws, const Actor& a) {
            const auto e = ws.enterprises().by_codigo(a, codigo);
            if (!e) throw UserError("No existe el expediente «" + codigo + "».");
            return titular_of(e->meta.id);
          }};
}

int consent_change(CommandContext& c, ConsentAction action) {
  const bool with_scopes = action == ConsentAction::Otorga || action == ConsentAction::Retira;
  if (with_scopes)
    c.args.allow_only({"alcances", "fecha", "remision", "asistente"});
  else
    c.args.allow_only({"reason", "fecha", "remision", "asistente"});
  const Person person = person_of(c);
  ConsentRecord r;
  r.accion = action;
  if (with_scopes)
    r.scopes = scopes_option(c);
  else
    r.motivo = c.args.required_option("reason");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto fecha = c.args.option("fecha");
  r.fecha = fecha ? date_value("fecha", *fecha) : ws.context().today();
  const ConsentState after = ws.consents().record(actor, person.find(ws, actor), r);
  print_state(c.term.out, after);
  c.term.err << "Registro de consentimiento («" << consent_action_label(action) << "») guardado en "
             << person.named << ".\n";
  return 0;
}

int consent_show(CommandContext& c) {
  c.args.allow_only({"remision", "asistente"});
  const Person person = person_of(c);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto records = ws.consents().history(actor, person.find(ws, actor));
  print_state(c.term.out, consent_state(records));
  for (const auto& r : records)
    c.term.out << "registro\t" << to_display(r.fecha) << '\t' << consent_action_code(r.accion)
               << '\t' << r.scopes.codes() << '\t' << r.texto_version << '\t' << r.registrado_por
               << '\t' << r.motivo << '\n';
  return 0;
}

int consent_form(CommandContext& c) {
  c.args.allow_only({"pdf", "remision"});
  const auto remision = c.args.option("remision");
  c.args.max_positionals(remision ? 1 : 2);
  const std::string whose =
      remision ? "la remisión " + *remision : c.args.positional(1, "el código del expediente");
  const std::string pdf = c.args.required_option("pdf");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  ConsentForm form;
  if (remision) {
    const Referral r = ws.referrals().find(actor, *remision);
    form = ws.consents().form_for_person(actor, ConsentPerson::Remitido, r.nombre, r.dui);
  } else {
    form = ws.consents().form(actor, whose);
  }
  report::write_file_atomically(
      pdf, report::consent_form_pdf(form, report::paper_of(ws.center().settings().paper_size)));
  c.term.err << "Formulario de consentimiento de " << whose << " escrito en " << pdf << ".\n";
  return 0;
}

int consent_pending(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto files = ws.consents().unregistered(actor, -1);
  for (const auto& f : files)
    c.term.out << f.codigo << '\t' << f.nombre << '\t' << f.asesor
               << (f.datos_sensibles ? "\tdatos sensibles sin consentimiento expreso" : "")
               << '\n';
  c.term.err << files.size() << " expediente(s) con el consentimiento no registrado.\n";
  return 0;
}

int consent_contacts(CommandContext& c) {
  c.args.allow_only({"para"});
  c.args.max_positionals(1);
  const std::string para = c.args.required_option("para");
  const auto scope = parse_consent_scope(para);
  if (!scope || (*scope != ConsentScope::Seguimiento && *scope != ConsentScope::Comunicaciones))
    throw UsageError("--para: use seguimiento o comunicaciones");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  for (const auto& f : ws.consents().contactable(actor, *scope))
    c.term.out << f.codigo << '\t' << f.nombre << '\t' << f.titular << '\t' << f.asesor << '\n';
  return 0;
}

}  // namespace

int cmd_consent(CommandContext& c) {
  const std::string sub = c.args.positional(0, kSubcommandsWhat);
  if (sub == "grant") return consent_change(c, ConsentAction::Otorga);
  if (sub == "withdraw") return consent_change(c, ConsentAction::Retira);
  if (sub == "object") return consent_change(c, ConsentAction::Oposicion);
  if (sub == "limit") return consent_change(c, ConsentAction::Limitacion);
  if (sub == "lift") return consent_change(c, ConsentAction::Levanta);
  if (sub == "show") return consent_show(c);
  if (sub == "form") return consent_form(c);
  if (sub == "pending") return consent_pending(c);
  if (sub == "contacts") return consent_contacts(c);
  throw UsageError("subcomando de consent desconocido «" + sub + "»");
}

}  // namespace cdmype::cli
