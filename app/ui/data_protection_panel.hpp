// Protección de datos (director and the delegado): the register of the people's requests, the
// breach log with its 72-hour clock, the retention review, and the register of processing
// activities as PDF — the screens of the data-protection law's registers.
#pragma once
#include <filesystem>
#include <vector>

#include "core/data_breach.hpp"
#include "core/rights_request.hpp"
#include "store/retention_review.hpp"
#include "ui/screen_panel.hpp"

class wxButton;
class wxNotebook;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class DataProtectionPanel : public ScreenPanel {
 public:
  DataProtectionPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override;

  // Each opens its dialog (modal) and reloads after storing.
  void add_request();
  void extend_selected_request();
  void answer_selected_request();
  void add_breach();
  void notify_selected_breach();
  void keep_selected_file();
  // Writes the register of processing activities to `path`.
  void write_register(const std::filesystem::path& path);

  wxNotebook* notebook() const { return notebook_; }
  TextTable* requests() const { return requests_; }
  TextTable* breaches() const { return breaches_; }
  TextTable* retention() const { return retention_; }
  const std::vector<RightsRequest>& request_rows() const { return request_rows_; }
  const std::vector<DataBreach>& breach_rows() const { return breach_rows_; }

 private:
  void update_buttons();
  void save_register();

  DeskContext& ctx_;
  wxNotebook* notebook_;
  TextTable* requests_;
  TextTable* breaches_;
  TextTable* retention_;
  wxButton* add_request_;
  wxButton* extend_;
  wxButton* answer_;
  wxButton* add_breach_;
  wxButton* notify_;
  wxButton* keep_;
  wxButton* register_;
  std::vector<RightsRequest> request_rows_;
  std::vector<DataBreach> breach_rows_;
  std::vector<store::RetentionCandidate> retention_rows_;
};

}  // namespace cdmype::ui
