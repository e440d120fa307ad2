// Reading `asistencias` files: mixed states, state ↔ date consistency, names, every problem listed.
#include <gtest/gtest.h>

#include "exchange/asistencias_importer.hpp"
#include "exchange_test_support.hpp"

namespace cdmype::exchange {
namespace {

using testing::FakeLookups;
using testing::fixture;
using testing::has_problem;
using testing::problems_of;

constexpr const char* kHeader =
    "codigo,empresa,descripcion,proveedor,costo_total,estado,fecha_solicitud,fecha_aprobacion,"
    "fecha_finalizacion,solicitada_por,aprobada_por,motivo_rechazo\n";

class AsistenciasImport : public ::testing::Test {
 protected:
  FakeLookups db;
  ImportContext context{db, 1};  // "director" imports

  std::vector<std::string> refused(const std::string& rows) {
    return problems_of([&] { import_asistencias(kHeader + rows, context); });
  }
};

TEST_F(AsistenciasImport, ReadsEveryStateWithItsDatesAndNames) {
  const auto r = import_asistencias(fixture("asistencias_mixtas.csv"), context);
  ASSERT_EQ(r.records.size(), 6u);
  EXPECT_EQ(r.lines, (std::vector<int>{2, 3, 4, 5, 6, 7}));

  const auto& liquidada = r.records[0];
  EXPECT_EQ(liquidada.at.codigo, "CH-AT-2025-0001");
  EXPECT_EQ(liquidada.at.enterprise_id, 70);
  EXPECT_EQ(liquidada.at.estado, AtEstado::Liquidada);
  EXPECT_EQ(liquidada.at.costo_total, Money::from_cents(100505));
  EXPECT_EQ(liquidada.at.fecha_aprobacion, Date(2025, 2, 10));  // dd/mm/aaaa
  EXPECT_EQ(liquidada.at.fecha_finalizacion, Date(2025, 4, 30));
  EXPECT_EQ(liquidada.at.requested_by, 2);
  EXPECT_EQ(liquidada.at.approved_by, 1);
  EXPECT_EQ(liquidada.proveedor, "Consultores Peña");
  EXPECT_FALSE(liquidada.at.subsidio) << "el subsidio nunca se lee del archivo";

  EXPECT_EQ(r.records[2].at.estado, AtEstado::Rechazada);  // "Rechazada": any case
  EXPECT_EQ(r.records[2].at.motivo_rechazo, "Duplica la AT de marca del año pasado");
  EXPECT_EQ(r.records[3].at.codigo, "") << "se asigna al guardar";
  EXPECT_EQ(r.records[3].at.enterprise_id, 80);
  EXPECT_EQ(r.records[3].at.requested_by, 0) << "vacío: el asesor de la empresa, al guardar";
  EXPECT_FALSE(r.records[3].at.approved_by);
  EXPECT_EQ(r.records[4].at.fecha_cancelacion, Date(2025, 5, 2)) << "su última fecha";
  EXPECT_EQ(r.records[5].at.estado, AtEstado::Borrador);
}

TEST_F(AsistenciasImport, AnApprovedRowWithoutApproverIsTheImportingUsers) {
  const auto r = import_asistencias(
      std::string(kHeader) + ",CH-2025-0007,Marca,,100.00,aprobada,2025-01-02,2025-01-03,,,,\n",
      context);
  EXPECT_EQ(r.records.at(0).at.approved_by, 1);
}

TEST_F(AsistenciasImport, StatesMustAgreeWithTheDates) {
  const auto p = refused(
      // 2: liquidada without approval date
      ",CH-2025-0007,Marca,Peña,100.00,liquidada,2025-01-02,,2025-03-01,,director,\n"
      // 3: solicitada that already has a decision date
      ",CH-2025-0007,Marca,,100.00,solicitada,2025-01-02,2025-01-05,,,,\n"
      // 4: rejected without a reason
      ",CH-2025-0007,Marca,,100.00,rechazada,2025-01-02,2025-01-05,,,director,\n"
      // 5: finalizada without its finish date, and approved before requested
      ",CH-2025-0007,Marca,Peña,100.00,finalizada,2025-01-09,2025-01-05,,,director,\n"
      // 6: aprobada with a finish date; a reason that is not a rejection's
      ",CH-2025-0007,Marca,,100.00,aprobada,2025-01-02,2025-01-05,2025-02-01,,director,Caro\n"
      // 7: contratada without a provider
      ",CH-2025-0007,Marca,,100.00,contratada,2025-01-02,2025-01-05,,,director,\n"
      // 8: borrador with a request date
      ",CH-2025-0007,Marca,,100.00,borrador,2025-01-02,,,,,\n"
      // 9: cancelada without any date
      ",CH-2025-0007,Marca,,100.00,cancelada,,,,,,\n");
  EXPECT_TRUE(has_problem(p,
                          "línea 2, columna fecha_aprobacion: una asistencia en estado "
                          "«liquidada» necesita la fecha de aprobación."));
  EXPECT_TRUE(has_problem(p,
                          "línea 3, columna fecha_aprobacion: una asistencia en estado "
                          "«solicitada» aún no tiene decisión"));
  EXPECT_TRUE(has_problem(p,
                          "línea 4, columna motivo_rechazo: una asistencia rechazada necesita "
                          "el motivo del rechazo."));
  EXPECT_TRUE(has_problem(p,
                          "línea 5, columna fecha_finalizacion: una asistencia en estado "
                          "«finalizada» necesita la fecha de finalización."));
  EXPECT_TRUE(has_problem(p,
                          "línea 5, columna fecha_aprobacion: 05/01/2025 es anterior a "
                          "fecha_solicitud (09/01/2025)."));
  EXPECT_TRUE(has_problem(p,
                          "línea 6, columna fecha_finalizacion: una asistencia en estado "
                          "«aprobada» no ha finalizado"));
  EXPECT_TRUE(has_problem(p, "línea 6, columna motivo_rechazo: solo una asistencia rechazada"));
  EXPECT_TRUE(has_problem(p,
                          "línea 7, columna proveedor: una asistencia en estado «contratada» "
                          "necesita un proveedor."));
  EXPECT_TRUE(has_problem(p,
                          "línea 8, columna fecha_solicitud: una asistencia en estado "
                          "«borrador» aún no se ha solicitado"));
  EXPECT_TRUE(has_problem(p,
                          "línea 9, columna fecha_solicitud: una asistencia cancelada necesita "
                          "al menos la fecha de solicitud"));
}

TEST_F(AsistenciasImport, UnknownNamesCodesAndValuesAreListedTogether) {
  const auto p = refused(
      "AT-7,CH-2025-0099,Marca,,12x,aprobadísima,2025-13-01,,,pperez,,\n"
      "CH-AT-2025-0001,CH-2025-0007,,,10.00,solicitada,2025-01-02,,,,,\n"
      "ch-at-2025-0001,CH-2025-0007,Otra,,10.00,solicitada,2025-01-02,,,,,\n"
      ",CH-2025-0007,Gratis,,0,solicitada,2025-01-02,,,,,\n");
  EXPECT_FALSE(has_problem(p, "línea 2, columna codigo:")) << "a center's own code is kept";
  EXPECT_TRUE(has_problem(p,
                          "línea 2, columna empresa: no existe la empresa con código "
                          "«CH-2025-0099»."));
  EXPECT_TRUE(has_problem(p, "línea 2, columna costo_total:"));
  EXPECT_TRUE(has_problem(p, "línea 2, columna estado: «aprobadísima» no es un valor válido"));
  EXPECT_TRUE(has_problem(p, "línea 2, columna fecha_solicitud:"));
  EXPECT_TRUE(has_problem(p, "línea 2, columna solicitada_por: no hay un usuario «pperez»."));
  EXPECT_TRUE(has_problem(p, "línea 3, columna descripcion: el valor es obligatorio."));
  EXPECT_TRUE(has_problem(p, "línea 5, columna costo_total: debe ser mayor que $0.00"));
  EXPECT_TRUE(has_problem(p,
                          "línea 4, columna codigo: el código «ch-at-2025-0001» se repite (ya "
                          "está en la línea 3)."));
}

TEST_F(AsistenciasImport, TheCentersOwnCodesAreKeptExactlyAsWritten) {
  const auto r = import_asistencias(std::string(kHeader) +
                                        "AT-2026-088,CH-2025-0007,Marca,,\"$1,234.56\",solicitada,"
                                        "2026-01-02,,,,,\n"
                                        "2025/14,CH-2025-0007,Empaque,,\"1.005,05\",solicitada,"
                                        "2025-03-02,,,,,\n"
                                        " ATCH-15 ,CH-2025-0008,Costeo,,US$ 300,borrador,,,,,,\n"
                                        "atch-16,CH-2025-0008,Ñandú,,\"2,000\",borrador,,,,,,\n",
                                    context);
  ASSERT_EQ(r.records.size(), 4u);
  EXPECT_EQ(r.records[0].at.codigo, "AT-2026-088");
  EXPECT_EQ(r.records[0].at.costo_total, Money::from_cents(123456));
  EXPECT_EQ(r.records[1].at.codigo, "2025/14");
  EXPECT_EQ(r.records[1].at.costo_total, Money::from_cents(100505));
  EXPECT_EQ(r.records[2].at.codigo, "ATCH-15");  // trimmed, nothing else
  EXPECT_EQ(r.records[3].at.codigo, "atch-16");  // case as written
  EXPECT_EQ(r.records[3].at.costo_total, Money::from_cents(200000));
  EXPECT_TRUE(has_problem(r.warnings, "Montos leídos con formato El Salvador (1,234.56)."));
}

TEST_F(AsistenciasImport, AmountsNeedingNoSeparatorSayNothingAboutTheFormat) {
  const auto r = import_asistencias(
      std::string(kHeader) + ",CH-2025-0007,Marca,,\"1234,56\",solicitada,2025-01-02,,,,,\n",
      context);
  EXPECT_EQ(r.records.at(0).at.costo_total, Money::from_cents(123456));
  EXPECT_FALSE(has_problem(r.warnings, "Montos leídos"));
}

TEST_F(AsistenciasImport, TheCenterFormatDecidesAThreeDigitGroup) {
  db.format = NumberFormat::ComaDecimal;
  const auto r = import_asistencias(
      std::string(kHeader) + ",CH-2025-0007,Marca,,2.000,solicitada,2025-01-02,,,,,\n", context);
  EXPECT_EQ(r.records.at(0).at.costo_total, Money::from_cents(200000));
  EXPECT_TRUE(has_problem(r.warnings, "Montos leídos con formato coma decimal (1.234,56)."));
  const auto p = refused(",CH-2025-0007,Marca,,\"2,000\",solicitada,2025-01-02,,,,,\n");
  EXPECT_TRUE(has_problem(p, "línea 2, columna costo_total: «2,000» no es un monto válido: tiene "
                             "tres decimales"));
  db.format = NumberFormat::ElSalvador;
  const auto q = refused(",CH-2025-0007,Marca,,2.000,solicitada,2025-01-02,,,,,\n");
  EXPECT_TRUE(has_problem(q, "línea 2, columna costo_total: «2.000» no es un monto válido"));
}

TEST_F(AsistenciasImport, SubsidyColumnsAreIgnoredWithAWarning) {
  const auto r = import_asistencias(
      "empresa,descripcion,costo_total,estado,fecha_solicitud,subsidio\n"
      "CH-2025-0007,Marca,100.00,solicitada,2025-01-02,99.00\n",
      context);
  ASSERT_EQ(r.records.size(), 1u);
  EXPECT_FALSE(r.records[0].at.subsidio);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].find("subsidio"), std::string::npos);
}

}  // namespace
}  // namespace cdmype::exchange
