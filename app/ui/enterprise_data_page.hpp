// Editor tab "Datos": the enterprise itself (name, legal form, sector, place, size, ids, dates,
// state, notes).
#pragma once
#include <wx/panel.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/enterprise.hpp"
#include "core/enterprise_size.hpp"

class wxCheckBox;
class wxChoice;
class wxSpinCtrl;
class wxStaticText;
class wxTextCtrl;

namespace cdmype::ui {

struct DeskContext;
class DateField;
class DistritoPicker;

class EnterpriseDataPage : public wxPanel {
 public:
  EnterpriseDataPage(wxWindow* parent, DeskContext& ctx);

  void show(const Enterprise& e, const wxString& codigo_text);
  // Copies the fields into `e`; returns Spanish problems with fields that
  // could not be read (a date, an amount); the service checks the rest.
  std::vector<wxString> collect(Enterprise& e) const;

  wxTextCtrl* codigo() const { return codigo_; }
  wxTextCtrl* nombre() const { return nombre_; }
  wxChoice* forma() const { return forma_; }
  wxChoice* sector() const { return sector_; }
  DistritoPicker* distrito() const { return distrito_; }
  wxChoice* zona() const { return zona_; }
  wxSpinCtrl* empleadas() const { return empleadas_; }
  wxSpinCtrl* empleados() const { return empleados_; }
  wxTextCtrl* ventas() const { return ventas_; }
  // "Micro (acumulación)": the size by today's law and minimum wage, as typed.
  wxStaticText* tamano() const { return tamano_; }
  wxTextCtrl* nit() const { return nit_; }
  wxTextCtrl* nrc() const { return nrc_; }
  DateField* fecha_ingreso() const { return fecha_ingreso_; }
  wxChoice* asesor() const { return asesor_; }
  wxChoice* fuente() const { return fuente_; }
  wxChoice* estado() const { return estado_; }
  wxTextCtrl* notas() const { return notas_; }

 private:
  wxWindow* build_identity();
  wxWindow* build_place_and_size();
  void check_nit();
  void show_size();

  DeskContext& ctx_;
  std::vector<std::int64_t> asesor_ids_;
  wxTextCtrl* codigo_;
  wxTextCtrl* nombre_;
  wxChoice* forma_;
  wxChoice* sector_;
  DistritoPicker* distrito_;
  wxChoice* zona_;
  wxSpinCtrl* empleadas_;
  wxSpinCtrl* empleados_;
  wxTextCtrl* ventas_;
  wxStaticText* tamano_;
  SizeRules size_rules_;  // read once when the page is built
  wxTextCtrl* nit_;
  wxStaticText* nit_message_;
  wxTextCtrl* nrc_;
  wxCheckBox* registro_sanitario_;
  wxCheckBox* marca_;
  wxCheckBox* codigo_barras_;
  DateField* fecha_ingreso_;
  wxChoice* asesor_;
  wxChoice* fuente_;
  wxChoice* estado_;
  wxTextCtrl* notas_;
};

}  // namespace cdmype::ui
