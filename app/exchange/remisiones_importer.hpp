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
  // The ventanilla's side: a código unknown here is left out, not a problem
  // (its database usually holds no enterprise files).
  void ignore_unknown_codigos() { ignore_unknown_codigos_ = true; }

 protected:
  void read_row(RowReader& row) override;

 private:
  ImportResult<Referral> result_;
  bool ignore_unknown_codigos_ = false;
};

ImportResult<Referral> import_remisiones(std::string_view bytes, const ImportContext& context);

}  // namespace cdmype::exchange
