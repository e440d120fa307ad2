// Writing many rows of one table at once: what moving a center and large loads need.
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace cdmype::store {

struct SqlNull {};
struct SqlBlob {
  std::string bytes;
};
// One value of a row, typed as the columns are: NULL, integer, real, text, bytes.
using SqlValue = std::variant<SqlNull, std::int64_t, double, std::string, SqlBlob>;

class BulkWriter {
 public:
  virtual ~BulkWriter() = default;
  // One row, values in the order of the columns given to Connection::bulk_insert.
  virtual void row(const std::vector<SqlValue>& values) = 0;
  // Sends what is buffered and checks the engine accepted every row (throws DbError).
  virtual void finish() = 0;
};

}  // namespace cdmype::store
