// Import/export of referrals, trainings, attendees and results: importer → service, store → writer.
#include "exchange/outcome_exchange.hpp"

#include <unordered_map>

#include "core/errors.hpp"
#include "exchange/import_errors.hpp"
#include "exchange/outcome_exporters.hpp"
#include "exchange/outcome_importers.hpp"
#include "exchange/remisiones_exporter.hpp"
#include "exchange/remisiones_importer.hpp"

namespace cdmype::exchange {
namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

template <class Summary>
std::string detail_of(const Summary& s) {
  return counted(s.nuevas, "nueva", "nuevas") + ", " +
         counted(s.actualizadas, "actualizada", "actualizadas") + ", " +
         std::to_string(s.sin_cambios) + " sin cambios";
}

// The database-side checks refuse the file as a whole, as the row checks do.
template <class Fn>
auto as_import_failure(const std::vector<std::string>& warnings, Fn&& store) {
  try {
    return store();
  } catch (const ImportFailed&) {
    throw;
  } catch (const ValidationFailed& e) {
    throw ImportFailed(e.problems(), warnings);
  }
}

// Enterprise códigos by id, for the empresa column of exports. A ventanilla
// may not list enterprises: its own referrals carry no código then.
class CodigoNames final : public ExportLookups {
 public:
  CodigoNames(services::Workspace& ws, const Actor& actor) {
    if (!allowed(actor.role, Action::ExportData)) return;
    for (const auto& [codigo, id] : ws.imports().enterprise_ids_by_codigo(actor))
      codigos_.emplace(id, codigo);
  }
  std::string username(std::int64_t) const override { return {}; }
  std::string enterprise_codigo(std::int64_t id) const override {
    auto it = codigos_.find(id);
    return it == codigos_.end() ? std::string() : it->second;
  }

 private:
  std::unordered_map<std::int64_t, std::string> codigos_;
};

// A ventanilla may not read users or enterprise files: nothing to look up.
class NoLookups final : public ImportLookups {
 public:
  std::optional<std::int64_t> user_id(std::string_view) const override { return std::nullopt; }
  std::optional<std::int64_t> enterprise_id(std::string_view) const override {
    return std::nullopt;
  }
  std::string center_departamento() const override { return {}; }
};

}  // namespace

bool is_center_answer(const Actor& actor, std::string_view kind) {
  return kind == "remisiones" && !allowed(actor.role, Action::ManageReferrals) &&
         allowed(actor.role, Action::ViewOwnReferrals);
}

OutcomeImportResult import_center_answer(services::Workspace& ws, const Actor& actor,
                                         std::string_view bytes) {
  const NoLookups lookups;
  const ImportContext context{lookups, actor.user_id};
  RemisionesImporter importer(context);
  importer.ignore_unknown_codigos();
  importer.read_file(bytes);
  auto result = importer.take_result();
  OutcomeImportResult out{result.records.size(), result.warnings, {}};
  const auto s = ws.referrals().apply_center_states(actor, std::move(result.records));
  out.detail = counted(s.actualizadas, "actualizada", "actualizadas") + ", " +
               std::to_string(s.sin_cambios) + " sin cambios, " +
               counted(s.ignoradas, "de otra ventanilla ignorada", "de otras ventanillas ignoradas");
  return out;
}

bool is_outcome_kind(std::string_view kind) {
  for (auto k : kOutcomeKinds)
    if (k == kind) return true;
  return false;
}

