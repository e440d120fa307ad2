// What a seat needs to reach the center's server before anyone signs in: the address, the saved
// password, one test connection.
#pragma once
#include "store/data_source.hpp"
#include "store/postgresql/server_address.hpp"

namespace cdmype::services {

// Connects once and disconnects: UserError (Spanish, with libpq's reason)
// when the server cannot be reached, refuses the password, or the database
// belongs to another program. Writes nothing.
void check_server_connection(const store::DataSource& source);

}  // namespace cdmype::services
