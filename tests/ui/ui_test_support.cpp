// The GUI test fixture: template database built once, frames, event helpers, screenshots.
#include "ui_test_support.hpp"

#include <dlfcn.h>
#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/button.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/dialog.h>
#include <wx/evtloop.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/utils.h>

#include <chrono>
#include <thread>

#include "core/territory.hpp"
#include "services/workspace.hpp"
#include "store/center_copy.hpp"
#include "store/database.hpp"
#include "support/center_setup.hpp"
#include "ui/main_frame.hpp"

namespace cdmype::testing_support {

std::vector<std::string>& shown_errors() {
  static std::vector<std::string> errors;
  return errors;
}

void pump(int ms) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  do {
    if (wxEventLoopBase* loop = wxEventLoopBase::GetActive()) {
      while (loop->Pending()) loop->Dispatch();
      loop->YieldFor(wxEVT_CATEGORY_ALL);
    }
    wxTheApp->ProcessPendingEvents();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  } while (std::chrono::steady_clock::now() < until);
}

bool wait_until(const std::function<bool()>& done, int timeout_ms) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return done();
    pump(10);
  }
  return true;
}

void click(wxButton* button) {
  wxCommandEvent event(wxEVT_BUTTON, button->GetId());
  event.SetEventObject(button);
  button->GetEventHandler()->ProcessEvent(event);
}

void press_enter(wxWindow* control) {
  wxCommandEvent event(wxEVT_TEXT_ENTER, control->GetId());
  event.SetEventObject(control);
  if (auto* text = dynamic_cast<wxTextCtrl*>(control)) event.SetString(text->GetValue());
  control->GetEventHandler()->ProcessEvent(event);
}

#ifdef __WXGTK3__
namespace {

// GTK and cairo are already loaded by wxGTK; their few functions needed here
// are looked up at run time, so the tests need no GTK development headers.
bool render_widget(void* widget, const fs::path& file) {
  using IntOf = int (*)(void*);
  using Create = void* (*)(int, int, int);
  using Draw = void (*)(void*, void*);
  using Destroy = void (*)(void*);
  using Write = int (*)(void*, const char*);
  auto sym = [](const char* name) { return dlsym(RTLD_DEFAULT, name); };
  auto width_of = reinterpret_cast<IntOf>(sym("gtk_widget_get_allocated_width"));
  auto height_of = reinterpret_cast<IntOf>(sym("gtk_widget_get_allocated_height"));
  auto draw = reinterpret_cast<Draw>(sym("gtk_widget_draw"));
  auto create_surface = reinterpret_cast<Create>(sym("cairo_image_surface_create"));
  auto create_context = reinterpret_cast<void* (*)(void*)>(sym("cairo_create"));
  auto destroy_context = reinterpret_cast<Destroy>(sym("cairo_destroy"));
  auto write_png = reinterpret_cast<Write>(sym("cairo_surface_write_to_png"));
  auto destroy_surface = reinterpret_cast<Destroy>(sym("cairo_surface_destroy"));
  if (!widget || !width_of || !height_of || !draw || !create_surface || !create_context ||
      !destroy_context || !write_png || !destroy_surface)
    return false;
  const int width = width_of(widget);
  const int height = height_of(widget);
  if (width <= 1 || height <= 1) return false;
  constexpr int kCairoFormatRgb24 = 1;
  void* surface = create_surface(kCairoFormatRgb24, width, height);
  void* cr = create_context(surface);
  draw(widget, cr);
  destroy_context(cr);
  const bool ok = write_png(surface, file.c_str()) == 0;
  destroy_surface(surface);
  return ok;
}

}  // namespace
#endif

fs::path screenshot(wxWindow* window, const std::string& name, bool settle) {
  const fs::path dir = fs::path(CDMYPE_BINARY_DIR) / "screenshots";
  fs::create_directories(dir);
  const fs::path file = dir / (name + ".png");
  window->Raise();
  window->Refresh();
  window->Update();
  if (settle) pump(250);
#ifdef __WXGTK3__
  // Render the window's widget tree off-screen: what it draws, not whatever
  // pixels an earlier window left on the virtual screen.
  if (render_widget(window->GetHandle(), file)) return file;
#endif
  const wxRect rect = window->GetScreenRect();
  wxBitmap bitmap(rect.width, rect.height, 24);
  {
    wxScreenDC screen;
    wxMemoryDC memory(bitmap);
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
  }
  bitmap.SaveFile(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG);
  return file;
}

struct ModalScript::Impl : wxEvtHandler {
  std::vector<std::function<void()>> steps;
  std::function<void()> on_timeout;
  size_t next = 0;
  wxTimer timer{this};
  std::chrono::steady_clock::time_point deadline;

  void tick(wxTimerEvent&) {
    if (next < steps.size() && std::chrono::steady_clock::now() < deadline) {
      steps[next++]();
      return;
    }
    timer.Stop();
    if (on_timeout) on_timeout();
  }
};

ModalScript::ModalScript(std::vector<std::function<void()>> steps, std::function<void()> on_timeout,
                         int interval_ms, int timeout_ms)
    : impl_(new Impl) {
  impl_->steps = std::move(steps);
  impl_->on_timeout = std::move(on_timeout);
  impl_->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  impl_->Bind(wxEVT_TIMER, &Impl::tick, impl_);
  impl_->timer.Start(interval_ms);
}

