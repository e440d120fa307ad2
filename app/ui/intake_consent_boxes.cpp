// Builds the boxes from core's scopes; labels and the texts the form prints come from core.
#include "ui/intake_consent_boxes.hpp"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "report/consent_form_pdf.hpp"
#include "report/file_output.hpp"
#include "report/monthly_report.hpp"
#include "ui/desk_context.hpp"
#include "ui/i18n.hpp"
#include "ui/save_pdf.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

IntakeConsentBoxes::IntakeConsentBoxes(wxWindow* parent, DeskContext& ctx, ConsentPerson person,
                                       std::function<IntakePerson()> typed)
    : parent_(parent),
      ctx_(ctx),
      person_(person),
      typed_(std::move(typed)),
      sizer_(new wxBoxSizer(wxVERTICAL)) {
  for (auto s : kConsentScopes) {
    if (s == ConsentScope::Sensibles) continue;
    auto* box = new wxCheckBox(parent, wxID_ANY, to_wx(consent_scope_label(s)));
    box->SetToolTip(to_wx(consent_scope_text(s)));
    box->SetName(to_wx(consent_scope_code(s)));
    boxes_[static_cast<size_t>(s)] = box;
    sizer_->Add(box, 0, wxBOTTOM, 4);
  }
  auto* note = new wxStaticText(parent, wxID_ANY,
                                _("Lo que la persona marcó en el formulario firmado; la atención "
                                  "es necesaria para registrarla."));
  note->Wrap(parent->FromDIP(380));
  sizer_->Add(note, 0, wxTOP, 2);
  form_ = new wxButton(parent, wxID_ANY, _("Imprimir &formulario…"));
  form_->SetToolTip(_("El formulario de consentimiento en PDF, para que la persona lo firme"));
  form_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { print_form(); });
  sizer_->Add(form_, 0, wxTOP, 6);
}

void IntakeConsentBoxes::write_form(const std::filesystem::path& path) const {
  const IntakePerson who = typed_();
  const ConsentForm form =
      ctx_.ws().consents().form_for_person(ctx_.actor, person_, who.nombre, who.dui);
  report::write_file_atomically(
      path,
      report::consent_form_pdf(form, report::paper_of(ctx_.ws().center().settings().paper_size)));
}

void IntakeConsentBoxes::print_form() {
  save_and_open_pdf(parent_, _("Guardar el formulario de consentimiento"),
                    wxString::FromUTF8("consentimiento.pdf"),
                    [this](const std::filesystem::path& path) { write_form(path); });
}

ConsentRecord IntakeConsentBoxes::grant(const Date& fecha) const {
  ConsentRecord r;
  r.accion = ConsentAction::Otorga;
  r.fecha = fecha;
  for (auto s : kConsentScopes)
    if (box(s) && box(s)->GetValue()) r.scopes.add(s);
  return r;
}

}  // namespace cdmype::ui
