// End-to-end: `salario-minimo list|add`, and the derived tamano columns of `export empresas`
// that an import of the exported file takes without a warning.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "cli/cli_support.hpp"

namespace cdmype::clitest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

void add_people(const Cli& cli) {
  ASSERT_EQ(cli.init().status, 0);
  ASSERT_EQ(cli.add_user("ana", "director", "Ana Peña").status, 0);
  ASSERT_EQ(cli.add_user("mpena", "asesor", "María Peña").status, 0);
  ASSERT_EQ(cli.add_user("jnino", "asesor", "José Niño").status, 0);
}

TEST(CliMinimumWage, ListsTheShippedRowsAndTheDirectorAddsOne) {
  Cli cli;
  cli.restore("salario_minimo", add_people);
  RunResult list = cli.as("mpena", kUserPassword, {"salario-minimo", "list"});
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_EQ(count_of(list.out, "\n"), 2) << list.out;
  EXPECT_THAT(list.out, HasSubstr("01/08/2021\t$365.00\t"));
  EXPECT_THAT(list.out, HasSubstr("01/06/2025\t$408.80\tDecreto Ejecutivo N.° 11"));

  RunResult refused = cli.as("mpena", kUserPassword,
                             {"salario-minimo", "add", "--desde", "2026-06-01", "--monto", "425"});
  EXPECT_EQ(refused.status, 1);
  RunResult added = cli.as("ana", kUserPassword,
                           {"salario-minimo", "add", "--desde", "2026-06-01", "--monto", "425.00",
                            "--nota", "Decreto de prueba, Citalá"});
  ASSERT_EQ(added.status, 0) << added.err;
  EXPECT_THAT(added.err, HasSubstr("$425.00 desde el 01/06/2026"));
  list = cli.as("ana", kUserPassword, {"salario-minimo", "list"});
  EXPECT_THAT(list.out, HasSubstr("01/06/2026\t$425.00\tDecreto de prueba, Citalá\n"));

  // Not after the last row, a bad amount, a misspelt option.
  RunResult earlier = cli.as("ana", kUserPassword,
                             {"salario-minimo", "add", "--desde", "2026-01-01", "--monto", "430"});
  EXPECT_EQ(earlier.status, 1);
  EXPECT_THAT(earlier.err, HasSubstr("01/06/2026"));
  RunResult bad = cli.as("ana", kUserPassword,
                         {"salario-minimo", "add", "--desde", "2027-01-01", "--monto", "mucho"});
  EXPECT_EQ(bad.status, 1);
  EXPECT_THAT(bad.err, HasSubstr("--monto"));
  RunResult misuse = cli.as("ana", kUserPassword,
                            {"salario-minimo", "add", "--from", "2027-01-01", "--monto", "430"});
  EXPECT_EQ(misuse.status, 2);
}

TEST(CliMinimumWage, ExportAddsTamanoColumnsThatTheImportIgnoresQuietly) {
  Cli cli;
  cli.restore("salario_minimo", add_people);
  const auto file = fixture("empresas_centro.csv");
  ASSERT_EQ(cli.as("ana", kUserPassword, {"import", "empresas", file.string()}).status, 0);
  const auto out = cli.path("empresas.csv");
  RunResult r = cli.as("ana", kUserPassword, {"export", "empresas", out.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string csv = read_text(out);
  EXPECT_THAT(csv.substr(0, csv.find('\n')), HasSubstr(",nit,nrc,tamano,categoria_micro"));
  // $12,500.50 and 3 workers: micro by the law and wage in force on the export date.
  EXPECT_THAT(csv, HasSubstr(",12500.50,2026-01-05,mpena,cdmype,"));
  EXPECT_GE(count_of(csv, ",micro,"), 1) << csv;

  Cli other;
  other.restore("salario_minimo", add_people);
  RunResult again = other.as("ana", kUserPassword, {"import", "empresas", out.string()});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_THAT(again.err, Not(HasSubstr("columna desconocida"))) << again.err;
  EXPECT_THAT(again.err, HasSubstr("Importados 6 registros"));
}

}  // namespace
}  // namespace cdmype::clitest
