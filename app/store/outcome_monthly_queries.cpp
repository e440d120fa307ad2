// GROUP BY aggregates over referral, training_attendee and result, each read from its date index.
#include "store/outcome_monthly_queries.hpp"

#include <SQLiteCpp/Statement.h>

#include "store/sql_values.hpp"

namespace cdmype::store {
namespace {

void bind_range(SQLite::Statement& q, const Date& from, const Date& to) {
  bind_date(q, 1, from);
  bind_date(q, 2, to);
}

}  // namespace

ReferralTotals OutcomeMonthlyQueries::referrals(const Date& from, const Date& to) {
  ReferralTotals out;
  // One pass grouped by (distrito, estado); the distrito names join afterwards.
  SQLite::Statement q(db_,
                      "SELECT d.nombre, d.municipio, d.departamento, g.estado, g.n FROM "
                      "(SELECT distrito_id, estado, COUNT(*) AS n FROM referral "
                      " WHERE fecha BETWEEN ?1 AND ?2 GROUP BY distrito_id, estado) g "
                      "JOIN distrito d ON d.id = g.distrito_id ORDER BY d.id");
  bind_range(q, from, to);
  while (q.executeStep()) {
    const std::int64_t n = q.getColumn(4).getInt64();
    out.recibidas += n;
    out.por_estado[q.getColumn(3).getString()] += n;
    std::string nombre = q.getColumn(0).getString();
    if (out.por_distrito.empty() || out.por_distrito.back().distrito != nombre ||
        out.por_distrito.back().departamento != q.getColumn(2).getString())
      out.por_distrito.push_back(
          {nombre, q.getColumn(1).getString(), q.getColumn(2).getString(), 0});
    out.por_distrito.back().count += n;
  }
  return out;
}

TrainingTotals OutcomeMonthlyQueries::trainings(const Date& from, const Date& to) {
  TrainingTotals out;
  SQLite::Statement events(db_, "SELECT COUNT(*) FROM training WHERE fecha BETWEEN ?1 AND ?2");
  bind_range(events, from, to);
  events.executeStep();
  out.eventos = events.getColumn(0).getInt64();
  SQLite::Statement people(db_,
                           "SELECT a.sexo, COUNT(*) FROM training t "
                           "JOIN training_attendee a ON a.training_id = t.id "
                           "WHERE t.fecha BETWEEN ?1 AND ?2 GROUP BY a.sexo");
  bind_range(people, from, to);
  while (people.executeStep()) {
    const std::int64_t n = people.getColumn(1).getInt64();
    (people.getColumn(0).getString() == "mujer" ? out.mujeres : out.hombres) += n;
  }
  return out;
}

ResultTotals OutcomeMonthlyQueries::results(const Date& from, const Date& to) {
  ResultTotals out;
  SQLite::Statement q(db_,
                      "SELECT tipo, COUNT(*), COALESCE(SUM(valor), 0) FROM result "
                      "WHERE fecha BETWEEN ?1 AND ?2 GROUP BY tipo");
  bind_range(q, from, to);
  while (q.executeStep()) {
    const std::string tipo = q.getColumn(0).getString();
    const std::int64_t rows = q.getColumn(1).getInt64();
    const std::int64_t sum = q.getColumn(2).getInt64();
    if (tipo == "empleos_mujeres")
      out.empleos_mujeres += sum;
    else if (tipo == "empleos_hombres")
      out.empleos_hombres += sum;
    else if (tipo == "ventas")
      out.ventas_centavos += sum;
    else if (tipo == "financiamiento")
      out.financiamiento_centavos += sum;
    else if (tipo == "nuevo_mercado")
      out.nuevos_mercados += rows;
    else  // nit, nrc, registro_sanitario, marca, codigo_barras
      out.formalizaciones += rows;
  }
  return out;
}

}  // namespace cdmype::store
