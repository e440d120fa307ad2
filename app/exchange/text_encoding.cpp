// Decoding of exchange files: UTF-8 first, then UTF-16 by its BOM, else Windows-1252 (core table).
#include "exchange/text_encoding.hpp"

#include <cstdio>

#include "core/cp1252.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace cdmype::exchange {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr const char* kSaveAsUtf8 =
    " En Excel use «Guardar como» → «CSV UTF-8 (delimitado por comas)» y vuelva a importarlo.";

[[noreturn]] void refuse(std::string message) { throw ValidationFailed({std::move(message)}); }

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

std::string from_cp1252(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    const auto cp = cp1252_to_unicode(b);
    if (!cp) {
      refuse("línea " + std::to_string(line_of_offset(bytes, i)) + ": el byte " + hex_byte(b) +
             " no es texto ni en UTF-8 ni en Windows-1252 (¿es una hoja de cálculo o un archivo "
             "dañado?)." +
             kSaveAsUtf8);
    }
    append_utf8(out, *cp);
  }
  return out;
}

std::string from_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size() / 2);
  auto unit = [&](std::size_t i) {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return static_cast<char32_t>(little_endian ? (b << 8 | a) : (a << 8 | b));
  };
  auto broken = [&] {
    refuse("línea " + std::to_string(line_of_offset(out, out.size())) +
           ": el archivo dice estar en UTF-16 («Texto Unicode» de Excel) pero está incompleto o "
           "dañado en ese punto." +
           kSaveAsUtf8);
  };
  if (bytes.size() % 2 != 0) broken();
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xDC00 && cp <= 0xDFFF) broken();
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      if (i + 3 >= bytes.size()) broken();
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) broken();
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace

int line_of_offset(std::string_view text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n')
      ++line;
    else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))
      ++line;
  }
  return line;
}

std::size_t first_invalid_utf8(std::string_view text) {
  // core's utf8_sequence_length is the project's one UTF-8 sequence check.
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

DecodedText decode_text(std::string_view bytes) {
  if (bytes.starts_with("\xFF\xFE"))
    return {from_utf16(bytes.substr(2), true), SourceEncoding::Utf16Le};
  if (bytes.starts_with("\xFE\xFF"))
    return {from_utf16(bytes.substr(2), false), SourceEncoding::Utf16Be};
  const bool bom = bytes.starts_with(kUtf8Bom);
  if (bom) bytes.remove_prefix(kUtf8Bom.size());
  const auto bad = first_invalid_utf8(bytes);
  if (bad == std::string_view::npos) return {std::string(bytes), SourceEncoding::Utf8};
  // A UTF-8 mark followed by other bytes is a damaged file, not a CP1252 one:
  // reading it as CP1252 would turn the mark itself into "ï»¿".
  if (bom)
    refuse("línea " + std::to_string(line_of_offset(bytes, bad)) +
           ": el archivo empieza como UTF-8 pero contiene bytes que no son UTF-8 (¿se pegaron "
           "textos de dos archivos?)." +
           kSaveAsUtf8);
  return {from_cp1252(bytes), SourceEncoding::Windows1252};
}

std::string encoding_note(SourceEncoding encoding) {
  switch (encoding) {
    case SourceEncoding::Utf8:
      return {};
    case SourceEncoding::Windows1252:
      return "El archivo no estaba en UTF-8; se leyó como Windows-1252 (Excel en español).";
    case SourceEncoding::Utf16Le:
      return "El archivo estaba en UTF-16 («Texto Unicode» de Excel); se leyó como tal.";
    case SourceEncoding::Utf16Be:
      return "El archivo estaba en UTF-16 big-endian; se leyó como tal.";
  }
  return {};
}

}  // namespace cdmype::exchange
