// Everything the center holds on one person, gathered for their access or portability request.
#pragma once
#include <string>
#include <vector>

#include "core/advisory_session.hpp"
#include "core/at_record.hpp"
#include "core/consent.hpp"
#include "core/enterprise.hpp"
#include "core/referral.hpp"
#include "core/result_record.hpp"
#include "core/rights_request.hpp"
#include "core/training.hpp"

namespace cdmype {

struct PersonTraining {
  Training training;
  TrainingAttendee attendance;
};

// A file where the person is titular, with what happened in it.
struct PersonFile {
  Enterprise file;
  std::string asesor;  // the asesor's full name ("" when none)
  std::vector<AdvisorySession> sessions;
  std::vector<TechnicalAssistance> assistances;
  std::vector<ResultRecord> results;
  std::vector<PersonTraining> trainings;  // attendance under the titular's name
  std::vector<ConsentRecord> consents;    // oldest first
};

struct PersonData {
  std::string dui;     // canonical
  std::string nombre;  // as the newest record spells it
  std::string centro;  // the center's name, for the documents' headings
  std::string delegado;  // the data-protection officer and contact ("" until named)
  std::string generado;  // ISO UTC, when it was gathered
  std::vector<PersonFile> files;
  std::vector<Referral> referrals;
  std::vector<ConsentRecord> referral_consents;  // of the referrals above, oldest first
  std::vector<RightsRequest> requests;  // their data-protection requests
};

}  // namespace cdmype
