// Core rules of issue 7: referral checks and states, duplicate matching, results, training hours.
#include <gtest/gtest.h>

#include "core/duplicate_match.hpp"
#include "core/referral.hpp"
#include "core/result_record.hpp"
#include "core/territory.hpp"
#include "core/training.hpp"

namespace cdmype {
namespace {

int distrito(const char* name) { return Territory::el_salvador().by_name(name).front()->id; }

Referral referral() {
  Referral r;
  r.fecha = *parse_iso_date("2026-10-05");
  r.distrito_id = distrito("La Palma");
  r.nombre = "José Peña";
  r.sexo = Sexo::Hombre;
  r.telefono = "2300-1234";
  r.sector = Sector::Artesanias;
  return r;
}

Enterprise enterprise(const std::string& titular, const char* where) {
  Enterprise e;
  e.nombre = "Artesanías El Pital";
  e.titular.nombre = titular;
  e.distrito_id = distrito(where);
  return e;
}

TEST(ReferralRules, ValidReferralHasNoProblems) { EXPECT_TRUE(validate(referral()).empty()); }

TEST(ReferralRules, ProblemsNameTheCsvColumnInSpanish) {
  Referral r = referral();
  r.nombre = "  ";
  r.dui = "01234567-0";  // wrong check digit
  r.telefono = "llamar";
  const auto p = validate(r);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].rfind("nombre:", 0), 0u);
  EXPECT_EQ(p[1].rfind("dui:", 0), 0u);
  EXPECT_EQ(p[2].rfind("telefono:", 0), 0u);
}

TEST(ReferralRules, StatesNeedTheirCenterFields) {
  Referral r = referral();
  r.estado = EstadoRemision::Asignada;
  EXPECT_FALSE(validate(r).empty());
  r.asesor_id = 3;
  EXPECT_TRUE(validate(r).empty());
  r.estado = EstadoRemision::Atendida;
  EXPECT_FALSE(validate(r).empty());
  r.enterprise_id = 9;
  EXPECT_TRUE(validate(r).empty());
  r.estado = EstadoRemision::NoProcede;
  EXPECT_NE(validate(r).front().find("motivo"), std::string::npos);
}

TEST(ReferralRules, EstadoCodesParseWithAccentsAndSpaces) {
  EXPECT_EQ(parse_code<EstadoRemision>("no_procede"), EstadoRemision::NoProcede);
  EXPECT_EQ(parse_code<EstadoRemision>("No procede"), EstadoRemision::NoProcede);
  EXPECT_EQ(parse_code<EstadoRemision>("ATENDIDA"), EstadoRemision::Atendida);
  EXPECT_FALSE(parse_code<EstadoRemision>("cerrada"));
  EXPECT_EQ(code_of(EstadoRemision::Recibida), "recibida");
}

TEST(ReferralRules, IntakeComparisonIgnoresTheCentersFields) {
  Referral a = referral();
  Referral b = a;
  b.estado = EstadoRemision::Atendida;
  b.enterprise_id = 4;
  EXPECT_TRUE(same_intake(a, b));
  b.telefono = "7777-0000";
  EXPECT_FALSE(same_intake(a, b));
  copy_intake(b, a);
  EXPECT_EQ(a.telefono, "7777-0000");
  EXPECT_EQ(a.estado, EstadoRemision::Recibida);  // copy_intake leaves the state
}

TEST(ReferralRules, NewFileIsPrefilledFromTheReferral) {
  Referral r = referral();
  r.dui = "04567890-1";
  r.asesor_id = 5;
  r.necesidad = "Registro sanitario";
  const Enterprise e = enterprise_from_referral(r, *parse_iso_date("2026-10-20"));
  EXPECT_EQ(e.titular.nombre, "José Peña");
  EXPECT_EQ(e.titular.sexo, Sexo::Hombre);
  EXPECT_EQ(e.titular.dui, "04567890-1");
  EXPECT_EQ(e.distrito_id, r.distrito_id);
  EXPECT_EQ(e.fuente, Fuente::Ventanilla);
  EXPECT_EQ(e.asesor_id, 5);
  EXPECT_EQ(to_iso(e.fecha_ingreso), "2026-10-20");
  EXPECT_NE(e.notas.find("Registro sanitario"), std::string::npos);
}

