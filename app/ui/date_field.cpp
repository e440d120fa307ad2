// dd/mm/aaaa text field over core parse_date / to_display.
#include "ui/date_field.hpp"

#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

DateField::DateField(wxWindow* parent, long style)
    : wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, style) {
  SetHint(_("dd/mm/aaaa"));
  SetMaxLength(10);
  SetInitialSize(FromDIP(wxSize(110, -1)));
}

void DateField::set_date(const std::optional<Date>& date) {
  ChangeValue(date ? to_wx(to_display(*date)) : wxString());
}

std::optional<Date> DateField::date() const { return parse_date(field_text(GetValue())); }

bool DateField::blank() const { return field_text(GetValue()).empty(); }

wxString DateField::problem(const wxString& field) const {
  if (blank() || date()) return wxString();
  return wxString::Format(_("%s: «%s» no es una fecha; escríbala como dd/mm/aaaa."), field,
                          GetValue());
}

}  // namespace cdmype::ui
