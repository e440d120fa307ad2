// The consent boxes of a form that records a new person outside a file — a referral's person at
// the ventanilla, a training participant who comes without one: what they agreed to on the form
// they signed. Every scope but «datos sensibles» (only a file holds those); none ticked at first.
#pragma once
#include <array>
#include <filesystem>
#include <functional>
#include <string>

#include "core/consent.hpp"

class wxButton;
class wxCheckBox;
class wxSizer;
class wxWindow;

namespace cdmype::ui {

struct DeskContext;

// The name and DUI typed so far, for the printed form.
struct IntakePerson {
  std::string nombre;
  std::string dui;
};

class IntakeConsentBoxes {
 public:
  IntakeConsentBoxes(wxWindow* parent, DeskContext& ctx, ConsentPerson person,
                     std::function<IntakePerson()> typed);

  // The boxes, one under the other, a line saying atención is needed, and «Imprimir
  // formulario…» (the form to sign, with the name and DUI typed so far).
  wxSizer* sizer() const { return sizer_; }
  wxButton* form_button() const { return form_; }
  // Writes that form to `path` (what the button does once a place is chosen).
  void write_form(const std::filesystem::path& path) const;
  // The grant as ticked, dated `fecha`; the service refuses it without atención.
  ConsentRecord grant(const Date& fecha) const;
  wxCheckBox* box(ConsentScope s) const { return boxes_[static_cast<size_t>(s)]; }

 private:
  void print_form();

  wxWindow* parent_;
  DeskContext& ctx_;
  ConsentPerson person_;
  std::function<IntakePerson()> typed_;
  wxSizer* sizer_;
  wxButton* form_;
  std::array<wxCheckBox*, kConsentScopes.size()> boxes_{};
};

}  // namespace cdmype::ui
