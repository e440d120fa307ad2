// Desktop speed benchmark (issue 6 "Targets"), run by hand under X (Xvfb):
//   xvfb-run -a -s "-screen 0 1366x768x24" build/tests/bench/cdmype_gui_bench [--runs 5]
// On a 100,000-enterprise bench database it times, each in a fresh process:
//   - start to usable main window, against a bare wxFrame hello-world
//     (cdmype_gui_bench_hello) started the same way in the same run;
//   - the Empresas list painted after the window appears;
//   - each keystroke of a typed search word until the list is repainted;
//   - resident memory (VmRSS at the end, VmHWM peak).
// Not a ctest: the numbers depend on the machine. Results: tests/bench/RESULTS.md.
#include <unistd.h>
#include <wx/app.h>
#include <wx/init.h>
#include <wx/srchctrl.h>
#include <wx/utils.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench/bench_database.hpp"
#include "gui_bench_ready.hpp"
#include "ui/desk_app.hpp"
#include "ui/desk_context.hpp"
#include "ui/enterprise_list_view.hpp"
#include "ui/enterprises_panel.hpp"
#include "ui/main_frame.hpp"
#include "ui/screens.hpp"

namespace cdmype::bench {
namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The word typed into the Empresas search, one keystroke at a time (the
// demo data has many "Panadería …" enterprises; the search ignores accents).
const char* const kTypedWord = "panaderia";

// ---- The child: CDMYPE Desk's start as DeskApp does it, minus the sign-in dialog. ----

// "VmRSS" / "VmHWM" of this process, in kB.
long status_kb(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind(field + ":", 0) == 0) return std::atol(line.c_str() + field.size() + 1);
  return -1;
}

// Marks `flag` when `window` or any window inside it paints.
void watch_paint(wxWindow* window, bool* flag) {
  window->Bind(wxEVT_PAINT, [flag](wxPaintEvent& e) {
    *flag = true;
    e.Skip();
  });
  for (wxWindow* child : window->GetChildren()) watch_paint(child, flag);
}

// Lets GTK and wx run (events, timers, the frame clock's paints) until `flag`.
bool pump_until(const bool& flag, int timeout_ms = 3000) {
  const auto start = Clock::now();
  while (!flag && ms_since(start) < timeout_ms) {
    wxTheApp->Yield(true);
    if (!flag) usleep(200);
  }
  return flag;
}

void measure_empresas(ui::MainFrame* frame) {
  // The list: from the click on "Empresas" to its rows painted.
  auto start = Clock::now();
  const double list_cpu = cpu_now_ms();
  frame->show_screen(ui::Screen::Empresas);
  ui::EnterprisesPanel* panel = frame->enterprises();
  bool painted = false;
  watch_paint(panel->list(), &painted);
  panel->list()->Refresh();
  pump_until(painted);
  std::printf("list_ms %.2f\nlist_cpu_ms %.2f\nlist_rows %lld\n", ms_since(start),
              cpu_now_ms() - list_cpu, static_cast<long long>(panel->list()->count()));

  // Each keystroke: the search box's text event and the query (the typing
  // pause is skipped: flush_search() is what the pause's timer calls), then
  // the list repainted.
  // The CPU time is this process's own work, which the wall time exceeds
  // when other processes hold the cores.
  std::string typed;
  std::string keys = "keys_ms", keys_cpu = "keys_cpu_ms", queries = "keys_query_ms";
  std::string rows = "keys_rows";
  for (const char* c = kTypedWord; *c; ++c) {
    typed += *c;
    start = Clock::now();
    const double cpu = cpu_now_ms();
    panel->search()->SetValue(wxString::FromUTF8(typed));
    panel->flush_search();
    queries += " " + std::to_string(ms_since(start));
    painted = false;
    panel->list()->Refresh();
    pump_until(painted);
    keys += " " + std::to_string(ms_since(start));
    keys_cpu += " " + std::to_string(cpu_now_ms() - cpu);
    rows += " " + std::to_string(panel->list()->count());
  }
  std::printf("%s\n%s\n%s\n%s\n", keys.c_str(), keys_cpu.c_str(), queries.c_str(), rows.c_str());
  std::printf("vmrss_kb %ld\nvmhwm_kb %ld\n", status_kb("VmRSS"), status_kb("VmHWM"));
  std::fflush(stdout);
}

class DeskBenchApp : public wxApp {
 public:
  DeskBenchApp(store::DataSource db, Actor actor) : db_(std::move(db)), actor_(std::move(actor)) {}

