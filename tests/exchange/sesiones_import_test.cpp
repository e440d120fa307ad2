// Importing `sesiones` files: display names for codes, enterprise and asesor lookups, messages.
#include <gtest/gtest.h>

#include "exchange/sesiones_importer.hpp"
#include "exchange_test_support.hpp"

namespace cdmype::exchange {
namespace {

using testing::FakeLookups;
using testing::fixture;
using testing::has_problem;
using testing::problems_of;

class SesionesImport : public ::testing::Test {
 protected:
  FakeLookups db;
  ImportContext context{db, 2};  // mpena imports

  std::vector<std::string> refused(std::string_view bytes) {
    return problems_of([&] { import_sesiones(bytes, context); });
  }
};

TEST_F(SesionesImport, ReadsDisplayNamesQuotesAndBothDateForms) {
  const auto r = import_sesiones(fixture("sesiones_ok.csv"), context);
  ASSERT_EQ(r.records.size(), 3u);
  EXPECT_EQ(r.lines, (std::vector<int>{2, 3, 4}));

  const AdvisorySession& a = r.records[0];
  EXPECT_EQ(a.enterprise_id, 70);
  EXPECT_EQ(a.asesor_id, 2);
  EXPECT_EQ(a.fecha, Date(2026, 10, 5));
  EXPECT_EQ(a.duracion_min, 90);
  EXPECT_EQ(a.modalidad, Modalidad::PresencialEmpresa);
  EXPECT_EQ(a.area, Area::AsesoriaTic);  // "Asesoría TIC"
  EXPECT_EQ(a.tema, "Tienda en línea");
  EXPECT_EQ(a.acuerdos, "Abrir página; subir fotos");

  const AdvisorySession& b = r.records[1];
  EXPECT_EQ(b.enterprise_id, 80);  // "ch-2025-0008" in lowercase
  EXPECT_EQ(b.asesor_id, 2);       // empty: the importing user
  EXPECT_EQ(b.modalidad, Modalidad::Virtual);
  EXPECT_EQ(b.area, Area::EmpresarialidadFemenina);
  EXPECT_EQ(b.tema, "Costos de \"Dulces Niño\"");

  const AdvisorySession& c = r.records[2];
  EXPECT_EQ(c.asesor_id, 3);
  EXPECT_EQ(c.modalidad, Modalidad::Telefonica);
  EXPECT_EQ(c.area, Area::AsesoriaFinanciera);
  EXPECT_EQ(c.acuerdos, "1. Reunir documentos\n2. Visitar el banco");
}

TEST_F(SesionesImport, UnknownEnterpriseBadCodesAndDurationsAllListed) {
  const auto p = refused(
      "empresa,asesor,fecha,duracion_min,modalidad,area,tema\n"
      "CH-2026-9999,mpena,2026-10-05,60,virtual,asesoria_tic,Ventas\n"
      "CH-2025-0007,mpena,2026-10-05,0,a distancia,Asesoría TIC,Ventas\n"
      "CH-2025-0007,nadie,5/13/2026,90 min,virtual,contabilidad,Ventas\n");
  EXPECT_TRUE(has_problem(p,
                          "línea 2, columna empresa: no existe la empresa con código "
                          "«CH-2026-9999»"));
  EXPECT_TRUE(has_problem(p, "línea 3, columna duracion_min: la duración va en minutos"));
  EXPECT_TRUE(has_problem(p,
                          "línea 3, columna modalidad: «a distancia» no es un valor válido; "
                          "use uno de: "));
  EXPECT_TRUE(has_problem(p, "línea 4, columna asesor: no hay un usuario «nadie»"));
  EXPECT_TRUE(has_problem(p, "línea 4, columna fecha: «5/13/2026» no es una fecha válida"));
  EXPECT_TRUE(has_problem(p, "línea 4, columna duracion_min: «90 min» no es un número entero"));
  EXPECT_TRUE(has_problem(p, "línea 4, columna area: «contabilidad» no es un valor válido"));
  EXPECT_EQ(p.size(), 7u);
}

TEST_F(SesionesImport, MissingRequiredColumnsAreNamed) {
  const auto p = refused("empresa;fecha;tema\nCH-2025-0007;2026-10-05;Ventas\n");
  EXPECT_EQ(p, (std::vector<std::string>{"línea 1: falta la columna obligatoria «duracion_min».",
                                         "línea 1: falta la columna obligatoria «modalidad».",
                                         "línea 1: falta la columna obligatoria «area»."}));
}

TEST_F(SesionesImport, EmptyRequiredCellsAreErrorsOfTheirColumn) {
  const auto p = refused(
      "empresa,fecha,duracion_min,modalidad,area\n"
      ",,,,\n"  // an all-empty row is skipped, not an error
      "CH-2025-0007,,30,,\n");
  EXPECT_EQ(p, (std::vector<std::string>{"línea 3, columna fecha: el valor es obligatorio.",
                                         "línea 3, columna modalidad: el valor es obligatorio.",
                                         "línea 3, columna area: el valor es obligatorio."}));
}

TEST_F(SesionesImport, ASessionAfterTodayIsRefusedNamingLineAndDates) {
  // "Today" is the workspace clock's (FakeLookups: 01/12/2026), not the machine's.
  const auto p = refused(
      "empresa;asesor;fecha;duracion_min;modalidad;area;tema\n"
      "CH-2025-0007;mpena;01/12/2026;60;virtual;asesoria_tic;Ventas en Citalá\n"
      "CH-2025-0007;mpena;2026-11-30;60;virtual;asesoria_tic;Costeo\n"
      "CH-2025-0008;mpena;15/12/2026;60;virtual;asesoria_tic;Feria de Ñandú\n");
  EXPECT_EQ(p, (std::vector<std::string>{"línea 4, columna fecha: la sesión tiene fecha "
                                         "15/12/2026, posterior a hoy (01/12/2026)"}));
  db.fixed_today = Date(2026, 12, 15);
  EXPECT_EQ(import_sesiones("empresa;asesor;fecha;duracion_min;modalidad;area\n"
                            "CH-2025-0008;mpena;15/12/2026;60;virtual;asesoria_tic\n",
                            context)
                .records.size(),
            1u);
}

TEST_F(SesionesImport, Utf16TextFromExcelImports) {
  // Excel's «Texto Unicode»: UTF-16LE with a BOM, tab-separated, CRLF.
  const std::u16string text =
      u"empresa\tasesor\tfecha\tduracion_min\tmodalidad\tarea\ttema\r\n"
      u"CH-2025-0007\tmpena\t05/10/2026\t60\tVirtual\tAsesoría TIC\tCatálogo de Niño y Peña\r\n";
  std::string bytes = "\xFF\xFE";
  for (char16_t u : text) {
    bytes += static_cast<char>(u & 0xFF);
    bytes += static_cast<char>(u >> 8);
  }
  const auto r = import_sesiones(bytes, context);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_EQ(r.records[0].tema, "Catálogo de Niño y Peña");
  EXPECT_TRUE(has_problem(r.warnings, "UTF-16"));
}

}  // namespace
}  // namespace cdmype::exchange
