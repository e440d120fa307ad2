// The counts the register of processing activities prints: people, sensitive data, requests,
// breaches and sealed audit keys (the consent figures come from ConsentRepository::states()).
#pragma once
#include "core/processing_register.hpp"
#include "store/sql/connection.hpp"

namespace cdmype::store {

// Fills the people, sensitive-data, request, breach and key counts of `out`.
void count_processing(Connection& db, ProcessingRegister& out);

}  // namespace cdmype::store
