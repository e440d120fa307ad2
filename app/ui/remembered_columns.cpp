// Widths are saved when a drag ends, from the live control; on destruction the persistence
// manager writes the last widths seen, because a list half torn down cannot be asked.
#include "ui/remembered_columns.hpp"

#include <wx/listctrl.h>
#include <wx/persist.h>
#include <wx/persist/window.h>

#include <vector>

namespace cdmype::ui {
namespace {

wxString width_name(int column) { return wxString::Format(wxString::FromUTF8("Width%d"), column); }

class PersistentColumns : public wxPersistentWindow<wxListCtrl> {
 public:
  PersistentColumns(wxListCtrl* list, const wxString& key)
      : wxPersistentWindow<wxListCtrl>(list), key_(key) {}

  wxString GetKind() const override { return wxString::FromUTF8("ListColumns"); }
  wxString GetName() const override { return key_; }

  // Reads the widths from the control (it must be alive); the next Save writes them.
  void capture() {
    widths_.clear();
    for (int i = 0; i < Get()->GetColumnCount(); ++i) widths_.push_back(Get()->GetColumnWidth(i));
  }

  void Save() const override {
    for (size_t i = 0; i < widths_.size(); ++i)
      SaveValue(width_name(static_cast<int>(i)), static_cast<long>(widths_[i]));
  }

  bool Restore() override {
    bool any = false;
    for (int i = 0; i < Get()->GetColumnCount(); ++i) {
      long width = 0;
      // A column dragged to nothing would be lost to the person: keep a visible minimum.
      if (RestoreValue(width_name(i), &width) && width >= 16) {
        Get()->SetColumnWidth(i, static_cast<int>(width));
        any = true;
      }
    }
    capture();
    return any;
  }

 private:
  wxString key_;
  std::vector<int> widths_;
};

}  // namespace

void remember_columns(wxListCtrl* list, const wxString& key) {
  auto* memory = new PersistentColumns(list, key);
  wxPersistenceManager::Get().RegisterAndRestore(list, memory);
  list->Bind(wxEVT_LIST_COL_END_DRAG, [list, memory](wxListEvent& event) {
    event.Skip();
    // The new width is applied after this event: read it once the drag is over.
    list->CallAfter([memory] {
      memory->capture();
      memory->Save();
    });
  });
}

}  // namespace cdmype::ui
