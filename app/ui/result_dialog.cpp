// Result form: the valor field follows the chosen kind (dollars, a count, or not used); the
// service validates the rest.
#include "ui/result_dialog.hpp"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <charconv>

#include "core/errors.hpp"
#include "core/money.hpp"
#include "ui/code_choice.hpp"
#include "ui/date_field.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_dialog.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

std::optional<std::int64_t> parse_count(const std::string& text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// The valor typed, in the kind's unit; ValidationFailed in Spanish when unreadable.
std::int64_t read_valor(TipoResultado tipo, const std::string& text, NumberFormat format) {
  switch (valor_kind(tipo)) {
    case ValorResultado::Dinero:
      if (const auto m = parse_money(text, format)) return m->cents;
      throw ValidationFailed(
          {to_utf8(_("valor: escriba el monto en dólares, por ejemplo 1250.00."))});
    case ValorResultado::Cantidad:
      if (const auto n = parse_count(text)) return *n;
      throw ValidationFailed({to_utf8(_("valor: escriba un número entero, por ejemplo 2."))});
    case ValorResultado::Ninguno:
      break;
  }
  return 0;
}

}  // namespace

wxString result_value_text(const ResultRecord& r) {
  switch (valor_kind(r.tipo)) {
    case ValorResultado::Dinero:
      return to_wx(format_money(Money::from_cents(r.valor)));
    case ValorResultado::Cantidad:
      return wxString::Format(wxString::FromUTF8("%lld"), static_cast<long long>(r.valor));
    case ValorResultado::Ninguno:
      break;
  }
  return wxString();
}

ResultDialog::ResultDialog(wxWindow* parent, DeskContext& ctx, std::int64_t enterprise_id)
    : wxDialog(parent, wxID_ANY, _("Registrar resultado")),
      ctx_(ctx),
      enterprise_id_(enterprise_id) {
  SetName(wxString::FromUTF8("result_dialog"));
  auto* grid = make_form_grid();
  fecha_ = new DateField(this, wxTE_PROCESS_ENTER);
  fecha_->set_date(today());
  add_form_row(grid, this, _("&Fecha:"), fecha_, RowStyle{false, false});
  tipo_ = make_code_choice<TipoResultado>(this);
  add_form_row(grid, this, _("&Resultado:"), tipo_, RowStyle{false, false});
  valor_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(140, -1)),
                          wxTE_PROCESS_ENTER);
  unit_ = new wxStaticText(this, wxID_ANY, wxString());
  auto* valor_row = new wxBoxSizer(wxHORIZONTAL);
  valor_row->Add(valor_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
  valor_row->Add(unit_, 1, wxALIGN_CENTER_VERTICAL);
  add_form_row(grid, this, _("&Valor:"), valor_row);
  detalle_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(380, -1)),
                            wxTE_PROCESS_ENTER);
  add_form_row(grid, this, _("&Detalle:"), detalle_);

  tipo_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { adapt_to_tipo(); });
  finish_form_dialog(this, grid, _("&Registrar"), [this] { save(); }, {fecha_, valor_, detalle_});
  adapt_to_tipo();
  tipo_->SetFocus();
}

void ResultDialog::select_tipo(TipoResultado tipo) {
  select_code(tipo_, tipo, false);
  adapt_to_tipo();
}

void ResultDialog::adapt_to_tipo() {
  const TipoResultado tipo = chosen<TipoResultado>(tipo_, false).value_or(TipoResultado::Ventas);
  switch (valor_kind(tipo)) {
    case ValorResultado::Dinero:
      unit_->SetLabel(_("dólares (US$)"));
      valor_->SetHint(wxString::FromUTF8("1250.00"));
      break;
    case ValorResultado::Cantidad:
      unit_->SetLabel(_("empleos nuevos"));
      valor_->SetHint(wxString::FromUTF8("1"));
      break;
    case ValorResultado::Ninguno:
      unit_->SetLabel(_("no se usa: el logro se cuenta una vez"));
      valor_->SetHint(wxString());
      valor_->Clear();
      break;
  }
  valor_->Enable(valor_kind(tipo) != ValorResultado::Ninguno);
  if (tipo == TipoResultado::Financiamiento)
    detalle_->SetHint(_("fuente: banco, cooperativa, fondo…"));
  else if (tipo == TipoResultado::NuevoMercado)
    detalle_->SetHint(_("qué mercado: supermercado, exportación, tienda en línea…"));
  else
    detalle_->SetHint(_("opcional"));
}

std::optional<ResultRecord> ResultDialog::save() {
  std::optional<ResultRecord> saved;
  guarded(this, [&] {
    if (fecha_->blank() || !fecha_->date())
      throw ValidationFailed({to_utf8(_("fecha: escriba la fecha del resultado (dd/mm/aaaa)."))});
    ResultRecord r;
    r.enterprise_id = enterprise_id_;
    r.fecha = *fecha_->date();
    r.tipo = chosen<TipoResultado>(tipo_, false).value_or(TipoResultado::Ventas);
    r.valor = read_valor(r.tipo, field_text(valor_->GetValue()), number_format(ctx_));
    r.detalle = field_text(detalle_->GetValue());
    saved = ctx_.ws().results().record(ctx_.actor, r);
  });
  if (saved && IsModal()) EndModal(wxID_OK);
  return saved;
}

}  // namespace cdmype::ui
