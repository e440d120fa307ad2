// Moves a snapshot's identifying fields into one secretbox and back.
#include "store/audit_seal.hpp"

#include <sodium.h>

#include <array>
#include <charconv>
#include <stdexcept>
#include <vector>

#include "core/json_text.hpp"
#include "store/audit_repository.hpp"
#include "store/base64.hpp"
#include "store/flat_json.hpp"

namespace cdmype::store {

namespace {

constexpr std::array<std::string_view, 6> kEnterpriseFields = {
    "nombre", "titular_nombre", "titular_dui", "titular_fecha_nacimiento", "nit", "notas"};
constexpr std::array<std::string_view, 4> kSessionFields = {"tema", "diagnostico", "acuerdos",
                                                            "proximo_paso"};
constexpr std::array<std::string_view, 5> kReferralFields = {"nombre", "telefono", "dui",
                                                             "necesidad", "motivo"};
constexpr std::array<std::string_view, 1> kAttendeeFields = {"nombre"};
constexpr std::array<std::string_view, 1> kAtFields = {"descripcion"};
constexpr std::array<std::string_view, 1> kResultFields = {"detalle"};
constexpr std::array<std::string_view, 1> kConsentFields = {"motivo"};
constexpr std::array<std::string_view, 3> kRightsRequestFields = {"persona_nombre", "persona_dui",
                                                                  "respuesta"};

bool is_personal(std::string_view table, std::string_view key) {
  for (const auto f : personal_fields(table))
    if (f == key) return true;
  return false;
}

std::optional<std::int64_t> integer_member(const std::vector<JsonMember>& members,
                                           std::string_view key) {
  for (const auto& m : members) {
    if (m.key != key) continue;
    std::int64_t v = 0;
    const auto* end = m.raw_value.data() + m.raw_value.size();
    const auto r = std::from_chars(m.raw_value.data(), end, v);
    if (r.ec != std::errc() || r.ptr != end) return std::nullopt;
    return v;
  }
  return std::nullopt;
}

std::optional<PersonOwner> owner_of(std::string_view table, std::int64_t record_id,
                                    const std::vector<JsonMember>& members) {
  if (table == kAuditEnterprise) return PersonOwner{kAuditEnterprise, record_id};
  if (table == "referral" || table == "training_attendee" || table == "rights_request")
    return PersonOwner{table, record_id};
  if (table == "consent_record") {  // whoever the record is of
    if (const auto r = integer_member(members, "referral_id")) return PersonOwner{"referral", *r};
    if (const auto a = integer_member(members, "attendee_id"))
      return PersonOwner{"training_attendee", *a};
  }
  if (table == kAuditSession || table == "technical_assistance" || table == "result" ||
      table == "consent_record") {
    if (const auto e = integer_member(members, "enterprise_id"))
      return PersonOwner{kAuditEnterprise, *e};
  }
  return std::nullopt;
}

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium no se pudo inicializar");
}

std::string encrypt(std::string_view plain, const std::string& key) {
  ensure_sodium();
  std::string box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(box.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(plain.data()), plain.size(), nonce,
                        reinterpret_cast<const unsigned char*>(key.data()));
  return box;
}

std::optional<std::string> decrypt(std::string_view box, const std::string& key) {
  if (box.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  ensure_sodium();
  const auto* nonce = reinterpret_cast<const unsigned char*>(box.data());
  const auto* cipher = nonce + crypto_secretbox_NONCEBYTES;
  const size_t cipher_len = box.size() - crypto_secretbox_NONCEBYTES;
  std::string plain(cipher_len - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), cipher,
                                 cipher_len, nonce,
                                 reinterpret_cast<const unsigned char*>(key.data())) != 0)
    return std::nullopt;
  return plain;
}

// "k12:nombre,nit:BASE64" → its three parts.
struct SealedValue {
  std::int64_t key_id = 0;
  std::vector<std::string> fields;
  std::string box;
};

std::optional<SealedValue> parse_sealed(std::string_view text) {
  if (text.size() < 2 || text[0] != 'k') return std::nullopt;
  const size_t colon1 = text.find(':');
  const size_t colon2 = colon1 == std::string_view::npos ? colon1 : text.find(':', colon1 + 1);
  if (colon2 == std::string_view::npos) return std::nullopt;
  SealedValue out;
  const auto r = std::from_chars(text.data() + 1, text.data() + colon1, out.key_id);
  if (r.ec != std::errc() || r.ptr != text.data() + colon1) return std::nullopt;
  std::string_view names = text.substr(colon1 + 1, colon2 - colon1 - 1);
  while (!names.empty()) {
    const size_t comma = names.find(',');
    out.fields.emplace_back(names.substr(0, comma));
    names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 1);
  }
  auto box = from_base64(text.substr(colon2 + 1));
  if (!box) return std::nullopt;
  out.box = std::move(*box);
  return out;
}

}  // namespace

std::span<const std::string_view> personal_fields(std::string_view table) {
  if (table == kAuditEnterprise) return kEnterpriseFields;
  if (table == kAuditSession) return kSessionFields;
  if (table == "referral") return kReferralFields;
  if (table == "training_attendee") return kAttendeeFields;
  if (table == "technical_assistance") return kAtFields;
  if (table == "result") return kResultFields;
  if (table == "rights_request") return kRightsRequestFields;
  if (table == "consent_record") return kConsentFields;
  return {};
}

std::optional<std::string> AuditSeal::seal(std::string_view table, std::int64_t record_id,
                                           const std::optional<std::string>& json,
                                           std::string_view now) {
  if (!json || personal_fields(table).empty()) return json;
  auto members = split_flat_json(*json);
  if (!members) return json;
  const auto owner = owner_of(table, record_id, *members);
  if (!owner) return json;
  std::vector<JsonMember> kept, personal;
  for (auto& m : *members) {
    if (m.key == kSealedMember) return json;  // already sealed
    (is_personal(table, m.key) ? personal : kept).push_back(std::move(m));
  }
  if (personal.empty()) return json;
  const PersonalKey key = keys_.for_owner(owner->table, owner->record_id, now);
  std::string names;
  for (const auto& m : personal) names += (names.empty() ? "" : ",") + m.key;
  const std::string sealed = "k" + std::to_string(key.id) + ":" + names + ":" +
                             to_base64(encrypt(join_flat_json(personal), key.bytes));
  kept.push_back({std::string(kSealedMember), json_quote(sealed)});
  return join_flat_json(kept);
}

std::optional<std::string> AuditSeal::reveal(const std::optional<std::string>& json) {
  if (!json || json->find(kSealedMember) == std::string::npos) return json;
  auto members = split_flat_json(*json);
  if (!members) return json;
  std::vector<JsonMember> out;
  std::optional<SealedValue> sealed;
  for (auto& m : *members) {
    if (m.key == kSealedMember) {
      if (const auto text = json_value_text(m.raw_value)) sealed = parse_sealed(*text);
      if (sealed) continue;
    }
    out.push_back(std::move(m));
  }
  if (!sealed) return json;
  std::optional<std::vector<JsonMember>> opened;
  if (const auto key = keys_.by_id(sealed->key_id))
    if (const auto plain = decrypt(sealed->box, *key)) opened = split_flat_json(*plain);
  if (opened) {
    for (auto& m : *opened) out.push_back(std::move(m));
  } else {
    for (const auto& name : sealed->fields) out.push_back({name, json_quote(kForgottenValue)});
  }
  return join_flat_json(out);
}

}  // namespace cdmype::store
