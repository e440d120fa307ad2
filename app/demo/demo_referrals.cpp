// Generates and stores the demonstration referrals, trainings and results.
#include "demo/demo_referrals.hpp"

#include <random>

#include "core/territory.hpp"
#include "demo/demo_names.hpp"
#include "demo/demo_random.hpp"
#include "store/referral_repository.hpp"
#include "store/result_repository.hpp"
#include "store/training_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::demo {
namespace {

std::string person(Rng& rng, Sexo sexo) {
  auto first = sexo == Sexo::Mujer ? women_first_names() : men_first_names();
  return std::string(pick(rng, first)) + " " + std::string(pick(rng, surnames()));
}

std::string phone(Rng& rng) {
  return std::to_string(uniform(rng, 0, 1) ? 7 : 6) + std::to_string(uniform(rng, 100, 999)) + "-" +
         std::to_string(uniform(rng, 1000, 9999));
}

const std::vector<std::string> kNeeds = {
    "Quiere formalizar su negocio (NIT y NRC)",
    "Necesita apoyo para llevar costos y registros contables",
    "Busca crédito para comprar maquinaria",
    "Desea registrar su marca y mejorar la etiqueta",
    "Quiere vender en línea y en ferias",
    "Necesita registro sanitario para sus productos",
};

const std::vector<std::string> kInstitutions = {
    "Universidad de El Salvador",
    "Universidad Católica de El Salvador",
    "Universidad Francisco Gavidia",
    "INSAFORP",
    "CONAMYPE",
    "BANDESAL",
};

struct Topic {
  const char* titulo;
  const char* tema;
};
const std::vector<Topic> kTopics = {
    {"Costos y precios para la micro empresa", "Finanzas"},
    {"Marketing digital con redes sociales", "Comercialización"},
    {"Buenas prácticas de manufactura", "Calidad"},
    {"Formalización paso a paso", "Formalización"},
    {"Liderazgo y empresarialidad femenina", "Empresarialidad femenina"},
    {"Atención al cliente en turismo rural", "Turismo"},
    {"Acceso a financiamiento", "Finanzas"},
};

const std::vector<std::string> kFunders = {"BANDESAL", "Banco Agrícola", "Caja de Crédito",
                                           "FONDEPRO", "Cooperativa ACACU"};
const std::vector<std::string> kMarkets = {"Supermercados de San Salvador", "Feria Nacional",
                                           "Exportación a Guatemala", "Tienda en línea",
                                           "Hoteles de la zona"};

std::size_t index_of_role(const DemoData& data, Role role) {
  for (std::size_t i = 0; i < data.users.size(); ++i)
    if (data.users[i].role == role) return i;
  return 0;
}

std::vector<std::int64_t> asesor_ids(const DemoData& data, const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < data.users.size(); ++i)
    if (data.users[i].role == Role::Asesor) out.push_back(ids[i]);
  if (out.empty()) out.push_back(ids.front());
  return out;
}

store::Author author_of(services::Workspace& ws, const DemoData& data,
                        const std::vector<std::int64_t>& ids, std::size_t index) {
  return store::Author{ids[index], data.users[index].username, ws.context().now_iso()};
}

void store_referrals(services::Workspace& ws, const DemoData& data,
                     const std::vector<std::int64_t>& user_ids,
                     const std::vector<std::int64_t>& enterprise_ids, const Date& today, Rng& rng) {
  const std::size_t ventanilla = index_of_role(data, Role::Ventanilla);
  const store::Author by_ventanilla = author_of(ws, data, user_ids, ventanilla);
  const store::Author by_director = author_of(ws, data, user_ids, 0);
  const auto asesores = asesor_ids(data, user_ids);
  const Distrito* la_palma = Territory::el_salvador().resolve("La Palma", "Chalatenango");
  const std::size_t count = std::max<std::size_t>(40, data.enterprises.size() * 3 / 10);
  store::WriteTransaction tx(ws.database());
  store::ReferralRepository repo(ws.database().connection());
  for (std::size_t i = 0; i < count; ++i) {
    Referral r;
    const int age_days = uniform(rng, 0, 364);
    r.fecha = today - boost::gregorian::days(age_days);
    // Most attended referrals become the file of the person referred.
    const std::size_t ei =
        pick_index(rng, data.enterprises.size());
    const Enterprise& e = data.enterprises[ei].record;
    const bool attended = age_days > 20 && chance(rng, 0.6);
    const bool own = la_palma && chance(rng, 0.4);  // typed by the demo's ventanilla account
    if (attended) {
      r.nombre = e.titular.nombre;
      r.sexo = e.titular.sexo;
      r.dui = e.titular.dui;
      r.sector = e.sector;
      r.distrito_id = e.distrito_id;
    } else {
      r.sexo = chance(rng, 0.62) ? Sexo::Mujer : Sexo::Hombre;
      r.nombre = person(rng, r.sexo);
      r.sector = e.sector;
      r.distrito_id = e.distrito_id;
    }
    if (own) r.distrito_id = la_palma->id;
    r.telefono = phone(rng);
    r.necesidad = pick(rng, kNeeds);
    r.registrada_por = own ? user_ids[ventanilla] : 0;
    repo.insert(own ? by_ventanilla : by_director, r);
    // The center's side of the story, as the director's changes.
    if (attended) {
      r.estado = EstadoRemision::Atendida;
      r.asesor_id = pick(rng, asesores);
      r.enterprise_id = enterprise_ids[ei];
    } else if (age_days > 20 && chance(rng, 0.4)) {
      r.estado = EstadoRemision::NoProcede;
      r.motivo = "La persona no tiene un negocio en marcha todavía";
    } else if (chance(rng, 0.5)) {
      r.estado = EstadoRemision::Asignada;
      r.asesor_id = pick(rng, asesores);
    }
    if (r.estado != EstadoRemision::Recibida) repo.update(by_director, r);
  }
  tx.commit();
}

