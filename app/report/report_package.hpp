// The report package a center sends CONAMYPE for one issued month: the issued JSON and PDF, the
// year to date, the pseudonymous ids of the enterprises served (month and year to date), the
// center's name and prefix, and the center's Ed25519 signature over all of it. No names, DUIs or
// phones: the issued report holds none and the ids are keyed hashes.
//
// The signature covers a manifest built from the contents (their SHA-256, recomputed on
// reading), so a changed byte anywhere — JSON, PDF, ids, name, month — breaks it.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::report {

inline constexpr std::string_view kPackageFormat = "cdmype-paquete-informe/1";

struct ReportPackage {
  std::string centro;
  std::string prefijo;
  std::string periodo;                     // "2026-10"
  std::string informe_json;                // the issued JSON, byte for byte
  std::string informe_pdf;                 // the issued PDF's bytes
  std::string acumulado_json;              // the same figures from 1 January (report JSON)
  std::vector<std::string> empresas_mes;   // sorted, distinct
  std::vector<std::string> empresas_anio;  // sorted, distinct
  std::string clave_publica;  // base64, informative: CONAMYPE checks against its own list
  std::string firma;          // base64 Ed25519 over package_manifest()

  // SHA-256 as the file declares them (filled by read_package; write_package computes its own).
  std::map<std::string, std::string> declared_sha256;
};

// What is signed: the format, centro, prefijo, periodo and the SHA-256 of each part.
std::string package_manifest(const ReportPackage& p);
// The package file (JSON). Parts are hashed as written.
std::string write_package(const ReportPackage& p);
// Reads a package file; std::runtime_error in Spanish when it is not one.
ReportPackage read_package(std::string_view text);
// Spanish problems of a package read from a file against the center's public key (base64):
// parts that do not match their declared SHA-256, a missing or wrong signature. Empty when sound.
std::vector<std::string> package_problems(const ReportPackage& p, std::string_view public_key);

}  // namespace cdmype::report
