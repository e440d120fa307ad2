// What forgetting a person replaces and keeps (core/person_forgetting.hpp).
#include "core/person_forgetting.hpp"

#include <gtest/gtest.h>

namespace cdmype {
namespace {

PersonIdentity rosa() {
  PersonIdentity p;
  p.dui = "03456789-8";
  p.add_name("María de los Ángeles Peña");
  p.add_name("MARIA ANGELES PENA");  // the same person, typed otherwise on a referral
  p.add_phone("7012-3456");
  return p;
}

TEST(PersonForgetting, ScrubsNameWordsIgnoringAccentsAndCaseButKeepsParticles) {
  EXPECT_EQ(scrub_person("Visita a María Peña: los Ángeles de PEÑA.", rosa()),
            "Visita a […] […]: los […] de […].");
  EXPECT_EQ(scrub_person("Peñaloza vende pan", rosa()), "Peñaloza vende pan");  // whole words only
  EXPECT_EQ(scrub_person("", rosa()), "");
}

TEST(PersonForgetting, ScrubsHerDuiAndPhoneInAnySpelling) {
  EXPECT_EQ(scrub_person("DUI 03456789-8, tel. 7012 3456; otro 2222-1111", rosa()),
            "DUI […], tel. […]; otro 2222-1111");
  EXPECT_EQ(scrub_person("Factura 034567898 por $12.50", rosa()), "Factura […] por $12.50");
}

TEST(PersonForgetting, TitularKeepsWhatStatisticsNeed) {
  Enterprise e;
  e.nombre = "Pupusería Peña";
  e.forma_juridica = FormaJuridica::PersonaNatural;
  e.titular.nombre = "María de los Ángeles Peña";
  e.titular.dui = "03456789-8";
  e.titular.sexo = Sexo::Mujer;
  e.titular.fecha_nacimiento = Date(1996, 11, 20);
  e.titular.discapacidad = true;
  e.nit = "03456789-8";
  e.nrc = "123456-7";
  e.notas = "Vive junto a la iglesia";
  e.empleados_mujeres = 3;
  forget_titular(e, rosa());
  EXPECT_EQ(e.titular.nombre, kForgottenPersonName);
  EXPECT_EQ(e.titular.dui, "");
  EXPECT_EQ(e.nit, "");
  EXPECT_EQ(e.nrc, "");
  EXPECT_EQ(e.notas, "");
  EXPECT_EQ(e.nombre, "Empresa de persona olvidada");
  EXPECT_EQ(e.titular.fecha_nacimiento, Date(1996, 11, 1));
  EXPECT_EQ(e.titular.sexo, Sexo::Mujer);
  EXPECT_TRUE(e.titular.discapacidad);
  EXPECT_EQ(e.empleados_mujeres, 3);
}

TEST(PersonForgetting, ASocietysNitAndNameStayWhenTheyDoNotNameHer) {
  Enterprise e;
  e.nombre = "Cooperativa Añil de Citalá";
  e.forma_juridica = FormaJuridica::Cooperativa;
  e.nit = "0407-150398-101-2";
  e.nrc = "123456-7";
  forget_titular(e, rosa());
  EXPECT_EQ(e.nombre, "Cooperativa Añil de Citalá");
  EXPECT_EQ(e.nit, "0407-150398-101-2");
  EXPECT_EQ(e.nrc, "123456-7");
}

// The «joven» band (15–29 on a month's last day) is the same with the month of birth alone.
TEST(PersonForgetting, MonthOfBirthKeepsTheYouthBandOfEveryMonth) {
  for (int day : {1, 15, 28}) {
    const Date born(1996, 11, day);
    const Date kept = birth_month_only(born);
    for (int y = 2010; y <= 2028; ++y)
      for (int m = 1; m <= 12; ++m) {
        const Date last = YearMonth{y, m}.last_day();
        const auto joven = [&](const Date& b) {
          return b > last - boost::gregorian::years(30) && b <= last - boost::gregorian::years(15);
        };
        EXPECT_EQ(joven(born), joven(kept)) << y << "-" << m << " día " << day;
      }
  }
}

TEST(PersonForgetting, ReferralAndAttendeeNames) {
  Referral r;
  r.nombre = "María Peña";
  r.telefono = "7012-3456";
  r.dui = "03456789-8";
  r.necesidad = "María necesita crédito";
  forget_referral_person(r, rosa());
  EXPECT_EQ(r.nombre, kForgottenPersonName);
  EXPECT_EQ(r.telefono, "");
  EXPECT_EQ(r.dui, "");
  EXPECT_EQ(r.necesidad, "[…] necesita crédito");
  EXPECT_TRUE(is_person_name("maria angeles pena", rosa()));
  EXPECT_FALSE(is_person_name("Pedro Peña", rosa()));
}

}  // namespace
}  // namespace cdmype