TEST(DuplicateMatch, SameNameIgnoringAccentsCaseAndSpacingInTheSameDistrito) {
  Referral r = referral();
  r.nombre = "Jose  Peña";
  const auto reasons = match_reasons(duplicate_key(r), enterprise("José Pena", "La Palma"));
  ASSERT_EQ(reasons.size(), 1u);
  EXPECT_EQ(reasons[0], MatchReason::Nombre);
  r.nombre = "JOSÉ PEÑA";
  EXPECT_EQ(match_reasons(duplicate_key(r), enterprise("jose pena", "La Palma")).size(), 1u);
}

TEST(DuplicateMatch, SameNameInAnotherDistritoIsNotASuggestion) {
  Referral r = referral();
  EXPECT_TRUE(match_reasons(duplicate_key(r), enterprise("José Peña", "Citalá")).empty());
}

TEST(DuplicateMatch, DuiAndNitMatchAnywhere) {
  Referral r = referral();
  r.dui = "045678903";  // without the hyphen
  Enterprise e = enterprise("Otra Persona", "Citalá");
  e.titular.dui = "04567890-3";
  EXPECT_EQ(match_reasons(duplicate_key(r), e), std::vector<MatchReason>{MatchReason::Dui});
  Enterprise draft = enterprise("Nadie", "Citalá");
  draft.nit = "06141001901013";
  e.nit = "0614-100190-101-3";
  EXPECT_EQ(match_reasons(duplicate_key(draft), e), std::vector<MatchReason>{MatchReason::Nit});
}

// The DUI is the NIT of a natural person: a DUI typed as NIT and the titular's
// DUI are the same person, whichever side holds which.
TEST(DuplicateMatch, ADuiTypedAsNitIsTheSamePersonAsTheTitularsDui) {
  Referral r = referral();
  r.dui = "04567890-3";
  Enterprise by_nit = enterprise("Otra Persona", "Citalá");
  by_nit.nit = "045678903";  // the person's NIT is their DUI
  EXPECT_EQ(match_reasons(duplicate_key(r), by_nit), std::vector<MatchReason>{MatchReason::Dui});

  Enterprise draft = enterprise("Niño Ñandú", "Citalá");
  draft.nit = "04567890-3";
  Enterprise by_titular = enterprise("Otra Persona", "La Palma");
  by_titular.titular.dui = "045678903";
  EXPECT_EQ(match_reasons(duplicate_key(draft), by_titular),
            std::vector<MatchReason>{MatchReason::Dui});
  // Both sides give it as NIT: still the same DUI, reported once.
  EXPECT_EQ(match_reasons(duplicate_key(draft), by_nit), std::vector<MatchReason>{MatchReason::Dui});
  // Another DUI is another person.
  by_titular.titular.dui = "01234567-8";
  EXPECT_TRUE(match_reasons(duplicate_key(draft), by_titular).empty());
}

TEST(ResultRules, ValueDependsOnTheKind) {
  ResultRecord r;
  r.enterprise_id = 1;
  r.fecha = *parse_iso_date("2026-10-05");
  r.tipo = TipoResultado::Financiamiento;
  r.valor = 500000;
  EXPECT_NE(validate(r).front().find("fuente"), std::string::npos);
  r.detalle = "BANDESAL";
  EXPECT_TRUE(validate(r).empty());
  r.tipo = TipoResultado::EmpleosMujeres;
  r.valor = 0;
  EXPECT_FALSE(validate(r).empty());
  r.tipo = TipoResultado::Marca;
  EXPECT_TRUE(validate(r).empty());
  EXPECT_TRUE(is_formalizacion(TipoResultado::CodigoBarras));
  EXPECT_FALSE(is_formalizacion(TipoResultado::Ventas));
  EXPECT_EQ(parse_code<TipoResultado>("Código de barras"), TipoResultado::CodigoBarras);
}

TEST(TrainingRules, HoursAcceptDecimalCommaAndRoundToMinutes) {
  EXPECT_EQ(parse_hours("4"), 240);
  EXPECT_EQ(parse_hours("2,5"), 150);
  EXPECT_EQ(parse_hours(" 1.25 "), 75);
  EXPECT_FALSE(parse_hours("0"));
  EXPECT_FALSE(parse_hours("cuatro"));
  EXPECT_EQ(hours_text(150), "2.5");
  EXPECT_EQ(hours_text(240), "4");
  Training t;
  t.titulo = "Costos";
  t.fecha = *parse_iso_date("2026-10-05");
  EXPECT_NE(validate(t).front().find("horas"), std::string::npos);
}

}  // namespace
}  // namespace cdmype
