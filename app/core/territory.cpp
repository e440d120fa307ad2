// The 2024 territory catalog: parsing the embedded CSV and resolving distrito names.
#include "core/territory.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/catalogs.hpp"
#include "core/spanish_collation.hpp"
#include "core/text.hpp"

namespace cdmype {
namespace {

constexpr std::string_view kCatalogName = "territorio-sv-2024.csv";

std::vector<std::string_view> split_commas(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const auto comma = line.find(',', start);
    out.push_back(line.substr(start, comma == std::string_view::npos ? comma : comma - start));
    if (comma == std::string_view::npos) return out;
    start = comma + 1;
  }
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// "San Fernando, Morazán" or "San Fernando (Morazán)" → name and qualifier
// (departamento or municipio); a bare name has an empty qualifier.
std::pair<std::string, std::string> split_qualifier(std::string_view text) {
  const std::string t = trim(text);
  if (const auto open = t.find('('); open != std::string::npos && !t.empty() && t.back() == ')')
    return {trim(std::string_view(t).substr(0, open)),
            trim(std::string_view(t).substr(open + 1, t.size() - open - 2))};
  if (const auto comma = t.find(','); comma != std::string::npos)
    return {trim(std::string_view(t).substr(0, comma)),
            trim(std::string_view(t).substr(comma + 1))};
  return {t, {}};
}

}  // namespace

const Territory& Territory::el_salvador() {
  // Parsed once, on first use; C++ makes the static's initialisation thread-safe.
  static const Territory catalog = [] {
    for (const auto& f : catalogs::embedded())
      if (f.name == kCatalogName) return parse(f.contents);
    throw std::logic_error("El catálogo territorial no está incluido en el programa.");
  }();
  return catalog;
}

Territory Territory::parse(std::string_view csv) {
  if (csv.starts_with("\xEF\xBB\xBF")) csv.remove_prefix(3);
  Territory t;
  int dep_col = -1, mun_col = -1, dis_col = -1;
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos < csv.size();) {
    auto end = csv.find('\n', pos);
    if (end == std::string_view::npos) end = csv.size();
    std::string_view line = csv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (trim(line).empty()) continue;
    const auto cells = split_commas(line);
    if (dep_col < 0) {
      // The header names the columns, so their order may change.
      for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string h = fold_for_match(cells[i]);
        if (h == "departamento") dep_col = int(i);
        if (h == "municipio") mun_col = int(i);
        if (h == "distrito") dis_col = int(i);
      }
      if (dep_col < 0 || mun_col < 0 || dis_col < 0)
        throw std::invalid_argument(
            "catálogo territorial: la primera línea debe nombrar las columnas departamento, "
            "municipio y distrito.");
      continue;
    }
    const auto cell = [&](int col) {
      return static_cast<std::size_t>(col) < cells.size() ? trim(cells[std::size_t(col)])
                                                          : std::string{};
    };
    Distrito d{int(t.distritos_.size()) + 1, cell(dis_col), cell(mun_col), cell(dep_col)};
    if (d.nombre.empty() || d.municipio.empty() || d.departamento.empty())
      throw std::invalid_argument("catálogo territorial, línea " + std::to_string(line_no) +
                                  ": faltan departamento, municipio o distrito.");
    t.folded_names_.push_back(fold_for_match(d.nombre));
    t.distritos_.push_back(std::move(d));
  }
  return t;
}

const Distrito* Territory::by_id(int id) const {
  if (id < 1 || static_cast<std::size_t>(id) > distritos_.size()) return nullptr;
  return &distritos_[static_cast<std::size_t>(id - 1)];
}

std::vector<const Distrito*> Territory::by_name(std::string_view name) const {
  std::vector<const Distrito*> out;
  const std::string wanted = fold_for_match(name);
  if (wanted.empty()) return out;
  for (std::size_t i = 0; i < distritos_.size(); ++i)
    if (folded_names_[i] == wanted) out.push_back(&distritos_[i]);
  return out;
}

const Distrito* Territory::resolve(std::string_view text, std::string_view preferred_departamento,
                                   bool* ambiguous) const {
  if (ambiguous) *ambiguous = false;
  const auto [name, qualifier] = split_qualifier(text);
  auto matches = by_name(name);
  if (matches.empty()) {
    // A name with a comma of its own would be cut wrongly above; try it whole.
    matches = by_name(text);
    if (matches.size() == 1) return matches.front();
    if (matches.empty()) return nullptr;
  }
  // The qualifier may name the departamento ("Morazán") or the new
  // municipio ("Morazán Norte").
  const auto narrow = [&](std::string_view place) {
    const std::string folded = fold_for_match(place);
    std::vector<const Distrito*> kept;
    for (const Distrito* d : matches)
      if (fold_for_match(d->departamento) == folded || fold_for_match(d->municipio) == folded)
        kept.push_back(d);
    return kept;
  };
  if (!qualifier.empty()) {
    const auto kept = narrow(qualifier);
    if (kept.size() == 1) return kept.front();
    if (ambiguous) *ambiguous = kept.size() > 1;
    return nullptr;
  }
  if (matches.size() == 1) return matches.front();
  if (!trim(preferred_departamento).empty()) {
    if (const auto kept = narrow(preferred_departamento); kept.size() == 1) return kept.front();
  }
  if (ambiguous) *ambiguous = true;
  return nullptr;
}

std::vector<std::string> Territory::departamentos() const {
  std::vector<std::string> out;
  for (const auto& d : distritos_) add_unique(out, d.departamento);
  sort_spanish(out);
  return out;
}

std::vector<std::string> Territory::municipios() const {
  std::vector<std::string> out;
  for (const auto& d : distritos_) add_unique(out, d.municipio);
  sort_spanish(out);
  return out;
}

}  // namespace cdmype
