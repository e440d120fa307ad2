// The Inicio screen: figures from report::compute_monthly_figures, computed on a worker, shown as tiles.
#include "ui/home_panel.hpp"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "core/codes.hpp"
#include "core/money.hpp"
#include "report/monthly_report.hpp"
#include "services/workspace.hpp"
#include "ui/background_job.hpp"
#include "ui/bar_chart.hpp"
#include "ui/desk_context.hpp"
#include "ui/error_boundary.hpp"
#include "ui/figure_tile.hpp"
#include "ui/form_layout.hpp"
#include "ui/i18n.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

YearMonth current_month() {
  const Date d = today();
  return YearMonth{d.year(), d.month()};
}

wxString count(std::int64_t n) {
  return wxString::Format(wxString::FromUTF8("%lld"), static_cast<long long>(n));
}

wxString hours_of(std::int64_t minutes) {
  return wxString::Format(wxString::FromUTF8("%.1f"), static_cast<double>(minutes) / 60.0);
}

const report::Meta* goal_for(const report::MonthlyFigures& f, std::string_view code) {
  for (const auto& m : f.metas)
    if (m.indicador == code && m.meta_anual > 0) return &m;
  return nullptr;
}

void set_tile(FigureTile* tile, const wxString& value, const wxString& detail,
              const report::MonthlyFigures& f, std::string_view code) {
  const report::Meta* m = goal_for(f, code);
  if (!m || !m->porcentaje) {
    tile->set(value, detail);
    return;
  }
  const wxString goal = wxString::Format(_("Año: %s de %s (%.0f %%)"), count(m->acumulado_anual),
                                         count(m->meta_anual), *m->porcentaje);
  tile->set(value, detail, m->porcentaje, goal);
}

// Bars by code, in the vocabulary's order, with display names; zeros left out.
template <class E>
std::vector<BarChart::Bar> bars_of(const report::CountMap& counts) {
  std::vector<BarChart::Bar> bars;
  for (const auto& entry : code_table<E>()) {
    const auto it = counts.find(std::string(entry.code));
    if (it != counts.end() && it->second > 0) bars.emplace_back(to_wx(entry.display), it->second);
  }
  return bars;
}

}  // namespace

wxString month_title(const YearMonth& month) {
  static const char* const kMonths[] = {N_("enero"),   N_("febrero"),   N_("marzo"),
                                        N_("abril"),   N_("mayo"),      N_("junio"),
                                        N_("julio"),   N_("agosto"),    N_("septiembre"),
                                        N_("octubre"), N_("noviembre"), N_("diciembre")};
  const int i = month.month >= 1 && month.month <= 12 ? month.month - 1 : 0;
  return wxString::Format(_("%s de %d"), tr(kMonths[i]), month.year);
}

