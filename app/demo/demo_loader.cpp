// Stores demonstration data: center and accounts first, then enterprises and sessions in bulk.
#include "demo/demo_loader.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <system_error>

#include "core/errors.hpp"
#include "demo/demo_assistances.hpp"
#include "demo/demo_referrals.hpp"
#include "store/bulk_load.hpp"
#include "store/consent_repository.hpp"
#include "store/center_copy.hpp"
#include "store/database.hpp"
#include "store/password_hash.hpp"
#include "store/settings_repository.hpp"
#include "store/user_repository.hpp"
#include "store/write_transaction.hpp"

namespace cdmype::demo {
namespace {

constexpr std::string_view kDemoSettingKey = "demo";

void remove_database_files(const std::filesystem::path& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(path.string() + suffix, ec);
}

// The demo is written here and renamed to its real name only when complete,
// so an interrupted run (power cut, kill) never leaves a file that looks like
// a finished demo; the next run removes the leftover.
std::filesystem::path in_progress_path(const std::filesystem::path& path) {
  return path.string() + ".demo-en-curso";
}

// A new owner-only file in the temporary folder, for the server demo's first stage.
std::filesystem::path private_scratch_path() {
  std::string pattern = (std::filesystem::temp_directory_path() / "cdmype-demo-XXXXXX").string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0)
    throw UserError("No se pudo crear un archivo temporal para la demostración: " +
                    file_error_text(errno) + ".");
  ::close(fd);
  std::filesystem::remove(pattern);  // the name is ours; the demo creates the file itself
  return pattern + ".db";
}

bool keep_going(const DemoProgress& progress, const std::string& step, double fraction) {
  return !progress || progress(step, fraction);
}

// The national demo's 67 extra asesores: at Argon2id's normal cost their
// hashes alone took about 9 s of CPU. Their password is the printed demo one,
// and the first sign-in re-hashes it at the normal cost.
void store_generated_users(services::Workspace& ws, const Actor& admin, const DemoData& data,
                           std::vector<std::int64_t>& user_ids) {
  store::WriteTransaction tx(ws.database());
  store::UserRepository users(ws.database().connection());
  const store::Author who = ws.context().author(admin);
  for (size_t i = 0; i < data.users.size(); ++i) {
    const DemoUser& u = data.users[i];
    if (!u.generated) continue;
    User stored;
    stored.username = u.username;
    stored.full_name = u.full_name;
    stored.role = u.role;
    users.insert(who, stored, store::hash_demo_password(kDemoPassword));
    user_ids[i] = stored.meta.id;
  }
  tx.commit();
}

// Nine files in ten have the titular's consent, signed the day the file was opened; every tenth
// is history from before the register ("consentimiento no registrado", listed on Inicio).
void store_consents(services::Workspace& ws, const DemoData& data,
                    const std::vector<std::int64_t>& enterprise_ids, const Actor& director) {
  store::WriteTransaction tx(ws.database());
  store::ConsentRepository consents(ws.database().connection());
  const store::Author who = ws.context().author(director);
  const Date today = ws.context().today();
  for (size_t i = 0; i < data.enterprises.size(); ++i) {
    if (i % 10 == 9) continue;
    const Enterprise& e = data.enterprises[i].record;
    ConsentRecord r;
    r.subject = titular_of(enterprise_ids[i]);
    r.accion = ConsentAction::Otorga;
    r.fecha = e.fecha_ingreso.is_special() || e.fecha_ingreso > today ? today : e.fecha_ingreso;
    r.texto_version = std::string(kConsentTextVersion);
    r.scopes = {ConsentScope::Atencion, ConsentScope::Seguimiento};
    if (i % 4 != 3) r.scopes.add(ConsentScope::Comunicaciones);
    if (i % 3 != 2) r.scopes.add(ConsentScope::Compartir);
    if (e.titular.discapacidad || e.titular.retornado) r.scopes.add(ConsentScope::Sensibles);
    consents.insert(who, r);
  }
  tx.commit();
}

// Consumes data.sessions (moved into the import, a million records not copied).
void store_data(services::Workspace& ws, DemoData& data, const DemoProgress& progress,
                Actor& director_out) {
  services::CenterInit init;
  init.center_name = data.center_name;
  init.prefix = data.prefix;
  init.operator_name = data.operator_name;
  init.departamento = data.departamento;
  init.username = "admin";
  init.full_name = "Soporte Informático";
  init.password = kDemoPassword;
  init.role = Role::Admin;
  Actor admin = ws.center().initialize(init);
  {
    store::WriteTransaction tx(ws.database());
    store::SettingsRepository(ws.database().connection())
        .set(ws.context().author(admin), kDemoSettingKey, "1");
    tx.commit();
  }

  std::vector<std::int64_t> user_ids(data.users.size(), 0);
  for (size_t i = 0; i < data.users.size(); ++i) {
    const DemoUser& u = data.users[i];
    if (u.username == admin.username) {
      user_ids[i] = admin.user_id;
    } else if (!u.generated) {
      User stored = ws.users().add(admin, {u.username, u.full_name, u.role, kDemoPassword, false});
      user_ids[i] = stored.meta.id;
    }
  }
  store_generated_users(ws, admin, data, user_ids);
  const DemoUser& d = data.users.front();
  director_out = Actor{user_ids.front(), d.username, d.role};
  if (!keep_going(progress, "Usuarios", 0.05)) throw UserError("Demostración cancelada.");

  std::vector<Enterprise> enterprises;
  enterprises.reserve(data.enterprises.size());
  for (const auto& de : data.enterprises) {
    enterprises.push_back(de.record);
    enterprises.back().asesor_id = user_ids[de.asesor_index];
  }
  services::ImportOptions options;
  options.progress = [&](std::size_t done, std::size_t total) {
    return keep_going(progress, "Empresas", 0.05 + 0.25 * static_cast<double>(done) / static_cast<double>(total ? total : 1));
  };
  std::vector<std::int64_t> enterprise_ids =
      ws.imports().import_enterprises(director_out, std::move(enterprises), options);

  std::vector<AdvisorySession> sessions;
  sessions.reserve(data.sessions.size());
  for (auto& ds : data.sessions) {
    sessions.push_back(std::move(ds.record));
    sessions.back().enterprise_id = enterprise_ids[ds.enterprise_index];
    sessions.back().asesor_id = user_ids[ds.asesor_index];
  }
  data.sessions = {};
  options.progress = [&](std::size_t done, std::size_t total) {
    return keep_going(progress, "Sesiones", 0.3 + 0.7 * static_cast<double>(done) / static_cast<double>(total ? total : 1));
  };
  ws.imports().import_sessions(director_out, std::move(sessions), options);
  store_consents(ws, data, enterprise_ids, director_out);
  // Referrals (some typed by the ventanilla account), trainings and results (issue 7).
  store_outcome_demo(ws, data, user_ids, enterprise_ids, today());

  // Technical assistance: the year's budget, providers and AT in every state.
  store_assistances(ws, data, generate_assistances(data, today()), user_ids, enterprise_ids);
}

}  // namespace

