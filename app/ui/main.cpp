// cdmype: the desktop program (see issue 6 and product.md).
#include "ui/desk_app.hpp"

wxIMPLEMENT_APP(cdmype::ui::DeskApp);
