// Moving a center between this PC's file and the center's server, as the administration does it.
#pragma once
#include <optional>
#include <string>

#include "core/permissions.hpp"
#include "services/service_context.hpp"
#include "store/center_copy.hpp"
#include "store/data_source.hpp"

namespace cdmype::services {

class CenterMoveService {
 public:
  explicit CenterMoveService(ServiceContext& ctx) : ctx_(ctx) {}

  // Copies every record, the audit chain and the issued reports into
  // `target` — a file that does not exist yet, or an empty database on the
  // server — then compares both table by table and returns the comparison.
  // Throws UserError when anything differs or fails; a new file is removed
  // then, so no half center is left behind. Administration only.
  store::CenterCopyResult copy_to(const Actor& actor, const store::DataSource& target,
                                  const store::CopyProgress& progress);

  // Once the copy is verified: this database refuses every later write and
  // says where the center lives now, so nobody keeps working in a copy.
  void mark_moved(const Actor& actor, const store::DataSource& target);

  // That message when this database is a center that moved elsewhere.
  std::optional<std::string> moved_to();

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
