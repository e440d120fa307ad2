// A seat's report as text lines ("count NAME N", "lat KIND MS", "edit FILE VERSION", "error TEXT").
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "seats_bench.hpp"

namespace cdmype::bench::seats {

const char* write_code(Write w) {
  static const char* const kCodes[kWriteKinds] = {"sesion",     "edicion",      "solicitud",
                                                  "aprobacion", "contratacion", "pago"};
  return kCodes[static_cast<int>(w)];
}

const char* write_label(Write w) {
  static const char* const kLabels[kWriteKinds] = {
      "Sesión registrada",        "Edición de una de las 3 fichas compartidas",
      "Solicitud de AT",          "Aprobación de la directora (con el fondo)",
      "Contratación por compras", "Pago de $1.00 (proveedor o aporte)"};
  return kLabels[static_cast<int>(w)];
}

std::int64_t SeatReport::count(const std::string& name) const {
  const auto it = counts.find(name);
  return it == counts.end() ? 0 : it->second;
}

void SeatReport::add(const SeatReport& other) {
  for (const auto& [name, n] : other.counts) counts[name] += n;
  for (int k = 0; k < kWriteKinds; ++k)
    latency_ms[k].insert(latency_ms[k].end(), other.latency_ms[k].begin(),
                         other.latency_ms[k].end());
  for (int f = 0; f < kSharedFiles; ++f)
    edit_bases[f].insert(edit_bases[f].end(), other.edit_bases[f].begin(),
                         other.edit_bases[f].end());
  unexpected.insert(unexpected.end(), other.unexpected.begin(), other.unexpected.end());
}

void write_report(const SeatReport& r, const std::filesystem::path& file) {
  std::ofstream out(file);
  for (const auto& [name, n] : r.counts) out << "count " << name << ' ' << n << '\n';
  for (int k = 0; k < kWriteKinds; ++k)
    for (const double ms : r.latency_ms[k])
      out << "lat " << write_code(static_cast<Write>(k)) << ' ' << ms << '\n';
  for (int f = 0; f < kSharedFiles; ++f)
    for (const auto v : r.edit_bases[f]) out << "edit " << f << ' ' << v << '\n';
  for (std::string text : r.unexpected) {
    for (char& c : text)
      if (c == '\n') c = ' ';
    out << "error " << text << '\n';
  }
  out << "end\n";  // a seat that died half-way leaves no "end"
  if (!out)
    throw std::runtime_error("no se pudo escribir el informe del puesto en " + file.string());
}

SeatReport read_report(const std::filesystem::path& file) {
  std::ifstream in(file);
  SeatReport r;
  bool ended = false;
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string tag;
    words >> tag;
    if (tag == "count") {
      std::string name;
      std::int64_t n = 0;
      words >> name >> n;
      r.counts[name] += n;
    } else if (tag == "lat") {
      std::string code;
      double ms = 0;
      words >> code >> ms;
      for (int k = 0; k < kWriteKinds; ++k)
        if (code == write_code(static_cast<Write>(k))) r.latency_ms[k].push_back(ms);
    } else if (tag == "edit") {
      int f = 0;
      std::int64_t v = 0;
      words >> f >> v;
      if (f >= 0 && f < kSharedFiles) r.edit_bases[f].push_back(v);
    } else if (tag == "error") {
      r.unexpected.push_back(line.size() > 6 ? line.substr(6) : "");
    } else if (tag == "end") {
      ended = true;
    }
  }
  if (!ended) r.unexpected.push_back("el informe del puesto quedó incompleto: " + file.string());
  return r;
}

}  // namespace cdmype::bench::seats
