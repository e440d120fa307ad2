// Editor tab "Titular y socias/socios": the owner or legal representative and the member counts.
#pragma once
#include <wx/panel.h>

#include <array>
#include <vector>

#include "core/enterprise.hpp"

class wxCheckBox;
class wxChoice;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

class DateField;

class EnterpriseTitularPage : public wxPanel {
 public:
  explicit EnterpriseTitularPage(wxWindow* parent);

  void show(const Enterprise& e);
  // Copies the fields into `e`; Spanish problems with fields that cannot be read.
  std::vector<wxString> collect(Enterprise& e) const;
  // The facts derived from the whole record ("Liderada por mujer: sí · …").
  void show_derived(const Enterprise& e);
  // Disability and returnee status are shown only to the file's asesor and the director
  // (core may_see_sensitive); others see a note instead of the boxes.
  void set_sensitive_visible(bool visible);
  wxStaticText* sensitive_note() const { return sensitive_note_; }

  wxTextCtrl* nombre() const { return nombre_; }
  wxTextCtrl* dui() const { return dui_; }
  wxStaticText* dui_message() const { return dui_message_; }
  wxChoice* sexo() const { return sexo_; }
  DateField* nacimiento() const { return nacimiento_; }
  wxCheckBox* discapacidad() const { return discapacidad_; }
  wxCheckBox* retornado() const { return retornado_; }
  wxSpinCtrl* socias() const { return socias_; }
  wxSpinCtrl* socios() const { return socios_; }
  wxStaticText* derived() const { return derived_; }

 private:
  void check_dui();

  wxTextCtrl* nombre_;
  wxTextCtrl* dui_;
  wxStaticText* dui_message_;
  wxChoice* sexo_;
  DateField* nacimiento_;
  wxCheckBox* discapacidad_;
  wxCheckBox* retornado_;
  wxStaticText* sensitive_note_;
  // The (empty) labels of the disability, returnee and note rows.
  std::array<wxStaticText*, 3> sensitive_labels_{};
  wxSpinCtrl* socias_;
  wxSpinCtrl* socios_;
  wxStaticText* derived_;
};

}  // namespace cdmype::ui
