// The rows of a virtual enterprise list around what is on screen, fetched a page at a time.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "store/enterprise_query.hpp"

namespace cdmype::ui {

// Holds one window of rows (by default 200) of a list whose order and
// filter are fixed by the fetch functions; asking for a row outside the
// window replaces it with the page around that row. No wx here, so the
// paging is tested (and benchmarked) without a display.
//
// Near the top a page is read by offset. Deeper down an offset page costs a
// walk over every row before it (5 ms at the end of 100,000 files), so the
// first page asked past `deep_from` loads the list's ordered ids once (8
// bytes a row) and from then on every page is read by id, at any depth.
class EnterprisePageCache {
 public:
  using Row = store::EnterpriseListRow;
  using Fetch = std::function<std::vector<Row>(std::int64_t offset, int limit)>;
  using FetchIds = std::function<std::vector<std::int64_t>()>;
  using FetchRows = std::function<std::vector<Row>(std::span<const std::int64_t> ids)>;

  static constexpr std::int64_t kDeepFrom = 1000;

  explicit EnterprisePageCache(Fetch fetch, int page_size = 200);
  EnterprisePageCache(Fetch fetch, FetchIds ids, FetchRows rows, int page_size = 200,
                      std::int64_t deep_from = kDeepFrom);

  // Forget the rows and ids (the filter, order or data changed).
  void clear();
  // Rows [from, to] are about to be drawn: load them now if missing.
  void hint(std::int64_t from, std::int64_t to);
  // The row at `index`, loading its page when needed; null past the end.
  const Row* row(std::int64_t index);

  std::int64_t first() const { return offset_; }
  std::size_t size() const { return rows_.size(); }
  int fetches() const { return fetches_; }
  int id_loads() const { return id_loads_; }

 private:
  bool holds(std::int64_t from, std::int64_t to) const;
  void load(std::int64_t from, std::int64_t to);
  std::vector<Row> fetch_by_id(std::int64_t offset, int limit);

  Fetch fetch_;
  FetchIds fetch_ids_;
  FetchRows fetch_rows_;
  int page_size_;
  std::int64_t deep_from_;
  std::int64_t offset_ = 0;
  std::vector<Row> rows_;
  std::optional<std::vector<std::int64_t>> ids_;
  std::int64_t last_limit_ = 0;
  bool loaded_ = false;
  int fetches_ = 0;
  int id_loads_ = 0;
};

}  // namespace cdmype::ui
