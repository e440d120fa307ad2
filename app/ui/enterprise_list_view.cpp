// Virtual enterprise list: fixed columns, a page cache around the visible rows, SQL-side sorting.
#include "ui/enterprise_list_view.hpp"

#include <wx/config.h>
#include <wx/log.h>

#include <array>

#include "core/codes.hpp"
#include "core/enterprise_size.hpp"
#include "ui/desk_context.hpp"
#include "ui/i18n.hpp"
#include "ui/stretch_column.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {
namespace {

using store::EnterpriseSort;

struct Column {
  const char* title;  // N_() source text
  int width;          // device-independent pixels
  std::optional<EnterpriseSort> sort;  // none: derived in C++, not sortable in SQL
};

// Column order is also the order of cells in OnGetItemText.
constexpr std::array<Column, 8> kColumns{{
    {N_("Código"), 115, EnterpriseSort::Codigo},
    {N_("Nombre"), 230, EnterpriseSort::Nombre},
    {N_("Titular"), 200, EnterpriseSort::Titular},
    {N_("Distrito"), 170, EnterpriseSort::Distrito},
    {N_("Sector"), 160, EnterpriseSort::Sector},
    {N_("Asesor(a)"), 185, EnterpriseSort::Asesor},
    {N_("Estado"), 85, EnterpriseSort::Estado},
    {N_("Tamaño"), 150, std::nullopt},
}};

wxString width_key(size_t column) {
  return wxString::Format(wxString::FromUTF8("/lists/empresas/width%zu"), column);
}

}  // namespace

EnterpriseListView::EnterpriseListView(wxWindow* parent, DeskContext& ctx)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
      ctx_(ctx),
      cache_(
          [this](std::int64_t offset, int limit) {
            // count_ is the filter's, read by requery() before any page.
            return ctx_.ws().enterprises().page(ctx_.actor, filter_, order(), limit, offset,
                                                count_);
          },
          [this] { return ctx_.ws().enterprises().ordered_ids(ctx_.actor, filter_, order()); },
          [this](std::span<const std::int64_t> ids) {
            return ctx_.ws().enterprises().rows(ctx_.actor, ids);
          }) {
  SetName(_("Lista de empresas"));
  wxConfigBase* config = wxConfigBase::Get();
  for (size_t i = 0; i < kColumns.size(); ++i) {
    long width = FromDIP(kColumns[i].width);
    if (config) config->Read(width_key(i), &width);
    AppendColumn(tr(kColumns[i].title), wxLIST_FORMAT_LEFT, static_cast<int>(width));
  }
  // Nombre takes the width the other columns leave free.
  stretch_column(this, 1, kColumns[1].width);
  Bind(wxEVT_LIST_CACHE_HINT, &EnterpriseListView::on_cache_hint, this);
  Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& e) { sort_by_column(e.GetColumn()); });
}

EnterpriseListView::~EnterpriseListView() { save_widths(); }

void EnterpriseListView::save_widths() {
  wxConfigBase* config = wxConfigBase::Get();
  if (!config) return;
  for (size_t i = 0; i < kColumns.size() && static_cast<int>(i) < GetColumnCount(); ++i)
    config->Write(width_key(i), static_cast<long>(GetColumnWidth(static_cast<int>(i))));
}

store::EnterpriseOrder EnterpriseListView::order() const {
  if (chosen_order_) return *chosen_order_;
  // Typing a search shows the best matches first until a header is clicked.
  return store::EnterpriseOrder{
      filter_.texto.empty() ? EnterpriseSort::Codigo : EnterpriseSort::Relevancia, false};
}

void EnterpriseListView::set_filter(const store::EnterpriseFilter& filter) {
  filter_ = filter;
  requery();
  if (count_ > 0) EnsureVisible(0);
}

void EnterpriseListView::requery() {
  cache_.clear();
  size_rules_ = ctx_.ws().minimum_wages().rules(ctx_.actor);
  size_date_ = ctx_.ws().context().today();
  count_ = ctx_.ws().enterprises().count(ctx_.actor, filter_);
  SetItemCount(static_cast<long>(count_));
  Refresh();
}

void EnterpriseListView::sort_by_column(int column) {
  if (column < 0 || column >= static_cast<int>(kColumns.size())) return;
  if (!kColumns[static_cast<size_t>(column)].sort) return;
  const EnterpriseSort by = *kColumns[static_cast<size_t>(column)].sort;
  const bool again = chosen_order_ && chosen_order_->by == by;
  chosen_order_ = store::EnterpriseOrder{by, again ? !chosen_order_->descending : false};
  sort_column_ = column;
  show_sort_indicator();
  cache_.clear();
  Refresh();
}

void EnterpriseListView::show_sort_indicator() {
  if (sort_column_ < 0 || !chosen_order_) {
    RemoveSortIndicator();
    return;
  }
  ShowSortIndicator(sort_column_, !chosen_order_->descending);
}

const store::EnterpriseListRow* EnterpriseListView::row_at(long index) {
  if (index < 0 || index >= count_) return nullptr;
  return cache_.row(index);
}

std::optional<std::int64_t> EnterpriseListView::selected_id() {
  const long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  if (const auto* r = row_at(item)) return r->id;
  return std::nullopt;
}

void EnterpriseListView::on_cache_hint(wxListEvent& event) {
  try {
    cache_.hint(event.GetCacheFrom(), event.GetCacheTo());
  } catch (const std::exception& e) {
    wxLogDebug(wxString::FromUTF8("enterprise list: %s"), to_wx(e.what()));
  }
}

wxString EnterpriseListView::OnGetItemText(long item, long column) const {
  const store::EnterpriseListRow* r = nullptr;
  try {
    r = cache_.row(item);
  } catch (const std::exception&) {
    r = nullptr;  // painting must not throw; the next requery shows the error
  }
  if (!r) return wxString();
  switch (column) {
    case 0:
      return to_wx(r->codigo);
    case 1:
      return to_wx(r->nombre);
    case 2:
      return to_wx(r->titular_nombre);
    case 3:
      return to_wx(r->distrito);
    case 4:
      return to_wx(display_of(r->sector));
    case 5:
      return to_wx(r->asesor_nombre);
    case 6:
      return to_wx(display_of(r->estado));
    case 7:
      return to_wx(size_label(size_on(r->ventas_anuales, r->trabajadores, size_date_, size_rules_)));
    default:
      return wxString();
  }
}

}  // namespace cdmype::ui
