// Picks a distrito in two steps (departamento, then distrito) and shows its 2024 municipio.
#pragma once
#include <wx/panel.h>

#include <string>
#include <vector>

#include "core/territory.hpp"

class wxChoice;
class wxStaticText;

namespace cdmype::ui {

class DistritoPicker : public wxPanel {
 public:
  // `departamento`: the one shown first (the center's), may be empty.
  DistritoPicker(wxWindow* parent, const std::string& departamento);

  // 0 when none is chosen.
  int distrito_id() const;
  void set_distrito_id(int id);
  // Selects by name within the shown departamento (tests, keyboard users).
  bool select_name(const std::string& name);
  wxString municipio_text() const;

  wxChoice* departamento() const { return departamento_; }
  wxChoice* distrito() const { return distrito_; }

 private:
  void fill_distritos(const std::string& departamento);
  void update_label();

  const Territory& territory_;
  std::vector<std::string> departamentos_;
  std::vector<const Distrito*> shown_;  // distrito choice items after the placeholder
  wxChoice* departamento_;
  wxChoice* distrito_;
  wxStaticText* municipio_;
};

}  // namespace cdmype::ui
