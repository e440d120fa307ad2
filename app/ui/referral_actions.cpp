// Each step asks in a small dialog, then calls ReferralService, which checks the permission.
#include "ui/referral_actions.hpp"

#include <wx/choicdlg.h>

#include <optional>

#include "core/dates.hpp"
#include "ui/desk_context.hpp"
#include "ui/enterprise_dialog.hpp"
#include "ui/error_boundary.hpp"
#include "ui/i18n.hpp"
#include "ui/reason_dialog.hpp"
#include "ui/referral_link_dialog.hpp"
#include "ui/wx_text.hpp"

namespace cdmype::ui {

bool assign_referral(wxWindow* parent, DeskContext& ctx, const Referral& r) {
  std::vector<services::UserSummary> advisors;
  if (!guarded(parent, [&] { advisors = ctx.ws().users().advisors(ctx.actor); })) return false;
  wxArrayString names;
  int current = 0;
  for (const auto& a : advisors) {
    if (a.id == r.asesor_id) current = static_cast<int>(names.size());
    names.Add(to_wx(a.full_name));
  }
  wxSingleChoiceDialog dialog(parent, wxString::Format(_("¿Quién atiende a %s?"), to_wx(r.nombre)),
                              _("Asignar la remisión"), names);
  dialog.SetName(wxString::FromUTF8("referral_assign_dialog"));
  if (!names.empty()) dialog.SetSelection(current);
  if (dialog.ShowModal() != wxID_OK) return false;
  const int index = dialog.GetSelection();
  if (index < 0 || index >= static_cast<int>(advisors.size())) return false;
  return guarded(parent, [&] {
    ctx.ws().referrals().assign(ctx.actor, r.meta.id, advisors[static_cast<size_t>(index)].id);
  });
}

bool link_referral(wxWindow* parent, DeskContext& ctx, const Referral& r) {
  std::vector<services::DuplicateSuggestion> suggestions;
  if (!guarded(parent,
               [&] { suggestions = ctx.ws().referrals().suggestions(ctx.actor, r.meta.id); }))
    return false;
  ReferralLinkDialog dialog(parent, ctx, r, std::move(suggestions));
  if (dialog.ShowModal() != wxID_OK) return false;
  const auto id = dialog.chosen_id();
  if (!id) return false;
  return guarded(parent, [&] { ctx.ws().referrals().link(ctx.actor, r.meta.id, *id); });
}

Enterprise referral_draft(const DeskContext& ctx, const Referral& r) {
  Enterprise draft = enterprise_from_referral(r, today());
  // The file has no phone field: keep the ventanilla's contact where the asesor will see it.
  if (!r.telefono.empty()) {
    if (!draft.notas.empty()) draft.notas += "\n";
    draft.notas += to_utf8(_("Teléfono de contacto: ")) + r.telefono;
  }
  // Nobody assigned yet: the person opening the file attends it, as with a new file.
  if (draft.asesor_id == 0 && (ctx.actor.role == Role::Asesor || ctx.actor.role == Role::Director))
    draft.asesor_id = ctx.actor.user_id;
  return draft;
}

bool open_referral_file(wxWindow* parent, DeskContext& ctx, const Referral& r) {
  std::optional<EnterpriseDialog> dialog;
  if (!guarded(parent, [&] { dialog.emplace(parent, ctx, std::nullopt, referral_draft(ctx, r)); }))
    return false;
  dialog->SetName(wxString::FromUTF8("referral_open_file_dialog"));
  dialog->SetTitle(
      wxString::Format(_("Expediente nuevo desde la remisión de %s"), to_wx(r.nombre)));
  const std::int64_t referral_id = r.meta.id;
  dialog->set_creator([&ctx, referral_id](const Enterprise& file,
                                          const std::optional<ConsentRecord>& consent) {
    return ctx.ws().referrals().open_file(ctx.actor, referral_id, file, consent).second;
  });
  return dialog->ShowModal() == wxID_OK;
}

bool decline_referral(wxWindow* parent, DeskContext& ctx, const Referral& r) {
  ReasonDialog dialog(
      parent, _("La remisión no procede"),
      wxString::Format(_("¿Por qué no procede la remisión de %s?"), to_wx(r.nombre)), true);
  if (dialog.ShowModal() != wxID_OK) return false;
  return guarded(
      parent, [&] { ctx.ws().referrals().reject(ctx.actor, r.meta.id, to_utf8(dialog.reason())); });
}

}  // namespace cdmype::ui
