// The stale-edit message, with the other person's name from app_user and the time in local time.
#include "store/stale_record.hpp"

#include <ctime>

#include "store/clock.hpp"
#include "store/sql/statement.hpp"

namespace cdmype::store {

namespace {

std::string who_saved(Connection& c, std::int64_t user_id) {
  if (user_id == 0) return "el sistema";
  Statement q(c, "SELECT full_name, username FROM app_user WHERE id = :id");
  q.bind("id", user_id);
  if (!q.step()) return "otra cuenta";
  return q.text("full_name") + " (" + q.text("username") + ")";
}

std::string when_saved(const std::string& iso_utc) {
  const auto t = parse_iso_utc(iso_utc);
  if (!t) return iso_utc;
  const std::time_t seconds = std::chrono::system_clock::to_time_t(*t);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[64];
  std::strftime(text, sizeof text, "el %d/%m/%Y a las %H:%M", &local);
  return text;
}

}  // namespace

std::string stale_record_message(Connection& c, RecordNoun noun, const RecordMeta& stored) {
  const std::string it = noun.it;
  return std::string("Otra persona modificó ") + noun.this_one + " desde que usted " + it +
         " abrió: " + who_saved(c, stored.updated_by) + ", " + when_saved(stored.updated_at) +
         " (versión " + std::to_string(stored.version) +
         "). Lo que usted escribió sigue en su ventana: vuelva a abrir" + it +
         " para ver los cambios y aplíquelo de nuevo.";
}

}  // namespace cdmype::store
