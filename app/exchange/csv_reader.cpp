// RFC 4180 reader: one linear pass over the bytes, physical line numbers kept per record.
#include "exchange/csv_reader.hpp"

#include <algorithm>
#include <optional>

#include "core/errors.hpp"
#include "exchange/text_encoding.hpp"

namespace cdmype::exchange {
namespace {

[[noreturn]] void refuse(std::string message) { throw ValidationFailed({std::move(message)}); }

void check_controls(std::string_view text) {
  // Decoded text can still be binary: NUL and other C0 controls never occur
  // in a spreadsheet export, and letting them through would only produce
  // confusing messages further on.
  const auto ctrl = std::find_if(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F;
  });
  if (ctrl != text.end()) {
    refuse("línea " +
           std::to_string(line_of_offset(text, static_cast<std::size_t>(ctrl - text.begin()))) +
           ": el archivo contiene caracteres de control; no parece un archivo CSV de texto.");
  }
}

// The separator is decided on the header line alone, counting only outside
// quotes: a header never legitimately contains the other characters. Tab is
// what Excel's «Texto Unicode» writes; ties go to ',' then ';'.
char detect_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"')
      quoted = !quoted;
    else if (!quoted && (c == '\n' || c == '\r'))
      break;
    else if (!quoted && c == ',')
      ++commas;
    else if (!quoted && c == ';')
      ++semicolons;
    else if (!quoted && c == '\t')
      ++tabs;
  }
  if (tabs > commas && tabs > semicolons) return '\t';
  return semicolons > commas ? ';' : ',';
}

// Excel honours (and some tools write) a first line "sep=;" naming the
// separator. Returns that separator when `text` starts with such a line.
std::optional<char> separator_hint(std::string_view text) {
  if (text.size() < 5 || (text.substr(0, 4) != "sep=" && text.substr(0, 4) != "SEP=")) return {};
  const char sep = text[4];
  if (std::string_view(",;\t|").find(sep) == std::string_view::npos) return {};
  if (text.size() > 5 && text[5] != '\n' && text[5] != '\r') return {};
  return sep;
}

bool is_blank(const std::vector<std::string>& fields) {
  return std::all_of(fields.begin(), fields.end(), [](const std::string& f) {
    return f.find_first_not_of(" \t") == std::string::npos;
  });
}

class Parser {
 public:
  Parser(std::string_view text, char sep, const CsvLimits& limits)
      : s_(text), sep_(sep), limits_(limits) {}

  bool at_end() const { return pos_ >= s_.size(); }

  // Reads one record starting at the current position.
  CsvRecord next() {
    CsvRecord rec;
    rec.line = line_;
    while (true) {
      rec.fields.push_back(field(rec.line));
      if (rec.fields.size() > limits_.max_columns) {
        refuse("línea " + std::to_string(rec.line) + ": la fila tiene más de " +
               std::to_string(limits_.max_columns) +
               " columnas; no parece un archivo de intercambio de CDMYPE.");
      }
      if (at_end()) return rec;
      const char c = s_[pos_];
      if (c == sep_) {
        ++pos_;
        continue;
      }
      consume_line_end();  // c is '\r' or '\n'
      return rec;
    }
  }

 private:
  void consume_line_end() {
    if (s_[pos_] == '\r' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }

  void append(std::string& out, std::string_view chunk, int record_line) {
    if (out.size() + chunk.size() > limits_.max_field_bytes) {
      refuse("línea " + std::to_string(record_line) + ": un campo tiene más de " +
             std::to_string(limits_.max_field_bytes) +
             " caracteres; revise que las comillas estén bien cerradas.");
    }
    out.append(chunk);
  }

  std::string field(int record_line) {
    std::string out;
    // Tolerate spaces before an opening quote (` "a, b"`), which some
    // hand-edited files have; RFC 4180 would read them as an unquoted field.
    // A tab is skipped only when it is not the separator (it would swallow an empty field).
    std::size_t p = pos_;
    while (p < s_.size() && (s_[p] == ' ' || (s_[p] == '\t' && sep_ != '\t'))) ++p;
    if (p < s_.size() && s_[p] == '"') {
      pos_ = p + 1;
      quoted(out, record_line);
    }
    // Unquoted text (or stray text after a closing quote, kept literally).
    const std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] != sep_ && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
    append(out, s_.substr(start, pos_ - start), record_line);
    return out;
  }

  void quoted(std::string& out, int record_line) {
    const int opened_at = line_;
    while (true) {
      const std::size_t start = pos_;
      while (pos_ < s_.size() && s_[pos_] != '"' && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
      append(out, s_.substr(start, pos_ - start), record_line);
      if (at_end()) {
        refuse("línea " + std::to_string(opened_at) +
               ": unas comillas abiertas no se cierran antes del final del archivo.");
      }
      const char c = s_[pos_];
      if (c == '"') {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '"') {
          append(out, "\"", record_line);
          pos_ += 2;
          continue;
        }
        ++pos_;
        return;
      }
      // A line break inside quotes belongs to the value; keep it as '\n'.
      consume_line_end();
      append(out, "\n", record_line);
    }
  }

  std::string_view s_;
  char sep_;
  const CsvLimits& limits_;
  std::size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

CsvTable read_csv(std::string_view raw, const CsvLimits& limits) {
  DecodedText decoded = decode_text(raw);
  const std::string_view bytes = decoded.utf8;
  check_controls(bytes);
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos)
    refuse("el archivo está vacío: falta la línea de encabezado con los nombres de columna.");

  CsvTable table;
  table.encoding = decoded.encoding;
  // Leading blank lines are skipped; the separator is read from the first
  // line that has text, unless that line is Excel's "sep=;" hint.
  const std::string_view first = bytes.substr(bytes.find_first_not_of(" \t\r\n"));
  const auto hint = separator_hint(first);
  table.separator = hint ? *hint : detect_separator(first);
  Parser parser(bytes, table.separator, limits);
  if (hint) parser.next();  // the hint line is not the header

  std::vector<std::string> problems;
  bool have_header = false;
  while (!parser.at_end()) {
    CsvRecord rec = parser.next();
    if (is_blank(rec.fields)) continue;
    if (!have_header) {
      table.header = std::move(rec.fields);
      table.header_line = rec.line;
      have_header = true;
      continue;
    }
    if (rec.fields.size() != table.header.size()) {
      if (problems.size() >= limits.max_problems) {
        problems.push_back("… hay más filas con un número de campos distinto; se dejó de revisar.");
        break;
      }
      problems.push_back("línea " + std::to_string(rec.line) + ": la fila tiene " +
                         std::to_string(rec.fields.size()) + " campos y el encabezado " +
                         std::to_string(table.header.size()) + "; revise separadores y comillas.");
      continue;
    }
    table.records.push_back(std::move(rec));
  }
  if (!problems.empty()) throw ValidationFailed(std::move(problems));
  return table;
}

}  // namespace cdmype::exchange
