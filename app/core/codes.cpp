// The code tables of product.md §2/§4 with their Spanish display names, and code parsing.
#include "core/codes.hpp"

#include <array>

#include "core/text.hpp"

namespace cdmype {
namespace {

// One table per vocabulary, in display order. The codes are the file/JSON
// contract (product.md §4) and must never change; the display names are
// what screens and PDFs show.
template <class E>
struct Vocabulary;

template <>
struct Vocabulary<Sector> {
  static constexpr std::array<CodeEntry<Sector>, 9> table{{
      {Sector::Agroindustria, "agroindustria", "Agroindustria"},
      {Sector::Artesanias, "artesanias", "Artesanías"},
      {Sector::Turismo, "turismo", "Turismo"},
      {Sector::AlimentosBebidas, "alimentos_bebidas", "Alimentos y bebidas"},
      {Sector::TextilesConfeccion, "textiles_confeccion", "Textiles y confección"},
      {Sector::CosmeticaNatural, "cosmetica_natural", "Cosmética natural"},
      {Sector::Comercio, "comercio", "Comercio"},
      {Sector::Servicios, "servicios", "Servicios"},
      {Sector::Otro, "otro", "Otro"},
  }};
};

template <>
struct Vocabulary<Area> {
  static constexpr std::array<CodeEntry<Area>, 7> table{{
      {Area::AsesoriaEmpresarial, "asesoria_empresarial", "Asesoría empresarial"},
      {Area::AsesoriaTic, "asesoria_tic", "Asesoría TIC"},
      {Area::EmpresarialidadFemenina, "empresarialidad_femenina", "Empresarialidad femenina"},
      {Area::AsesoriaFinanciera, "asesoria_financiera", "Asesoría financiera"},
      {Area::AsistenciaTecnica, "asistencia_tecnica", "Asistencia técnica"},
      {Area::Vinculacion, "vinculacion", "Vinculación"},
      {Area::Capacitacion, "capacitacion", "Capacitación"},
  }};
};

template <>
struct Vocabulary<Modalidad> {
  static constexpr std::array<CodeEntry<Modalidad>, 4> table{{
      {Modalidad::PresencialEmpresa, "presencial_empresa", "Presencial en la empresa"},
      {Modalidad::PresencialCentro, "presencial_centro", "Presencial en el centro"},
      {Modalidad::Telefonica, "telefonica", "Telefónica"},
      {Modalidad::Virtual, "virtual", "Virtual"},
  }};
};

template <>
struct Vocabulary<FormaJuridica> {
  static constexpr std::array<CodeEntry<FormaJuridica>, 5> table{{
      {FormaJuridica::PersonaNatural, "persona_natural", "Persona natural"},
      {FormaJuridica::Sociedad, "sociedad", "Sociedad"},
      {FormaJuridica::Cooperativa, "cooperativa", "Cooperativa"},
      {FormaJuridica::Asociacion, "asociacion", "Asociación"},
      {FormaJuridica::GrupoAsociativo, "grupo_asociativo", "Grupo asociativo"},
  }};
};

template <>
struct Vocabulary<Fuente> {
  static constexpr std::array<CodeEntry<Fuente>, 5> table{{
      {Fuente::Ventanilla, "ventanilla", "Ventanilla"},
      {Fuente::Cdmype, "cdmype", "CDMYPE"},
      {Fuente::Conamype, "conamype", "CONAMYPE"},
      {Fuente::CiudadMujer, "ciudad_mujer", "Ciudad Mujer"},
      {Fuente::Otra, "otra", "Otra"},
  }};
};

template <>
struct Vocabulary<EstadoEmpresa> {
  static constexpr std::array<CodeEntry<EstadoEmpresa>, 4> table{{
      {EstadoEmpresa::Activa, "activa", "Activa"},
      {EstadoEmpresa::EnPausa, "en_pausa", "En pausa"},
      {EstadoEmpresa::Graduada, "graduada", "Graduada"},
      {EstadoEmpresa::Cerrada, "cerrada", "Cerrada"},
  }};
};

template <>
struct Vocabulary<Sexo> {
  static constexpr std::array<CodeEntry<Sexo>, 2> table{{
      {Sexo::Mujer, "mujer", "Mujer"},
      {Sexo::Hombre, "hombre", "Hombre"},
  }};
};

template <>
struct Vocabulary<Zona> {
  static constexpr std::array<CodeEntry<Zona>, 2> table{{
      {Zona::Rural, "rural", "Rural"},
      {Zona::Urbana, "urbana", "Urbana"},
  }};
};

template <>
struct Vocabulary<Role> {
  static constexpr std::array<CodeEntry<Role>, 6> table{{
      {Role::Asesor, "asesor", "Asesor(a)"},
      {Role::Director, "director", "Director(a)"},
      {Role::Compras, "compras", "Compras"},
      {Role::Ventanilla, "ventanilla", "Ventanilla"},
      {Role::Admin, "admin", "Administrador(a)"},
      {Role::Consulta, "consulta", "Consulta"},
  }};
};

// "Asesor(a)" folds to "asesor(a)"; the bare word without "(a)" is also
// what people type, so parentheses are dropped before comparing.
std::string fold_display(std::string_view display) {
  std::string folded = fold_for_match(display);
  if (const auto at = folded.find("(a)"); at != std::string::npos) folded.erase(at, 3);
  return trim(folded);
}

}  // namespace

// The generic definitions below are instantiated explicitly for each
// vocabulary at the end of this file; AtEstado and SubsidyCondition bring
// their own specialisations (at_estado.cpp, subsidy_facts.cpp).
template <class E>
std::span<const CodeEntry<E>> code_table() {
  return Vocabulary<E>::table;
}

template <class E>
std::optional<E> parse_code(std::string_view text) {
  // fold_for_match turns '_' into a space, so the code "en_pausa" and the
  // display name "En pausa" meet on "en pausa"; accents and case vanish too.
  const std::string wanted = fold_display(text);
  if (wanted.empty()) return std::nullopt;
  for (const auto& e : Vocabulary<E>::table)
    if (fold_for_match(e.code) == wanted || fold_display(e.display) == wanted) return e.value;
  return std::nullopt;
}

template <class E>
std::string list_codes() {
  std::string out;
  for (const auto& e : Vocabulary<E>::table) {
    if (!out.empty()) out += ", ";
    out += e.code;
  }
  return out;
}

#define CDMYPE_INSTANTIATE_CODES(E)                          \
  template std::span<const CodeEntry<E>> code_table<E>();    \
  template std::optional<E> parse_code<E>(std::string_view); \
  template std::string list_codes<E>();

CDMYPE_INSTANTIATE_CODES(Sector)
CDMYPE_INSTANTIATE_CODES(Area)
CDMYPE_INSTANTIATE_CODES(Modalidad)
CDMYPE_INSTANTIATE_CODES(FormaJuridica)
CDMYPE_INSTANTIATE_CODES(Fuente)
CDMYPE_INSTANTIATE_CODES(EstadoEmpresa)
CDMYPE_INSTANTIATE_CODES(Sexo)
CDMYPE_INSTANTIATE_CODES(Zona)
CDMYPE_INSTANTIATE_CODES(Role)

#undef CDMYPE_INSTANTIATE_CODES

}  // namespace cdmype
