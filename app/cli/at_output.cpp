// Text output of the AT commands: readable by a person, split on tabs by a script.
#include "cli/at_output.hpp"

#include "core/at_payments.hpp"
#include "core/subsidy_policy.hpp"

namespace cdmype::cli {
namespace {

void line(std::ostream& out, const char* label, const std::string& value) {
  if (!value.empty()) out << label << ": " << value << '\n';
}

std::string when_by(const std::optional<Date>& d, const std::string& who) {
  if (!d) return {};
  return to_display(*d) + (who.empty() ? "" : " por " + who);
}

std::string date_text(const std::optional<Date>& d) { return d ? to_display(*d) : std::string(); }

// "$25.00 de $50.25 (último pago el 20/11/2026)"; shown once recorded, and as
// "$0.00 de …" while compras still has it to record (contratada … finalizada).
std::string payment_text(const TechnicalAssistance& a, AtPaymentKind kind) {
  const auto& p = kind == AtPaymentKind::AporteEmpresa ? a.aporte_recibido : a.pago_proveedor;
  const bool pending = a.estado == AtEstado::Contratada || a.estado == AtEstado::EnEjecucion ||
                       a.estado == AtEstado::Finalizada;
  if (!p && !pending) return {};
  std::string out = format_money(payment_made(a, kind)) + " de " +
                    format_money(payment_owed(a, kind));
  if (p) out += " (último pago el " + to_display(p->fecha) + ")";
  return out;
}

}  // namespace

void print_at_detail(std::ostream& out, const services::AtDetail& d,
                     const std::optional<SubsidyDecision>& estimate) {
  const TechnicalAssistance& a = d.at;
  line(out, "Código", a.codigo);
  line(out, "Estado", at_estado_label(a.estado));
  line(out, "Empresa", d.empresa_codigo + " " + d.empresa_nombre);
  line(out, "Descripción", a.descripcion);
  line(out, "Especialidad", a.especialidad);
  line(out, "Proveedor", d.proveedor.empty() ? "sin asignar" : d.proveedor);
  line(out, "Costo total", format_money(a.costo_total));
  if (a.subsidio) {
    const SubsidyDecision& s = *a.subsidio;
    line(out, "Subsidio del centro", format_money(s.subsidio) + " (" + explain(s) + ")");
    line(out, "Aporte de la empresa", format_money(s.copago));
    line(out, "Política aplicada",
         d.politica ? describe(*d.politica) : "política inicial: " + describe(default_policy()));
  } else if (estimate) {
    line(out, "Subsidio si se aprueba hoy",
         format_money(estimate->subsidio) + " (" + explain(*estimate) + "); aporte " +
             format_money(estimate->copago));
  }
  line(out, "Redactada por", d.redactada_por);
  line(out, "Solicitada", when_by(a.fecha_solicitud, d.solicitada_por));
  if (a.estado == AtEstado::Rechazada) {
    line(out, "Rechazada", when_by(a.fecha_aprobacion, d.decidida_por));
    line(out, "Motivo del rechazo", a.motivo_rechazo);
  } else {
    line(out, "Aprobada", when_by(a.fecha_aprobacion, d.decidida_por));
  }
  line(out, "Contratada", date_text(a.fecha_contratacion));
  line(out, "En ejecución desde", date_text(a.fecha_inicio));
  line(out, "Finalizada", date_text(a.fecha_finalizacion));
  if (a.calificacion)
    line(out, "Calificación del proveedor", std::to_string(*a.calificacion) + " de 5");
  line(out, "Aporte recibido", payment_text(a, AtPaymentKind::AporteEmpresa));
  line(out, "Pagado al proveedor", payment_text(a, AtPaymentKind::PagoProveedor));
  line(out, "Liquidada", date_text(a.fecha_liquidacion));
  line(out, "Cancelada", date_text(a.fecha_cancelacion));
  line(out, "Motivo de la cancelación", a.motivo_cancelacion);
}

void print_queue(std::ostream& out, const std::vector<services::AtQueueRow>& rows) {
  for (const auto& r : rows)
    out << r.at.codigo << '\t' << r.scored.score << " puntos\t" << r.empresa_codigo << '\t'
        << r.empresa_nombre << '\t' << format_money(r.at.costo_total) << '\t'
        << r.scored.explanation << '\n';
}

void print_at_list(std::ostream& out, const std::vector<TechnicalAssistance>& list) {
  for (const auto& a : list)
    out << a.codigo << '\t' << code_of(a.estado) << '\t' << format_money(a.costo_total) << '\t'
        << (a.subsidio ? format_money(a.subsidio->subsidio) : std::string("-")) << '\t'
        << a.descripcion << '\n';
}

}  // namespace cdmype::cli
