// Eight seats as processes on one center: what a seat did (counts, write latencies, surprises),
// the line format it writes for the parent, and the seat's own workload.
#pragma once
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "store/data_source.hpp"

namespace cdmype::bench::seats {

inline constexpr int kSeats = 8;
// The enterprise files every seat edits (the first ones created).
inline constexpr int kSharedFiles = 3;
// The password of every account of the run's center.
inline constexpr const char* kPassword = "puestos-cdmype-2026";
// Each AT asks for this much; the fund holds a fixed number of them.
inline constexpr std::int64_t kAtCostCents = 100000;
// Each payment compras records, in cents.
inline constexpr std::int64_t kPaymentCents = 100;

// The kinds of write a seat makes, in the order the summary lists them.
enum class Write { Session, Edit, Request, Approve, Contract, Payment };
inline constexpr int kWriteKinds = 6;
// One word, for the line format ("sesion", "edicion", …).
const char* write_code(Write w);
// Spanish, for the summary ("Sesión registrada", …).
const char* write_label(Write w);

struct SeatReport {
  // By name: "sesiones", "ediciones.0", "obsoletas.0", "solicitudes", "aprobadas",
  // "subsidio_centavos", "excede_fondo", "contratadas", "pagos", "pago_proveedor_centavos",
  // "aporte_centavos", "pagos_completos", "ocupada".
  std::map<std::string, std::int64_t> counts;
  // Wall-clock milliseconds of every write attempt (refusals included), by Write.
  std::array<std::vector<double>, kWriteKinds> latency_ms;
  // For each shared file, the version each successful save was based on.
  std::array<std::vector<std::int64_t>, kSharedFiles> edit_bases;
  // Every exception that is not an expected refusal, as its message.
  std::vector<std::string> unexpected;

  std::int64_t count(const std::string& name) const;
  void add(const SeatReport& other);
};

void write_report(const SeatReport& r, const std::filesystem::path& file);
SeatReport read_report(const std::filesystem::path& file);

struct SeatArgs {
  int seat = 1;  // 1 … kSeats: this seat works as asesor<seat>
  store::DataSource source;
  double seconds = 60;
  std::int64_t start_ms = 0;  // system_clock milliseconds when every seat starts writing
  std::filesystem::path out;
};

// Opens its own Workspace on `source`, waits for start_ms, writes for `seconds` and writes its
// report to `out`. Returns the process's exit code.
int run_seat(const SeatArgs& args);

}  // namespace cdmype::bench::seats
