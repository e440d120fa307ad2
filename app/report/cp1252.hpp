// The one UTF-8 → Windows-1252 conversion for PDF text (base-14 fonts with WinAnsiEncoding).
#pragma once
#include <string>
#include <string_view>

namespace cdmype::report {

// Converts UTF-8 to CP1252 bytes. Covers Spanish (á é í ó ú ñ Ñ ü ¿ ¡),
// typographic punctuation (— – … “ ” ‘ ’ •), € and the rest of CP1252. A
// letter followed by a combining accent (decomposed "e\u0301") becomes the
// composed letter. Anything CP1252 cannot show, and invalid UTF-8, becomes
// '?', so a PDF never carries bytes its font would misread.
std::string utf8_to_cp1252(std::string_view utf8);

}  // namespace cdmype::report
