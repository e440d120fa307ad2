// The center's steps on one referral, each asking what it needs first; true when the referral
// changed (shown errors come from the services, in Spanish).
#pragma once
#include "core/referral.hpp"

class wxWindow;

namespace cdmype::ui {

struct DeskContext;

// Chooses an active asesor or director and assigns the referral to them.
bool assign_referral(wxWindow* parent, DeskContext& ctx, const Referral& r);
// Shows the files the referral is probably about, or lets one be searched, and links it.
bool link_referral(wxWindow* parent, DeskContext& ctx, const Referral& r);
// Opens the enterprise editor pre-filled from the referral (titular, sex, DUI, sector, distrito,
// phone and need in the notes); saving it creates the file and links the referral to it.
Enterprise referral_draft(const DeskContext& ctx, const Referral& r);
// Opens that editor; true when the file was saved (and the referral linked).
bool open_referral_file(wxWindow* parent, DeskContext& ctx, const Referral& r);
// Marks it no procede; the reason is required.
bool decline_referral(wxWindow* parent, DeskContext& ctx, const Referral& r);

}  // namespace cdmype::ui