HomePanel::HomePanel(wxWindow* parent, DeskContext& ctx)
    : ScreenPanel(parent), ctx_(ctx), month_(current_month()) {
  auto* header = new wxBoxSizer(wxHORIZONTAL);
  title_ = make_heading(this, wxString());
  wxFont font = title_->GetFont();
  font.SetPointSize(font.GetPointSize() + 4);
  title_->SetFont(font);
  auto* previous = new wxButton(this, wxID_ANY, _("◀ Mes anterior"));
  auto* now = new wxButton(this, wxID_ANY, _("Este mes"));
  auto* next = new wxButton(this, wxID_ANY, _("Mes siguiente ▶"));
  header->Add(title_, 1, wxALIGN_CENTER_VERTICAL);
  header->Add(previous, 0, wxLEFT, 6);
  header->Add(now, 0, wxLEFT, 6);
  header->Add(next, 0, wxLEFT, 6);
  previous->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step_month(-1); });
  next->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { step_month(1); });
  now->Bind(wxEVT_BUTTON,
            [this](wxCommandEvent&) { guarded(this, [this] { show_month(current_month()); }); });

  auto* grid = new wxGridSizer(3, wxSize(12, 12));
  attended_ = new FigureTile(this, _("Empresas atendidas"));
  sessions_ = new FigureTile(this, _("Sesiones de asesoría"));
  hours_ = new FigureTile(this, _("Horas de asesoría"));
  new_files_ = new FigureTile(this, _("Expedientes nuevos"));
  at_ = new FigureTile(this, _("Asistencias técnicas aprobadas"));
  referrals_ = new FigureTile(this, _("Remisiones recibidas"));
  for (FigureTile* t : {attended_, sessions_, hours_, new_files_, at_, referrals_})
    grid->Add(t, 1, wxEXPAND);

  by_area_ = new BarChart(this, _("Sesiones por área de servicio"));
  by_sector_ = new BarChart(this, _("Empresas atendidas por sector"));
  auto* charts = new wxBoxSizer(wxHORIZONTAL);
  charts->Add(by_area_, 1, wxEXPAND | wxRIGHT, 12);
  charts->Add(by_sector_, 1, wxEXPAND);

  rights_due_ = new wxStaticText(this, wxID_ANY, wxString());
  rights_due_->SetForegroundColour(wxColour(0xA0, 0x30, 0x00));
  rights_due_->Hide();
  consent_pending_ = new wxStaticText(this, wxID_ANY, wxString());
  consent_pending_->SetName(wxString::FromUTF8("consent_pending"));
  consent_pending_->SetForegroundColour(wxColour(0xA0, 0x30, 0x00));
  consent_pending_->Hide();

  auto* sizer = new wxBoxSizer(wxVERTICAL);
  sizer->Add(header, 0, wxEXPAND | wxALL, 12);
  sizer->Add(rights_due_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  sizer->Add(consent_pending_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  sizer->Add(grid, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  sizer->Add(charts, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
  SetSizer(sizer);
}

HomePanel::~HomePanel() = default;

bool HomePanel::computing() const { return job_ && job_->running(); }

void HomePanel::step_month(int delta) {
  int m = month_.month + delta;
  int y = month_.year;
  if (m < 1) {
    m = 12;
    --y;
  }
  if (m > 12) {
    m = 1;
    ++y;
  }
  guarded(this, [&] { show_month(YearMonth{y, m}); });
}

void HomePanel::reload() {
  show_rights_due();
  show_consent_pending();
  show_month(month_);
}

void HomePanel::show_rights_due() {
  if (!ctx_.may(Action::ManageDataProtection)) return;
  const auto due = ctx_.ws().rights().due_soon(ctx_.actor);
  wxString text;
  for (const auto& r : due) {
    text += text.empty() ? _("Solicitudes de derechos sobre datos personales por vencer:")
                         : wxString();
    text += wxString::Format(_("\n• n.º %lld, %s de %s: vence el %s%s"),
                             static_cast<long long>(r.id), to_wx(data_right_label(r.derecho)),
                             to_wx(r.persona_nombre), to_wx(to_display(r.vence)),
                             r.vence < ctx_.ws().context().today() ? _(" (VENCIDA)")
                                                                   : wxString());
  }
  rights_due_->SetLabel(text);
  rights_due_->Show(!due.empty());
  Layout();
}

void HomePanel::show_consent_pending() {
  if (!ctx_.may(Action::EditEnterprise)) return;
  constexpr int kListed = 5;
  auto consents = ctx_.ws().consents();
  const std::int64_t count = consents.unregistered_count(ctx_.actor);
  wxString text;
  if (count > 0) {
    text = wxString::Format(_("%lld expediente(s) con el consentimiento no registrado (Ley de "
                              "Protección de Datos Personales): imprima el formulario en la "
                              "pestaña Consentimiento del expediente y regularícelo."),
                            static_cast<long long>(count));
    for (const auto& f : consents.unregistered(ctx_.actor, kListed))
      text += wxString::FromUTF8("\n• ") + to_wx(f.codigo) + wxString::FromUTF8(" — ") +
              to_wx(f.nombre) +
              (f.datos_sensibles ? wxString::FromUTF8(" — ") +
                                       _("tiene datos sensibles sin consentimiento expreso")
                                 : wxString());
    if (count > kListed)
      text += wxString::Format(_("\n… y %lld más"), static_cast<long long>(count - kListed));
  }
  consent_pending_->SetLabel(text);
  consent_pending_->Show(count > 0);
  Layout();
}

void HomePanel::show_month(const YearMonth& month) {
  // The month being computed asked for again (other seats' change notices come
  // in bursts): computed once more when this computation ends, not waited for.
  if (computing() && month_ == month) {
    again_ = true;
    return;
  }
  again_ = false;
  month_ = month;
  title_->SetLabel(month_title(month));
  job_.reset();  // a month asked for before: its figures are not wanted any more
  // Another month: its tiles wait for it. The same month again (another seat's
  // change, Ver → Actualizar) keeps its figures until the new ones replace them.
  if (shown_ != month) {
    shown_.reset();
    for (FigureTile* t : {attended_, sessions_, hours_, new_files_, at_, referrals_})
      t->set(wxString::FromUTF8("…"), _("Calculando…"));
    Layout();
  }
  job_ = std::make_unique<BackgroundJob>(
      [this, source = ctx_.source, clock = ctx_.ws().context().clock, actor = ctx_.actor,
       month](const BackgroundJob::Gui&) -> std::function<void()> {
        std::optional<report::MonthlyFigures> f;
        const std::string error = failure_of(
            [&] {
              // One connection per thread: the window keeps using its own meanwhile.
              auto ws = services::Workspace::open(source, clock);
              f = report::compute_monthly_figures(ws, actor, month, report::generated_now());
            },
            to_utf8(_("Error interno al calcular las cifras del mes: ")));
        if (!error.empty())
          return [this, error] {
            show_error(this, to_wx(error));
            computed();
          };
        return [this, f = std::move(*f), month] {
          show_figures(f);
          shown_ = month;
          computed();
        };
      });
}

void HomePanel::computed() {
  // Later, not from inside the job's own last call (show_month replaces the job).
  if (again_) CallAfter([this] { show_month(month_); });
  again_ = false;
}

void HomePanel::show_figures(const report::MonthlyFigures& f) {
  const auto& e = f.empresas_atendidas;
  set_tile(
      attended_, count(e.total),
      wxString::Format(_("Lideradas por mujer: %s · rurales: %s"), count(e.mujer), count(e.rural)),
      f, "empresas_atendidas");
  set_tile(sessions_, count(f.sesiones.total),
           wxString::Format(_("%s asesores registraron sesiones"),
                            count(static_cast<std::int64_t>(f.sesiones.por_asesor.size()))),
           f, "sesiones");
  set_tile(hours_, hours_of(f.sesiones.minutos),
           wxString::Format(_("%s minutos en total"), count(f.sesiones.minutos)), f, "horas");
  set_tile(new_files_, count(f.empresas_nuevas), _("Fecha de ingreso en el mes"), f,
           "empresas_nuevas");
  const auto& at = f.asistencias_tecnicas;
  set_tile(at_, count(at.aprobadas),
           wxString::Format(_("Subsidio: %s · aporte: %s"),
                            to_wx(format_money(Money::from_cents(at.subsidio_centavos))),
                            to_wx(format_money(Money::from_cents(at.aporte_empresas_centavos)))),
           f, "asistencias_tecnicas");
  set_tile(referrals_, count(f.remisiones.recibidas),
           wxString::Format(_("Atendidas: %s"), count(f.remisiones.por_estado.contains("atendida")
                                                          ? f.remisiones.por_estado.at("atendida")
                                                          : 0)),
           f, "remisiones");
  by_area_->set_bars(bars_of<Area>(f.sesiones.por_area));
  by_sector_->set_bars(bars_of<Sector>(e.por_sector));
  Layout();
}

}  // namespace cdmype::ui
