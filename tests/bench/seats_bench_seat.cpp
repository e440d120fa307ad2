// One seat of the eight: its own connection, writing sessions, edits of the shared files, AT
// requests with the director's approval and compras's contract, and payments, until time is up.
#include <algorithm>
#include <chrono>
#include <optional>
#include <random>
#include <thread>

#include "core/errors.hpp"
#include "seats_bench.hpp"
#include "services/workspace.hpp"
#include "store/sql/statement.hpp"
#include "support/center_copies.hpp"

namespace cdmype::bench::seats {
namespace {

using Clock = std::chrono::steady_clock;

bool contains(const std::string& text, const char* part) {
  return text.find(part) != std::string::npos;
}

// Times one write attempt, refused or not, into the report.
class Timed {
 public:
  Timed(SeatReport& r, Write kind) : r_(r), kind_(kind), start_(Clock::now()) {}
  ~Timed() {
    const std::chrono::duration<double, std::milli> ms = Clock::now() - start_;
    r_.latency_ms[static_cast<int>(kind_)].push_back(ms.count());
  }
  Timed(const Timed&) = delete;
  Timed& operator=(const Timed&) = delete;

 private:
  SeatReport& r_;
  Write kind_;
  Clock::time_point start_;
};

struct EnterpriseRef {
  std::int64_t id = 0;
  std::string codigo;
};

class Seat {
 public:
  explicit Seat(const SeatArgs& args)
      : n_(args.seat),
        ws_(services::Workspace::open(args.source)),
        rng_(static_cast<unsigned>(args.seat) * 7919u) {
    auto& c = ws_.database().connection();
    asesor_ = testing_support::stored_account(c, "asesor" + std::to_string(n_));
    directora_ = testing_support::stored_account(c, "directora");
    compras_ = testing_support::stored_account(c, "compras");
    store::Statement q(c, "SELECT id, codigo FROM enterprise ORDER BY id");
    while (q.step()) enterprises_.push_back({q.int64("id"), q.text("codigo")});
    if (enterprises_.size() <= kSharedFiles)
      throw std::runtime_error("faltan empresas en el centro");
  }

  // One write (or refused attempt) of the round's kind; the four kinds take turns.
  void round(long r) {
    switch ((r + n_) % 4) {
      case 0:
        log_session();
        break;
      case 1:
        edit(r);
        break;
      case 2:
        request_and_approve();
        break;
      default:
        pay();
        break;
    }
  }

  SeatReport& report() { return report_; }

 private:
  const EnterpriseRef& any_enterprise() {
    std::uniform_int_distribution<std::size_t> pick(kSharedFiles, enterprises_.size() - 1);
    return enterprises_[pick(rng_)];
  }

  void log_session() {
    AdvisorySession s;
    s.enterprise_id = any_enterprise().id;
    s.asesor_id = asesor_.user_id;
    s.fecha = today() - boost::gregorian::days(1);
    s.duracion_min = 60;
    s.modalidad = Modalidad::PresencialEmpresa;
    s.area = Area::AsesoriaEmpresarial;
    s.tema = "Registro de ventas del puesto " + std::to_string(n_);
    s.acuerdos = "Llevar el cuaderno de gastos a la próxima visita";
    {
      Timed t(report_, Write::Session);
      ws_.sessions().log(asesor_, s);
    }
    ++report_.counts["sesiones"];
  }

  // As a person at a form: saves the copy read on the previous turn (other seats may have
  // saved that file since: then it is refused as stale), then opens the next file.
  void edit(long r) {
    if (held_) {
      const std::string f = std::to_string(held_file_);
      held_->notas = "Visita del puesto " + std::to_string(n_) + ", ronda " + std::to_string(r);
      const std::int64_t base = held_->meta.version;
      try {
        Timed t(report_, Write::Edit);
        ws_.enterprises().update(directora_, *held_);
        ++report_.counts["ediciones." + f];
        report_.edit_bases[held_file_].push_back(base);
      } catch (const StaleRecord&) {
        ++report_.counts["obsoletas." + f];
      }
      held_.reset();
    }
    held_file_ = static_cast<int>(rng_() % kSharedFiles);
    held_ = ws_.enterprises().get(directora_, enterprises_[held_file_].id);
  }

