// The Empresas screen: search box (debounced), filters, count, virtual list, editor on
// Enter/double-click.
#include "ui/enterprises_panel.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include "ui/desk_context.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/enterprise_filter_bar.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

EnterprisesPanel::EnterprisesPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx), typing_(this) {
  search_ = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition,
                             FromDIP(wxSize(340, -1)), wxTE_PROCESS_ENTER);
  search_->ShowCancelButton(true);
  search_->SetDescriptiveText(_("Buscar por nombre, código, titular, DUI o NIT"));
  search_->SetName(_("Buscar empresas"));
  count_ = new wxStaticText(this, wxID_ANY, wxString());
  new_button_ = new wxButton(this, wxID_NEW, _("&Nueva empresa"));
  new_button_->Show(ctx_.may(Action::EditEnterprise));

  auto* top = new wxBoxSizer(wxHORIZONTAL);
  top->Add(search_, 0, wxALIGN_CENTER_VERTICAL);
  top->Add(count_, 1, wxALIGN_CENTER_VERTICAL | wxLEFT, 12);
  top->Add(new_button_, 0, wxALIGN_CENTER_VERTICAL);

  filters_ = new EnterpriseFilterBar(this, ctx_);
  list_ = new EnterpriseListView(this, ctx_);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(top, 0, wxEXPAND | wxBOTTOM, 8);
  sizer->Add(filters_, 0, wxEXPAND | wxBOTTOM, 2);
  sizer->Add(list_, 1, wxEXPAND);
  SetSizer(sizer);

  search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typing_.StartOnce(kSearchDelayMs); });
  search_->Bind(wxEVT_SEARCH_CANCEL, [this](wxCommandEvent&) {
    search_->Clear();
    flush_search();
  });
  search_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
    flush_search();
    if (list_->count() > 0) {
      list_->SetFocus();
      list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                          wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    }
  });
  Bind(wxEVT_TIMER, [this](wxTimerEvent&) { guarded(this, [this] { apply(); }); });
  filters_->on_change([this] { guarded(this, [this] { apply(); }); });
  list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
    if (const auto* row = list_->row_at(e.GetIndex())) open_editor(row->id);
  });
  new_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { open_editor(std::nullopt); });
}

void EnterprisesPanel::apply() {
  store::EnterpriseFilter f = filters_->filter();
  f.texto = field_text(search_->GetValue());
  list_->set_filter(f);
  update_count();
}

void EnterprisesPanel::flush_search() {
  typing_.Stop();
  guarded(this, [this] { apply(); });
}

void EnterprisesPanel::reload() {
  list_->requery();
  update_count();
}

void EnterprisesPanel::update_count() {
  const auto n = list_->count();
  count_->SetLabel(n == 1 ? _("1 empresa")
                          : wxString::Format(_("%lld empresas"), static_cast<long long>(n)));
}

std::optional<std::int64_t> EnterprisesPanel::open_editor(std::optional<std::int64_t> id) {
  std::optional<std::int64_t> saved;
  guarded(this, [&] {
    EnterpriseDialog dialog(this, ctx_, id);
    if (dialog.ShowModal() == wxID_OK) saved = dialog.saved_id();
  });
  if (saved) guarded(this, [this] { reload(); });
  return saved;
}

}  // namespace cdmype::ui
