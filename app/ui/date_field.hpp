// A date typed as dd/mm/aaaa (keyboard-fast, locale-proof), read back as a core Date.
#pragma once
#include <wx/textctrl.h>

#include <optional>

#include "core/dates.hpp"

namespace cdmype::ui {

class DateField : public wxTextCtrl {
 public:
  DateField(wxWindow* parent, long style = 0);

  void set_date(const std::optional<Date>& date);
  // nullopt when empty or not a real date (see blank()).
  std::optional<Date> date() const;
  bool blank() const;
  // "" when the text is empty or a real date, else a Spanish message naming `field`.
  wxString problem(const wxString& field) const;
};

}  // namespace cdmype::ui
