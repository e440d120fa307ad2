// GROUP BY aggregates over referral, training_attendee and result, each read from its date index.
#include "store/outcome_monthly_queries.hpp"

#include "store/sql/statement.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {
namespace {

void bind_range(Statement& q, const Date& from, const Date& to) {
  bind_date(q, "from", from);
  bind_date(q, "to", to);
}

}  // namespace

ReferralTotals OutcomeMonthlyQueries::referrals(const Date& from, const Date& to) {
  ReferralTotals out;
  // One pass grouped by (distrito, estado); the distrito names join afterwards.
  Statement q(db_,
              "SELECT d.nombre, d.municipio, d.departamento, g.estado, g.n FROM "
              "(SELECT distrito_id, estado, COUNT(*) AS n FROM referral "
              " WHERE fecha BETWEEN :from AND :to GROUP BY distrito_id, estado) g "
              "JOIN distrito d ON d.id = g.distrito_id ORDER BY d.id");
  bind_range(q, from, to);
  while (q.step()) {
    const std::int64_t n = q.int64("n");
    out.recibidas += n;
    out.por_estado[q.text("estado")] += n;
    std::string nombre = q.text("nombre");
    std::string departamento = q.text("departamento");
    if (out.por_distrito.empty() || out.por_distrito.back().distrito != nombre ||
        out.por_distrito.back().departamento != departamento)
      out.por_distrito.push_back(
          {std::move(nombre), q.text("municipio"), std::move(departamento), 0});
    out.por_distrito.back().count += n;
  }
  return out;
}

TrainingTotals OutcomeMonthlyQueries::trainings(const Date& from, const Date& to) {
  TrainingTotals out;
  Statement events(db_, "SELECT COUNT(*) AS n FROM training WHERE fecha BETWEEN :from AND :to");
  bind_range(events, from, to);
  events.step();
  out.eventos = events.int64("n");
  Statement people(db_,
                   "SELECT a.sexo, COUNT(*) AS n FROM training t "
                   "JOIN training_attendee a ON a.training_id = t.id "
                   "WHERE t.fecha BETWEEN :from AND :to GROUP BY a.sexo");
  bind_range(people, from, to);
  while (people.step()) {
    const std::int64_t n = people.int64("n");
    (people.text_view("sexo") == "mujer" ? out.mujeres : out.hombres) += n;
  }
  return out;
}

ResultTotals OutcomeMonthlyQueries::results(const Date& from, const Date& to) {
  ResultTotals out;
  Statement q(db_,
              "SELECT tipo, COUNT(*) AS n, COALESCE(SUM(valor), 0) AS total FROM result "
              "WHERE fecha BETWEEN :from AND :to GROUP BY tipo");
  bind_range(q, from, to);
  while (q.step()) {
    const std::string tipo = q.text("tipo");
    const std::int64_t rows = q.int64("n");
    const std::int64_t sum = q.int64("total");
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
