// The rows of a virtual enterprise list around what is on screen, fetched a page at a time.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "store/enterprise_query.hpp"

namespace cdmype::ui {

// Holds one window of rows (by default 200) of a list whose order and
// filter are fixed by the `fetch` function; asking for a row outside the
// window replaces it with the page around that row. No wx here, so the
// paging is tested without a display.
class EnterprisePageCache {
 public:
  using Row = store::EnterpriseListRow;
  using Fetch = std::function<std::vector<Row>(std::int64_t offset, int limit)>;

  explicit EnterprisePageCache(Fetch fetch, int page_size = 200);

  // Forget the rows (the filter, order or data changed).
  void clear();
  // Rows [from, to] are about to be drawn: load them now if missing.
  void hint(std::int64_t from, std::int64_t to);
  // The row at `index`, loading its page when needed; null past the end.
  const Row* row(std::int64_t index);

  std::int64_t first() const { return offset_; }
  std::size_t size() const { return rows_.size(); }
  int fetches() const { return fetches_; }

 private:
  bool holds(std::int64_t from, std::int64_t to) const;
  void load(std::int64_t from, std::int64_t to);

  Fetch fetch_;
  int page_size_;
  std::int64_t offset_ = 0;
  std::vector<Row> rows_;
  std::int64_t last_limit_ = 0;
  bool loaded_ = false;
  int fetches_ = 0;
};

}  // namespace cdmype::ui
