// Code tables: the exact codes of product.md §2/§4, accented display names, tolerant parsing.
#include <gtest/gtest.h>

#include "core/codes.hpp"

namespace cdmype {
namespace {

TEST(Codes, ListsTheExactCodesOfTheSpecInDisplayOrder) {
  EXPECT_EQ(list_codes<Area>(),
            "asesoria_empresarial, asesoria_tic, empresarialidad_femenina, asesoria_financiera, "
            "asistencia_tecnica, vinculacion, capacitacion");
  EXPECT_EQ(list_codes<Sector>(),
            "agroindustria, artesanias, turismo, alimentos_bebidas, textiles_confeccion, "
            "cosmetica_natural, comercio, servicios, otro");
  EXPECT_EQ(list_codes<Modalidad>(), "presencial_empresa, presencial_centro, telefonica, virtual");
  EXPECT_EQ(list_codes<FormaJuridica>(),
            "persona_natural, sociedad, cooperativa, asociacion, grupo_asociativo");
  EXPECT_EQ(list_codes<Fuente>(), "ventanilla, cdmype, conamype, ciudad_mujer, otra");
  EXPECT_EQ(list_codes<EstadoEmpresa>(), "activa, en_pausa, graduada, cerrada");
  EXPECT_EQ(list_codes<Sexo>(), "mujer, hombre");
  EXPECT_EQ(list_codes<Zona>(), "rural, urbana");
  EXPECT_EQ(list_codes<Role>(), "asesor, director, compras, ventanilla, admin, consulta");
}

TEST(Codes, DisplayNamesCarryTheirAccents) {
  EXPECT_EQ(display_of(Area::AsesoriaTic), "Asesoría TIC");
  EXPECT_EQ(display_of(Area::Vinculacion), "Vinculación");
  EXPECT_EQ(display_of(Sector::Artesanias), "Artesanías");
  EXPECT_EQ(display_of(Sector::AlimentosBebidas), "Alimentos y bebidas");
  EXPECT_EQ(display_of(Sector::TextilesConfeccion), "Textiles y confección");
  EXPECT_EQ(display_of(Sector::CosmeticaNatural), "Cosmética natural");
  EXPECT_EQ(display_of(Modalidad::PresencialEmpresa), "Presencial en la empresa");
  EXPECT_EQ(display_of(Modalidad::Telefonica), "Telefónica");
  EXPECT_EQ(display_of(FormaJuridica::PersonaNatural), "Persona natural");
  EXPECT_EQ(display_of(FormaJuridica::GrupoAsociativo), "Grupo asociativo");
  EXPECT_EQ(display_of(FormaJuridica::Asociacion), "Asociación");
  EXPECT_EQ(display_of(Fuente::CiudadMujer), "Ciudad Mujer");
  EXPECT_EQ(display_of(EstadoEmpresa::EnPausa), "En pausa");
  EXPECT_EQ(display_of(Role::Asesor), "Asesor(a)");
  EXPECT_EQ(display_of(Role::Director), "Director(a)");
  EXPECT_EQ(display_of(Role::Admin), "Administrador(a)");
  EXPECT_EQ(display_of(Role::Consulta), "Consulta");
}

TEST(Codes, ParsesDisplayNamesIgnoringCaseAccentsAndUnderscores) {
  EXPECT_EQ(parse_code<Area>("Asesoría TIC"), Area::AsesoriaTic);
  EXPECT_EQ(parse_code<Area>("ASESORIA TIC"), Area::AsesoriaTic);
  EXPECT_EQ(parse_code<Area>(" asesoria_tic "), Area::AsesoriaTic);
  EXPECT_EQ(parse_code<Sector>("Textiles y Confección"), Sector::TextilesConfeccion);
  EXPECT_EQ(parse_code<Sector>("textiles confeccion"), Sector::TextilesConfeccion);
  EXPECT_EQ(parse_code<Sector>("ARTESANÍAS"), Sector::Artesanias);
  EXPECT_EQ(parse_code<EstadoEmpresa>("EN_PAUSA"), EstadoEmpresa::EnPausa);
  EXPECT_EQ(parse_code<Modalidad>("Telefonica"), Modalidad::Telefonica);
  EXPECT_EQ(parse_code<FormaJuridica>("Persona Natural"), FormaJuridica::PersonaNatural);
  EXPECT_EQ(parse_code<Role>("Director(a)"), Role::Director);
  EXPECT_EQ(parse_code<Role>("Administrador"), Role::Admin);
}

TEST(Codes, RejectsUnknownEmptyAndPartialNames) {
  EXPECT_FALSE(parse_code<Sector>(""));
  EXPECT_FALSE(parse_code<Sector>("   "));
  EXPECT_FALSE(parse_code<Sector>("agro"));
  EXPECT_FALSE(parse_code<Area>("asesoria"));
  EXPECT_FALSE(parse_code<Role>("superusuario"));
  EXPECT_FALSE(parse_code<Sexo>("m"));
}

// Every entry of a table reads back from its code and from its display name.
template <class E>
void expect_round_trip(std::size_t expected_size) {
  const auto table = code_table<E>();
  EXPECT_EQ(table.size(), expected_size);
  for (const auto& e : table) {
    EXPECT_EQ(parse_code<E>(code_of(e.value)), e.value) << e.code;
    EXPECT_EQ(parse_code<E>(display_of(e.value)), e.value) << e.display;
    EXPECT_FALSE(e.display.empty()) << e.code;
  }
}

TEST(Codes, EveryCodeAndDisplayNameOfEveryTableReadsBack) {
  expect_round_trip<Sector>(9);
  expect_round_trip<Area>(7);
  expect_round_trip<Modalidad>(4);
  expect_round_trip<FormaJuridica>(5);
  expect_round_trip<Fuente>(5);
  expect_round_trip<EstadoEmpresa>(4);
  expect_round_trip<Sexo>(2);
  expect_round_trip<Zona>(2);
  expect_round_trip<Role>(6);
}

}  // namespace
}  // namespace cdmype
