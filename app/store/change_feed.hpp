// What other seats (or other programs on this PC) changed since we last looked.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "store/data_source.hpp"

namespace cdmype::store {

struct RecordChange {
  std::string table;  // "enterprise", "advisory_session", "setting" …
  std::string key;    // the row's id (or the setting's key); never personal data
};

struct ChangeBatch {
  std::vector<RecordChange> changes;  // duplicates folded, in arrival order
  // Refresh every open list: the feed cannot say which rows changed (another
  // program wrote the SQLite file, or the server came back after a loss and
  // notices sent meanwhile are gone).
  bool everything = false;
  // The server cannot be reached now; polling again retries.
  bool server_lost = false;
};

// One per desktop window, polled by a timer; it has its own connection, so
// it never waits on the window's work. Non-blocking: poll() returns at once.
class ChangeFeed {
 public:
  virtual ~ChangeFeed() = default;
  virtual ChangeBatch poll() = 0;
  // Listening now (always, for a file): changes from here on will be seen.
  virtual bool listening() const = 0;
};

// PostgreSQL: LISTEN on the channel the schema's triggers notify (ids only).
// SQLite: PRAGMA data_version, which moves when another connection commits.
std::unique_ptr<ChangeFeed> open_change_feed(const DataSource& source);

}  // namespace cdmype::store
