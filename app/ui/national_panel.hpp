// Consolidado nacional (CONAMYPE's supervisor, role consulta): the folder the centers' packages
// were saved in, the list of their public keys and the month; the packages of that month checked
// and added up (report/national_rollup), the table per center with the national total, and the
// PDF opened. Refused packages are named with the reason and nothing is added.
#pragma once
#include <filesystem>
#include <functional>
#include <optional>
#include <vector>

#include "core/dates.hpp"
#include "report/national_rollup.hpp"
#include "ui/screen_panel.hpp"

class wxButton;
class wxChoice;
class wxDirPickerCtrl;
class wxFilePickerCtrl;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class TextTable;

class NationalPanel : public ScreenPanel {
 public:
  NationalPanel(wxWindow* parent, DeskContext& ctx);

  void reload() override {}
  YearMonth month() const;
  bool select_month(const YearMonth& month);
  void set_folder(const std::filesystem::path& folder);
  void set_keys(const std::filesystem::path& csv);
  // Reads the folder's packages of the month and consolidates them; false when refused (the
  // reasons shown in the status line).
  bool consolidate();
  // Writes the national PDF and JSON beside the packages and opens the PDF.
  void open_pdf();
  using Opener = std::function<bool(const std::filesystem::path&)>;
  void set_opener(Opener opener) { opener_ = std::move(opener); }

  const std::optional<report::NationalRollUp>& rollup() const { return rollup_; }
  TextTable* table() const { return table_; }
  wxStaticText* status() const { return status_; }
  wxButton* consolidate_button() const { return consolidate_; }
  wxButton* open_button() const { return open_; }

 private:
  DeskContext& ctx_;
  std::vector<YearMonth> months_;
  wxChoice* month_;
  wxDirPickerCtrl* folder_;
  wxFilePickerCtrl* keys_;
  wxButton* consolidate_;
  wxButton* open_;
  wxStaticText* status_;
  TextTable* table_;
  std::optional<report::NationalRollUp> rollup_;
  Opener opener_;
};

}  // namespace cdmype::ui