ModalScript::~ModalScript() {
  impl_->timer.Stop();
  delete impl_;
}

bool ModalScript::finished() const { return impl_->next >= impl_->steps.size(); }

void cancel_shown() {
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* d = dynamic_cast<wxDialog*>(w); d && d->IsModal()) d->EndModal(wxID_CANCEL);
}

::testing::AssertionResult drive_modal(const std::function<void()>& open,
                                       std::vector<std::function<void()>> steps) {
  const std::size_t errors_before = shown_errors().size();
  bool finished = false;
  {
    ModalScript script(std::move(steps), cancel_shown);
    open();
    finished = script.finished();
  }
  if (!finished) return ::testing::AssertionFailure() << "the dialog closed before its last step";
  if (shown_errors().size() != errors_before)
    return ::testing::AssertionFailure() << "error shown: " << shown_errors().back();
  return ::testing::AssertionSuccess();
}

namespace {

struct Template {
  TempDir dir;
  fs::path path;
  Accounts accounts;
  std::int64_t count = 0;

  Template() {
    path = dir.path() / "plantilla.db";
    auto ws = services::Workspace::create(path);
    CenterSpec spec;
    spec.operator_name = "Asociación de Municipios Cayaguanca";
    spec.admin_full_name = "Soporte Informático";
    spec.password = kPassword;
    spec.accounts = {kDirectora, kAsesor1};
    const CenterActors made = create_center(ws, spec);
    accounts.admin = made.admin;
    accounts.directora = made.at("directora");
    accounts.asesor = made.at("asesor1");

    const auto& territory = Territory::el_salvador();
    const char* const names[] = {"Café",      "Miel",    "Textiles", "Artesanías",
                                 "Panadería", "Lácteos", "Hostal",   "Cosméticos"};
    const char* const places[] = {"Citalá", "La Palma", "San Ignacio", "Dulce Nombre de María",
                                  "Tejutla"};
    const char* const people[] = {"Rosa Orellana", "Luis Gómez", "Carmen Guardado", "Ana Rivas",
                                  "Julio Menjívar"};
    for (int i = 0; i < 40; ++i) {
      Enterprise e;
      const std::string place = places[i % 5];
      e.nombre = std::string(names[i % 8]) + " " + place + " " + std::to_string(i + 1);
      e.titular.nombre = people[i % 5];
      if (i == 3) e.nombre = "Panadería Peña";
      if (i == 11) e.titular.nombre = "Rosa Peña Alvarado";
      if (i == 27) e.nombre = "Artesanías La Peña";
      e.titular.sexo = i % 2 ? Sexo::Hombre : Sexo::Mujer;
      e.sector = static_cast<Sector>(i % 9);
      e.distrito_id = territory.by_name(place).front()->id;
      e.zona = i % 3 ? Zona::Rural : Zona::Urbana;
      e.fecha_ingreso = today() - boost::gregorian::days(i * 7);
      e.asesor_id = i % 2 ? accounts.asesor.user_id : accounts.directora.user_id;
      // A spread of sizes for the Tamaño column (at $408.80: subsistencia up to
      // pequeña; the first file records neither sales nor staff: sin datos).
      const std::int64_t sales[] = {0, 1'500'000, 5'000'000, 15'000'000, 40'000'000};
      e.ventas_anuales = Money::from_cents(sales[i % 5] + i * 100);
      e.empleados_mujeres = i % 4;
      e.empleados_hombres = i % 5 == 4 ? 8 : i % 3;
      ws.enterprises().create(accounts.directora, e);
    }
    count = 40;
  }
};

Template& the_template() {
  static Template t;
  return t;
}

}  // namespace

void UiTest::SetUp() {
  shown_errors().clear();
  const Template& t = the_template();
  db_path = dir.path() / "centro.db";
  fs::copy_file(t.path, db_path);
  source = store::DataSource(db_path);
  if (testing_on_postgresql()) {
    // The same center moved onto the test server, as copy-to moves one.
    server_copy.emplace("cdmype_plantilla_ui", [&](const store::DataSource& empty) {
      store::Database from(store::DataSource(t.path));
      store::Database to(empty, store::OpenMode::CreateIfMissing);
      store::copy_center(from.connection(), to.connection(), {});
    });
    source = server_copy->source();
  }
  accounts = t.accounts;
  enterprise_count = t.count;
}

void UiTest::TearDown() {
  if (frame) {
    frame->Destroy();
    frame = nullptr;
  }
  pump(20);
}

ui::DeskContext UiTest::context(const Actor* who) {
  ui::DeskContext ctx;
  ctx.workspace = std::make_unique<services::Workspace>(services::Workspace::open(source));
  ctx.actor = who ? *who : accounts.directora;
  ctx.full_name = ctx.actor.username;
  ctx.source = source;
  return ctx;
}

ui::MainFrame* UiTest::open_main_frame(const Actor* who) {
  frame = new ui::MainFrame(context(who));
  frame->Show();
  pump(100);
  return frame;
}

}  // namespace cdmype::testing_support
