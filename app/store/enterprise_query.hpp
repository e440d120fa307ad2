// Enterprise lists for screens: filters, full-text search, whitelisted ordering, paging, counts.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/codes.hpp"
#include "core/dates.hpp"
#include "core/money.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// Every field narrows the list; empty/nullopt means "any".
struct EnterpriseFilter {
  std::string texto;  // full-text over nombre, código, titular, DUI and NIT (see fts_query.hpp)
  std::optional<std::int64_t> asesor_id;
  std::optional<Sector> sector;
  std::optional<int> distrito_id;
  std::string municipio;     // 2024 municipio name, exact
  std::string departamento;  // exact
  std::optional<Zona> zona;
  std::optional<EstadoEmpresa> estado;
  std::optional<bool> liderada_por_mujer;
  std::optional<bool> asociativa;
};

// Only these columns can be sorted on (the ORDER BY text comes from this
// whitelist, never from the caller). Ties always break by id, so pages are stable.
enum class EnterpriseSort {
  Codigo,
  Nombre,
  Titular,
  FechaIngreso,
  Distrito,
  Municipio,
  Asesor,
  Estado,
  Sector,
  Relevancia,  // best full-text match first (by id past 2,000 matches); Codigo without texto
};

struct EnterpriseOrder {
  EnterpriseSort by = EnterpriseSort::Codigo;
  bool descending = false;
};

// One line of a list: what a table row shows, without loading the whole record.
struct EnterpriseListRow {
  std::int64_t id = 0;
  int version = 0;
  std::string codigo;
  std::string nombre;
  std::string titular_nombre;
  std::string titular_dui;
  Sector sector = Sector::Otro;
  int distrito_id = 0;
  std::string distrito;
  std::string municipio;
  std::string departamento;
  Zona zona = Zona::Urbana;
  EstadoEmpresa estado = EstadoEmpresa::Activa;
  std::int64_t asesor_id = 0;
  std::string asesor_nombre;  // full name; empty when unassigned
  Date fecha_ingreso;
  bool liderada_por_mujer = false;  // the table's generated columns
  bool asociativa = false;
  Money ventas_anuales;  // with trabajadores, what the Tamaño column is derived from
  int trabajadores = 0;  // empleados_mujeres + empleados_hombres
};

class EnterpriseQuery {
 public:
  explicit EnterpriseQuery(Connection& db) : db_(db) {}

  // `matches`: count(filter), when the caller has just read it (a list
  // showing its length): a search then does not count again whether it has
  // too many matches to rank (on a server, one statement fewer a keystroke).
  std::vector<EnterpriseListRow> page(const EnterpriseFilter& filter, EnterpriseOrder order,
                                      int limit, std::int64_t offset,
                                      std::optional<std::int64_t> matches = std::nullopt);
  std::int64_t count(const EnterpriseFilter& filter);
  // Every matching id in list order: what a list keeps to jump to any depth,
  // since a page far down costs a walk over all the rows before it.
  std::vector<std::int64_t> ordered_ids(const EnterpriseFilter& filter, EnterpriseOrder order);
  // The rows of these ids in this order; ids no longer in the table are left out.
  std::vector<EnterpriseListRow> rows(std::span<const std::int64_t> ids);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
