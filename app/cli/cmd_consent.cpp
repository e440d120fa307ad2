// `consent grant|withdraw|object|limit|lift|show|form|pending|contacts`: a titular's consent
// under the data-protection law, recorded as new records, and what it allows.
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "core/consent.hpp"
#include "core/errors.hpp"
#include "report/consent_form_pdf.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"

namespace cdmype::cli {
namespace {

constexpr const char* kSubcommandsWhat =
    "el subcomando (grant, withdraw, object, limit, lift, show, form, pending, contacts)";

ConsentScopes scopes_option(CommandContext& c) {
  const std::string text = c.args.required_option("alcances");
  const auto scopes = ConsentScopes::parse(text);
  if (!scopes)
    throw UsageError("--alcances: «" + text +
                     "» no es una lista de alcances; use atencion, seguimiento, comunicaciones, "
                     "sensibles y compartir, separados por comas");
  return *scopes;
}

void print_state(std::ostream& out, const ConsentState& s) {
  out << "estado\t" << (s.registered ? "registrado" : "consentimiento no registrado") << '\n';
  out << "alcances\t" << s.granted.codes() << '\n';
  out << "oposicion\t" << (s.oposicion ? "si" : "no") << '\n';
  out << "limitacion\t" << (s.limitacion ? "si" : "no") << '\n';
}

int consent_change(CommandContext& c, ConsentAction action) {
  const bool with_scopes = action == ConsentAction::Otorga || action == ConsentAction::Retira;
  if (with_scopes)
    c.args.allow_only({"alcances", "fecha"});
  else
    c.args.allow_only({"reason", "fecha"});
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código del expediente");
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
  const ConsentState after = ws.consents().record(actor, codigo, r);
  print_state(c.term.out, after);
  c.term.err << "Registro de consentimiento («" << consent_action_label(action) << "») guardado en "
             << codigo << ".\n";
  return 0;
}

std::int64_t file_id(services::Workspace& ws, const Actor& actor, const std::string& codigo) {
  const auto e = ws.enterprises().by_codigo(actor, codigo);
  if (!e) throw UserError("No existe el expediente «" + codigo + "».");
  return e->meta.id;
}

int consent_show(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código del expediente");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto records = ws.consents().history(actor, file_id(ws, actor, codigo));
  print_state(c.term.out, consent_state(records));
  for (const auto& r : records)
    c.term.out << "registro\t" << to_display(r.fecha) << '\t' << consent_action_code(r.accion)
               << '\t' << r.scopes.codes() << '\t' << r.texto_version << '\t' << r.registrado_por
               << '\t' << r.motivo << '\n';
  return 0;
}

int consent_form(CommandContext& c) {
  c.args.allow_only({"pdf"});
  c.args.max_positionals(2);
  const std::string codigo = c.args.positional(1, "el código del expediente");
  const std::string pdf = c.args.required_option("pdf");
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto bytes = report::consent_form_pdf(ws.consents().form(actor, codigo),
                                              report::paper_of(ws.center().settings().paper_size));
  report::write_file_atomically(pdf, bytes);
  c.term.err << "Formulario de consentimiento de " << codigo << " escrito en " << pdf << ".\n";
  return 0;
}

int consent_pending(CommandContext& c) {
  c.args.allow_only({});
  c.args.max_positionals(1);
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  const auto files = ws.consents().unregistered(actor, -1);
  for (const auto& f : files)
    c.term.out << f.codigo << '\t' << f.nombre << '\t' << f.asesor << '\n';
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
