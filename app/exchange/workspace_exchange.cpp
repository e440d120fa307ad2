// Runs an import (file → importer → one services transaction) or an export (store → CSV file).
#include "exchange/workspace_exchange.hpp"

#include <cerrno>
#include <optional>
#include <fstream>
#include <system_error>

#include "core/errors.hpp"
#include "exchange/asistencias_exporter.hpp"
#include "exchange/asistencias_importer.hpp"
#include "exchange/empresas_exporter.hpp"
#include "exchange/empresas_importer.hpp"
#include "exchange/exchange_file.hpp"
#include "exchange/outcome_exchange.hpp"
#include "exchange/service_lookups.hpp"
#include "exchange/sesiones_exporter.hpp"
#include "exchange/sesiones_importer.hpp"
#include "store/file_mode.hpp"

namespace cdmype::exchange {
namespace {

constexpr std::string_view kKinds[] = {"empresas",   "sesiones",       "asistencias",
                                        "remisiones", "capacitaciones", "asistentes",
                                        "resultados"};

services::ImportOptions options_for(const std::vector<int>& lines, const ExchangeProgress& p) {
  services::ImportOptions o;
  o.line_numbers = lines;
  if (p) {
    o.progress = [p](std::size_t done, std::size_t total) {
      return p(0.3 + 0.7 * static_cast<double>(done) / static_cast<double>(total ? total : 1));
    };
  }
  return o;
}

// The export readers resolve names in SQL, row by row; the exporters ask
// through ExportLookups, so this hands them the names of the current row.
struct CurrentRowNames final : ExportLookups {
  std::string user;
  std::string codigo;
  std::string username(std::int64_t) const override { return user; }
  std::string enterprise_codigo(std::int64_t) const override { return codigo; }
};

// Where an export really goes: a symlink's target (the link stays a link),
// and a device or pipe such as /dev/stdout directly (a rename would
// replace it with a plain file).
struct OutputTarget {
  std::filesystem::path path;
  bool direct = false;
};

OutputTarget output_target(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return {path, false};
  if (!std::filesystem::is_regular_file(status)) return {path, true};
  auto real = std::filesystem::canonical(path, ec);
  return {ec ? path : real, false};
}

// Streams into FILE.tmp and renames it into place only when complete, so a
// cancelled or failed export never leaves a half file under the real name.
class AtomicOutput {
 public:
  explicit AtomicOutput(const std::filesystem::path& path) : shown_(path.string()) {
    const OutputTarget target = output_target(path);
    path_ = target.path;
    direct_ = target.direct;
    tmp_ = direct_ ? path_ : std::filesystem::path(path_.string() + ".tmp");
    // Owner-only before the first row: exports carry personal data (DUI, names).
    if (const int error = direct_ ? 0 : store::recreate_private_file(tmp_))
      throw UserError("No se puede escribir el archivo «" + shown_ + "»: " +
                      file_error_text(error) + ".");
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!out_) {
      const int error = errno;
      throw UserError("No se puede escribir el archivo «" + shown_ + "»: " +
                      file_error_text(error) + ".");
    }
  }
  ~AtomicOutput() {
    if (!committed_ && !direct_) {
      out_.close();
      std::error_code ec;
      std::filesystem::remove(tmp_, ec);
    }
  }
  std::ostream& stream() { return out_; }
  void commit() {
    out_.close();
    if (!out_)
      throw UserError("No se pudo terminar de escribir «" + shown_ +
                      "» (¿queda espacio en el disco?).");
    if (!direct_) {
      std::error_code ec;
      std::filesystem::rename(tmp_, path_, ec);
      if (ec)
        throw UserError("No se pudo escribir «" + shown_ + "»: " + file_error_text(ec.value()) +
                        ".");
    }
    committed_ = true;
  }

 private:
  std::string shown_;  // as the person wrote it
  std::filesystem::path path_, tmp_;
  bool direct_ = false;
  std::ofstream out_;
  bool committed_ = false;
};

void require_kind(std::string_view kind) {
  if (!is_exchange_kind(kind)) {
    std::string list;
    for (auto k : kKinds) list += (list.empty() ? "" : ", ") + std::string(k);
    throw UserError("Tipo de archivo desconocido «" + std::string(kind) + "»; use " + list + ".");
  }
}

}  // namespace

std::vector<std::string_view> exchange_kinds() { return {std::begin(kKinds), std::end(kKinds)}; }

bool is_exchange_kind(std::string_view kind) {
  for (auto k : kKinds)
    if (k == kind) return true;
  return false;
}

