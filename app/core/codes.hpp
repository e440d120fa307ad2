// The coded vocabularies of product.md (§2, §4): code used in files/JSON and Spanish display name.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace cdmype {

enum class Sector { Agroindustria, Artesanias, Turismo, AlimentosBebidas, TextilesConfeccion,
                    CosmeticaNatural, Comercio, Servicios, Otro };
enum class Area { AsesoriaEmpresarial, AsesoriaTic, EmpresarialidadFemenina, AsesoriaFinanciera,
                  AsistenciaTecnica, Vinculacion, Capacitacion };
enum class Modalidad { PresencialEmpresa, PresencialCentro, Telefonica, Virtual };
enum class FormaJuridica { PersonaNatural, Sociedad, Cooperativa, Asociacion, GrupoAsociativo };
enum class Fuente { Ventanilla, Cdmype, Conamype, CiudadMujer, Otra };
enum class EstadoEmpresa { Activa, EnPausa, Graduada, Cerrada };
enum class Sexo { Mujer, Hombre };
enum class Zona { Rural, Urbana };
enum class Role { Asesor, Director, Compras, Ventanilla, Admin, Consulta };

template <class E>
struct CodeEntry {
  E value;
  std::string_view code;     // "asesoria_tic"
  std::string_view display;  // "Asesoría TIC"
};

// The table of each vocabulary, in display order (specialised in codes.cpp).
template <class E>
std::span<const CodeEntry<E>> code_table();

template <class E>
std::string_view code_of(E value) {
  for (const auto& e : code_table<E>())
    if (e.value == value) return e.code;
  return {};
}

template <class E>
std::string_view display_of(E value) {
  for (const auto& e : code_table<E>())
    if (e.value == value) return e.display;
  return {};
}

// Accepts the code or the display name, ignoring case, accents, '_' vs ' '.
template <class E>
std::optional<E> parse_code(std::string_view text);

// "asesoria_empresarial, asesoria_tic, …" for error messages.
template <class E>
std::string list_codes();

}  // namespace cdmype
