// Importing the `empresas` exchange file into Enterprise records (product.md §4).
#pragma once
#include <map>
#include <string>

#include "core/enterprise.hpp"
#include "exchange/importer.hpp"

namespace cdmype::exchange {

// Checks every row (codes, DUI check digit, NIT, dates, distrito, asesor,
// codigo unique in the file and not yet in the database) and builds
// Enterprise records with estado activa. Records have no id; an empty
// codigo is left empty for the store to assign.
class EmpresasImporter final : public Importer {
 public:
  using Importer::Importer;
  std::string_view kind() const override { return "empresas"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<Enterprise> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  std::optional<std::string> codigo(RowReader& row);

  ImportResult<Enterprise> result_;
  std::map<std::string, int> codigo_lines_;  // codigo → first line, for duplicates in the file
};

// Convenience: the whole import in one call. Throws ImportFailed.
ImportResult<Enterprise> import_empresas(std::string_view bytes, const ImportContext& context);

// The enterprise código as stored: the program's form PREFIJO-AAAA-NNNN
// upper-cased ("ch-2026-7" → "CH-2026-7"), any other code (a center's own,
// "EMP-0001") trimmed and as written; nullopt when empty.
std::optional<std::string> normalize_enterprise_codigo(std::string_view text);

}  // namespace cdmype::exchange
