// AT test data through the services, the way the screens would write it.
#include "at_ui_support.hpp"

#include "support/center_setup.hpp"

namespace cdmype::testing_support {

std::string empresa_codigo(services::Workspace& ws, const Actor& who, const std::string& name) {
  for (const auto& row : ws.enterprises().search(who, name, 10))
    if (row.nombre.find(name) != std::string::npos) return row.codigo;
  throw std::runtime_error("no template enterprise named " + name);
}

TechnicalAssistance request_at(services::Workspace& ws, const Actor& asesor,
                               const std::string& empresa, const std::string& costo,
                               const std::string& proveedor) {
  services::AtDraft d;
  d.empresa_codigo = empresa_codigo(ws, asesor, empresa);
  d.descripcion = "Diseño de etiqueta y tabla nutricional";
  d.especialidad = "inocuidad alimentaria";
  d.proveedor = proveedor;
  d.costo_total = *parse_money(costo);
  return ws.assistances().request_new(asesor, d);
}

Actor add_compras(services::Workspace& ws, const Actor& admin) {
  return add_account(ws, admin, {"compras", "Ana Niño Citalá", Role::Compras}, kPassword);
}

}  // namespace cdmype::testing_support
