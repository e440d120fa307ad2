// Capacitaciones: the center's trainings with their participants; add, edit and delete trainings
// and add or remove participants (asesor, director); read-only for the roles that only read
// them (consulta, compras).
#pragma once
#include <optional>
#include <vector>

#include "core/training.hpp"
#include "ui/screen_panel.hpp"

class wxButton;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class TrainingsPanel : public ScreenPanel {
 public:
  TrainingsPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;
  // Each opens its dialog (modal) or asks first; the lists reload after a change.
  void add();
  void edit_selected();
  // `ask`: confirm first (tests pass false).
  void delete_selected(bool ask = true);
  void add_attendee();
  // Takes the selected participant off the training (also the Delete key in their list).
  void remove_selected_attendee(bool ask = true);
  // Selects the training at `index` and shows its participants.
  void select(long index);
  // Selects the participant at `index` of the selected training.
  void select_attendee(long index);

  const std::vector<Training>& trainings() const { return rows_; }
  const std::vector<TrainingAttendee>& attendees() const { return attendees_; }
  TextTable* table() const { return table_; }
  TextTable* attendee_table() const { return attendee_table_; }
  wxButton* add_button() const { return add_; }
  wxButton* edit_button() const { return edit_; }
  wxButton* delete_button() const { return delete_; }
  wxButton* attendee_button() const { return attend_; }
  wxButton* remove_attendee_button() const { return unattend_; }

 private:
  std::optional<Training> selected() const;
  std::optional<TrainingAttendee> selected_attendee() const;
  void show_attendees();
  void update_buttons();
  wxString enterprise_label(std::int64_t id);

  DeskContext& ctx_;
  TextTable* table_;
  TextTable* attendee_table_;
  wxStaticText* attendee_heading_;
  wxButton* add_;
  wxButton* edit_;
  wxButton* delete_;
  wxButton* attend_;
  wxButton* unattend_;
  std::vector<Training> rows_;
  std::vector<TrainingAttendee> attendees_;
};

}  // namespace cdmype::ui
