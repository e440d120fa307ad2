// Reads TrainingService::list and the attendance in one pass (counts by sex per training); the
// participants of the selected training are listed below it.
#include "ui/trainings_panel.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>

#include "core/dates.hpp"
#include "ui/attendee_dialog.hpp"
#include "ui/confirm_question.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/remembered_columns.hpp"
#include "ui/text_table.hpp"
#include "ui/training_dialog.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString count_text(int n) { return wxString::Format(wxString::FromUTF8("%d"), n); }

}  // namespace

TrainingsPanel::TrainingsPanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx) {
  table_ = new TextTable(this,
                         {{_("Fecha"), 90},
                          {_("Título"), 300},
                          {_("Tema"), 150},
                          {_("Institución socia"), 180},
                          {_("Horas"), 60},
                          {_("Lugar"), 160},
                          {_("Mujeres"), 70},
                          {_("Hombres"), 70}},
                         _("Todavía no hay capacitaciones registradas."));
  table_->SetName(_("Capacitaciones"));
  remember_columns(table_, wxString::FromUTF8("trainings"));
  attendee_table_ = new TextTable(this, {{_("Nombre"), 260}, {_("Sexo"), 90}, {_("Empresa"), 360}},
                                  _("Elija una capacitación para ver sus participantes."));
  attendee_table_->SetName(_("Participantes"));
  remember_columns(attendee_table_, wxString::FromUTF8("training_attendees"));

  add_ = new wxButton(this, wxID_NEW, _("&Nueva capacitación…"));
  add_->SetToolTip(_("Registrar una capacitación del centro (Ctrl+N)"));
  edit_ = new wxButton(this, wxID_EDIT, _("&Editar…"));
  edit_->SetToolTip(_("Editar la capacitación elegida (Enter o doble clic)"));
  delete_ = new wxButton(this, wxID_DELETE, _("E&liminar"));
  delete_->SetToolTip(_("Eliminar la capacitación elegida; solo si no tiene participantes"));
  attend_ = new wxButton(this, wxID_ANY, _("&Agregar participante…"));
  attend_->SetToolTip(_("Anotar a una persona que asistió a la capacitación elegida"));
  unattend_ = new wxButton(this, wxID_ANY, _("&Quitar participante"));
  unattend_->SetToolTip(_("Quitar de la capacitación a la persona elegida (Supr)"));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->Add(add_, 0, wxRIGHT, 6);
  buttons->Add(edit_, 0, wxRIGHT, 6);
  buttons->Add(delete_, 0, wxRIGHT, 6);
  attendee_heading_ = make_heading(this, _("Participantes"));
  auto* attendee_row = new wxBoxSizer(wxHORIZONTAL);
  attendee_row->Add(attendee_heading_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
  attendee_row->Add(attend_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
  attendee_row->Add(unattend_, 0, wxALIGN_CENTER_VERTICAL);

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(make_heading(this, _("Capacitaciones")), 0, wxALL, 8);
  sizer->Add(buttons, 0, wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(table_, 3, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  sizer->Add(attendee_row, 0, wxEXPAND | wxALL, 8);
  sizer->Add(attendee_table_, 2, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
  SetSizer(sizer);

  const bool manage = ctx_.may(Action::ManageTrainings);
  // Roles that only read trainings see the lists without any button that would change them.
  for (wxButton* b : {add_, edit_, delete_, attend_, unattend_}) b->Show(manage);
  add_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
  edit_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit_selected(); });
  delete_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { delete_selected(); });
  attend_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_attendee(); });
  unattend_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove_selected_attendee(); });
  attendee_table_->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& e) {
    if (e.GetKeyCode() == WXK_DELETE || e.GetKeyCode() == WXK_NUMPAD_DELETE)
      remove_selected_attendee();
    else
      e.Skip();
  });
  attendee_table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { update_buttons(); });
  attendee_table_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { update_buttons(); });
  table_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { edit_selected(); });
  table_->Bind(wxEVT_LIST_ITEM_SELECTED,
               [this](wxListEvent&) { guarded(this, [this] { show_attendees(); }); });
  table_->Bind(wxEVT_LIST_ITEM_DESELECTED,
               [this](wxListEvent&) { guarded(this, [this] { show_attendees(); }); });
  if (manage) {
    wxAcceleratorEntry keys[] = {{wxACCEL_CTRL, 'N', wxID_NEW}};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { add(); }, wxID_NEW);
  }
}

void TrainingsPanel::reload() {
  const auto keep = selected();
  auto service = ctx_.ws().trainings();
  rows_ = service.list(ctx_.actor);
  std::reverse(rows_.begin(), rows_.end());            // newest first, like the other lists
  std::map<std::int64_t, std::pair<int, int>> by_sex;  // training → (mujeres, hombres)
  service.for_each_attendee(ctx_.actor, [&](const TrainingAttendee& a) {
    auto& counts = by_sex[a.training_id];
    ++(a.sexo == Sexo::Mujer ? counts.first : counts.second);
    return true;
  });
  std::vector<TextTable::Row> text;
  long again = -1;
  for (const auto& t : rows_) {
    if (keep && keep->meta.id == t.meta.id) again = static_cast<long>(text.size());
    const auto counts = by_sex[t.meta.id];
    text.push_back({to_wx(to_display(t.fecha)), to_wx(t.titulo), to_wx(t.tema),
                    to_wx(t.institucion), to_wx(hours_text(t.minutos)), to_wx(t.lugar),
                    count_text(counts.first), count_text(counts.second)});
  }
  table_->set_rows(std::move(text));
  if (again >= 0) table_->select_row(again);
  show_attendees();
}

