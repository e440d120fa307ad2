// Turning a CSV file's bytes into UTF-8: UTF-8 (the default), Windows-1252 or UTF-16 with a BOM.
#pragma once
#include <string>
#include <string_view>

namespace cdmype::exchange {

// How the file was written. Only UTF-8 is ever written back (csv_writer).
enum class SourceEncoding { Utf8, Windows1252, Utf16Le, Utf16Be };

struct DecodedText {
  std::string utf8;  // without any byte-order mark
  SourceEncoding encoding = SourceEncoding::Utf8;
};

// UTF-16 LE/BE when the file starts with its byte-order mark (Excel's «Texto
// Unicode»); UTF-8 when the bytes are valid UTF-8 (a UTF-8 BOM is dropped);
// otherwise Windows-1252, what Excel writes as «CSV (delimitado por comas)»
// on a Spanish Windows. Throws ValidationFailed ("línea N: …") for bytes no
// reading explains: a byte CP1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90,
// 0x9D), broken UTF-16, invalid UTF-8 after a UTF-8 BOM.
DecodedText decode_text(std::string_view bytes);

// The sentence the import summary shows for a file that was not UTF-8
// ("El archivo no estaba en UTF-8; se leyó como Windows-1252 …"); "" for UTF-8.
std::string encoding_note(SourceEncoding encoding);

// Physical line (1-based) of a byte offset, counting LF, CRLF and lone CR
// (ASCII-compatible in UTF-8 and CP1252 alike).
int line_of_offset(std::string_view text, std::size_t offset);

// Index of the first byte that is not valid UTF-8 (overlong forms and
// surrogates included), or npos when the text is valid.
std::size_t first_invalid_utf8(std::string_view text);

}  // namespace cdmype::exchange
