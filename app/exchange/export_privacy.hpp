// What an export leaves out of personal data: sensitive fields unless asked, every identifier in
// a pseudonymous file for CONAMYPE (Decreto Legislativo 144).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/at_record.hpp"
#include "core/enterprise.hpp"
#include "core/referral.hpp"
#include "core/result_record.hpp"
#include "core/training.hpp"
#include "exchange/csv_writer.hpp"
#include "services/consent_service.hpp"
#include "services/pseudonymizer.hpp"

namespace cdmype::exchange {

struct ExportPrivacy {
  // Disability and returnee status (health and personal situation): empty
  // cells unless a director asks for them (`--incluir-sensibles`, audited).
  bool include_sensitive = false;
  // `--seudonimo`: names, DUIs, a natural person's NIT and NRC, phones, birth
  // dates and free text left empty; each row gains «seudonimo» (and the
  // empresas file «anio_nacimiento»).
  bool pseudonymous = false;
};

using services::Pseudonymizer;

// The people who withdrew consent to identified sharing, objected or limited processing (core
// ConsentState::may_share_identified): an identified export writes their rows with the
// identifying data left out, as a pseudonymous file does.
using services::WithheldPeople;


// One pseudonymous file being written: the pseudonyms of the center's files
// (by enterprise id) and the extra cells of the row about to be written,
// which the CsvWriter built from options() appends.
struct PseudonymousRows {
  explicit PseudonymousRows(std::string national_key) : pseudonymizer(std::move(national_key)) {}
  PseudonymousRows(const PseudonymousRows&) = delete;
  PseudonymousRows& operator=(const PseudonymousRows&) = delete;

  CsvWriteOptions options(std::vector<std::string> columns) {
    CsvWriteOptions o;
    o.extra_columns = std::move(columns);
    o.extra_cells = [this] { return cells; };
    return o;
  }
  // Sets the row's «seudonimo» to the file's.
  void for_enterprise(std::int64_t enterprise_id) {
    const auto it = enterprise.find(enterprise_id);
    cells = {it == enterprise.end() ? std::string() : it->second};
  }

  Pseudonymizer pseudonymizer;
  std::unordered_map<std::int64_t, std::string> enterprise;
  std::vector<std::string> cells;
};

// The record with what a pseudonymous file must not carry emptied.
void strip_identifiers(Enterprise& e);
void strip_identifiers(AdvisorySession& s);
void strip_identifiers(Referral& r);
void strip_identifiers(TechnicalAssistance& a);
void strip_identifiers(ResultRecord& r);
void strip_identifiers(TrainingAttendee& a);

// The record as an identified export writes it: the file's identifiers left out when withheld.
template <class Record>
Record as_shared(Record r, std::int64_t enterprise_id, const WithheldPeople& withheld) {
  if (withheld.files.contains(enterprise_id)) strip_identifiers(r);
  return r;
}
// A referral's person and a participant have their own consent, besides their file's.
Referral as_shared(Referral r, const WithheldPeople& withheld);
TrainingAttendee as_shared(TrainingAttendee a, const WithheldPeople& withheld);

}  // namespace cdmype::exchange
