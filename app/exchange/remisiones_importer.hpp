// Importing the `remisiones` exchange file of a ventanilla into Referral records (product.md §4).
#pragma once
#include "core/referral.hpp"
#include "exchange/importer.hpp"

namespace cdmype::exchange {

// Each row carries the ventanilla's uuid; empresa (a código) and estado are
// read for information and left to the center's rules (services decide).
class RemisionesImporter final : public Importer {
 public:
  using Importer::Importer;
  std::string_view kind() const override { return "remisiones"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<Referral> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  ImportResult<Referral> result_;
};

ImportResult<Referral> import_remisiones(std::string_view bytes, const ImportContext& context);

}  // namespace cdmype::exchange