OutcomeImportResult import_outcome(services::Workspace& ws, const Actor& actor,
                                   std::string_view kind, std::string_view bytes,
                                   const ImportContext& context, const OptionsForLines& options) {
  // Read the file with `importer`, then hand its records to `store` (a service).
  auto run = [&](Importer& importer, auto take, auto store) {
    importer.read_file(bytes);
    auto result = take();
    OutcomeImportResult out{result.records.size(), result.warnings, {}};
    const auto summary = as_import_failure(
        result.warnings, [&] { return store(std::move(result.records), options(result.lines)); });
    out.detail = detail_of(summary);
    return out;
  };
  if (kind == "remisiones") {
    require(actor, Action::ManageReferrals);
    RemisionesImporter importer(context);
    return run(
        importer, [&] { return importer.take_result(); },
        [&](auto rows, auto o) {
          return ws.referrals().import_referrals(actor, std::move(rows), o);
        });
  }
  if (kind == "capacitaciones") {
    require(actor, Action::ManageTrainings);
    CapacitacionesImporter importer(context);
    return run(
        importer, [&] { return importer.take_result(); },
        [&](auto rows, auto o) {
          return ws.trainings().import_trainings(actor, std::move(rows), o);
        });
  }
  if (kind == "asistentes") {
    require(actor, Action::ManageTrainings);
    const TrainingIndex index = index_trainings(ws.trainings().list(actor));
    AsistentesImporter importer(context, index);
    return run(
        importer, [&] { return importer.take_result(); },
        [&](auto rows, auto o) {
          return ws.trainings().import_attendees(actor, std::move(rows), o);
        });
  }
  require(actor, Action::RecordResults);
  ResultadosImporter importer(context);
  return run(
      importer, [&] { return importer.take_result(); },
      [&](auto rows, auto o) { return ws.results().import_results(actor, std::move(rows), o); });
}

void export_outcome(services::Workspace& ws, const Actor& actor, std::string_view kind,
                    std::ostream& out, const std::function<bool()>& tick,
                    PseudonymousRows* pseudonymous, const WithheldPeople& withheld) {
  const CsvWriteOptions options =
      pseudonymous ? pseudonymous->options({"seudonimo"}) : CsvWriteOptions{};
  if (kind == "remisiones") {
    CodigoNames names(ws, actor);
    RemisionesExporter exporter(out, names, options);
    ws.referrals().for_each_visible(actor, [&](const Referral& r) {
      if (!pseudonymous) {
        exporter.write(as_shared(r, withheld));
        return tick();
      }
      Referral stripped = r;
      pseudonymous->cells = {pseudonymous->pseudonymizer.of(r.dui)};
      strip_identifiers(stripped);
      exporter.write(stripped);
      return tick();
    });
  } else if (kind == "capacitaciones") {
    require(actor, Action::ExportData);
    CapacitacionesExporter exporter(out);  // trainings name no person
    for (const auto& t : ws.trainings().list(actor)) {
      exporter.write(t);
      if (!tick()) break;
    }
  } else if (kind == "asistentes") {
    require(actor, Action::ExportData);
    const auto trainings = ws.trainings().list(actor);
    const TrainingIndex index = index_trainings(trainings);
    std::unordered_map<std::int64_t, std::string> cells;
    for (const auto& t : trainings) cells.emplace(t.meta.id, training_cell(index, t));
    CodigoNames names(ws, actor);
    AsistentesExporter exporter(out, options);
    ws.trainings().for_each_attendee(actor, [&](const TrainingAttendee& row) {
      TrainingAttendee a = as_shared(row, withheld);
      if (pseudonymous) {
        pseudonymous->for_enterprise(a.enterprise_id);
        strip_identifiers(a);
      }
      exporter.write(a, cells[a.training_id],
                     a.enterprise_id != 0 ? names.enterprise_codigo(a.enterprise_id) : "");
      return tick();
    });
  } else {
    ResultadosExporter exporter(out, options);
    ws.results().for_each_export(actor, [&](const ResultRecord& row, const std::string& codigo) {
      ResultRecord r = as_shared(row, row.enterprise_id, withheld);
      if (pseudonymous) {
        pseudonymous->for_enterprise(r.enterprise_id);
        strip_identifiers(r);
      }
      exporter.write(r, codigo);
      return tick();
    });
  }
}

}  // namespace cdmype::exchange
