// Turns the store's `:name` parameters into PostgreSQL's `$1, $2…`, one number per distinct name.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace cdmype::store {

struct NumberedSql {
  std::string text;                // `$N` in place of every `:name`
  std::vector<std::string> names;  // names[N-1] is the name of `$N`, in order of first appearance
};

// Leaves alone what is not a parameter: `::type` casts, text in '…' (with ''
// inside), identifiers in "…", and -- or /* */ comments.
NumberedSql number_parameters(std::string_view sql);

}  // namespace cdmype::store
