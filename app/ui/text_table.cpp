// Virtual list over a vector of text rows; an empty table says so in its first row.
#include "ui/text_table.hpp"

#include "ui/stretch_column.hpp"

namespace cdmype::ui {

TextTable::TextTable(wxWindow* parent, const std::vector<TableColumn>& columns,
                     const wxString& empty_text)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                 wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES),
      empty_text_(empty_text) {
  for (size_t i = 0; i < columns.size(); ++i) {
    AppendColumn(columns[i].title, wxLIST_FORMAT_LEFT, FromDIP(columns[i].width));
    // The "nothing here" line goes in the widest column, where it fits.
    if (columns[i].width > columns[static_cast<size_t>(empty_column_)].width)
      empty_column_ = static_cast<long>(i);
  }
  stretch_column(this, static_cast<int>(empty_column_),
                 columns.empty() ? 0 : columns[static_cast<size_t>(empty_column_)].width);
  set_rows({});
}

void TextTable::set_rows(std::vector<Row> rows) {
  rows_ = std::move(rows);
  const bool placeholder = rows_.empty() && !empty_text_.empty();
  SetItemCount(placeholder ? 1 : static_cast<long>(rows_.size()));
  Refresh();
}

long TextTable::selected_row() const {
  const long item = GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
  return item >= 0 && item < static_cast<long>(rows_.size()) ? item : -1;
}

void TextTable::select_row(long index) {
  if (index < 0 || index >= static_cast<long>(rows_.size())) return;
  SetItemState(index, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
               wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
  EnsureVisible(index);
}

wxString TextTable::OnGetItemText(long item, long column) const {
  if (rows_.empty()) return item == 0 && column == empty_column_ ? empty_text_ : wxString();
  if (item < 0 || item >= static_cast<long>(rows_.size())) return wxString();
  const Row& row = rows_[static_cast<size_t>(item)];
  return column >= 0 && column < static_cast<long>(row.size()) ? row[static_cast<size_t>(column)]
                                                               : wxString();
}

}  // namespace cdmype::ui
