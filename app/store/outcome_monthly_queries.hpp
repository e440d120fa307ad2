// SQL aggregates behind the report's referrals, trainings and results sections (one range each).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "store/monthly_queries.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

struct ReferralTotals {
  std::int64_t recibidas = 0;
  std::vector<DistritoCount> por_distrito;         // ventanilla distrito → referrals
  std::map<std::string, std::int64_t> por_estado;  // estado code → referrals (codes that occur)
};

struct TrainingTotals {
  std::int64_t eventos = 0;
  std::int64_t mujeres = 0;
  std::int64_t hombres = 0;
};

struct ResultTotals {
  std::int64_t empleos_mujeres = 0;
  std::int64_t empleos_hombres = 0;
  std::int64_t ventas_centavos = 0;
  std::int64_t formalizaciones = 0;  // rows of nit, nrc, registro_sanitario, marca, codigo_barras
  std::int64_t financiamiento_centavos = 0;
  std::int64_t nuevos_mercados = 0;
};

class OutcomeMonthlyQueries {
 public:
  explicit OutcomeMonthlyQueries(Connection& db) : db_(db) {}

  // Referrals whose fecha (the day the ventanilla sent it) is in [from, to].
  ReferralTotals referrals(const Date& from, const Date& to);
  // Trainings held in [from, to] and their participants by sex.
  TrainingTotals trainings(const Date& from, const Date& to);
  // Results dated in [from, to], summed by kind.
  ResultTotals results(const Date& from, const Date& to);

 private:
  Connection& db_;
};

}  // namespace cdmype::store
