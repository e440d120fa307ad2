// Page-around-the-visible-range caching for the enterprise list.
#include "ui/enterprise_page_cache.hpp"

#include <algorithm>

namespace cdmype::ui {

EnterprisePageCache::EnterprisePageCache(Fetch fetch, int page_size)
    : fetch_(std::move(fetch)), page_size_(std::max(page_size, 1)) {}

void EnterprisePageCache::clear() {
  rows_.clear();
  offset_ = 0;
  loaded_ = false;
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
  rows_ = fetch_(offset, limit);
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
