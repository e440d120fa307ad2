// Writes and reads the package file; the hashes and the signature check.
#include "report/report_package.hpp"

#include <span>
#include <stdexcept>

#include "report/json_value.hpp"
#include "report/json_writer.hpp"
#include "store/base64.hpp"
#include "store/center_signing_key.hpp"
#include "store/sha256.hpp"

namespace cdmype::report {
namespace {

std::string sha256_of(std::string_view bytes) {
  return store::sha256_hex(
      std::span(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()));
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += id + '\n';
  return out;
}

// The parts, by the name their hash has in the file and the manifest.
std::vector<std::pair<std::string, std::string>> part_hashes(const ReportPackage& p) {
  return {{"informe_json", sha256_of(p.informe_json)},
          {"informe_pdf", sha256_of(p.informe_pdf)},
          {"acumulado_json", sha256_of(p.acumulado_json)},
          {"empresas_mes", sha256_of(joined(p.empresas_mes))},
          {"empresas_anio", sha256_of(joined(p.empresas_anio))}};
}

std::string part_label(const std::string& part) {
  if (part == "informe_json") return "el JSON del informe";
  if (part == "informe_pdf") return "el PDF del informe";
  if (part == "acumulado_json") return "el acumulado del año";
  if (part == "empresas_mes") return "la lista de empresas atendidas en el mes";
  return "la lista de empresas atendidas en el año";
}

const JsonValue& required(const JsonValue& doc, std::string_view key, JsonValue::Kind kind) {
  const JsonValue* v = doc.find(key);
  if (!v || v->kind != kind)
    throw std::runtime_error("no es un paquete de informe completo: falta «" + std::string(key) +
                             "»");
  return *v;
}

std::vector<std::string> ids_of(const JsonValue& doc, std::string_view key) {
  std::vector<std::string> out;
  for (const auto& item : required(doc, key, JsonValue::Kind::Array).items) {
    if (item.kind != JsonValue::Kind::String)
      throw std::runtime_error("«" + std::string(key) + "» debe ser una lista de textos");
    out.push_back(item.text);
  }
  return out;
}

}  // namespace

std::string package_manifest(const ReportPackage& p) {
  std::string m = std::string(kPackageFormat) + '\n';
  m += "centro=" + p.centro + '\n';
  m += "prefijo=" + p.prefijo + '\n';
  m += "periodo=" + p.periodo + '\n';
  for (const auto& [part, hash] : part_hashes(p)) m += part + "_sha256=" + hash + '\n';
  return m;
}

std::string write_package(const ReportPackage& p) {
  JsonWriter w;
  w.begin_object();
  w.member("formato", kPackageFormat);
  w.member("centro", p.centro).member("prefijo", p.prefijo).member("periodo", p.periodo);
  w.member("clave_publica", p.clave_publica);
  for (const auto& [part, hash] : part_hashes(p)) w.member(part + "_sha256", hash);
  w.member("informe_json", p.informe_json);
  w.member("informe_pdf", store::to_base64(p.informe_pdf));
  w.member("acumulado_json", p.acumulado_json);
  for (const auto* list : {&p.empresas_mes, &p.empresas_anio}) {
    w.key(list == &p.empresas_mes ? "empresas_mes" : "empresas_anio").begin_array();
    for (const auto& id : *list) w.value(id);
    w.end_array();
  }
  w.member("firma", p.firma);
  w.end_object();
  return w.str();
}

ReportPackage read_package(std::string_view text) {
  JsonValue doc;
  try {
    doc = parse_json(text);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(std::string("no es un paquete de informe: ") + e.what());
  }
  if (!doc.is_object()) throw std::runtime_error("no es un paquete de informe");
  const auto text_of = [&](std::string_view key) -> const std::string& {
    return required(doc, key, JsonValue::Kind::String).text;
  };
  if (text_of("formato") != kPackageFormat)
    throw std::runtime_error("formato de paquete desconocido «" + text_of("formato") + "»");
  ReportPackage p;
  p.centro = text_of("centro");
  p.prefijo = text_of("prefijo");
  p.periodo = text_of("periodo");
  p.clave_publica = text_of("clave_publica");
  p.informe_json = text_of("informe_json");
  const auto pdf = store::from_base64(text_of("informe_pdf"));
  if (!pdf) throw std::runtime_error("el PDF del informe no está en base64");
  p.informe_pdf = *pdf;
  p.acumulado_json = text_of("acumulado_json");
  p.empresas_mes = ids_of(doc, "empresas_mes");
  p.empresas_anio = ids_of(doc, "empresas_anio");
  if (const JsonValue* f = doc.find("firma"); f && f->kind == JsonValue::Kind::String)
    p.firma = f->text;
  for (const auto& [part, hash] : part_hashes(p)) {
    (void)hash;
    if (const JsonValue* d = doc.find(part + "_sha256"); d && d->kind == JsonValue::Kind::String)
      p.declared_sha256[part] = d->text;
  }
  return p;
}

std::vector<std::string> package_problems(const ReportPackage& p, std::string_view public_key) {
  std::vector<std::string> problems;
  for (const auto& [part, hash] : part_hashes(p)) {
    const auto declared = p.declared_sha256.find(part);
    if (declared == p.declared_sha256.end() || declared->second != hash)
      problems.push_back(part_label(part) + " no corresponde a su SHA-256: fue alterado");
  }
  if (p.firma.empty())
    problems.push_back("no está firmado");
  else if (!store::signature_valid(public_key, package_manifest(p), p.firma))
    problems.push_back("la firma no es la del centro " + p.prefijo +
                       " según la lista de claves (alterado o firmado con otra clave)");
  return problems;
}

}  // namespace cdmype::report
