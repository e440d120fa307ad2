// Export → import gives back the same records; exported cells follow product.md §4.
#include <gtest/gtest.h>

#include <sstream>

#include "exchange/empresas_exporter.hpp"
#include "exchange/empresas_importer.hpp"
#include "exchange/sesiones_exporter.hpp"
#include "exchange/sesiones_importer.hpp"
#include "exchange_test_support.hpp"
#include "support/shipped_size_rules.hpp"

namespace cdmype::exchange {
namespace {

using testing::FakeLookups;

int distrito_id(std::string_view name, std::string_view departamento) {
  for (const auto& d : Territory::el_salvador().distritos())
    if (d.nombre == name && d.departamento == departamento) return d.id;
  return 0;
}

std::vector<Enterprise> sample_enterprises() {
  Enterprise a;
  a.codigo = "CH-2026-0001";
  a.nombre = "Panadería Peña, \"La Espiga\"";
  a.forma_juridica = FormaJuridica::Cooperativa;
  a.titular = {"María Niño", "01234567-8", Sexo::Mujer, Date(1999, 12, 31), true, false};
  a.socias = 6;
  a.socios = 4;
  a.sector = Sector::AlimentosBebidas;
  a.distrito_id = distrito_id("Citalá", "Chalatenango");
  a.zona = Zona::Rural;
  a.empleados_mujeres = 3;
  a.empleados_hombres = 1;
  a.ventas_anuales = Money::from_cents(1'234'56);
  a.nit = "0407-150398-101-2";
  a.nrc = "123456-7";
  a.fecha_ingreso = Date(2026, 1, 5);
  a.asesor_id = 2;
  a.fuente = Fuente::CiudadMujer;

  Enterprise b;
  b.codigo = "CH-2026-0002";
  b.nombre = "=Tienda -Niño";  // formula-like: neutralized on export, restored on import
  b.titular = {"-José Peña", "", Sexo::Hombre, std::nullopt, false, true};
  b.sector = Sector::Turismo;
  b.distrito_id = distrito_id("San Fernando", "Morazán");  // not the center's departamento
  b.zona = Zona::Urbana;
  b.fecha_ingreso = Date(2026, 2, 28);
  b.asesor_id = 3;
  b.fuente = Fuente::Otra;

  Enterprise c;
  c.codigo = "CH-2026-0003";
  c.nombre = "Textiles\nDulce Nombre de María";
  c.forma_juridica = FormaJuridica::GrupoAsociativo;
  c.titular = {"Ana Peña", "04567890-3", Sexo::Mujer, Date(1980, 2, 29), false, false};
  c.socias = 12;
  c.sector = Sector::TextilesConfeccion;
  c.distrito_id = distrito_id("Dulce Nombre de María", "Chalatenango");
  c.fecha_ingreso = Date(2026, 3, 1);
  c.asesor_id = 1;
  return {a, b, c};
}

void expect_same(const Enterprise& x, const Enterprise& y) {
  EXPECT_EQ(x.codigo, y.codigo);
  EXPECT_EQ(x.nombre, y.nombre);
  EXPECT_EQ(x.forma_juridica, y.forma_juridica);
  EXPECT_EQ(x.titular.nombre, y.titular.nombre);
  EXPECT_EQ(x.titular.dui, y.titular.dui);
  EXPECT_EQ(x.titular.sexo, y.titular.sexo);
  EXPECT_EQ(x.titular.fecha_nacimiento, y.titular.fecha_nacimiento);
  EXPECT_EQ(x.titular.discapacidad, y.titular.discapacidad);
  EXPECT_EQ(x.titular.retornado, y.titular.retornado);
  EXPECT_EQ(x.socias, y.socias);
  EXPECT_EQ(x.socios, y.socios);
  EXPECT_EQ(x.sector, y.sector);
  EXPECT_EQ(x.distrito_id, y.distrito_id);
  EXPECT_EQ(x.zona, y.zona);
  EXPECT_EQ(x.empleados_mujeres, y.empleados_mujeres);
  EXPECT_EQ(x.empleados_hombres, y.empleados_hombres);
  EXPECT_EQ(x.ventas_anuales, y.ventas_anuales);
  EXPECT_EQ(x.nit, y.nit);
  EXPECT_EQ(x.nrc, y.nrc);
  EXPECT_EQ(x.fecha_ingreso, y.fecha_ingreso);
  EXPECT_EQ(x.asesor_id, y.asesor_id);
  EXPECT_EQ(x.fuente, y.fuente);
  EXPECT_EQ(x.estado, y.estado);
}

TEST(RoundTrip, EmpresasExportThenImportGivesTheSameRecords) {
  FakeLookups db;
  const auto original = sample_enterprises();
  const CsvWriteOptions excel{.separator = ';', .bom = true, .extra_columns = {}, .extra_cells = {}};
  for (const CsvWriteOptions& options : {CsvWriteOptions{}, excel}) {
    const std::string csv = export_empresas(original, db, options);
    const auto back = import_empresas(csv, ImportContext{db, 99});
    EXPECT_TRUE(back.warnings.empty());
    ASSERT_EQ(back.records.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) expect_same(back.records[i], original[i]);
  }
}

TEST(RoundTrip, EmpresasExportWritesCodesIsoDatesPlainMoneyAndSiNo) {
  FakeLookups db;
  const std::string csv = export_empresas(sample_enterprises(), db);
  const auto first_line = csv.substr(0, csv.find('\n'));
  EXPECT_EQ(first_line,
            "codigo,nombre,forma_juridica,titular_nombre,titular_dui,titular_sexo,"
            "titular_fecha_nacimiento,socias,socios,sector,distrito,zona,empleados_mujeres,"
            "empleados_hombres,ventas_anuales,fecha_ingreso,asesor,fuente,retornado,discapacidad,"
            "nit,nrc,tamano,categoria_micro");
  EXPECT_NE(csv.find("CH-2026-0001,\"Panadería Peña, \"\"La Espiga\"\"\",cooperativa,María Niño,"
                     "01234567-8,mujer,1999-12-31,6,4,alimentos_bebidas,Citalá,rural,3,1,1234.56,"
                     "2026-01-05,mpena,ciudad_mujer,no,si,0407-150398-101-2,123456-7,sin_datos,\n"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find(",'=Tienda -Niño,persona_natural,'-José Peña,,hombre,,0,0,turismo,"
                     "\"San Fernando, Morazán\",urbana,"),
            std::string::npos)
      << csv;
  EXPECT_EQ(csv.find("\xEF\xBB\xBF"), std::string::npos);  // no BOM by default
}

TEST(RoundTrip, EmpresasExportDerivesTamanoByTheLawAndWageOfTheExportDate) {
  FakeLookups db;
  const SizeRules rules = testing_support::shipped_size_rules();
  auto e = sample_enterprises()[0];
  e.ventas_anuales = Money::from_cents(5'000'000);  // $50,000: 122 wages, 4 workers
  const auto row_on = [&](const Date& on) {
    std::ostringstream out;
    EmpresasExporter exporter(out, db);
    exporter.set_size_basis(on, rules);
    exporter.write(e);
    const std::string csv = out.str();
    return csv.substr(csv.find('\n') + 1);
  };
  EXPECT_TRUE(row_on(Date(2026, 10, 15)).ends_with(",123456-7,micro,acumulacion\n"))
      << row_on(Date(2026, 10, 15));
  EXPECT_TRUE(row_on(Date(2026, 3, 15)).ends_with(",123456-7,micro,\n"));  // 2014 law
  e.ventas_anuales = Money::from_cents(20'440'001);  // a cent above 500 wages
  EXPECT_TRUE(row_on(Date(2026, 10, 15)).ends_with(",pequena,\n"));
}

TEST(RoundTrip, SesionesExportThenImportGivesTheSameRecords) {
  FakeLookups db;
  AdvisorySession s;
  s.enterprise_id = 70;
  s.asesor_id = 3;
  s.fecha = Date(2026, 10, 5);
  s.duracion_min = 75;
  s.modalidad = Modalidad::PresencialCentro;
  s.area = Area::Vinculacion;
  s.tema = "Feria en Citalá; stand";
  s.acuerdos = "@Peña: llevar muestras\n+ precios";
  AdvisorySession t = s;
  t.enterprise_id = 80;
  t.asesor_id = 2;
  t.area = Area::Capacitacion;
  t.tema = "";
  t.acuerdos = "";
  const std::vector<AdvisorySession> original{s, t};

  const std::string csv = export_sesiones(original, db);
  EXPECT_EQ(csv.substr(0, csv.find('\n')),
            "empresa,asesor,fecha,duracion_min,modalidad,area,tema,acuerdos");
  EXPECT_NE(csv.find("CH-2025-0007,jnino,2026-10-05,75,presencial_centro,vinculacion,Feria en "
                     "Citalá; stand,\"'@Peña: llevar muestras\n+ precios\"\n"),
            std::string::npos)
      << csv;
  const auto back = import_sesiones(csv, ImportContext{db, 1});
  ASSERT_EQ(back.records.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(back.records[i].enterprise_id, original[i].enterprise_id);
    EXPECT_EQ(back.records[i].asesor_id, original[i].asesor_id);
    EXPECT_EQ(back.records[i].fecha, original[i].fecha);
    EXPECT_EQ(back.records[i].duracion_min, original[i].duracion_min);
    EXPECT_EQ(back.records[i].modalidad, original[i].modalidad);
    EXPECT_EQ(back.records[i].area, original[i].area);
    EXPECT_EQ(back.records[i].tema, original[i].tema);
    EXPECT_EQ(back.records[i].acuerdos, original[i].acuerdos);
  }
}

TEST(RoundTrip, ReimportingExportedCodigosIntoTheSameDatabaseIsRefused) {
  FakeLookups db;
  auto records = sample_enterprises();
  const std::string csv = export_empresas(records, db);
  db.enterprises["CH-2026-0002"] = 200;  // now stored
  const auto p = testing::problems_of([&] { import_empresas(csv, ImportContext{db, 1}); });
  EXPECT_EQ(p, (std::vector<std::string>{"línea 3, columna codigo: el código CH-2026-0002 ya "
                                         "existe."}));
}

}  // namespace
}  // namespace cdmype::exchange
