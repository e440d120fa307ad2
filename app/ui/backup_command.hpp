// Archivo → Copia de seguridad: choose a file, copy with a cancellable progress dialog, report.
#pragma once

class wxWindow;

namespace cdmype::ui {

struct DeskContext;

void run_backup(wxWindow* parent, DeskContext& ctx);

}  // namespace cdmype::ui