  bool OnInit() override {
    ui::prepare_app_environment();
    ui::DeskContext ctx;
    double cpu = cpu_now_ms();
    ctx.workspace = std::make_unique<services::Workspace>(services::Workspace::open(db_));
    std::printf("open_cpu_ms %.2f\n", cpu_now_ms() - cpu);
    cpu = cpu_now_ms();
    ctx.actor = actor_;
    ctx.full_name = actor_.username;
    ctx.source = db_;
    auto* frame = new ui::MainFrame(std::move(ctx));
    std::printf("frame_cpu_ms %.2f\n", cpu_now_ms() - cpu);
    frame->Show();
    SetTopWindow(frame);
    when_usable(frame, [frame] {
      measure_empresas(frame);
      frame->Close();
    });
    return true;
  }

 private:
  store::DataSource db_;
  Actor actor_;
};

int run_desk(int argc, char** argv) {
  if (argc < 5) return 2;
  const Actor director{std::atoll(argv[3]), argv[4], Role::Director};
  wxApp::SetInstance(new DeskBenchApp(store::DataSource::parse(argv[2]), director));
  int wx_argc = 1;
  return wxEntry(wx_argc, argv);
}

// ---- The parent: runs both programs in turn and summarizes. ----

struct ChildRun {
  double ready_wall_ms = -1;  // spawn to the "ready" line
  std::map<std::string, std::vector<double>> values;
};

ChildRun run_child(const std::string& command) {
  ChildRun run;
  const auto start = Clock::now();
  FILE* pipe = popen(("exec " + command).c_str(), "r");
  if (!pipe) throw std::runtime_error("no se pudo ejecutar " + command);
  char line[8192];
  while (std::fgets(line, sizeof line, pipe)) {
    std::istringstream in(line);
    std::string key;
    in >> key;
    if (key == "ready") run.ready_wall_ms = ms_since(start);
    for (double v; in >> v;) run.values[key].push_back(v);
  }
  if (pclose(pipe) != 0 || run.ready_wall_ms < 0) throw std::runtime_error("falló: " + command);
  return run;
}

double median(std::vector<double> v) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::vector<double> all_of(const std::vector<ChildRun>& runs, const std::string& key) {
  std::vector<double> out;
  for (const auto& r : runs) {
    auto it = r.values.find(key);
    if (it != r.values.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  return out;
}

std::vector<double> ready_walls(const std::vector<ChildRun>& runs) {
  std::vector<double> out;
  for (const auto& r : runs) out.push_back(r.ready_wall_ms);
  return out;
}

// Config, caches and remembered column widths go to a throwaway home.
void private_home() {
  const auto home =
      std::filesystem::temp_directory_path() / ("cdmype-gui-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(home);
  setenv("HOME", home.c_str(), 1);
  setenv("XDG_CONFIG_HOME", (home / ".config").c_str(), 1);
  setenv("XDG_DATA_HOME", (home / ".local/share").c_str(), 1);
  setenv("XDG_CACHE_HOME", (home / ".cache").c_str(), 1);
  setenv("NO_AT_BRIDGE", "1", 1);
}

int run_parent(int argc, char** argv) {
  if (!std::getenv("DISPLAY")) {
    std::fprintf(stderr,
                 "cdmype_gui_bench necesita una pantalla X; ejecútelo con\n"
                 "  xvfb-run -a -s \"-screen 0 1366x768x24\" %s\n",
                 argv[0]);
    return 2;
  }
  int runs = 5;
  long enterprises = 100000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--runs") runs = std::atoi(argv[i + 1]);
    if (flag == "--enterprises") enterprises = std::atol(argv[i + 1]);
  }
  const BenchDatabase db = bench_database(enterprises);
  private_home();
  const std::string self = std::filesystem::canonical("/proc/self/exe").string();
  // The file, or with CDMYPE_BENCH_SERVER the server's copy of it (bench_database).
  const std::string where = db.source.is_file() ? db.source.file().string() : db.source.uri();
  const std::string desk = self + " --desk '" + where + "' " +
                           std::to_string(db.director.user_id) + " " + db.director.username;

  std::vector<ChildRun> hello_runs, desk_runs;
  run_child(CDMYPE_GUI_BENCH_HELLO);  // warms the disk cache for both
  run_child(desk);
  for (int i = 0; i < runs; ++i) {
    hello_runs.push_back(run_child(CDMYPE_GUI_BENCH_HELLO));
    desk_runs.push_back(run_child(desk));
    std::fprintf(stderr, "vuelta %d: hola %.0f ms, CDMYPE Desk %.0f ms\n", i + 1,
                 hello_runs.back().ready_wall_ms, desk_runs.back().ready_wall_ms);
  }

  const double hello = median(ready_walls(hello_runs));
  const double start = median(ready_walls(desk_runs));
  const double hello_cpu = median(all_of(hello_runs, "ready"));
  const double start_cpu = median(all_of(desk_runs, "ready"));
  const double list = median(all_of(desk_runs, "list_ms"));
  const auto keys = all_of(desk_runs, "keys_ms");
  const auto keys_cpu = all_of(desk_runs, "keys_cpu_ms");
  const double rss = median(all_of(desk_runs, "vmrss_kb")) / 1024;
  const double hwm = median(all_of(desk_runs, "vmhwm_kb")) / 1024;
  const auto verdict = [](bool ok) { return ok ? "sí" : "**no**"; };

  std::printf("Base: %ld empresas, %ld sesiones (%s); %d vueltas, medianas.\n\n", db.enterprises,
              db.sessions, db.source.display().c_str(), runs);
  std::printf("| Medida | Resultado | Meta | Cumple |\n|---|---|---|---|\n");
  std::printf("| Hola mundo wxFrame: inicio → ventana usable | %.0f ms (CPU %.0f ms) | — | — |\n",
              hello, hello_cpu);
  std::printf(
      "| CDMYPE Desk: inicio → ventana principal usable | %.0f ms (CPU %.0f ms) = %.2f× | ≤ 1,5× | "
      "%s |\n",
      start, start_cpu, start / hello, verdict(start <= 1.5 * hello));
  std::printf(
      "| Lista Empresas pintada tras la ventana (%.0f filas) | %.0f ms (CPU %.0f ms) | < 300 ms | "
      "%s |\n",
      median(all_of(desk_runs, "list_rows")), list, median(all_of(desk_runs, "list_cpu_ms")),
      verdict(list < 300));
  std::printf(
      "| Tecla en la búsqueda «%s» → lista repintada, p95 (%zu teclas) | %.1f ms (mediana %.1f, "
      "máx. %.1f; CPU p95 %.1f ms) | < 50 ms | %s |\n",
      kTypedWord, keys.size(), percentile(keys, 0.95), median(keys),
      keys.empty() ? -1 : *std::max_element(keys.begin(), keys.end()),
      percentile(keys_cpu, 0.95),
      verdict(percentile(keys, 0.95) < 50));
  std::printf(
      "| Memoria residente al final (VmRSS) / pico (VmHWM) | %.0f MB / %.0f MB | < 200 MB | %s |\n",
      rss, hwm, verdict(hwm < 200));
  std::printf(
      "\nCPU del arranque de CDMYPE Desk: abrir la base %.0f ms, construir la ventana %.0f ms.\n",
      median(all_of(desk_runs, "open_cpu_ms")), median(all_of(desk_runs, "frame_cpu_ms")));
  // Per keystroke, the medians over the runs: wall, CPU, query alone, rows.
  const size_t letters = std::string(kTypedWord).size();
  std::printf(
      "\n| Texto | Filas | Pared (ms) | CPU (ms) | Consulta (ms) |\n|---|---|---|---|---|\n");
  for (size_t k = 0; k < letters; ++k) {
    const auto at = [&](const char* key) {
      std::vector<double> v;
      for (const auto& r : desk_runs) {
        auto it = r.values.find(key);
        if (it != r.values.end() && k < it->second.size()) v.push_back(it->second[k]);
      }
      return median(v);
    };
    std::printf("| %s | %.0f | %.1f | %.1f | %.1f |\n", std::string(kTypedWord, k + 1).c_str(),
                at("keys_rows"), at("keys_ms"), at("keys_cpu_ms"), at("keys_query_ms"));
  }
  return 0;
}

}  // namespace
}  // namespace cdmype::bench

int main(int argc, char** argv) {
  try {
    if (argc > 1 && std::string(argv[1]) == "--desk") return cdmype::bench::run_desk(argc, argv);
    return cdmype::bench::run_parent(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "cdmype_gui_bench: %s\n", e.what());
    return 1;
  }
}
