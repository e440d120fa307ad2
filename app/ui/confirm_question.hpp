// Yes/no questions before a destructive step ("¿Quitar a … de la capacitación?"), answered "No"
// by default; GUI tests answer them through a presenter instead of a blocking message box.
#pragma once
#include <wx/string.h>

#include <functional>

class wxWindow;

namespace cdmype::ui {

// True when the person answers Sí.
bool confirm_question(wxWindow* parent, const wxString& question, const wxString& title);
// What a finished step did, with only an Aceptar button; a test's presenter sees it too.
void show_notice(wxWindow* parent, const wxString& text, const wxString& title);

// Replaces how questions are asked (tests answer them); an empty function restores the box.
using QuestionPresenter = std::function<bool(wxWindow* parent, const wxString& question)>;
void set_question_presenter(QuestionPresenter presenter);

}  // namespace cdmype::ui
