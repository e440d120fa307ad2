// `referral record|list|inbox|suggest|assign|link|new-file|reject`: referrals from ventanillas.
#include <ostream>

#include "cli/at_values.hpp"
#include "cli/commands.hpp"
#include "cli/consent_values.hpp"
#include "core/errors.hpp"
#include "core/territory.hpp"

namespace cdmype::cli {
namespace {

constexpr const char* kSubcommands = "record, list, inbox, suggest, assign, link, new-file, reject";

int distrito_of(const std::string& option, const std::string& text, services::Workspace& ws) {
  bool ambiguous = false;
  if (const Distrito* d =
          Territory::el_salvador().resolve(text, ws.center().settings().departamento, &ambiguous))
    return d->id;
  if (ambiguous)
    throw UserError("--" + option + ": el distrito «" + text +
                    "» existe en varios departamentos; escriba «" + text + ", Departamento».");
  throw UserError("--" + option + ": «" + text +
                  "» no es un distrito del catálogo territorial 2024.");
}

template <class E>
E code_option(const CommandContext& c, const std::string& option) {
  const std::string text = c.args.required_option(option);
  if (auto v = parse_code<E>(text)) return *v;
  throw UserError("--" + option + ": «" + text + "» no es válido; use uno de: " + list_codes<E>() +
                  ".");
}

std::string distrito_name(int id) {
  const Distrito* d = Territory::el_salvador().by_id(id);
  return d ? d->nombre : std::string();
}

// One line per referral: short id, fecha, ventanilla, person, estado, file.
void print_row(std::ostream& out, const Referral& r, services::Workspace& ws, const Actor& actor) {
  out << short_id(r) << '\t' << to_iso(r.fecha) << '\t' << distrito_name(r.distrito_id) << '\t'
      << r.nombre << '\t' << code_of(r.estado);
  if (r.enterprise_id != 0 && allowed(actor.role, Action::ViewEnterprises))
    if (const auto e = ws.enterprises().get(actor, r.enterprise_id)) out << '\t' << e->codigo;
  if (r.estado == EstadoRemision::NoProcede) out << '\t' << r.motivo;
  out << '\n';
}

int referral_record(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"fecha", "ventanilla", "nombre", "sexo", "telefono", "dui", "sector",
                     "necesidad", "alcances"});
  c.args.max_positionals(1);
  Referral r;
  r.fecha = c.args.option("fecha") ? date_value("fecha", *c.args.option("fecha")) : today();
  r.distrito_id = distrito_of("ventanilla", c.args.required_option("ventanilla"), ws);
  r.nombre = c.args.required_option("nombre");
  r.sexo = code_option<Sexo>(c, "sexo");
  r.sector = c.args.option("sector") ? code_option<Sector>(c, "sector") : Sector::Otro;
  r.telefono = c.args.option("telefono").value_or("");
  r.dui = c.args.option("dui").value_or("");
  r.necesidad = c.args.option("necesidad").value_or("");
  r = ws.referrals().record(actor, r, intake_consent_option(c, r.fecha));
  c.term.out << r.meta.uuid << '\n';  // alone on stdout, for scripts
  c.term.err << "Remisión de " << r.nombre << " registrada (" << short_id(r)
             << "), estado «recibida».\n";
  return 0;
}

int referral_list(CommandContext& c, services::Workspace& ws, const Actor& actor, bool inbox) {
  c.args.allow_only(inbox ? std::set<std::string>{} : std::set<std::string>{"estado"});
  c.args.max_positionals(1);
  std::vector<Referral> rows;
  if (inbox) {
    rows = ws.referrals().inbox(actor);
  } else {
    store::ReferralFilter f;
    if (c.args.option("estado")) f.estado = code_option<EstadoRemision>(c, "estado");
    rows = ws.referrals().list(actor, f);
  }
  if (rows.empty()) c.term.err << "No hay remisiones que mostrar.\n";
  for (const auto& r : rows) print_row(c.term.out, r, ws, actor);
  return 0;
}

void print_suggestions(std::ostream& out, const std::vector<services::DuplicateSuggestion>& s) {
  for (const auto& d : s) {
    out << d.enterprise.codigo << '\t' << d.enterprise.nombre << '\t' << d.enterprise.titular.nombre
        << '\t';
    for (std::size_t i = 0; i < d.reasons.size(); ++i)
      out << (i ? ", " : "") << match_reason_label(d.reasons[i]);
    out << '\n';
  }
}