bool is_demo_database(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) return false;
  try {
    services::Workspace ws = services::Workspace::open(path);
    return store::SettingsRepository(ws.database().connection()).get(kDemoSettingKey) == "1";
  } catch (const std::exception&) {
    return false;
  }
}

Actor create_demo_database(const std::filesystem::path& path, Scale scale,
                           const DemoProgress& progress) {
  if (std::filesystem::exists(path)) {
    if (!is_demo_database(path))
      throw UserError("El archivo " + path.string() +
                      " ya existe y no es una base de demostración; elija otro nombre.");
  }
  if (path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
      throw UserError("No se pudo crear la carpeta «" + path.parent_path().string() + "»: " +
                      file_error_text(ec.value()) + ".");
  }
  DemoData data = generate(scale, today());
  const std::filesystem::path partial = in_progress_path(path);
  remove_database_files(partial);
  Actor director;
  try {
    {
      services::Workspace ws = services::Workspace::create(partial);
      store::BulkLoad bulk(ws.database().connection());
      store_data(ws, data, progress, director);
      bulk.finish();
    }  // closed: the file is complete, in WAL mode, on disk
    remove_database_files(path);  // the earlier demo and its -wal, never paired with the new file
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec)
      throw UserError("No se pudo dar su nombre a la base de demostración «" + path.string() +
                      "»: " + file_error_text(ec.value()) + ".");
  } catch (...) {
    remove_database_files(partial);
    throw;
  }
  return director;
}

Actor create_demo_database(const store::DataSource& source, Scale scale,
                           const DemoProgress& progress) {
  if (source.is_file()) return create_demo_database(source.file(), scale, progress);
  store::Database server(source, store::OpenMode::CreateIfMissing);
  if (store::SettingsRepository(server.connection()).get(store::setting_key::kCenterName))
    throw UserError("La base del servidor ya tiene un centro: no es una base de demostración. "
                    "La demostración se crea en una base vacía.");
  // Made in a private file the fast way (bulk load, set-based indexes and
  // aggregates), then sent to the server with COPY in one transaction: row by
  // row over the network the national demo took many times longer.
  const std::filesystem::path file = private_scratch_path();
  struct RemoveScratch {
    std::filesystem::path path;
    ~RemoveScratch() { remove_database_files(path); }
  } scratch{file};
  auto part = [&](double from, double span) -> DemoProgress {
    return [&progress, from, span](const std::string& step, double f) {
      return keep_going(progress, step, from + span * f);
    };
  };
  const Actor director = create_demo_database(file, scale, part(0.0, 0.6));
  store::Database demo(file);
  const DemoProgress to_server = part(0.6, 0.4);
  store::copy_center(demo.connection(), server.connection(),
                     [&](const std::string&, double f) {
                       if (!to_server("Enviando al servidor", f))
                         throw UserError("Demostración cancelada.");
                     });
  return director;
}

}  // namespace cdmype::demo
