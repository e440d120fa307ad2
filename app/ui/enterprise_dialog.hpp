// The enterprise file editor: tabs datos, titular y socias/socios, sesiones, resultados,
// historial; saves through EnterpriseService.
#pragma once
#include <wx/dialog.h>

#include <cstdint>
#include <functional>
#include <optional>

#include "core/consent.hpp"
#include "core/enterprise.hpp"

class wxButton;
class wxNotebook;
class wxStaticText;

namespace cdmype::ui {

struct DeskContext;
class EnterpriseAtPage;
class EnterpriseConsentPage;
class EnterpriseDataPage;
class EnterpriseHistoryPage;
class EnterpriseResultsPage;
class EnterpriseSessionsPage;
class EnterpriseTitularPage;

class EnterpriseDialog : public wxDialog {
 public:
  // `id`: the file to edit; nullopt opens a new one with sensible defaults, or with `draft` when
  // given (a file opened from a referral).
  EnterpriseDialog(wxWindow* parent, DeskContext& ctx, std::optional<std::int64_t> id,
                   std::optional<Enterprise> draft = std::nullopt);

  // How a new file is stored instead of EnterpriseService::create (a referral opens the file and
  // links itself to it in one transaction); returns the stored file.
  using Creator =
      std::function<Enterprise(const Enterprise&, const std::optional<ConsentRecord>& consent)>;
  void set_creator(Creator create) { create_ = std::move(create); }

  // Reads the tabs and creates/updates the record. Problems (unreadable
  // fields, the service's ValidationFailed, StaleRecord) are shown and the
  // dialog stays open; returns true when stored.
  bool save();
  std::optional<std::int64_t> saved_id() const { return saved_id_; }
  const Enterprise& record() const { return record_; }

  wxNotebook* notebook() const { return notebook_; }
  wxStaticText* heading() const { return heading_; }
  EnterpriseDataPage* data_page() const { return data_; }
  EnterpriseTitularPage* titular_page() const { return titular_; }
  EnterpriseConsentPage* consent_page() const { return consent_; }
  EnterpriseSessionsPage* sessions_page() const { return sessions_; }
  EnterpriseHistoryPage* history_page() const { return history_; }
  EnterpriseAtPage* assistances_page() const { return assistances_; }
  EnterpriseResultsPage* results_page() const { return results_; }
  wxButton* save_button() const { return save_button_; }
  // Director only, on a stored file whose titular has a DUI; nullptr otherwise.
  wxButton* forget_button() const { return forget_button_; }
  // ExportPersonData (director, delegado), on a stored file whose titular has a DUI.
  wxButton* export_button() const { return export_button_; }

 private:
  Enterprise new_record() const;
  void show_record();
  void show_heading();
  void refresh_derived();

  DeskContext& ctx_;
  Enterprise record_;
  std::optional<std::int64_t> saved_id_;
  bool editable_;
  wxStaticText* heading_;
  wxNotebook* notebook_;
  EnterpriseDataPage* data_;
  EnterpriseTitularPage* titular_;
  EnterpriseConsentPage* consent_;
  EnterpriseSessionsPage* sessions_ = nullptr;
  EnterpriseHistoryPage* history_ = nullptr;
  EnterpriseAtPage* assistances_ = nullptr;
  EnterpriseResultsPage* results_ = nullptr;
  wxButton* save_button_;
  wxButton* forget_button_ = nullptr;
  wxButton* export_button_ = nullptr;
  Creator create_;
};

}  // namespace cdmype::ui
