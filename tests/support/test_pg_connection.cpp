// PQconnectdb / PQexecParams wrapped so test code reads like the checks it makes.
#include "support/test_pg_connection.hpp"

#include <memory>
#include <stdexcept>

namespace cdmype::testing_support {

namespace {

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

}  // namespace

PgTestConnection::PgTestConnection(const std::string& uri) : conn_(PQconnectdb(uri.c_str())) {
  if (conn_ == nullptr) throw std::runtime_error("libpq no pudo reservar una conexión");
  if (PQstatus(conn_) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(conn_);
    PQfinish(conn_);
    throw std::runtime_error("no se pudo conectar al PostgreSQL de pruebas (" + uri +
                             "): " + message);
  }
}

PgTestConnection::~PgTestConnection() { PQfinish(conn_); }

PGresult* PgTestConnection::run(const std::string& sql, const std::vector<std::string>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p.c_str());
  PGresult* result = PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                  values.data(), nullptr, nullptr, 0);
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const std::string message = result != nullptr ? PQresultErrorMessage(result)
                                                   : PQerrorMessage(conn_);
    PQclear(result);
    throw std::runtime_error("PostgreSQL de pruebas rechazó «" + sql + "»: " + message);
  }
  return result;
}

void PgTestConnection::exec(const std::string& sql, const std::vector<std::string>& params) {
  PQclear(run(sql, params));
}

std::optional<std::string> PgTestConnection::value(const std::string& sql,
                                                   const std::vector<std::string>& params) {
  const Result result(run(sql, params));
  if (PQntuples(result.get()) == 0 || PQnfields(result.get()) == 0 ||
      PQgetisnull(result.get(), 0, 0))
    return std::nullopt;
  return std::string(PQgetvalue(result.get(), 0, 0));
}

std::vector<std::string> PgTestConnection::column(const std::string& sql,
                                                  const std::vector<std::string>& params) {
  const Result result(run(sql, params));
  std::vector<std::string> values;
  if (PQnfields(result.get()) == 0) return values;
  for (int row = 0; row < PQntuples(result.get()); ++row)
    values.emplace_back(PQgetvalue(result.get(), row, 0));
  return values;
}

}  // namespace cdmype::testing_support
