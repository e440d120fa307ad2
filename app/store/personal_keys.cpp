// Reads, makes and deletes the rows of clave_personal.
#include "store/personal_keys.hpp"

#include <sodium.h>

#include <stdexcept>

#include "store/write_transaction.hpp"

namespace cdmype::store {

PersonalKey PersonalKeys::for_owner(std::string_view table, std::int64_t record_id,
                                    std::string_view now) {
  auto owner = std::make_pair(std::string(table), record_id);
  if (const auto it = by_owner_.find(owner); it != by_owner_.end()) return it->second;
  Statement q(db_, "SELECT id, clave FROM clave_personal WHERE tabla = :tabla AND registro_id = :id");
  q.bind("tabla", table);
  q.bind("id", record_id);
  PersonalKey key;
  if (q.step()) {
    key.id = q.int64("id");
    key.bytes = q.blob("clave");
  } else {
    require_transaction(db_);
    if (sodium_init() < 0) throw std::runtime_error("libsodium no se pudo inicializar");
    key.bytes.resize(crypto_secretbox_KEYBYTES);
    randombytes_buf(key.bytes.data(), key.bytes.size());
    Statement insert(db_,
                     "INSERT INTO clave_personal (tabla, registro_id, clave, creada) "
                     "VALUES (:tabla, :id, :clave, :creada) RETURNING id");
    insert.bind("tabla", table);
    insert.bind("id", record_id);
    insert.bind_blob("clave", key.bytes);
    insert.bind("creada", now);
    if (!insert.step()) throw std::logic_error("INSERT … RETURNING id no devolvió el id");
    key.id = insert.int64("id");
  }
  by_id_[key.id] = key.bytes;
  return by_owner_[owner] = key;
}

std::optional<std::string> PersonalKeys::by_id(std::int64_t key_id) {
  if (const auto it = by_id_.find(key_id); it != by_id_.end()) return it->second;
  Statement q(db_, "SELECT clave FROM clave_personal WHERE id = :id");
  q.bind("id", key_id);
  std::optional<std::string> key;
  if (q.step()) key = q.blob("clave");
  return by_id_[key_id] = key;
}

bool PersonalKeys::destroy(std::string_view table, std::int64_t record_id) {
  require_transaction(db_);
  Statement q(db_, "DELETE FROM clave_personal WHERE tabla = :tabla AND registro_id = :id");
  q.bind("tabla", table);
  q.bind("id", record_id);
  const bool had = q.execute() > 0;
  by_owner_.clear();
  by_id_.clear();
  return had;
}

}  // namespace cdmype::store
