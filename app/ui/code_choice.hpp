// A wxChoice over one of core's coded vocabularies (sector, zona, estado, …), by display name.
#pragma once
#include <wx/choice.h>

#include <optional>

#include "core/codes.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

// Items in code_table<E>() order; with `any_label` a first item meaning
// "any" (for filters), which chosen() reports as nullopt.
template <class E>
wxChoice* make_code_choice(wxWindow* parent, const wxString& any_label = wxString()) {
  auto* choice = new wxChoice(parent, wxID_ANY);
  if (!any_label.empty()) choice->Append(any_label);
  for (const auto& entry : code_table<E>()) choice->Append(to_wx(entry.display));
  choice->SetSelection(0);
  return choice;
}

template <class E>
std::optional<E> chosen(const wxChoice* choice, bool has_any) {
  int index = choice->GetSelection();
  if (has_any) --index;
  const auto table = code_table<E>();
  if (index < 0 || index >= static_cast<int>(table.size())) return std::nullopt;
  return table[static_cast<size_t>(index)].value;
}

template <class E>
void select_code(wxChoice* choice, E value, bool has_any) {
  const auto table = code_table<E>();
  for (size_t i = 0; i < table.size(); ++i)
    if (table[i].value == value) choice->SetSelection(static_cast<int>(i) + (has_any ? 1 : 0));
}

}  // namespace cdmype::ui
