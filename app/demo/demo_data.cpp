// Generates a demonstration center: users, enterprise files and advisory sessions.
#include "demo/demo_data.hpp"

#include <algorithm>
#include <map>
#include <random>

#include "core/identity.hpp"
#include "core/territory.hpp"
#include "demo/demo_names.hpp"
#include "demo/demo_random.hpp"

namespace cdmype::demo {
namespace {

std::string make_dui(Rng& rng) {
  std::string digits;
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    int d = uniform(rng, 0, 9);
    digits += static_cast<char>('0' + d);
    sum += d * (9 - i);
  }
  return digits + "-" + static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string person_name(Rng& rng, Sexo sexo) {
  auto first = sexo == Sexo::Mujer ? women_first_names() : men_first_names();
  return std::string(pick(rng, first)) + " " + std::string(pick(rng, surnames())) + " " +
         std::string(pick(rng, surnames()));
}

std::string fill(std::string_view pattern, std::string_view word) {
  std::string out(pattern);
  if (auto at = out.find("{}"); at != std::string::npos) out.replace(at, 2, word);
  return out;
}

// Sectors in the proportions a Chalatenango center sees, with the share of
// women-led enterprises in each (higher in textiles, cosmetics and food).
struct SectorMix {
  Sector sector;
  int weight;
  double women_share;
};
constexpr SectorMix kSectors[] = {
    {Sector::Agroindustria, 18, 0.40}, {Sector::Artesanias, 14, 0.65},
    {Sector::Turismo, 10, 0.45},       {Sector::AlimentosBebidas, 20, 0.75},
    {Sector::TextilesConfeccion, 9, 0.85}, {Sector::CosmeticaNatural, 5, 0.90},
    {Sector::Comercio, 12, 0.55},      {Sector::Servicios, 9, 0.45},
    {Sector::Otro, 3, 0.50}};

const SectorMix& pick_sector(Rng& rng) {
  int total = 0;
  for (const auto& s : kSectors) total += s.weight;
  int r = uniform(rng, 1, total);
  for (const auto& s : kSectors) {
    if ((r -= s.weight) <= 0) return s;
  }
  return kSectors[0];
}

// Head towns are mostly urban; the rest of the distritos mostly rural.
double rural_share(const Distrito& d) {
  return d.municipio.rfind(d.nombre, 0) == 0 || d.nombre == d.departamento ? 0.25 : 0.75;
}

std::vector<DemoUser> small_center_users() {
  return {{"directora", "Ana Lucía Peña Guardado", Role::Director},
          {"asesor1", "María José Landaverde", Role::Asesor},
          {"asesor2", "José Antonio Niño Rivas", Role::Asesor},
          {"asesor3", "Karla Beatriz Menjívar", Role::Asesor},
          {"compras", "Roberto Alas Serrano", Role::Compras},
          {"ventanilla", "Sonia Guardado (Ventanilla La Palma)", Role::Ventanilla},
          {"admin", "Soporte Informático", Role::Admin},
          {"consulta", "Supervisión CONAMYPE", Role::Consulta}};
}

std::vector<DemoUser> national_users() {
  auto users = small_center_users();
  for (int i = 4; i <= 70; ++i) {
    Rng rng(static_cast<std::uint64_t>(i));
    Sexo s = i % 2 ? Sexo::Mujer : Sexo::Hombre;
    users.push_back({"asesor" + std::to_string(i), person_name(rng, s), Role::Asesor, true});
  }
  return users;
}

Area area_for(Rng& rng, const DemoUser& asesor, bool women_led) {
  if (asesor.username == "asesor3" && women_led && chance(rng, 0.6))
    return Area::EmpresarialidadFemenina;
  if (asesor.username == "asesor2" && chance(rng, 0.4)) return Area::AsesoriaTic;
  static constexpr Area kAreas[] = {Area::AsesoriaEmpresarial, Area::AsesoriaEmpresarial,
                                    Area::AsesoriaEmpresarial, Area::AsesoriaFinanciera,
                                    Area::AsesoriaTic, Area::AsistenciaTecnica,
                                    Area::Vinculacion, Area::Capacitacion};
  return pick(rng, std::span<const Area>(kAreas));
}

// Annual sales from one draw of $1,200–$90,000, spread over every size of
// the MYPE law (at $408.80: most micro de subsistencia or acumulación, some
// expansión and pequeña, a few above the limits or without data). Derived
// from the same draw so the rest of the demo data stays as it was.
Money demo_sales(int dollars, Enterprise& e) {
  const int tier = dollars % 40;
  std::int64_t d = dollars;
  if (tier == 0) {  // sin datos: neither sales nor staff recorded
    e.empleados_mujeres = 0;
    e.empleados_hombres = 0;
    d = 0;
  } else if (tier <= 3) {
    d = 210000 + std::int64_t(dollars) * 15;  // pequeña: $228,000–$1,560,000
  } else if (tier == 4) {
    d = 2100000 + std::int64_t(dollars) * 10;  // above the pequeña limit
  } else if (tier <= 9) {
    d = 125000 + std::int64_t(dollars) * 8 / 10;  // micro de expansión
  }
  return Money::from_cents(d * 100);
}

Enterprise make_enterprise(Rng& rng, const Distrito& d, const Date& ingreso) {
  const SectorMix& mix = pick_sector(rng);
  Enterprise e;
  e.sector = mix.sector;
  e.distrito_id = d.id;
  e.zona = chance(rng, rural_share(d)) ? Zona::Rural : Zona::Urbana;
  e.forma_juridica = chance(rng, 0.82)   ? FormaJuridica::PersonaNatural
                     : chance(rng, 0.4)  ? FormaJuridica::Cooperativa
                     : chance(rng, 0.5)  ? FormaJuridica::Asociacion
                     : chance(rng, 0.6)  ? FormaJuridica::GrupoAsociativo
                                         : FormaJuridica::Sociedad;
  e.titular.sexo = chance(rng, mix.women_share) ? Sexo::Mujer : Sexo::Hombre;
  e.titular.nombre = person_name(rng, e.titular.sexo);
  e.titular.dui = make_dui(rng);
  int age = chance(rng, 0.25) ? uniform(rng, 18, 29) : uniform(rng, 30, 68);
  e.titular.fecha_nacimiento = ingreso - boost::gregorian::days(age * 365 + uniform(rng, 0, 364));
  e.titular.retornado = chance(rng, 0.06);
  e.titular.discapacidad = chance(rng, 0.04);
  if (is_asociativa(e.forma_juridica) || e.forma_juridica == FormaJuridica::Sociedad) {
    e.socias = uniform(rng, 1, 14);
    e.socios = uniform(rng, 0, 12);
  }
  std::string word = chance(rng, 0.5) ? d.nombre : std::string(pick(rng, surnames()));
  e.nombre = fill(pick(rng, business_patterns(e.sector)), word);
  e.empleados_mujeres = uniform(rng, 0, 4);
  e.empleados_hombres = uniform(rng, 0, 3);
  e.ventas_anuales = demo_sales(uniform(rng, 1200, 90000), e);
  if (chance(rng, 0.35)) {
    e.nit = "0407-" + std::to_string(uniform(rng, 100000, 311299)) + "-" +
            std::to_string(uniform(rng, 100, 999)) + "-" + std::to_string(uniform(rng, 0, 9));
  }
  if (!e.nit.empty() && chance(rng, 0.5)) e.nrc = std::to_string(uniform(rng, 100000, 399999)) + "-" + std::to_string(uniform(rng, 0, 9));
  e.formalizacion.registro_sanitario = e.sector == Sector::AlimentosBebidas && chance(rng, 0.3);
  e.formalizacion.marca = chance(rng, 0.1);
  e.fecha_ingreso = ingreso;
  e.fuente = chance(rng, 0.3) ? Fuente::Ventanilla
             : chance(rng, 0.1) ? Fuente::CiudadMujer
             : chance(rng, 0.1) ? Fuente::Conamype
                                : Fuente::Cdmype;
  e.estado = chance(rng, 0.85) ? EstadoEmpresa::Activa
             : chance(rng, 0.5) ? EstadoEmpresa::EnPausa
                                : EstadoEmpresa::Graduada;
  return e;
}

}  // namespace

DemoData generate(Scale scale, const Date& today, std::uint64_t seed) {
  Rng rng(seed);
  const bool national = scale == Scale::National;
  DemoData data;
  data.scale = scale;
  data.center_name = national ? "CDMYPE Nacional (demostración)" : "CDMYPE Chalatenango";
  data.prefix = national ? "SV" : "CH";
  data.operator_name = national ? "CONAMYPE" : "Asociación de Municipios Cayaguanca";
  data.departamento = national ? "" : "Chalatenango";
  data.users = national ? national_users() : small_center_users();

  std::vector<const Distrito*> distritos;
  for (const auto& d : Territory::el_salvador().distritos())
    if (national || d.departamento == data.departamento) distritos.push_back(&d);

  std::vector<size_t> asesores;
  for (size_t i = 0; i < data.users.size(); ++i)
    if (data.users[i].role == Role::Asesor || data.users[i].role == Role::Director)
      asesores.push_back(i);

  const int n_enterprises = national ? 100000 : 150;
  const int history_days = national ? 3 * 365 : 730;
  std::map<int, int> next_seq;  // year → last sequence used
  std::vector<std::pair<Date, int>> order;
  for (int i = 0; i < n_enterprises; ++i) {
    // About 5 % enter in the current month so the month's report has new files.
    int back = chance(rng, 0.05) ? uniform(rng, 0, today.day() - 1) : uniform(rng, 0, history_days);
    order.push_back({today - boost::gregorian::days(back), i});
  }
  std::sort(order.begin(), order.end());
  for (const auto& [ingreso, unused] : order) {
    const Distrito& d = *pick(rng, distritos);
    DemoEnterprise de{make_enterprise(rng, d, ingreso), pick(rng, asesores)};
    int year = ingreso.year();
    char code[32];
    std::snprintf(code, sizeof code, "%s-%04d-%04d", data.prefix.c_str(), year, ++next_seq[year]);
    de.record.codigo = code;
    de.record.meta.uuid = new_uuid();
    data.enterprises.push_back(std::move(de));
  }

  // Sessions: about one a month per enterprise from its entry to today, over
  // the last year (small) or three years (national, ~1,000,000 in all).
  const int session_window = national ? 3 * 365 : 365;
  const double per_day = national ? 7.0 / 365.0 : 8.0 / 365.0;
  for (size_t ei = 0; ei < data.enterprises.size(); ++ei) {
    const auto& de = data.enterprises[ei];
    Date from = std::max(de.record.fecha_ingreso, today - boost::gregorian::days(session_window));
    int span = static_cast<int>((today - from).days()) + 1;
    std::poisson_distribution<int> count_dist(std::max(1.0, span * per_day));
    int count = std::max(1, count_dist(rng));
    bool women_led = is_liderada_por_mujer(de.record);
    for (int k = 0; k < count; ++k) {
      DemoSession ds;
      ds.enterprise_index = ei;
      ds.asesor_index = chance(rng, 0.85) ? de.asesor_index
                                          : pick(rng, asesores);
      auto& s = ds.record;
      s.meta.uuid = new_uuid();
      s.fecha = from + boost::gregorian::days(uniform(rng, 0, span - 1));
      s.duracion_min = 15 * uniform(rng, 2, 10);
      s.area = area_for(rng, data.users[ds.asesor_index], women_led);
      s.modalidad = chance(rng, 0.55)  ? Modalidad::PresencialEmpresa
                    : chance(rng, 0.5) ? Modalidad::PresencialCentro
                    : chance(rng, 0.6) ? Modalidad::Telefonica
                                       : Modalidad::Virtual;
      s.tema = std::string(pick(rng, session_topics(s.area)));
      s.acuerdos = std::string(pick(rng, agreements()));
      data.sessions.push_back(std::move(ds));
    }
  }
  return data;
}

}  // namespace cdmype::demo
