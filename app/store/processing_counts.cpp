// One COUNT per figure: a register is printed now and then, on tables a center keeps small.
#include "store/processing_counts.hpp"

#include "store/sql/statement.hpp"

namespace cdmype::store {

void count_processing(Connection& db, ProcessingRegister& out) {
  const auto count = [&](std::string_view sql) { return query_int64(db, sql).value_or(0); };
  out.titulares = count("SELECT count(*) FROM enterprise");
  out.remitidas = count("SELECT count(*) FROM referral");
  out.participantes = count("SELECT count(*) FROM training_attendee");
  out.usuarios = count("SELECT count(*) FROM app_user WHERE active = 1");
  out.con_datos_sensibles = count(
      "SELECT count(*) FROM enterprise WHERE titular_discapacidad = 1 OR titular_retornado = 1");
  out.solicitudes = count("SELECT count(*) FROM rights_request");
  out.solicitudes_abiertas = count("SELECT count(*) FROM rights_request WHERE estado = 'abierta'");
  out.brechas = count("SELECT count(*) FROM data_breach");
  out.claves_personales = count("SELECT count(*) FROM clave_personal");
}

}  // namespace cdmype::store
