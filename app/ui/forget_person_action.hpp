// «Olvidar a la persona…» from a file: the reason, two confirmations naming what stays, the forget.
#pragma once
#include "core/enterprise.hpp"

class wxWindow;

namespace cdmype::ui {

struct DeskContext;

// Asks the reason (required), then twice: first what is replaced and what
// stays, then which earlier copies still hold the person; "No" is the
// default both times. Runs PersonService::forget for the titular's DUI and
// tells the outcome, including whether the database could be compacted.
// True when the person was forgotten (the caller reloads the file).
bool forget_titular_from_file(wxWindow* parent, DeskContext& ctx, const Enterprise& e);

}  // namespace cdmype::ui
