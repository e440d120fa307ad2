// Verifies the packages, then sums the centers' report trees figure by figure.
#include "report/national_rollup.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>

#include "core/text.hpp"
#include "report/json_writer.hpp"
#include "report/report_format.hpp"
#include "report/report_package.hpp"
#include "report/report_tables.hpp"

namespace cdmype::report {
namespace {

// Members of a center report that are not figures.
bool is_heading(const std::string& key) {
  return key == "periodo" || key == "centro" || key == "operador" || key == "generado";
}

JsonValue figures_of(const JsonValue& report) {
  JsonValue out;
  out.kind = JsonValue::Kind::Object;
  for (const auto& [k, v] : report.members)
    if (!is_heading(k)) out.members.push_back(JsonMember{k, v});
  return out;
}

JsonValue number(std::string text) {
  JsonValue v;
  v.kind = JsonValue::Kind::Number;
  v.text = std::move(text);
  return v;
}

std::string two_decimals(double d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f", d);
  return buf;
}

JsonValue sum_values(const std::vector<const JsonValue*>& parts);

// Recomputed, not summed: hours from minutes, a goal's percentage from its sums.
void derive(JsonValue& object) {
  JsonValue* horas = object.find("horas");
  const JsonValue* minutos = object.find("minutos");
  if (horas && minutos && minutos->integer()) *horas = number(hours_decimal(*minutos->integer()));
  JsonValue* porcentaje = object.find("porcentaje");
  const JsonValue* acumulado = object.find("acumulado_anual");
  const JsonValue* meta = object.find("meta_anual");
  if (porcentaje && acumulado && meta && acumulado->integer() && meta->integer()) {
    if (*meta->integer() > 0)
      *porcentaje = number(two_decimals(100.0 * static_cast<double>(*acumulado->integer()) /
                                        static_cast<double>(*meta->integer())));
    else
      *porcentaje = JsonValue{};
  }
}

JsonValue sum_objects(const std::vector<const JsonValue*>& parts) {
  JsonValue out;
  out.kind = JsonValue::Kind::Object;
  std::vector<std::string> keys;
  for (const auto* p : parts)
    for (const auto& [k, v] : p->members)
      if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  for (const auto& k : keys) {
    std::vector<const JsonValue*> children;
    for (const auto* p : parts)
      if (const JsonValue* c = p->find(k)) children.push_back(c);
    out.members.push_back(JsonMember{k, sum_values(children)});
  }
  derive(out);
  return out;
}

// Goal rows and other lists of objects named by "indicador" are summed row by row.
JsonValue sum_arrays(const std::vector<const JsonValue*>& parts) {
  JsonValue out;
  out.kind = JsonValue::Kind::Array;
  std::vector<std::string> names;
  std::map<std::string, std::vector<const JsonValue*>> rows;
  for (const auto* p : parts)
    for (const auto& item : p->items) {
      const JsonValue* name = item.find("indicador");
      if (!item.is_object() || !name) continue;
      if (!rows.contains(name->text)) names.push_back(name->text);
      rows[name->text].push_back(&item);
    }
  for (const auto& n : names) out.items.push_back(sum_objects(rows[n]));
  return out;
}

JsonValue sum_values(const std::vector<const JsonValue*>& all) {
  std::vector<const JsonValue*> parts;
  for (const auto* p : all)
    if (p && p->kind != JsonValue::Kind::Null) parts.push_back(p);
  if (parts.empty()) return JsonValue{};
  const auto kind = parts.front()->kind;
  std::erase_if(parts, [&](const JsonValue* p) { return p->kind != kind; });
  switch (kind) {
    case JsonValue::Kind::Object:
      return sum_objects(parts);
    case JsonValue::Kind::Array:
      return sum_arrays(parts);
    case JsonValue::Kind::Number: {
      bool integers = true;
      std::int64_t n = 0;
      double d = 0;
      for (const auto* p : parts) {
        if (const auto i = p->integer())
          n += *i;
        else
          integers = false;
        d += p->number().value_or(0);
      }
      return number(integers ? std::to_string(n) : two_decimals(d));
    }
    default: {  // texts kept only when every center says the same
      for (const auto* p : parts)
        if (p->text != parts.front()->text) return JsonValue{};
      return *parts.front();
    }
  }
}

JsonValue total_of(const std::vector<CenterFigures>& centers, JsonValue CenterFigures::*part) {
  std::vector<const JsonValue*> parts;
  for (const auto& c : centers) parts.push_back(&(c.*part));
  JsonValue out = sum_values(parts);
  if (out.kind == JsonValue::Kind::Null) out.kind = JsonValue::Kind::Object;
  return out;
}

// report_tables' share of the attended enterprises, rounded half-up to one decimal.
std::optional<double> attended_share(const JsonValue& attended, std::string_view key) {
  const JsonValue* total = attended.find("total");
  const JsonValue* part = attended.find(key);
  if (!total || !part || !total->integer() || !part->integer()) return std::nullopt;
  const auto pct = share(*part->integer(), *total->integer());
  if (!pct) return std::nullopt;
  return static_cast<double>(static_cast<long long>(*pct * 10.0 + 0.5)) / 10.0;
}

void write_shares(JsonWriter& w, const JsonValue& figures) {
  const Shares s = shares_of(figures);
  w.key("proporciones").begin_object();
  for (const auto& [name, value] :
       {std::pair{"mujer", s.mujer}, std::pair{"rural", s.rural}, std::pair{"joven", s.joven}}) {
    w.key(name);
    if (value) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.1f", *value);
      w.value_number_text(buf);
    } else {
      w.value_null();
    }
  }
  w.end_object();
}

// The figures' members, then acumulado and proporciones, inside an object already begun.
void write_figures(JsonWriter& w, const JsonValue& mes, const JsonValue& acumulado) {
  for (const auto& [k, v] : mes.members) {
    w.key(k);
    write_json(w, v);
  }
  write_shares(w, mes);
  w.key("acumulado").begin_object();
  for (const auto& [k, v] : acumulado.members) {
    w.key(k);
    write_json(w, v);
  }
  write_shares(w, acumulado);
  w.end_object();
}

}  // namespace