void TrainingsPanel::select(long index) {
  table_->select_row(index);
  guarded(this, [this] { show_attendees(); });
}

void TrainingsPanel::select_attendee(long index) {
  attendee_table_->select_row(index);
  update_buttons();
}

std::optional<Training> TrainingsPanel::selected() const {
  const long item = table_->selected_row();
  if (item < 0 || item >= static_cast<long>(rows_.size())) return std::nullopt;
  return rows_[static_cast<size_t>(item)];
}

wxString TrainingsPanel::enterprise_label(std::int64_t id) {
  if (id == 0) return _("(sin expediente)");
  if (const auto e = ctx_.ws().enterprises().get(ctx_.actor, id))
    return to_wx(e->codigo) + wxString::FromUTF8(" — ") + to_wx(e->nombre);
  return wxString::Format(wxString::FromUTF8("#%lld"), static_cast<long long>(id));
}

void TrainingsPanel::show_attendees() {
  const auto t = selected();
  attendees_.clear();
  // A virtual list keeps the selected index across new rows: it would point at someone else.
  if (const long chosen = attendee_table_->selected_row(); chosen >= 0)
    attendee_table_->SetItemState(chosen, 0, wxLIST_STATE_SELECTED);
  std::vector<TextTable::Row> text;
  if (t) {
    attendees_ = ctx_.ws().trainings().attendees(ctx_.actor, t->meta.id);
    for (const auto& a : attendees_)
      text.push_back(
          {to_wx(a.nombre), to_wx(display_of(a.sexo)), enterprise_label(a.enterprise_id)});
    attendee_heading_->SetLabel(wxString::Format(_("Participantes de «%s» (%d)"), to_wx(t->titulo),
                                                 static_cast<int>(attendees_.size())));
    attendee_table_->set_empty_text(_("Esta capacitación todavía no tiene participantes."));
  } else {
    attendee_heading_->SetLabel(_("Participantes"));
    attendee_table_->set_empty_text(_("Elija una capacitación para ver sus participantes."));
  }
  attendee_table_->set_rows(std::move(text));
  update_buttons();
  Layout();
}

std::optional<TrainingAttendee> TrainingsPanel::selected_attendee() const {
  const long item = attendee_table_->selected_row();
  if (item < 0 || item >= static_cast<long>(attendees_.size())) return std::nullopt;
  return attendees_[static_cast<size_t>(item)];
}

void TrainingsPanel::update_buttons() {
  const bool any = selected().has_value();
  edit_->Enable(any);
  delete_->Enable(any && attendees_.empty());
  attend_->Enable(any);
  unattend_->Enable(any && selected_attendee().has_value());
}

void TrainingsPanel::add() {
  if (!ctx_.may(Action::ManageTrainings)) return;
  TrainingDialog dialog(this, ctx_, std::nullopt);
  if (dialog.ShowModal() != wxID_OK) return;
  guarded(this, [this] {
    reload();
    // The new training has the highest id; show it selected, ready for its participants.
    const auto newest =
        std::max_element(rows_.begin(), rows_.end(),
                         [](const auto& a, const auto& b) { return a.meta.id < b.meta.id; });
    if (newest != rows_.end()) select(static_cast<long>(newest - rows_.begin()));
  });
}

void TrainingsPanel::edit_selected() {
  const auto t = selected();
  if (!t || !ctx_.may(Action::ManageTrainings)) return;
  TrainingDialog dialog(this, ctx_, *t);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

void TrainingsPanel::delete_selected(bool ask) {
  const auto t = selected();
  if (!t || !ctx_.may(Action::ManageTrainings)) return;
  if (ask && !confirm_question(this,
                               wxString::Format(_("¿Eliminar la capacitación «%s» del %s?"),
                                                to_wx(t->titulo), to_wx(to_display(t->fecha))),
                               _("Eliminar capacitación")))
    return;
  guarded(this, [&] {
    ctx_.ws().trainings().remove(ctx_.actor, t->meta.id);
    reload();
  });
}

void TrainingsPanel::add_attendee() {
  const auto t = selected();
  if (!t || !ctx_.may(Action::ManageTrainings)) return;
  AttendeeDialog dialog(this, ctx_, *t);
  if (dialog.ShowModal() == wxID_OK) guarded(this, [this] { reload(); });
}

void TrainingsPanel::remove_selected_attendee(bool ask) {
  const auto t = selected();
  const auto a = selected_attendee();
  if (!t || !a || !ctx_.may(Action::ManageTrainings)) return;
  if (ask && !confirm_question(this,
                               wxString::Format(_("¿Quitar a %s de la capacitación «%s»?"),
                                                to_wx(a->nombre), to_wx(t->titulo)),
                               _("Quitar participante")))
    return;
  guarded(this, [&] {
    ctx_.ws().trainings().remove_attendee(ctx_.actor, t->meta.id, a->meta.id);
    reload();
  });
}

}  // namespace cdmype::ui