void store_trainings(services::Workspace& ws, const DemoData& data,
                     const std::vector<std::int64_t>& user_ids,
                     const std::vector<std::int64_t>& enterprise_ids, const Date& today, Rng& rng) {
  const store::Author who = author_of(ws, data, user_ids, 0);
  const bool national = data.enterprises.size() > 10000;
  const int count = national ? 1500 : 12;
  store::WriteTransaction tx(ws.database());
  store::TrainingRepository repo(ws.database().connection());
  for (int i = 0; i < count; ++i) {
    const Topic& topic = pick(rng, kTopics);
    Training t;
    t.titulo = topic.titulo;
    t.tema = topic.tema;
    t.institucion = pick(rng, kInstitutions);
    t.fecha = today - boost::gregorian::days(uniform(rng, 0, 364));
    t.minutos = 60 * uniform(rng, 2, 8);
    t.lugar = "Casa de la Cultura de " +
              Territory::el_salvador().by_id(data.enterprises.front().record.distrito_id)->nombre;
    repo.insert(who, t);
    const int people = uniform(rng, 8, 25);
    for (int p = 0; p < people; ++p) {
      TrainingAttendee a;
      a.training_id = t.meta.id;
      if (chance(rng, 0.7)) {
        const std::size_t ei = pick_index(rng, data.enterprises.size());
        a.enterprise_id = enterprise_ids[ei];
        a.nombre = data.enterprises[ei].record.titular.nombre;
        a.sexo = data.enterprises[ei].record.titular.sexo;
      } else {
        a.sexo = chance(rng, 0.6) ? Sexo::Mujer : Sexo::Hombre;
        a.nombre = person(rng, a.sexo);
      }
      repo.insert_attendee(who, a);
    }
  }
  tx.commit();
}

void store_results(services::Workspace& ws, const DemoData& data,
                   const std::vector<std::int64_t>& user_ids,
                   const std::vector<std::int64_t>& enterprise_ids, const Date& today, Rng& rng) {
  const store::Author who = author_of(ws, data, user_ids, 0);
  const std::size_t count = data.enterprises.size() / 2;
  store::WriteTransaction tx(ws.database());
  store::ResultRepository repo(ws.database().connection());
  static constexpr TipoResultado kKinds[] = {TipoResultado::Ventas,
                                             TipoResultado::Ventas,
                                             TipoResultado::EmpleosMujeres,
                                             TipoResultado::EmpleosHombres,
                                             TipoResultado::Nit,
                                             TipoResultado::Nrc,
                                             TipoResultado::RegistroSanitario,
                                             TipoResultado::Marca,
                                             TipoResultado::CodigoBarras,
                                             TipoResultado::Financiamiento,
                                             TipoResultado::NuevoMercado};
  for (std::size_t i = 0; i < count; ++i) {
    ResultRecord r;
    const std::size_t ei =
        pick_index(rng, data.enterprises.size());
    r.enterprise_id = enterprise_ids[ei];
    r.fecha = today - boost::gregorian::days(uniform(rng, 0, 364));
    r.tipo = kKinds[uniform(rng, 0, static_cast<int>(std::size(kKinds)) - 1)];
    switch (r.tipo) {
      case TipoResultado::Ventas:
        r.valor = 100 * uniform(rng, 300, 6000);  // additional monthly sales
        r.detalle = "Ventas adicionales del mes";
        break;
      case TipoResultado::EmpleosMujeres:
      case TipoResultado::EmpleosHombres:
        r.valor = uniform(rng, 1, 3);
        break;
      case TipoResultado::Financiamiento:
        r.valor = 100 * uniform(rng, 500, 15000);
        r.detalle = pick(rng, kFunders);
        break;
      case TipoResultado::NuevoMercado:
        r.valor = 1;
        r.detalle = pick(rng, kMarkets);
        break;
      default:
        r.valor = 1;
    }
    repo.insert(who, r);
  }
  tx.commit();
}

}  // namespace

void store_outcome_demo(services::Workspace& ws, const DemoData& data,
                        const std::vector<std::int64_t>& user_ids,
                        const std::vector<std::int64_t>& enterprise_ids, const Date& today,
                        std::uint64_t seed) {
  if (data.enterprises.empty() || user_ids.empty()) return;
  Rng rng(seed);
  store_referrals(ws, data, user_ids, enterprise_ids, today, rng);
  store_trainings(ws, data, user_ids, enterprise_ids, today, rng);
  store_results(ws, data, user_ids, enterprise_ids, today, rng);
}

}  // namespace cdmype::demo
