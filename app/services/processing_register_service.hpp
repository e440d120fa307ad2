// The register of processing activities (core/processing_register.hpp), gathered in one snapshot
// for the director to print (report/processing_register_pdf.hpp).
#pragma once
#include "core/permissions.hpp"
#include "core/processing_register.hpp"
#include "services/service_context.hpp"

namespace cdmype::services {

class ProcessingRegisterService {
 public:
  explicit ProcessingRegisterService(ServiceContext& ctx) : ctx_(ctx) {}

  // ManageDataProtection.
  ProcessingRegister gather(const Actor& actor);

 private:
  ServiceContext& ctx_;
};

}  // namespace cdmype::services
