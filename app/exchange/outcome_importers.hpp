// Importing the `capacitaciones`, `asistentes` and `resultados` exchange files (issue 7).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/result_record.hpp"
#include "core/training.hpp"
#include "exchange/importer.hpp"

namespace cdmype::exchange {

class CapacitacionesImporter final : public Importer {
 public:
  using Importer::Importer;
  std::string_view kind() const override { return "capacitaciones"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<Training> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  ImportResult<Training> result_;
};

// The trainings an `asistentes` file may name: folded título → (fecha, id).
using TrainingIndex = std::multimap<std::string, std::pair<Date, std::int64_t>>;
TrainingIndex index_trainings(const std::vector<Training>& trainings);
// How the exporter names a training: its título, plus " (AAAA-MM-DD)" when
// another training has the same título.
std::string training_cell(const TrainingIndex& index, const Training& t);

class AsistentesImporter final : public Importer {
 public:
  AsistentesImporter(const ImportContext& context, const TrainingIndex& trainings)
      : Importer(context), trainings_(trainings) {}
  std::string_view kind() const override { return "asistentes"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<TrainingAttendee> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  std::optional<std::int64_t> training(RowReader& row);
  const TrainingIndex& trainings_;
  ImportResult<TrainingAttendee> result_;
};

class ResultadosImporter final : public Importer {
 public:
  using Importer::Importer;
  std::string_view kind() const override { return "resultados"; }
  std::span<const ColumnSpec> columns() const override;
  ImportResult<ResultRecord> take_result();

 protected:
  void read_row(RowReader& row) override;

 private:
  ImportResult<ResultRecord> result_;
};

// An enterprise código cell → id, recording the problem on the row.
std::optional<std::int64_t> enterprise_cell(RowReader& row, const ImportLookups& lookups,
                                            std::string_view column, bool required);

}  // namespace cdmype::exchange
