// Importing the `asistencias` exchange file into AT records (product.md §4).
#pragma once
#include <map>
#include <string>

#include "exchange/importer.hpp"
#include "services/at_import_service.hpp"

namespace cdmype::exchange {

// Checks each row on its own: enterprise and users exist, state and dates
// agree (a state implies the dates of the steps it went through and no date
// of a step it did not reach), a rejection has its reason. The file has no
// cancellation date: a cancelada row is taken as cancelled on its latest
// date. What needs the database as a whole (director permission, budget,
// subsidy, código not yet taken) is checked by the import service.
class AsistenciasImporter final : public Importer {
 public:
  using Importer::Importer;
  std::string_view kind() const override { return "asistencias"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<services::AtImportRow> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  std::optional<std::string> codigo(RowReader& row);
  std::optional<std::int64_t> user(RowReader& row, std::string_view column);
  void check_dates_reached(RowReader& row, const TechnicalAssistance& at);

  ImportResult<services::AtImportRow> result_;
  std::map<std::string, int> codigo_lines_;  // codigo → first line, for duplicates in the file
};

// Convenience: the whole import in one call. Throws ImportFailed.
ImportResult<services::AtImportRow> import_asistencias(std::string_view bytes,
                                                       const ImportContext& context);

}  // namespace cdmype::exchange
