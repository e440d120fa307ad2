// Importing the `sesiones` exchange file into AdvisorySession records (product.md §4).
#pragma once
#include "core/advisory_session.hpp"
#include "exchange/importer.hpp"

namespace cdmype::exchange {

// Each row names an existing enterprise by código; an empty asesor is the
// importing user. Records have no id; their author is the asesor.
class SesionesImporter final : public Importer {
 public:
  using Importer::Importer;
  std::string_view kind() const override { return "sesiones"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<AdvisorySession> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  ImportResult<AdvisorySession> result_;
};

// Convenience: the whole import in one call. Throws ImportFailed.
ImportResult<AdvisorySession> import_sesiones(std::string_view bytes, const ImportContext& context);

}  // namespace cdmype::exchange
