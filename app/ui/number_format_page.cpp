// The «formato de números» setting; the reading itself is core read_money, shared by every input.
#include "ui/number_format_page.hpp"

#include <wx/button.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/typed_money.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

// Radio box order; the codes are core's.
constexpr NumberFormat kChoices[] = {NumberFormat::ElSalvador, NumberFormat::ComaDecimal};

}  // namespace

NumberFormatPage::NumberFormatPage(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  const wxString labels[] = {_("El Salvador: 1,234.56 (2,000 son dos mil)"),
                             _("Coma decimal: 1.234,56 (2.000 son dos mil)")};
  choice_ = new wxRadioBox(this, wxID_ANY, _("Formato de números"), wxDefaultPosition,
                           wxDefaultSize, 2, labels, 1, wxRA_SPECIFY_COLS);
  choice_->SetName(_("Formato de números"));
  auto* help = new wxStaticText(
      this, wxID_ANY,
      _("Decide cómo se lee un monto con un solo separador seguido de tres cifras (2,000 o "
        "2.000) en los archivos importados, los formularios y la línea de comandos. Con ambos "
        "separadores (1.234,56 o 1,234.56) el último es siempre el decimal."));
  help->Wrap(FromDIP(560));
  auto* save_button = new wxButton(this, wxID_SAVE, _("&Guardar formato"));
  save_button->Enable(ctx_.may(Action::SetNumberFormat));
  status_ = new wxStaticText(this, wxID_ANY, wxString());
  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(choice_, 0, wxALL, 8);
  sizer->Add(help, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(save_button, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  row->Add(status_, 1, wxALIGN_CENTER_VERTICAL);
  sizer->Add(row, 0, wxEXPAND | wxALL, 8);
  SetSizer(sizer);
  save_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
  reload();
}

void NumberFormatPage::reload() {
  const NumberFormat now = number_format(ctx_);
  for (int i = 0; i < 2; ++i)
    if (kChoices[i] == now) choice_->SetSelection(i);
  status_->SetLabel(wxString());
}

bool NumberFormatPage::save() {
  return guarded(this, [this] {
    const int i = choice_->GetSelection();
    const NumberFormat chosen = kChoices[i == 1 ? 1 : 0];
    ctx_.ws().center().set_number_format(ctx_.actor, chosen);
    status_->SetLabel(wxString::Format(_("Guardado: %s."), to_wx(number_format_label(chosen))));
  });
}

}  // namespace cdmype::ui
