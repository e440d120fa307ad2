// Results (resultados / impacto): dated records per enterprise that feed the report (§2).
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes.hpp"
#include "core/enterprise.hpp"

namespace cdmype {

// One kind per row, as the `resultados` file has it (empresa, fecha, tipo, valor, detalle).
enum class TipoResultado {
  Ventas,          // valor: sales in cents
  EmpleosMujeres,  // valor: jobs created for women
  EmpleosHombres,  // valor: jobs created for men
  Nit,             // formalizations: valor unused (1)
  Nrc,
  RegistroSanitario,
  Marca,
  CodigoBarras,
  Financiamiento,  // valor: cents; detalle: the source (bank, fund)
  NuevoMercado,    // detalle: which market
};

template <>
std::span<const CodeEntry<TipoResultado>> code_table<TipoResultado>();
template <>
std::optional<TipoResultado> parse_code<TipoResultado>(std::string_view text);
template <>
std::string list_codes<TipoResultado>();

enum class ValorResultado { Dinero, Cantidad, Ninguno };
// How `valor` reads for a kind: money, a count, or not used.
ValorResultado valor_kind(TipoResultado tipo);
bool is_formalizacion(TipoResultado tipo);

struct ResultRecord {
  RecordMeta meta;
  std::int64_t enterprise_id = 0;
  Date fecha;
  TipoResultado tipo = TipoResultado::Ventas;
  std::int64_t valor = 0;  // cents or count, per valor_kind
  std::string detalle;
};

std::vector<std::string> validate(const ResultRecord& r);

}  // namespace cdmype