int referral_suggest(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({});
  c.args.max_positionals(2);
  const Referral r = ws.referrals().find(actor, c.args.positional(1, "la remisión"));
  const auto s = ws.referrals().suggestions(actor, r.meta.id);
  if (s.empty()) c.term.err << "Ningún expediente parece ser de " << r.nombre << ".\n";
  print_suggestions(c.term.out, s);
  return 0;
}

int referral_change(CommandContext& c, services::Workspace& ws, const Actor& actor,
                    const std::string& sub) {
  c.args.max_positionals(2);
  if (sub == "assign") c.args.allow_only({"asesor"});
  if (sub == "link") c.args.allow_only({"empresa"});
  if (sub == "reject") c.args.allow_only({"reason"});
  const Referral r = ws.referrals().find(actor, c.args.positional(1, "la remisión"));
  Referral done;
  if (sub == "assign") {
    const std::string username = c.args.required_option("asesor");
    const auto id = ws.imports().user_id_by_username(actor, username);
    if (!id) throw UserError("--asesor: no hay un usuario «" + username + "».");
    done = ws.referrals().assign(actor, r.meta.id, *id);
  } else if (sub == "link") {
    const std::string codigo = c.args.required_option("empresa");
    const auto e = ws.enterprises().by_codigo(actor, codigo);
    if (!e) throw UserError("--empresa: no existe el expediente «" + codigo + "».");
    done = ws.referrals().link(actor, r.meta.id, e->meta.id);
  } else {
    done = ws.referrals().reject(actor, r.meta.id, c.args.required_option("reason"));
  }
  c.term.err << "Remisión de " << done.nombre << ": " << display_of(done.estado) << ".\n";
  return 0;
}

// Opens a file pre-filled from the referral; the code alone on stdout.
int referral_new_file(CommandContext& c, services::Workspace& ws, const Actor& actor) {
  c.args.allow_only({"zona", "nombre", "forma", "fecha-ingreso", "nit"});
  c.args.max_positionals(2);
  const Referral r = ws.referrals().find(actor, c.args.positional(1, "la remisión"));
  const Date on = c.args.option("fecha-ingreso")
                      ? date_value("fecha-ingreso", *c.args.option("fecha-ingreso"))
                      : today();
  Enterprise e = enterprise_from_referral(r, on);
  e.zona = code_option<Zona>(c, "zona");
  if (const auto n = c.args.option("nombre")) e.nombre = *n;
  if (c.args.option("forma")) e.forma_juridica = code_option<FormaJuridica>(c, "forma");
  e.nit = c.args.option("nit").value_or("");
  const bool open = r.estado == EstadoRemision::Recibida || r.estado == EstadoRemision::Asignada;
  const auto dupes = open ? ws.referrals().suggestions(actor, r.meta.id)
                          : std::vector<services::DuplicateSuggestion>{};
  if (!dupes.empty()) {
    c.term.err << "Aviso: estos expedientes podrían ser de la misma persona "
                  "(use «referral link» si es uno de ellos):\n";
    print_suggestions(c.term.err, dupes);
  }
  const auto [linked, file] = ws.referrals().open_file(actor, r.meta.id, e);
  c.term.out << file.codigo << '\n';
  c.term.err << "Expediente " << file.codigo << " abierto para " << file.titular.nombre
             << "; la remisión queda «" << display_of(linked.estado) << "».\n";
  return 0;
}

}  // namespace

int cmd_referral(CommandContext& c) {
  const std::string sub = c.args.positional(0, "el subcomando");
  const bool known = sub == "record" || sub == "list" || sub == "inbox" || sub == "suggest" ||
                     sub == "assign" || sub == "link" || sub == "new-file" || sub == "reject";
  if (!known)
    throw UsageError("subcomando desconocido «" + sub + "»; use " + std::string(kSubcommands));
  services::Workspace ws = c.open_workspace();
  const Actor actor = c.sign_in(ws);
  if (sub == "record") return referral_record(c, ws, actor);
  if (sub == "list" || sub == "inbox") return referral_list(c, ws, actor, sub == "inbox");
  if (sub == "suggest") return referral_suggest(c, ws, actor);
  if (sub == "new-file") return referral_new_file(c, ws, actor);
  return referral_change(c, ws, actor, sub);
}

}  // namespace cdmype::cli
