// The enterprise table: a virtual wxListCtrl fed page by page from EnterpriseService, sortable by
// column.
#pragma once
#include <wx/listctrl.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/dates.hpp"
#include "core/enterprise_size.hpp"

#include "store/enterprise_query.hpp"
#include "ui/enterprise_page_cache.hpp"

namespace cdmype::ui {

struct DeskContext;

class EnterpriseListView : public wxListCtrl {
 public:
  EnterpriseListView(wxWindow* parent, DeskContext& ctx);
  ~EnterpriseListView() override;

  // Shows the enterprises matching `filter` (count and first rows are read now).
  void set_filter(const store::EnterpriseFilter& filter);
  // Reads count and rows again with the same filter and order (after an edit).
  void requery();

  std::int64_t count() const { return count_; }
  store::EnterpriseOrder order() const;
  // Sorts by a column as a click on its header does (a second click reverses).
  void sort_by_column(int column);
  // The row shown at `index` (null past the end).
  const store::EnterpriseListRow* row_at(long index);
  std::optional<std::int64_t> selected_id();
  // Text of a cell exactly as drawn.
  wxString cell(long item, long column) const { return OnGetItemText(item, column); }
  const EnterprisePageCache& cache() const { return cache_; }

 protected:
  wxString OnGetItemText(long item, long column) const override;

 private:
  void on_cache_hint(wxListEvent& event);
  void show_sort_indicator();
  void save_widths();

  DeskContext& ctx_;
  store::EnterpriseFilter filter_;
  std::optional<store::EnterpriseOrder> chosen_order_;  // by a header click
  int sort_column_ = -1;
  std::int64_t count_ = 0;
  mutable EnterprisePageCache cache_;
  // The Tamaño column: today's law and wage, read again on every requery.
  SizeRules size_rules_;
  Date size_date_;
};

}  // namespace cdmype::ui
