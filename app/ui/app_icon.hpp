// The program's icon at the sizes a desktop asks for, drawn from the SVG compiled into the binary.
#pragma once
#include <wx/iconbndl.h>

namespace cdmype::ui {

wxIconBundle app_icons();

}  // namespace cdmype::ui
