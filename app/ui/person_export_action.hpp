// «Datos de la persona…» from a file: the titular's access and portability export, the same
// JSON and PDF as `cdmype-cli person export`, written to a folder the user picks.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "core/enterprise.hpp"

class wxWindow;

namespace cdmype::ui {

struct DeskContext;

// Writes datos-personales-DUI.json and .pdf into `folder` (audited by the service); returns the
// two paths.
std::vector<std::filesystem::path> write_person_export(DeskContext& ctx, const std::string& dui,
                                                       const std::filesystem::path& folder);

// Asks for the folder, writes both files, says where they are and opens the PDF. False when the
// user cancelled or it failed (the error was shown).
bool export_titular_from_file(wxWindow* parent, DeskContext& ctx, const Enterprise& e);

}  // namespace cdmype::ui