std::vector<CenterKey> read_center_keys(std::string_view csv) {
  std::vector<CenterKey> out;
  std::size_t line_no = 0;
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
  while (!csv.empty()) {
    const std::size_t end = csv.find('\n');
    std::string line = trim(csv.substr(0, end));
    csv = end == std::string_view::npos ? std::string_view() : csv.substr(end + 1);
    ++line_no;
    if (line.empty()) continue;
    const std::size_t sep = line.find_first_of(",;");
    const std::string prefijo = trim(line.substr(0, sep));
    const std::string clave = sep == std::string::npos ? "" : trim(line.substr(sep + 1));
    if (line_no == 1 && prefijo == "centro") continue;  // the header
    if (prefijo.empty() || clave.empty() || clave.find_first_of(",;") != std::string::npos)
      throw UserError("Lista de claves, línea " + std::to_string(line_no) +
                      ": se esperaba «centro,clave_publica».");
    for (const auto& k : out)
      if (k.prefijo == prefijo)
        throw UserError("Lista de claves, línea " + std::to_string(line_no) + ": el centro «" +
                        prefijo + "» ya tiene una clave.");
    out.push_back({prefijo, clave});
  }
  if (out.empty()) throw UserError("La lista de claves no tiene ningún centro.");
  return out;
}

RollUpRefused::RollUpRefused(std::vector<std::string> problems)
    : UserError([&] {
        std::string text = "No se consolidó nada: hay paquetes que no se pueden aceptar.";
        for (const auto& p : problems) text += "\n" + p;
        return text;
      }()),
      problems_(std::move(problems)) {}

