// The message box behind confirm_question, or the presenter a test installed.
#include "ui/confirm_question.hpp"

#include <wx/msgdlg.h>

namespace cdmype::ui {
namespace {

QuestionPresenter& presenter() {
  static QuestionPresenter p;
  return p;
}

}  // namespace

void set_question_presenter(QuestionPresenter p) { presenter() = std::move(p); }

bool confirm_question(wxWindow* parent, const wxString& question, const wxString& title) {
  if (presenter()) return presenter()(parent, question);
  return wxMessageBox(question, title, wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, parent) == wxYES;
}

void show_notice(wxWindow* parent, const wxString& text, const wxString& title) {
  if (presenter()) {
    presenter()(parent, text);
    return;
  }
  wxMessageBox(text, title, wxOK | wxICON_INFORMATION, parent);
}

}  // namespace cdmype::ui
