// What a person is told when someone else saved the record first: who, when, and what to do.
#pragma once
#include <string>

#include "core/enterprise.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// How the message names the record: "este expediente" + "lo", "esta sesión" + "la".
struct RecordNoun {
  const char* this_one;
  const char* it;
};

// "Otra persona modificó este expediente desde que usted lo abrió: María
// José Peña (directora), el 15/10/2026 a las 09:00 (versión 3). Lo que usted
// escribió sigue en su ventana: vuelva a abrirlo para ver los cambios y
// aplíquelo de nuevo." `stored` is the record as saved now.
std::string stale_record_message(Connection& c, RecordNoun noun, const RecordMeta& stored);

}  // namespace cdmype::store
