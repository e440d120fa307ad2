// A ready center for one test on the run's engine: a copy of a template built once.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "store/data_source.hpp"
#include "core/permissions.hpp"
#include "store/sql/connection.hpp"
#include "support/temp_dir.hpp"
#include "support/test_postgresql.hpp"

namespace cdmype::testing_support {

// On PostgreSQL: a scratch database copied from the template database
// `template_name` on the test server, which `build` makes once per server
// (an empty database in, a center out; the test processes of one ctest run
// share it). Kept until this object goes.
class PostgresCenterCopy {
 public:
  PostgresCenterCopy(const std::string& template_name,
                     const std::function<void(const store::DataSource&)>& build);
  store::DataSource source() const { return store::DataSource::parse(scratch_->uri()); }
  const std::string& uri() const { return scratch_->uri(); }

 private:
  std::unique_ptr<ScratchPostgresDatabase> scratch_;
};

// One test's center on the run's engine, copied from the template `name`
// that `build` makes once (per process for SQLite, per test server for
// PostgreSQL). Every TestCenter is a separate database.
class TestCenter {
 public:
  TestCenter(const std::string& name, const std::function<void(const store::DataSource&)>& build);
  const store::DataSource& source() const { return source_; }

 private:
  TempDir dir_;
  std::unique_ptr<PostgresCenterCopy> server_copy_;
  store::DataSource source_;
};

// The account `username` as stored in an open center (its id and role).
Actor stored_account(store::Connection& c, const std::string& username);

}  // namespace cdmype::testing_support
