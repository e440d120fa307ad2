// Finds an enterprise as you type (code or name, accent-insensitive) and picks one from the matches
// below.
#pragma once
#include <wx/panel.h>
#include <wx/timer.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "store/enterprise_query.hpp"

class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;

class EnterprisePicker : public wxPanel {
 public:
  EnterprisePicker(wxWindow* parent, DeskContext& ctx);

  std::optional<std::int64_t> chosen_id() const;
  const std::optional<store::EnterpriseListRow>& chosen() const { return chosen_; }
  void clear();
  // Runs the search for the typed text now (instead of after the pause).
  void search_now();
  // Picks the match at `index` of the list shown.
  bool pick(int index);
  const std::vector<store::EnterpriseListRow>& matches() const { return matches_; }

  // Enter with an enterprise already chosen (the form saves).
  void on_submit(std::function<void()> callback) { submit_ = std::move(callback); }
  // An enterprise was just chosen (the form moves on to the next field).
  void on_picked(std::function<void()> callback) { picked_ = std::move(callback); }

  wxTextCtrl* text() const { return text_; }
  wxListBox* list() const { return list_; }

  static constexpr int kMaxMatches = 8;

 private:
  void on_key(wxKeyEvent& event);
  void on_enter();
  void show_matches();

  DeskContext& ctx_;
  wxTextCtrl* text_;
  wxListBox* list_;
  wxStaticText* detail_;
  wxTimer typing_;
  std::vector<store::EnterpriseListRow> matches_;
  std::optional<store::EnterpriseListRow> chosen_;
  std::function<void()> submit_;
  std::function<void()> picked_;
};

}  // namespace cdmype::ui
