// SQL for the report packages.
#include "store/report_package_repository.hpp"

#include "store/sql_values.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::store {

void ReportPackageRepository::put(const std::string& periodo, const std::string& paquete,
                                  std::string_view now) {
  require_transaction(db_);
  Statement del(db_, "DELETE FROM report_package WHERE periodo = :p");
  del.bind("p", periodo);
  del.execute();
  Statement st(db_,
               "INSERT INTO report_package (periodo, paquete, created_at) VALUES (:p, :paquete, "
               ":at)");
  st.bind("p", periodo);
  st.bind("paquete", paquete);
  st.bind("at", std::string(now));
  st.execute();
}

std::optional<std::string> ReportPackageRepository::get(const std::string& periodo) {
  Statement q(db_, "SELECT paquete FROM report_package WHERE periodo = :p");
  q.bind("p", periodo);
  if (!q.step()) return std::nullopt;
  return column_text(q, "paquete");
}

}  // namespace cdmype::store
