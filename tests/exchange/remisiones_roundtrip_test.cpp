// The offline round trip of `remisiones` between two databases (product.md §4): the ventanilla
// exports, the center imports and decides, the center exports, the ventanilla imports and sees
// the new states of its own referrals — intake fields untouched, other rows ignored.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/territory.hpp"
#include "exchange/exchange_file.hpp"
#include "exchange/workspace_exchange.hpp"
#include "services/workspace.hpp"
#include "support/center_setup.hpp"
#include "support/test_postgresql.hpp"
#include "support/temp_dir.hpp"

namespace cdmype::exchange {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPassword = "clave-segura-2026";

class RemisionesRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = testing_support::make_temp_dir("cdmype-ida-vuelta");
    ventanilla_db.emplace(open_new("ventanilla.db", "Ventanilla La Palma", ventanilla_admin));
    center_db.emplace(open_new("centro.db", "CDMYPE Chalatenango", center_admin));
    la_palma = add(*ventanilla_db, ventanilla_admin, "vlapalma", Role::Ventanilla);
    directora = add(*center_db, center_admin, "directora", Role::Director);
    asesora = add(*center_db, center_admin, "asesora", Role::Asesor);
    citala = add(*center_db, center_admin, "vcitala", Role::Ventanilla);
  }
  void TearDown() override {
    ventanilla_db.reset();
    center_db.reset();
    scratches.clear();
    std::error_code ec;
    fs::remove_all(dir, ec);
  }

  // A new, empty database of the run's engine for each center.
  services::Workspace open_new(const char* file, const char* name, Actor& admin) {
    store::DataSource where(dir / file);
    if (testing_support::testing_on_postgresql())
      where = store::DataSource::parse(scratches.emplace_back(
          std::make_unique<testing_support::ScratchPostgresDatabase>())->uri());
    auto ws = services::Workspace::create(where);
    testing_support::CenterSpec spec;
    spec.center_name = name;
    spec.password = kPassword;
    admin = testing_support::create_center(ws, spec).admin;
    return ws;
  }
  static Actor add(services::Workspace& ws, const Actor& admin, const char* name, Role role) {
    return testing_support::add_account(ws, admin, {name, "Peña Niño", role}, kPassword);
  }
  static Referral intake(const std::string& nombre, const char* distrito) {
    Referral r;
    r.fecha = Date(2026, 10, 5);
    r.distrito_id = Territory::el_salvador().by_name(distrito).front()->id;
    r.nombre = nombre;
    r.sexo = Sexo::Mujer;
    r.telefono = "2300-1234";
    r.sector = Sector::AlimentosBebidas;
    r.necesidad = "Registro sanitario";
    return r;
  }

  fs::path dir;
  std::vector<std::unique_ptr<testing_support::ScratchPostgresDatabase>> scratches;
  std::optional<services::Workspace> ventanilla_db, center_db;
  Actor ventanilla_admin, center_admin, la_palma, directora, asesora, citala;
};

TEST_F(RemisionesRoundTrip, TheVentanillaSeesTheCentersStatesOfItsOwnReferrals) {
  const Referral rosa = ventanilla_db->referrals().record(la_palma, intake("Rosa Peña", "La Palma"));
  const Referral jose = ventanilla_db->referrals().record(la_palma, intake("José Niño", "La Palma"));
  const Referral marta =
      ventanilla_db->referrals().record(la_palma, intake("Marta Núñez", "La Palma"));
  ASSERT_EQ(export_file(*ventanilla_db, la_palma, "remisiones", dir / "ida.csv"), 3u);

  // The center imports, assigns Rosa, opens a file for José, and has another ventanilla's row.
  EXPECT_EQ(import_file(*center_db, directora, "remisiones", dir / "ida.csv").detail,
            "3 nuevas, 0 actualizadas, 0 sin cambios");
  center_db->referrals().record(citala, intake("Ana Peña", "Citalá"));
  const auto in_center = [&](const Referral& r) {
    return center_db->referrals().find(directora, r.meta.uuid);
  };
  center_db->referrals().assign(directora, in_center(rosa).meta.id, asesora.user_id);
  center_db->referrals().assign(directora, in_center(jose).meta.id, asesora.user_id);
  Enterprise file = enterprise_from_referral(in_center(jose), Date(2026, 10, 20));
  file.zona = Zona::Rural;
  file.nombre = "Dulces José";
  center_db->referrals().open_file(asesora, in_center(jose).meta.id, file);
  ASSERT_EQ(export_file(*center_db, directora, "remisiones", dir / "vuelta.csv"), 4u);

  // The intake is the ventanilla's: even a file that says otherwise does not change it.
  std::string answer = read_exchange_file(dir / "vuelta.csv");
  answer.replace(answer.find("Rosa Peña"), std::string("Rosa Peña").size(), "Rosa P. de López");
  std::ofstream(dir / "vuelta.csv", std::ios::binary) << answer;
  const auto s = import_file(*ventanilla_db, la_palma, "remisiones", dir / "vuelta.csv");
  EXPECT_EQ(s.records, 4u);
  EXPECT_EQ(s.detail, "2 actualizadas, 1 sin cambios, 1 de otra ventanilla ignorada");
  EXPECT_EQ(ventanilla_db->referrals().find(la_palma, rosa.meta.uuid).estado,
            EstadoRemision::Asignada);
  EXPECT_EQ(ventanilla_db->referrals().find(la_palma, jose.meta.uuid).estado,
            EstadoRemision::Atendida);
  EXPECT_EQ(ventanilla_db->referrals().find(la_palma, marta.meta.uuid).estado,
            EstadoRemision::Recibida);
  EXPECT_EQ(ventanilla_db->referrals().find(la_palma, rosa.meta.uuid).nombre, "Rosa Peña");
  EXPECT_EQ(ventanilla_db->referrals().list(la_palma).size(), 3u);  // Ana was not added

  // Taking the same answer twice changes nothing.
  EXPECT_EQ(import_file(*ventanilla_db, la_palma, "remisiones", dir / "vuelta.csv").detail,
            "0 actualizadas, 3 sin cambios, 1 de otra ventanilla ignorada");
}

}  // namespace
}  // namespace cdmype::exchange
