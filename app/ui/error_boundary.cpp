// Catches user errors at the boundary of a handler and shows them in Spanish.
#include "ui/error_boundary.hpp"

#include <wx/msgdlg.h>
#include <wx/window.h>

#include <exception>

#include "core/errors.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

wxString describe(const ValidationFailed& e) {
  wxString text = _("Revise estos datos:");
  for (const auto& p : e.problems()) text += wxString::FromUTF8("\n• ") + to_wx(p);
  return text;
}

ErrorPresenter& presenter() {
  static ErrorPresenter p;
  return p;
}

}  // namespace

void set_error_presenter(ErrorPresenter p) { presenter() = std::move(p); }

void show_error(wxWindow* parent, const wxString& message) {
  if (presenter()) {
    presenter()(parent, message);
    return;
  }
  wxMessageBox(message, _("CDMYPE Desk"), wxOK | wxICON_WARNING, parent);
}

bool guarded(wxWindow* parent, const std::function<void()>& action) {
  try {
    action();
    return true;
  } catch (const ValidationFailed& e) {
    show_error(parent, e.problems().empty() ? to_wx(e.what()) : describe(e));
  } catch (const UserError& e) {
    show_error(parent, to_wx(e.what()));
  } catch (const std::exception& e) {
    show_error(parent, _("Error interno inesperado; la operación no se completó:") +
                           wxString::FromUTF8("\n") + to_wx(e.what()));
  }
  return false;
}

}  // namespace cdmype::ui
