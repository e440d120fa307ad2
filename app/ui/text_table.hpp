// A small read-only table of text rows as a virtual wxListCtrl (sessions, history): rows set as a
// whole.
#pragma once
#include <wx/listctrl.h>

#include <vector>

namespace cdmype::ui {

struct TableColumn {
  wxString title;
  int width;  // device-independent pixels
};

class TextTable : public wxListCtrl {
 public:
  // The widest column (by its given width) also takes any free width.
  TextTable(wxWindow* parent, const std::vector<TableColumn>& columns,
            const wxString& empty_text = wxString());

  using Row = std::vector<wxString>;
  void set_rows(std::vector<Row> rows);
  // What the empty table says (takes effect with the next set_rows).
  void set_empty_text(const wxString& text) { empty_text_ = text; }
  // The line the table shows now when it has no rows (empty when it has rows).
  wxString placeholder() const { return rows_.empty() ? empty_text_ : wxString(); }
  const std::vector<Row>& rows() const { return rows_; }
  // The selected row's index, or -1 (the placeholder line is never a row).
  long selected_row() const;
  // Selects and shows row `index`.
  void select_row(long index);

 protected:
  wxString OnGetItemText(long item, long column) const override;

 private:
  std::vector<Row> rows_;
  wxString empty_text_;
  long empty_column_ = 0;
};

}  // namespace cdmype::ui
