// Page-around-the-visible-range caching for the enterprise list.
#include "ui/enterprise_page_cache.hpp"

#include <algorithm>

namespace cdmype::ui {

EnterprisePageCache::EnterprisePageCache(Fetch fetch, int page_size)
    : EnterprisePageCache(std::move(fetch), nullptr, nullptr, page_size) {}

EnterprisePageCache::EnterprisePageCache(Fetch fetch, FetchIds ids, FetchRows rows,
                                         int page_size, std::int64_t deep_from)
    : fetch_(std::move(fetch)),
      fetch_ids_(std::move(ids)),
      fetch_rows_(std::move(rows)),
      page_size_(std::max(page_size, 1)),
      deep_from_(deep_from) {}

void EnterprisePageCache::clear() {
  rows_.clear();
  ids_.reset();
  offset_ = 0;
  loaded_ = false;
}

std::vector<EnterprisePageCache::Row> EnterprisePageCache::fetch_by_id(std::int64_t offset,
                                                                       int limit) {
  if (!ids_) {
    ids_ = fetch_ids_();
    ++id_loads_;
  }
  const auto total = static_cast<std::int64_t>(ids_->size());
  const std::int64_t begin = std::min(offset, total);
  const std::int64_t end = std::min(begin + limit, total);
  return fetch_rows_(std::span<const std::int64_t>(ids_->data() + begin,
                                                   static_cast<std::size_t>(end - begin)));
}

bool EnterprisePageCache::holds(std::int64_t from, std::int64_t to) const {
  if (!loaded_) return false;
  const auto end = offset_ + static_cast<std::int64_t>(rows_.size());
  // A short page means the list ended there: rows past it do not exist.
  const bool at_end = static_cast<std::int64_t>(rows_.size()) < last_limit_;
  return from >= offset_ && (to < end || at_end);
}

void EnterprisePageCache::load(std::int64_t from, std::int64_t to) {
  const std::int64_t span = to - from + 1;
  std::int64_t offset = from;
  int limit = page_size_;
  if (span >= page_size_) {
    limit = static_cast<int>(span);
  } else {
    // Centre the visible range in the page so scrolling either way hits the cache.
    offset = std::max<std::int64_t>(0, from - (page_size_ - span) / 2);
  }
  const bool deep = fetch_ids_ && fetch_rows_ && (offset >= deep_from_ || ids_);
  rows_ = deep ? fetch_by_id(offset, limit) : fetch_(offset, limit);
  offset_ = offset;
  last_limit_ = limit;
  loaded_ = true;
  ++fetches_;
}

void EnterprisePageCache::hint(std::int64_t from, std::int64_t to) {
  if (from < 0 || to < from) return;
  if (!holds(from, to)) load(from, to);
}

const EnterprisePageCache::Row* EnterprisePageCache::row(std::int64_t index) {
  if (index < 0) return nullptr;
  if (!holds(index, index)) load(index, index);
  const std::int64_t i = index - offset_;
  if (i < 0 || i >= static_cast<std::int64_t>(rows_.size())) return nullptr;
  return &rows_[static_cast<std::size_t>(i)];
}

}  // namespace cdmype::ui