  void request_and_approve() {
    services::AtDraft d;
    d.empresa_codigo = any_enterprise().codigo;
    d.descripcion = "Registro sanitario y etiquetado";
    d.especialidad = "inocuidad alimentaria";
    d.proveedor = "Consultores Peña";
    d.costo_total = Money::from_cents(kAtCostCents);
    TechnicalAssistance at;
    {
      Timed t(report_, Write::Request);
      at = ws_.assistances().request_new(asesor_, d);
    }
    ++report_.counts["solicitudes"];
    try {
      Timed t(report_, Write::Approve);
      at = ws_.assistances().approve(directora_, at.codigo);
    } catch (const UserError& e) {
      if (!contains(e.what(), "excede el fondo")) throw;
      ++report_.counts["excede_fondo"];
      return;
    }
    ++report_.counts["aprobadas"];
    report_.counts["subsidio_centavos"] += at.subsidio ? at.subsidio->subsidio.cents : 0;
    {
      Timed t(report_, Write::Contract);
      ws_.assistances().step(compras_, at.codigo, AtAction::Contract, {});
    }
    ++report_.counts["contratadas"];
  }

  // Compras pays $1.00 on one of the newest contracted ATs (any seat's): several seats often
  // pay the same AT at once, so a lost update would show in the sums.
  void pay() {
    if (payable_.empty() || ++since_refresh_ >= 16) {
      since_refresh_ = 0;
      payable_.clear();
      store::AtFilter contracted;
      contracted.estado = AtEstado::Contratada;
      for (const auto& at : ws_.assistances().list(directora_, contracted))
        payable_.push_back(at.codigo);
      std::sort(payable_.rbegin(), payable_.rend());
      if (payable_.size() > 4) payable_.resize(4);
    }
    if (payable_.empty()) return log_session();  // nothing contracted yet
    const std::string codigo = payable_[rng_() % payable_.size()];
    const bool copago = rng_() % 4 == 0;
    const Money monto = Money::from_cents(kPaymentCents);
    try {
      Timed t(report_, Write::Payment);
      if (copago)
        ws_.assistances().receive_copayment(compras_, codigo, monto);
      else
        ws_.assistances().pay_provider(compras_, codigo, monto);
    } catch (const UserError& e) {
      // Paid in full by now (other seats pay it too): refused, nothing written.
      if (!contains(e.what(), "más de lo que corresponde") && !contains(e.what(), "Ya se ")) throw;
      ++report_.counts["pagos_completos"];
      return;
    }
    ++report_.counts["pagos"];
    report_.counts[copago ? "aporte_centavos" : "pago_proveedor_centavos"] += kPaymentCents;
  }

  int n_;
  services::Workspace ws_;
  std::mt19937 rng_;
  Actor asesor_, directora_, compras_;
  std::vector<EnterpriseRef> enterprises_;
  std::optional<Enterprise> held_;
  int held_file_ = 0;
  std::vector<std::string> payable_;
  int since_refresh_ = 0;
  SeatReport report_;
};

void note_unexpected(SeatReport& r, const std::string& text) {
  r.unexpected.push_back(text);
  if (contains(text, "ocupada") || contains(text, "locked") || contains(text, "bloquead") ||
      contains(text, "busy"))
    ++r.counts["ocupada"];
}

}  // namespace

int run_seat(const SeatArgs& args) {
  SeatReport failed;  // what is reported when the seat cannot even start
  try {
    Seat seat(args);
    const auto start =
        std::chrono::system_clock::time_point(std::chrono::milliseconds(args.start_ms));
    std::this_thread::sleep_until(start);
    const auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                        std::chrono::duration<double>(args.seconds));
    for (long r = 0; Clock::now() < end; ++r) {
      try {
        seat.round(r);
      } catch (const std::exception& e) {
        note_unexpected(seat.report(), e.what());
      }
    }
    write_report(seat.report(), args.out);
    return 0;
  } catch (const std::exception& e) {
    note_unexpected(failed, std::string("el puesto no pudo trabajar: ") + e.what());
  }
  write_report(failed, args.out);
  return 1;
}

}  // namespace cdmype::bench::seats