ImportSummary import_file(services::Workspace& ws, const Actor& actor, std::string_view kind,
                          const std::filesystem::path& file, const ExchangeProgress& progress) {
  require_kind(kind);
  if (is_center_answer(actor, kind)) {  // a ventanilla takes back the center's states
    auto r = import_center_answer(ws, actor, read_exchange_file(file));
    return ImportSummary{.records = r.records, .warnings = std::move(r.warnings),
                         .detail = std::move(r.detail)};
  }
  require(actor, Action::ImportData);
  const std::string bytes = read_exchange_file(file);
  if (progress && !progress(0.05)) throw UserError("Importación cancelada.");
  ServiceImportLookups lookups(ws, actor);
  ImportContext context{lookups, actor.user_id};
  ImportSummary summary;
  if (is_outcome_kind(kind)) {  // issue 7: outcome_exchange.cpp
    auto r = import_outcome(ws, actor, kind, bytes, context,
                            [&](const std::vector<int>& lines) { return options_for(lines, progress); });
    summary.records = r.records;
    summary.warnings = std::move(r.warnings);
    summary.detail = std::move(r.detail);
  } else if (kind == "empresas") {
    auto result = import_empresas(bytes, context);
    summary.warnings = result.warnings;
    summary.records = result.records.size();
    ws.imports().import_enterprises(actor, std::move(result.records), options_for(result.lines, progress));
  } else if (kind == "asistencias") {
    auto result = import_asistencias(bytes, context);
    summary.warnings = result.warnings;
    summary.records = result.records.size();
    try {
      ws.assistance_imports().import_assistances(actor, std::move(result.records),
                                                 options_for(result.lines, progress));
    } catch (const ImportFailed&) {
      throw;
    } catch (const ValidationFailed& e) {
      // The database checks (director, budget, códigos) refuse the file as a
      // whole too: same type, so callers say "nothing was imported" alike.
      throw ImportFailed(e.problems(), result.warnings);
    }
  } else {
    auto result = import_sesiones(bytes, context);
    summary.warnings = result.warnings;
    summary.records = result.records.size();
    ws.imports().import_sessions(actor, std::move(result.records), options_for(result.lines, progress));
  }
  return summary;
}

std::size_t export_file(services::Workspace& ws, const Actor& actor, std::string_view kind,
                        const std::filesystem::path& file, const ExchangeProgress& progress,
                        const ExportPrivacy& privacy) {
  require_kind(kind);
  // A ventanilla exports its own referrals without ExportData (the service checks).
  if (kind != "remisiones") require(actor, Action::ExportData);
  // Checked before any file is made: a refusal leaves nothing behind.
  const bool sensitive = privacy.include_sensitive && kind == "empresas";
  if (sensitive) require(actor, Action::ExportSensitiveData);
  std::optional<PseudonymousRows> pseudonymous;
  if (privacy.pseudonymous) {
    pseudonymous.emplace(ws.exports().national_key(actor));
    // Every kind but remisiones names the file each row is about.
    if (kind != "remisiones" && kind != "capacitaciones")
      ws.exports().enterprises(actor, [&](const store::EnterpriseExportRow& row) {
        pseudonymous->enterprise.emplace(row.record.meta.id,
                                         pseudonymous->pseudonymizer.of_enterprise(row.record));
        return true;
      });
  }
  // A ventanilla's export of its own referrals goes back to where they came from.
  const WithheldPeople withheld = privacy.pseudonymous || !allowed(actor.role, Action::ExportData)
                                     ? WithheldPeople{}
                                     : ws.consents().withheld_from_sharing(actor);
  AtomicOutput out(file);
  CurrentRowNames names;
  std::size_t count = 0;
  bool cancelled = false;
  // Rows are counted as they stream; progress is asked every thousand rows.
  auto tick = [&] {
    ++count;
    if (progress && count % 1000 == 0 && !progress(0.5)) cancelled = true;
    return !cancelled;
  };
  PseudonymousRows* rows = pseudonymous ? &*pseudonymous : nullptr;
  const auto options = [&](std::vector<std::string> columns) {
    return rows ? rows->options(std::move(columns)) : CsvWriteOptions{};
  };
  if (is_outcome_kind(kind)) {
    export_outcome(ws, actor, kind, out.stream(), tick, rows, withheld);
  } else if (kind == "empresas") {
    EmpresasExporter exporter(out.stream(), names, options({"seudonimo", "anio_nacimiento"}));
    exporter.set_size_basis(ws.context().today(), ws.minimum_wages().rules(actor));
    exporter.include_sensitive(sensitive);
    ws.exports().enterprises(actor, [&](const store::EnterpriseExportRow& row) {
      names.user = row.asesor_username;
      if (!rows) {
        exporter.write(as_shared(row.record, row.record.meta.id, withheld));
        return tick();
      }
      Enterprise e = row.record;
      rows->cells = {rows->pseudonymizer.of_enterprise(e),
                     e.titular.fecha_nacimiento
                         ? std::to_string(static_cast<int>(e.titular.fecha_nacimiento->year()))
                         : std::string()};
      strip_identifiers(e);
      exporter.write(e);
      return tick();
    });
  } else if (kind == "asistencias") {
    AsistenciasExporter exporter(out.stream(), options({"seudonimo"}));
    ws.assistances().for_each_export(actor, [&](const store::AtExportRow& row) {
      TechnicalAssistance at = as_shared(row.record, row.record.enterprise_id, withheld);
      if (rows) {
        rows->for_enterprise(at.enterprise_id);
        strip_identifiers(at);
      }
      exporter.write(at, {row.empresa_codigo, row.proveedor, row.solicitada_por,
                          row.aprobada_por});
      return tick();
    });
  } else {
    SesionesExporter exporter(out.stream(), names, options({"seudonimo"}));
    ws.exports().sessions(actor, [&](const store::SessionExportRow& row) {
      names.user = row.asesor_username;
      names.codigo = row.empresa_codigo;
      if (!rows) {
        exporter.write(as_shared(row.record, row.record.enterprise_id, withheld));
        return tick();
      }
      AdvisorySession s = row.record;
      rows->for_enterprise(s.enterprise_id);
      strip_identifiers(s);
      exporter.write(s);
      return tick();
    });
  }
  if (cancelled) throw UserError("Exportación cancelada.");
  out.commit();
  if (sensitive) ws.exports().record_sensitive_export(actor, kind);
  if (progress) progress(1.0);
  return count;
}

}  // namespace cdmype::exchange
