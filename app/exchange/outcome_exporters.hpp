// Exporting trainings, attendees and results in the files their importers read (issue 7).
#pragma once
#include <ostream>
#include <string>

#include "core/result_record.hpp"
#include "core/training.hpp"
#include "exchange/csv_writer.hpp"

namespace cdmype::exchange {

// Each streams rows: the constructor writes the header, write() one record.
class CapacitacionesExporter {
 public:
  explicit CapacitacionesExporter(std::ostream& out, CsvWriteOptions options = {});
  void write(const Training& t);

 private:
  CsvWriter writer_;
};

class AsistentesExporter {
 public:
  explicit AsistentesExporter(std::ostream& out, CsvWriteOptions options = {});
  // `capacitacion` as training_cell() names it; `empresa` a código or "".
  void write(const TrainingAttendee& a, const std::string& capacitacion,
             const std::string& empresa);

 private:
  CsvWriter writer_;
};

class ResultadosExporter {
 public:
  explicit ResultadosExporter(std::ostream& out, CsvWriteOptions options = {});
  void write(const ResultRecord& r, const std::string& empresa);

 private:
  CsvWriter writer_;
};

}  // namespace cdmype::exchange
