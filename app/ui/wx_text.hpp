// The one crossing between UTF-8 std::string (core, store) and wxString (screens).
#pragma once
#include <wx/string.h>

#include <string>
#include <string_view>

namespace cdmype::ui {

inline wxString to_wx(std::string_view utf8) {
  return wxString::FromUTF8(utf8.data(), utf8.size());
}

inline std::string to_utf8(const wxString& text) {
  const wxScopedCharBuffer buf = text.ToUTF8();
  return std::string(buf.data(), buf.length());
}

// The text of a field without surrounding spaces, as UTF-8.
inline std::string field_text(const wxString& text) {
  wxString copy = text;
  copy.Trim(true).Trim(false);
  return to_utf8(copy);
}

}  // namespace cdmype::ui
