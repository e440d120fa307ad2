// The row of filters above the enterprise list: sector, zona, estado, liderada por mujer, asesor,
// municipio.
#pragma once
#include <wx/panel.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/enterprise_query.hpp"

class wxChoice;

namespace cdmype::ui {

struct DeskContext;

class EnterpriseFilterBar : public wxPanel {
 public:
  EnterpriseFilterBar(wxWindow* parent, DeskContext& ctx);

  // The chosen filters (texto left empty: the search box owns it).
  store::EnterpriseFilter filter() const;
  // Called whenever a choice changes.
  void on_change(std::function<void()> callback) { changed_ = std::move(callback); }
  void reset();

  wxChoice* sector() const { return sector_; }
  wxChoice* zona() const { return zona_; }
  wxChoice* estado() const { return estado_; }
  wxChoice* mujer() const { return mujer_; }
  wxChoice* asesor() const { return asesor_; }
  wxChoice* municipio() const { return municipio_; }

 private:
  wxChoice* add(wxChoice* choice, const wxString& name);

  wxChoice* sector_;
  wxChoice* zona_;
  wxChoice* estado_;
  wxChoice* mujer_;
  wxChoice* asesor_;
  wxChoice* municipio_;
  std::vector<std::int64_t> asesor_ids_;
  std::vector<std::string> municipios_;
  std::function<void()> changed_;
};

}  // namespace cdmype::ui
