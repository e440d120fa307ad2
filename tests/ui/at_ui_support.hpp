// Shared by the AT screen tests: ATs and accounts made through the services, and finding the modal
// dialog a step opened.
#pragma once
#include <wx/dialog.h>
#include <wx/toplevel.h>

#include <string>

#include "services/workspace.hpp"
#include "ui_test_support.hpp"

namespace cdmype::testing_support {

// The código of the template enterprise whose name contains `name` (accents as stored).
std::string empresa_codigo(services::Workspace& ws, const Actor& who, const std::string& name);

// A request from the asesor (solicitada), written through AtService.
TechnicalAssistance request_at(services::Workspace& ws, const Actor& asesor,
                               const std::string& empresa, const std::string& costo,
                               const std::string& proveedor = "Consultores Peña y Asociados");

// A compras account added by the admin.
Actor add_compras(services::Workspace& ws, const Actor& admin);

// The shown top-level window of type T (a modal dialog a step opened), or null.
template <class T>
T* find_shown() {
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* t = dynamic_cast<T*>(w); t && t->IsShown()) return t;
  return nullptr;
}

}  // namespace cdmype::testing_support
