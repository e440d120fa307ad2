// COPY text format unescaping, one pass over the line into one buffer.
#include "store/postgresql/copy_text_row.hpp"

namespace cdmype::store {

namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

void CopyTextRow::parse(std::string_view line) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  buffer_.clear();
  spans_.clear();
  nulls_.clear();
  size_t i = 0;
  while (true) {
    const size_t start = buffer_.size();
    if (line.substr(i, 2) == "\\N" && (i + 2 == line.size() || line[i + 2] == '\t')) {
      spans_.emplace_back(start, 0);
      nulls_.push_back(true);
      i += 2;
    } else {
      while (i < line.size() && line[i] != '\t') {
        const char c = line[i++];
        if (c != '\\' || i == line.size()) {
          buffer_ += c;
          continue;
        }
        const char e = line[i++];
        switch (e) {
          case 'b': buffer_ += '\b'; break;
          case 'f': buffer_ += '\f'; break;
          case 'n': buffer_ += '\n'; break;
          case 'r': buffer_ += '\r'; break;
          case 't': buffer_ += '\t'; break;
          case 'v': buffer_ += '\v'; break;
          case 'x': {
            int value = 0, digits = 0;
            while (digits < 2 && i < line.size() && hex_digit(line[i]) >= 0) {
              value = value * 16 + hex_digit(line[i++]);
              ++digits;
            }
            if (digits == 0) buffer_ += 'x';
            else buffer_ += static_cast<char>(value);
            break;
          }
          default:
            if (is_octal(e)) {
              int value = e - '0', digits = 1;
              while (digits < 3 && i < line.size() && is_octal(line[i])) {
                value = value * 8 + (line[i++] - '0');
                ++digits;
              }
              buffer_ += static_cast<char>(value);
            } else {
              buffer_ += e;  // \\ and any other escaped character stand for themselves
            }
        }
      }
      spans_.emplace_back(start, buffer_.size() - start);
      nulls_.push_back(false);
    }
    if (i >= line.size()) break;
    ++i;  // the tab
  }
}

}  // namespace cdmype::store