NationalRollUp consolidate(const YearMonth& month, const std::vector<CenterKey>& keys,
                           const std::vector<PackageFile>& packages) {
  if (packages.empty()) throw UserError("No se indicó ningún paquete que consolidar.");
  std::map<std::string, std::string> key_of;
  for (const auto& k : keys) key_of[k.prefijo] = k.clave_publica;
  std::vector<std::string> problems;
  std::map<std::string, std::string> file_of_center;
  NationalRollUp r;
  r.periodo = month;
  std::set<std::string> ids_mes, ids_anio;
  for (const auto& file : packages) {
    auto refuse = [&](const std::string& why) { problems.push_back(file.name + ": " + why + "."); };
    ReportPackage p;
    try {
      p = read_package(file.bytes);
    } catch (const std::runtime_error& e) {
      refuse(e.what());
      continue;
    }
    const auto key = key_of.find(p.prefijo);
    if (key == key_of.end()) {
      refuse("el centro «" + p.prefijo + "» no está en la lista de claves");
      continue;
    }
    if (auto bad = package_problems(p, key->second); !bad.empty()) {
      for (const auto& b : bad) refuse(b);
      continue;
    }
    if (p.periodo != month.to_string()) {
      refuse("es el paquete de " + p.periodo + ", no de " + month.to_string());
      continue;
    }
    if (const auto [it, fresh] = file_of_center.emplace(p.prefijo, file.name); !fresh) {
      refuse("el centro " + p.prefijo + " ya envió " + it->second + " para este mes");
      continue;
    }
    CenterFigures c;
    c.prefijo = p.prefijo;
    c.centro = p.centro;
    try {
      const JsonValue mes = parse_json(p.informe_json);
      const JsonValue* periodo = mes.find("periodo");
      if (!periodo || periodo->text != p.periodo) {
        refuse("el informe que lleva no es del mes del paquete");
        continue;
      }
      c.mes = figures_of(mes);
      c.acumulado = figures_of(parse_json(p.acumulado_json));
    } catch (const std::runtime_error& e) {
      refuse(std::string("el informe que lleva es ilegible: ") + e.what());
      continue;
    }
    c.empresas_mes = static_cast<std::int64_t>(p.empresas_mes.size());
    c.empresas_anio = static_cast<std::int64_t>(p.empresas_anio.size());
    ids_mes.insert(p.empresas_mes.begin(), p.empresas_mes.end());
    ids_anio.insert(p.empresas_anio.begin(), p.empresas_anio.end());
    r.centros.push_back(std::move(c));
  }
  if (!problems.empty()) throw RollUpRefused(std::move(problems));
  std::sort(r.centros.begin(), r.centros.end(),
            [](const CenterFigures& a, const CenterFigures& b) { return a.prefijo < b.prefijo; });
  r.total_mes = total_of(r.centros, &CenterFigures::mes);
  r.total_acumulado = total_of(r.centros, &CenterFigures::acumulado);
  r.distintas_mes = static_cast<std::int64_t>(ids_mes.size());
  r.distintas_anio = static_cast<std::int64_t>(ids_anio.size());
  for (const auto& k : keys)
    if (!file_of_center.contains(k.prefijo)) r.faltan.push_back(k.prefijo);
  return r;
}

std::vector<PackageFile> packages_of_month(const std::vector<PackageFile>& files,
                                           const YearMonth& month) {
  std::vector<PackageFile> out;
  for (const auto& f : files) {
    try {
      if (read_package(f.bytes).periodo == month.to_string()) out.push_back(f);
    } catch (const std::runtime_error&) {
      if (f.name.ends_with(".paquete")) out.push_back(f);
    }
  }
  return out;
}

Shares shares_of(const JsonValue& figures) {
  const JsonValue* attended = figures.find("empresas_atendidas");
  if (!attended) return {};
  return {attended_share(*attended, "mujer"), attended_share(*attended, "rural"),
          attended_share(*attended, "joven")};
}

std::string national_json(const NationalRollUp& r, const GeneratedAt& generated) {
  JsonWriter w;
  w.begin_object();
  w.member("formato", "cdmype-consolidado-nacional/1");
  w.member("periodo", r.periodo.to_string());
  char when[32];
  std::snprintf(when, sizeof when, "%s %02d:%02d", to_iso(generated.date).c_str(), generated.hour,
                generated.minute);
  w.member("generado", when);
  w.key("centros").begin_array();
  for (const auto& c : r.centros) {
    w.begin_object();
    w.member("prefijo", c.prefijo).member("centro", c.centro);
    write_figures(w, c.mes, c.acumulado);
    w.end_object();
  }
  w.end_array();
  w.key("total").begin_object();
  write_figures(w, r.total_mes, r.total_acumulado);
  w.end_object();
  std::int64_t suma_mes = 0, suma_anio = 0;
  for (const auto& c : r.centros) {
    suma_mes += c.empresas_mes;
    suma_anio += c.empresas_anio;
  }
  w.member("empresas_atendidas_distintas", r.distintas_mes);
  w.member("empresas_atendidas_distintas_anio", r.distintas_anio);
  w.member("suma_empresas_atendidas", suma_mes);
  w.member("suma_empresas_atendidas_anio", suma_anio);
  w.key("faltan").begin_array();
  for (const auto& f : r.faltan) w.value(f);
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace cdmype::report
