// Editor tab "Resultados": this enterprise's results (sales, jobs, formalization, financing, new
// markets), newest first; record and delete them (roles that record results).
#pragma once
#include <wx/panel.h>

#include <cstdint>
#include <vector>

#include "core/result_record.hpp"

class wxButton;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class EnterpriseResultsPage : public wxPanel {
 public:
  EnterpriseResultsPage(wxWindow* parent, DeskContext& ctx);

  void load(std::int64_t enterprise_id);
  // Opens the result form (modal); reloads after one is recorded.
  void add();
  // `ask`: confirm first (tests pass false).
  void delete_selected(bool ask = true);

  const std::vector<ResultRecord>& results() const { return rows_; }
  TextTable* table() const { return table_; }
  wxButton* add_button() const { return add_; }
  wxButton* delete_button() const { return delete_; }

 private:
  void update_buttons();

  DeskContext& ctx_;
  std::int64_t enterprise_id_ = 0;
  TextTable* table_;
  wxButton* add_;
  wxButton* delete_;
  std::vector<ResultRecord> rows_;
};

}  // namespace cdmype::ui
