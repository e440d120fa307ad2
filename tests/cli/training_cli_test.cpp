// `training edit|delete|institutions|institution-add` through cdmype-cli (issue 7).
#include <gtest/gtest.h>

#include "cli_support.hpp"

namespace cdmype::clitest {
namespace {

const std::string kUser = kUserPassword;

class TrainingCli : public ::testing::Test {
 protected:
  void SetUp() override {
    cli.restore("training-center", [](const Cli& c) {
      ASSERT_EQ(c.init().status, 0);
      ASSERT_EQ(c.add_user("asesora", "asesor", "Ana Niño").status, 0);
    });
  }
  RunResult as(const std::vector<std::string>& args) const {
    return cli.as("asesora", kUser, args);
  }
  Cli cli;
};

TEST_F(TrainingCli, EditChangesOnlyTheGivenFieldsThenDeleteWhenNobodyAttended) {
  auto r = as({"training", "add", "--titulo", "Costos y precios", "--fecha", "2026-10-15",
               "--horas", "3,5", "--institucion", "CONAMYPE", "--lugar", "Citalá"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "edit", "Costos y precios", "--horas", "2", "--lugar", "La Palma"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "list"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "2026-10-15\tCostos y precios\tCONAMYPE\t2 h\tmujeres: 0\thombres: 0\n");
  r = as({"training", "edit", "Costos y precios", "--titulo", "Precios", "--si-version", "1"});
  EXPECT_EQ(r.status, 1) << r.err;  // version 1 was replaced by the edit above
  r = as({"training", "edit", "Costos y precios", "--horas", "mucho"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("--horas"), std::string::npos) << r.err;
  r = as({"training", "edit", "Costos y precios", "--color", "rojo"});
  EXPECT_EQ(r.status, 2);

  r = as({"training", "attend", "--capacitacion", "Costos y precios", "--nombre", "Rosa Peña",
          "--sexo", "mujer"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "delete", "Costos y precios"});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("participante"), std::string::npos) << r.err;
  r = as({"training", "add", "--titulo", "Registro sanitario", "--fecha", "2026-10-20", "--horas",
          "4"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "delete", "Registro sanitario"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "list"});
  EXPECT_EQ(r.out.find("Registro sanitario"), std::string::npos) << r.out;
}

TEST_F(TrainingCli, InstitutionsAreTheNamesInUsePlusTheAddedOnes) {
  auto r = as({"training", "add", "--titulo", "Costos y precios", "--fecha", "2026-10-15",
               "--horas", "4", "--institucion", "Universidad de El Salvador"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "institution-add", "universidad de el salvador"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("ya está"), std::string::npos) << r.err;
  r = as({"training", "institution-add", "Alcaldía de Citalá"});
  ASSERT_EQ(r.status, 0) << r.err;
  r = as({"training", "institutions"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "Alcaldía de Citalá\nUniversidad de El Salvador\n");
}

}  // namespace
}  // namespace cdmype::clitest
