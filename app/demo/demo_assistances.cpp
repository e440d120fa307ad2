// Generates the demonstration AT: a provider registry, AT stories in every state and the fund.
#include "demo/demo_assistances.hpp"

#include <algorithm>
#include <random>
#include <set>

#include "core/territory.hpp"
#include "demo/demo_names.hpp"
#include "demo/demo_random.hpp"

namespace cdmype::demo {
namespace {

using boost::gregorian::days;

// What CDMYPE technical assistance usually buys, with its specialty and a
// usual price range in dollars.
struct AtKind {
  const char* descripcion;
  const char* especialidad;
  int min_usd, max_usd;
};
constexpr AtKind kKinds[] = {
    {"Diseño de marca, logotipo y etiqueta", "diseño gráfico", 450, 1200},
    {"Trámite del registro sanitario ante el MINSAL", "inocuidad alimentaria", 600, 1500},
    {"Tabla nutricional y etiquetado según el RTCA", "inocuidad alimentaria", 350, 900},
    {"Buenas prácticas de manufactura en la planta", "inocuidad alimentaria", 900, 2400},
    {"Plan de negocios con proyecciones financieras", "finanzas", 500, 1400},
    {"Contabilidad formal y facturación electrónica", "contabilidad", 400, 1100},
    {"Tienda en línea y catálogo digital", "comercio electrónico", 700, 2000},
    {"Fotografía de producto y estrategia en redes sociales", "mercadeo digital", 350, 950},
    {"Código de barras y diseño de empaque", "empaque", 500, 1300},
    {"Patronaje y mejora del proceso de confección", "textiles", 600, 1600},
    {"Formulación y estabilidad de cosméticos naturales", "cosmética natural", 800, 2200},
    {"Guion turístico y señalización de la ruta", "turismo", 700, 1800},
    {"Manejo poscosecha y certificación de café", "agroindustria", 900, 2500},
};

// The registry of a Chalatenango center; NITs are 14 digits as the Ministerio de Hacienda issues.
struct ProviderSeed {
  const char* nombre;
  const char* nit;
  const char* especialidades;
  const char* contacto;
  const char* distrito;
};
constexpr ProviderSeed kProviders[] = {
    {"Diseños Citalá", "0407-150388-101-5", "diseño gráfico, empaque",
     "Karen Menjívar, 2335-1180", "Citalá"},
    {"Consultores Peña y Asociados", "0614-210779-102-3", "finanzas, contabilidad",
     "Lic. Óscar Peña, 2260-4471", "Chalatenango"},
    {"Laboratorio de Alimentos Niño Rivas", "0407-030290-103-1", "inocuidad alimentaria",
     "Inga. Rosa Niño, 2301-2290", "Chalatenango"},
    {"Digital Cayaguanca", "0407-120595-104-8", "comercio electrónico, mercadeo digital",
     "Mauricio Landaverde, 7012-3344", "La Palma"},
    {"Confecciones Técnicas Guardado", "0407-250882-105-6", "textiles",
     "Marta Guardado, 2352-0917", "Nueva Concepción"},
    {"Cosmética Natural Cortez", "0407-090986-106-4", "cosmética natural",
     "Q.F. Julia Cortez, 2335-6620", "San Ignacio"},
    {"Rutas y Turismo Alas", "0407-180791-107-2", "turismo", "Ernesto Alas, 7788-1203",
     "La Palma"},
    {"Agroservicios Menjívar", "0407-011184-108-0", "agroindustria",
     "Ing. Tomás Menjívar, 2335-4402", "Tejutla"},
};

constexpr const char* kMotivosRechazo[] = {
    "La empresa ya recibió una asistencia similar este año.",
    "Falta la cotización de un segundo proveedor.",
    "La asistencia no corresponde al plan de mejora acordado con la empresa.",
};
constexpr const char* kMotivosCancelacion[] = {
    "La empresa desistió por falta de tiempo en temporada alta.",
    "El proveedor no pudo atender en las fechas acordadas.",
    "La empresa cerró temporalmente por enfermedad de la titular.",
};

std::optional<int> distrito_id(std::string_view nombre) {
  const auto found = Territory::el_salvador().by_name(nombre);
  if (found.empty()) return std::nullopt;
  return found.front()->id;
}

Provider provider_of(const ProviderSeed& s) {
  Provider p;
  p.nombre = s.nombre;
  p.nit = s.nit;
  p.especialidades = s.especialidades;
  p.contacto = s.contacto;
  p.distrito_id = distrito_id(s.distrito);
  return p;
}

// National scale: four more providers per specialty over the whole country.
std::vector<Provider> national_providers(Rng& rng) {
  std::vector<Provider> out;
  for (const auto& s : kProviders) out.push_back(provider_of(s));
  std::set<std::string> names;
  for (const auto& p : out) names.insert(p.nombre);
  const auto& all = Territory::el_salvador().distritos();
  const auto family = surnames();
  auto surname = [&] {
    return std::string(pick(rng, family));
  };
  for (const auto& k : kKinds) {
    for (int i = 0; i < 4; ++i) {
      Provider p;
      do {
        p.nombre = "Consultora " + surname() + " " + surname() + " (" + k.especialidad + ")";
      } while (!names.insert(p.nombre).second);
      char nit[24];
      std::snprintf(nit, sizeof nit, "0614-%06d-%03d-%d", uniform(rng, 10170, 311299),
                    uniform(rng, 101, 999), uniform(rng, 0, 9));
      p.nit = nit;
      p.especialidades = k.especialidad;
      p.contacto = "2" + std::to_string(uniform(rng, 100, 999)) + "-" +
                   std::to_string(uniform(rng, 1000, 9999));
      p.distrito_id = pick(rng, all).id;
      out.push_back(std::move(p));
    }
  }
  return out;
}

size_t provider_for(Rng& rng, const std::vector<Provider>& providers, const AtKind& kind) {
  std::vector<size_t> fit;
  for (size_t i = 0; i < providers.size(); ++i)
    if (providers[i].especialidades.find(kind.especialidad) != std::string::npos) fit.push_back(i);
  if (fit.empty()) return 0;
  return pick(rng, fit);
}

// "$1,005.05"-like prices: whole dollars, sometimes with cents.
Money price(Rng& rng, const AtKind& kind) {
  static constexpr int kCents[] = {0, 0, 0, 0, 25, 50, 75, 5};
  const int usd = uniform(rng, kind.min_usd, kind.max_usd) / 5 * 5;
  return Money::from_cents(std::int64_t{usd} * 100 + kCents[uniform(rng, 0, 7)]);
}

// How many AT of each state (small: exact; national: shares of 100).
struct StateCount {
  AtEstado estado;
  int small;
  int national_share;
};
constexpr StateCount kStates[] = {
    {AtEstado::Borrador, 3, 2},   {AtEstado::Solicitada, 6, 3}, {AtEstado::Aprobada, 6, 3},
    {AtEstado::Rechazada, 3, 6},  {AtEstado::Contratada, 4, 3}, {AtEstado::EnEjecucion, 4, 4},
    {AtEstado::Finalizada, 5, 5}, {AtEstado::Liquidada, 7, 66}, {AtEstado::Cancelada, 3, 8},
};
constexpr int kNationalAssistances = 50000;

// Who runs the generation: the day, the span of history and the enterprises.
struct Context {
  Rng& rng;
  const DemoData& data;
  Date today;
  int window_days;  // how far back requests go
  bool national;
  std::vector<size_t> asesores;  // indices of users with the asesor role
};

Date later(Context& c, const Date& from, int lo, int hi) {
  return std::min(from + days(uniform(c.rng, lo, hi)), c.today);
}

int rating(Rng& rng) {
  const int r = uniform(rng, 1, 100);
  return r <= 45 ? 5 : r <= 80 ? 4 : r <= 95 ? 3 : 2;
}

// The dates and outcome of an AT that ends in `estado`.
void tell_story(Context& c, DemoAssistance& a) {
  auto& rng = c.rng;
  const Date month_start(c.today.year(), c.today.month(), 1);
  switch (a.estado) {
    case AtEstado::Borrador:
      return;
    case AtEstado::Solicitada:
      a.solicitud = c.today - days(uniform(rng, 0, 20));
      return;
    case AtEstado::Aprobada:
      // Small: approved this month, so the monthly report shows them.
      a.decision = c.national ? c.today - days(uniform(rng, 0, 30))
                              : month_start + days(uniform(rng, 0, c.today.day() - 1));
      break;
    case AtEstado::Rechazada:
      a.decision = c.today - days(uniform(rng, 3, c.window_days - 12));
      a.motivo = kMotivosRechazo[uniform(rng, 0, 2)];
      break;
    case AtEstado::Contratada:
      a.decision = c.today - days(uniform(rng, 8, 40));
      break;
    case AtEstado::EnEjecucion:
      a.decision = c.today - days(uniform(rng, 20, 90));
      break;
    case AtEstado::Finalizada:
      a.decision = c.today - days(uniform(rng, 40, 160));
      break;
    case AtEstado::Liquidada:
      a.decision = c.today - days(uniform(rng, 60, c.window_days - 12));
      break;
    case AtEstado::Cancelada: {
      a.solicitud = c.today - days(uniform(rng, 20, c.window_days));
      const int reached = uniform(rng, 0, 2);  // cancelled while requested, approved or contracted
      if (reached >= 1) a.decision = later(c, *a.solicitud, 1, 10);
      if (reached >= 2) a.contratacion = later(c, *a.decision, 3, 10);
      a.cancelacion = later(c, a.contratacion.value_or(a.decision.value_or(*a.solicitud)), 2, 20);
      a.motivo = kMotivosCancelacion[uniform(rng, 0, 2)];
      return;
    }
  }
  a.solicitud = *a.decision - days(uniform(rng, 1, 10));
  const int step = static_cast<int>(a.estado);
  auto reached = [&](AtEstado s) {
    return a.estado != AtEstado::Rechazada && step >= static_cast<int>(s);
  };
  if (reached(AtEstado::Contratada)) a.contratacion = later(c, *a.decision, 3, 10);
  if (reached(AtEstado::EnEjecucion)) a.inicio = later(c, *a.contratacion, 1, 7);
  if (reached(AtEstado::Finalizada)) {
    a.finalizacion = later(c, *a.inicio, 15, 60);
    a.calificacion = rating(rng);
  }
  if (reached(AtEstado::Liquidada)) a.liquidacion = later(c, *a.finalizacion, 5, 25);
  // Payments: the co-payment usually comes in at contract; the provider is
  // paid once the work is done; settling needs both complete.
  if (a.estado == AtEstado::Liquidada) {
    a.aporte = a.pago = DemoPaid::Todo;
    a.fecha_pagos = a.liquidacion;
  } else if (a.estado == AtEstado::Finalizada) {
    a.aporte = chance(rng, 0.85) ? DemoPaid::Todo : DemoPaid::Mitad;
    a.pago = chance(rng, 0.5) ? DemoPaid::Todo : chance(rng, 0.4) ? DemoPaid::Mitad : DemoPaid::Nada;
    a.fecha_pagos = a.finalizacion;
  } else if (a.contratacion) {
    a.aporte = chance(rng, 0.6) ? DemoPaid::Todo : chance(rng, 0.5) ? DemoPaid::Mitad : DemoPaid::Nada;
    a.fecha_pagos = a.contratacion;
  }
}

bool rural(const Enterprise& e) { return e.zona == Zona::Rural; }
bool men_led_urban_individual(const Enterprise& e) {
  return !is_liderada_por_mujer(e) && !rural(e) && !is_asociativa(e.forma_juridica);
}

// An enterprise already on file on `by` (when known) that fits `want`; any
// fitting one when none is that old, any at all when none fits.
size_t pick_enterprise(Context& c, const std::optional<Date>& by,
                       bool (*want)(const Enterprise&) = nullptr) {
  const auto& es = c.data.enterprises;
  const int last = static_cast<int>(es.size()) - 1;
  std::optional<size_t> fitting;
  for (int tries = 0; tries < 200; ++tries) {
    const auto i = static_cast<size_t>(uniform(c.rng, 0, last));
    if (want && !want(es[i].record)) continue;
    if (!by || es[i].record.fecha_ingreso <= *by) return i;
    if (!fitting) fitting = i;
  }
  return fitting.value_or(static_cast<size_t>(uniform(c.rng, 0, last)));
}

// The enterprise's own asesor when that is an asesor (the director does not
// request AT she will decide), else one of the asesores.
size_t requester(Context& c, size_t enterprise_index) {
  const size_t own = c.data.enterprises[enterprise_index].asesor_index;
  if (c.data.users[own].role == Role::Asesor) return own;
  return pick(c.rng, c.asesores);
}

// The small center's current-month approvals show each weighting reason and the base 90 %.
bool woman_led(const Enterprise& e) { return is_liderada_por_mujer(e); }
bool men_led_rural(const Enterprise& e) { return !is_liderada_por_mujer(e) && rural(e); }
bool asociativa(const Enterprise& e) { return is_asociativa(e.forma_juridica); }
constexpr bool (*kMonthMix[])(const Enterprise&) = {woman_led, woman_led, men_led_rural,
                                                     asociativa, men_led_urban_individual};

// The year's fund: what its approvals commit at the weighted 95 % plus a quarter, in thousands.
AtBudget budget_for(const std::vector<DemoAssistance>& list, int year) {
  std::int64_t committed = 0;
  for (const auto& a : list)
    if (a.decision && a.decision->year() == year && at_commits_budget(a.estado))
      committed += a.costo_total.cents * 95 / 100;
  const std::int64_t thousand = 100000;
  const std::int64_t fondo = std::max<std::int64_t>(10 * thousand,
                                                    (committed * 5 / 4 + thousand - 1) / thousand *
                                                        thousand);
  return AtBudget{year, Money::from_cents(fondo), kDefaultConamypeBp};
}

}  // namespace

DemoAssistances generate_assistances(const DemoData& data, const Date& today,
                                     std::uint64_t seed) {
  Rng rng(seed);
  DemoAssistances out;
  if (data.enterprises.empty()) return out;
  const bool national = data.scale == Scale::National;
  // Small: this year's AT (their codes carry the year), at least three months of them.
  const int small_window = std::clamp(static_cast<int>(today.day_of_year()) - 1, 90, 330);
  Context c{rng, data, today, national ? 3 * 365 - 10 : small_window, national, {}};
  for (size_t i = 0; i < data.users.size(); ++i)
    if (data.users[i].role == Role::Asesor) c.asesores.push_back(i);
  if (c.asesores.empty()) return out;
  if (national) {
    out.providers = national_providers(rng);
  } else {
    for (const auto& s : kProviders) out.providers.push_back(provider_of(s));
  }

  for (const auto& sc : kStates) {
    const int count = national ? kNationalAssistances * sc.national_share / 100 : sc.small;
    for (int n = 0; n < count; ++n) {
      DemoAssistance a;
      a.estado = sc.estado;
      tell_story(c, a);
      const bool month_mix = !national && sc.estado == AtEstado::Aprobada &&
                             n < static_cast<int>(std::size(kMonthMix));
      a.enterprise_index = pick_enterprise(c, a.solicitud, month_mix ? kMonthMix[n] : nullptr);
      a.asesor_index = requester(c, a.enterprise_index);
      const AtKind& kind = kKinds[uniform(rng, 0, static_cast<int>(std::size(kKinds)) - 1)];
      a.descripcion = kind.descripcion;
      a.especialidad = kind.especialidad;
      a.provider_index = provider_for(rng, out.providers, kind);
      // The first of the month's woman-led approvals is product.md's example: $1,005.05.
      a.costo_total = month_mix && n == 0 ? Money::from_cents(100505) : price(rng, kind);
      out.assistances.push_back(std::move(a));
    }
  }
  // Codes follow the request dates, as they would have been given; drafts come last.
  std::stable_sort(out.assistances.begin(), out.assistances.end(),
                   [](const DemoAssistance& x, const DemoAssistance& y) {
                     if (!x.solicitud || !y.solicitud) return x.solicitud && !y.solicitud;
                     return *x.solicitud < *y.solicitud;
                   });
  out.budget = budget_for(out.assistances, today.year());
  return out;
}

}  // namespace cdmype::demo
