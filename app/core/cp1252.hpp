// The Windows-1252 code page in both directions (Spanish Excel's CSV; the PDF fonts' WinAnsi).
#pragma once
#include <optional>
#include <string>

namespace cdmype {

// The Unicode character of a CP1252 byte. Bytes below 0x80 and from 0xA0 are
// Latin-1; 0x80–0x9F are typographic (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
// ˜ ™ š › œ ž Ÿ). The five bytes CP1252 leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) give nullopt.
std::optional<char32_t> cp1252_to_unicode(unsigned char byte);

// The CP1252 byte of a Unicode character, or nullopt when CP1252 has none.
std::optional<unsigned char> unicode_to_cp1252(char32_t code_point);

// Appends the UTF-8 encoding of a valid code point (not a surrogate, ≤ U+10FFFF).
void append_utf8(std::string& out, char32_t code_point);

}  // namespace cdmype
