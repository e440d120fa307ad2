// The role × action matrix of product.md §1 and the Spanish refusal message.
#include "core/permissions.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace cdmype {
namespace {

using A = Action;

// What an asesor does (open files, log sessions, draft AT, record results).
constexpr A kAsesor[] = {A::ViewEnterprises, A::EditEnterprise,  A::ViewSessions,
                         A::LogSession,      A::ImportData,      A::ExportData,
                         A::ViewReports,     A::ViewAt,          A::RequestAt,
                         A::ManageReferrals, A::ManageTrainings, A::RecordResults};
// What a director adds on top of the asesor's work.
constexpr A kDirectorExtra[] = {A::AmendLockedSession, A::IssueReport,    A::ViewAudit,
                                A::ApproveAt,          A::ManageBudget,   A::ManagePolicy,
                                A::ManageGoals,        A::ManageProviders, A::SetNumberFormat,
                                A::ExportPersonData,   A::ExportSensitiveData, A::ManageDataProtection,
                                A::ForgetPerson};
constexpr A kCompras[] = {A::ViewEnterprises, A::ViewReports,     A::ViewAt,
                          A::ContractAt,      A::ManageProviders, A::ExportData};
// A municipal service window sees only its own referrals.
constexpr A kVentanilla[] = {A::CreateReferral, A::ViewOwnReferrals};
// IT keeps the installation running but never edits case data.
// The number format decides how the center's own files are read, so the
// director (who imports them) may set it as well as IT.
constexpr A kAdmin[] = {A::ManageUsers, A::ManageSettings, A::SetNumberFormat, A::Backup,
                        A::Restore,     A::CheckIntegrity, A::ViewAudit,       A::MoveCenter};
// The CONAMYPE supervisor reads.
constexpr A kConsulta[] = {A::ViewEnterprises, A::ViewSessions, A::ViewReports, A::ViewAt,
                           A::ExportData,      A::ConsolidateNational};

template <std::size_t N>
bool in(const A (&list)[N], A action) {
  return std::find(std::begin(list), std::end(list), action) != std::end(list);
}

}  // namespace

bool allowed(Role role, Action action) {
  switch (role) {
    case Role::Asesor:
      return in(kAsesor, action);
    case Role::Director:
      return in(kAsesor, action) || in(kDirectorExtra, action);
    case Role::Compras:
      return in(kCompras, action);
    case Role::Ventanilla:
      return in(kVentanilla, action);
    case Role::Admin:
      return in(kAdmin, action);
    case Role::Consulta:
      return in(kConsulta, action);
  }
  return false;  // an unknown role value gets nothing
}

std::string_view action_description(Action action) {
  switch (action) {
    case A::ViewEnterprises:
      return "ver expedientes de empresas";
    case A::EditEnterprise:
      return "editar expedientes de empresas";
    case A::ViewSessions:
      return "ver sesiones de asesoría";
    case A::LogSession:
      return "registrar sesiones de asesoría";
    case A::AmendLockedSession:
      return "enmendar sesiones de asesoría bloqueadas";
    case A::ImportData:
      return "importar datos";
    case A::ExportData:
      return "exportar datos";
    case A::ViewReports:
      return "ver informes";
    case A::IssueReport:
      return "emitir el informe mensual";
    case A::ManageUsers:
      return "administrar usuarios";
    case A::ManageSettings:
      return "cambiar la configuración";
    case A::SetNumberFormat:
      return "cambiar el formato de números";
    case A::Backup:
      return "hacer copias de seguridad";
    case A::Restore:
      return "restaurar copias de seguridad";
    case A::CheckIntegrity:
      return "verificar la integridad de la base de datos";
    case A::ViewAudit:
      return "ver la bitácora de auditoría";
    case A::ViewAt:
      return "ver asistencias técnicas";
    case A::RequestAt:
      return "solicitar asistencias técnicas";
    case A::ApproveAt:
      return "aprobar asistencias técnicas";
    case A::ContractAt:
      return "contratar asistencias técnicas";
    case A::ManageProviders:
      return "administrar proveedores";
    case A::ManageBudget:
      return "administrar el presupuesto de asistencias técnicas";
    case A::ManagePolicy:
      return "cambiar la política de subsidios";
    case A::ManageGoals:
      return "definir las metas anuales";
    case A::CreateReferral:
      return "registrar remisiones";
    case A::ViewOwnReferrals:
      return "ver sus remisiones";
    case A::ManageReferrals:
      return "gestionar remisiones";
    case A::ManageTrainings:
      return "registrar capacitaciones";
    case A::MoveCenter:
      return "trasladar el centro a otra base de datos";
    case A::RecordResults:
      return "registrar resultados";
    case A::ExportPersonData:
      return "entregar a una persona sus datos";
    case A::ExportSensitiveData:
      return "exportar datos sensibles (discapacidad, retornado)";
    case A::ManageDataProtection:
      return "llevar los registros de protección de datos (solicitudes de derechos, brechas)";
    case A::ForgetPerson:
      return "olvidar a una persona";
    case A::ConsolidateNational:
      return "consolidar los paquetes de los centros";
  }
  return "realizar esta acción";
}

bool is_delegado_action(Action action) {
  return action == A::ExportPersonData || action == A::ManageDataProtection ||
         action == A::ForgetPerson;
}

bool allowed(const Actor& actor, Action action) {
  return allowed(actor.role, action) || (actor.delegado && is_delegado_action(action));
}

void require(const Actor& actor, Action action) {
  if (allowed(actor, action)) return;
  throw PermissionDenied("El rol «" + std::string(code_of(actor.role)) + "» no puede " +
                         std::string(action_description(action)) + ".");
}

}  // namespace cdmype
