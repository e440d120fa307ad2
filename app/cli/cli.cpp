// Parses global options, dispatches to a command and turns failures into exit statuses.
#include "cli/cli.hpp"

#include <SQLiteCpp/Exception.h>

#include <filesystem>
#include <map>
#include <ostream>
#include <set>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "store/sql/db_error.hpp"

namespace cdmype::cli {
namespace {

using Handler = int (*)(CommandContext&);

const std::map<std::string, Handler>& command_table() {
  static const std::map<std::string, Handler> table = {
      {"init", cmd_init},     {"user", cmd_user},     {"import", cmd_import},
      {"export", cmd_export}, {"report", cmd_report}, {"backup", cmd_backup},
      {"check", cmd_check},   {"demo", cmd_demo},     {"restore", cmd_restore},
      {"goals", cmd_goals},
      {"at", cmd_at},         {"budget", cmd_budget}, {"policy", cmd_policy},
      {"provider", cmd_provider}, {"salario-minimo", cmd_minimum_wage},
      {"rights", cmd_rights}, {"breach", cmd_breach}, {"consent", cmd_consent},
      {"referral", cmd_referral}, {"training", cmd_training}, {"result", cmd_result},
      {"settings", cmd_settings}, {"copy-to", cmd_copy_to}, {"person", cmd_person},
      {"center", cmd_center}, {"national", cmd_national},
  };
  return table;
}

constexpr const char* kUsage =
    "Uso: cdmype-cli [--db ARCHIVO|postgresql://USUARIO@SERVIDOR/BASE] [--user NOMBRE] COMANDO …\n"
    "  (la contraseña del servidor: ~/.pgpass con permisos 0600 o PGPASSWORD, nunca en --db)\n"
    "  init --center \"NOMBRE\" --prefix CH --admin NOMBRE [--operator \"…\"] [--departamento …]\n"
    "  user add NOMBRE --role asesor|director|compras|ventanilla|admin|consulta --full-name \"…\"\n"
    "  user list | user disable NOMBRE | user enable NOMBRE | user passwd [NOMBRE]\n"
    "  import empresas|sesiones|asistencias|remisiones|capacitaciones|asistentes|resultados\n"
    "     ARCHIVO.csv   (export: los mismos tipos; una ventanilla exporta sus remisiones)\n"
    "  export TIPO ARCHIVO.csv [--seudonimo] [--incluir-sensibles]\n"
    "     (--seudonimo: sin nombres, DUI, teléfonos, fechas de nacimiento ni textos, con la\n"
    "     columna seudonimo hecha con la clave nacional; discapacidad y retornado salen vacíos\n"
    "     salvo --incluir-sensibles, solo dirección, que queda en la bitácora)\n"
    "  report monthly --month AAAA-MM [--pdf SALIDA.pdf] [--json SALIDA.json] [--xlsx SALIDA.xlsx]\n"
    "  report issue --month AAAA-MM [--replace] [--pdf SALIDA.pdf]   (dirección)\n"
    "  report show-issued [--month AAAA-MM [--pdf SALIDA.pdf] [--json SALIDA.json]]\n"
    "  report package --month AAAA-MM --out PAQUETE   (dirección; el paquete firmado del mes\n"
    "     emitido para CONAMYPE: informe, acumulado del año y empresas atendidas como\n"
    "     seudónimos de la clave nacional, sin nombres ni DUI; report issue ya lo prepara)\n"
    "  center key   (la clave pública con que CONAMYPE verifica los paquetes del centro)\n"
    "  center national-key --set CLAVE   (la clave nacional que da CONAMYPE; dirección o IT)\n"
    "  national consolidate --month AAAA-MM --keys CLAVES.csv --json SALIDA.json\n"
    "     --pdf SALIDA.pdf [--xlsx SALIDA.xlsx] PAQUETE…   (CONAMYPE; sin --db ni --user:\n"
    "     CLAVES.csv es «centro,clave_publica» por prefijo; rechaza todo si un paquete está\n"
    "     alterado, sin firma, es de otro mes, de un centro desconocido o repetido)\n"
    "  report tratamiento --pdf SALIDA.pdf   (registro de actividades de tratamiento de datos\n"
    "     personales: finalidades, personas, datos, destinatarios, conservación, seguridad)\n"
    "  goals set --year AAAA --indicator INDICADOR --value N   (dinero en dólares)\n"
    "  goals show [--year AAAA]\n"
    "  budget set --year AAAA --at-fund 25000.00 [--conamype-pct 50]   (dirección)\n"
    "  budget show [--year AAAA]\n"
    "  at request --empresa CÓDIGO --descripcion \"…\" --costo 1234.56 [--proveedor \"…\"]\n"
    "     [--especialidad \"…\"]   (imprime solo el código nuevo; at draft: igual, en borrador)\n"
    "  at request CÓDIGO-AT   (envía un borrador)  |  at queue  |  at show CÓDIGO-AT\n"
    "  at list [--estado ESTADO] [--empresa CÓDIGO]\n"
    "  at approve CÓDIGO-AT | at reject CÓDIGO-AT --reason \"…\"   (dirección)\n"
    "  at contract CÓDIGO-AT [--proveedor \"…\"] | at start|settle CÓDIGO-AT\n"
    "  at finish CÓDIGO-AT [--rating 1-5] | at cancel CÓDIGO-AT [--reason \"…\"]\n"
    "  at copago CÓDIGO-AT --monto 50.25 | at pago CÓDIGO-AT --monto 1005.05   (compras;\n"
    "     aporte recibido de la empresa y pago al proveedor; liquidar exige ambos completos)\n"
    "     (cada paso acepta --fecha AAAA-MM-DD para registrarlo con fecha pasada)\n"
    "  policy show [--date AAAA-MM-DD]\n"
    "  policy set --from AAAA-MM-DD --base 90 --weighted 95\n"
    "     [--conditions liderada_por_mujer,rural,asociativa] [--cap-at 1500.00]\n"
    "     [--cap-enterprise-year 3000.00] [--note \"…\"]\n"
    "  policy set --from AAAA-MM-DD --rules \"ID:CONDICIONES:APORTE;…\" [--base 82] [topes]\n"
    "     (graduada; p. ej. \"mujer_rural:liderada_por_mujer,rural:3;mujer:liderada_por_mujer:5;\n"
    "     general::12\": la empresa aporta 3 %, 5 % o 12 %; gana la regla más favorable)\n"
    "  policy weights [--mujer N] [--rural N] [--asociativa N] [--joven N] [--retornado N]\n"
    "     [--primera-at N] [--dia-espera N] [--max-dias N|sin-limite]\n"
    "  salario-minimo list | salario-minimo add --desde AAAA-MM-DD --monto 425.00 [--nota \"…\"]\n"
    "     (dirección; el salario mínimo mensual con que se clasifica el tamaño de empresa)\n"
    "  provider add \"NOMBRE\" [--nit …] [--especialidades \"…\"] [--contacto \"…\"] [--distrito …]\n"
    "  provider list | provider show|disable|enable \"NOMBRE\"\n"
    "  referral record --ventanilla DISTRITO --nombre \"…\" --sexo mujer|hombre [--sector …]\n"
    "     [--telefono …] [--dui …] [--necesidad \"…\"] [--fecha …]   (imprime el uuid)\n"
    "     [--alcances atencion[,seguimiento,comunicaciones,compartir]]   (el consentimiento que\n"
    "     la persona firmó en la ventanilla; sin él queda «no registrado»)\n"
    "  referral list [--estado ESTADO] | referral inbox | referral suggest ID\n"
    "  referral assign ID --asesor NOMBRE | referral link ID --empresa CÓDIGO\n"
    "  referral new-file ID --zona rural|urbana [--nombre \"…\"] [--forma …] [--nit …]\n"
    "     [--fecha-ingreso …]   (imprime el código) | referral reject ID --reason \"…\"\n"
    "     (ID: los últimos 8 caracteres del uuid, como los muestra «referral list»)\n"
    "  training add --titulo \"…\" --fecha … --horas 4 [--tema …] [--institucion …] [--lugar …]\n"
    "  training attend --capacitacion \"TÍTULO\" --nombre \"…\" --sexo … [--empresa CÓDIGO]\n"
    "     [--alcances atencion[,…]]   (imprime el uuid; el consentimiento de quien viene sin\n"
    "     expediente)\n"
    "  training list | result list --empresa CÓDIGO\n"
    "  training edit CAPACITACIÓN [--titulo …] [--fecha …] [--horas …] [--lugar …]\n"
    "      [--institucion …] [--tema …] [--si-version N] | training delete CAPACITACIÓN\n"
    "  training institutions | training institution-add \"NOMBRE\"\n"
    "  result add --empresa CÓDIGO --fecha … --tipo TIPO [--valor …] [--detalle \"…\"]\n"
    "  settings show | settings set formato_numeros el_salvador|coma_decimal\n"
    "     (cómo se lee un monto ambiguo como 2,000: dos mil con el_salvador; dirección o IT)\n"
    "  settings set delegado_nombre \"…\" | delegado_contacto \"…\" | clave_nacional CLAVE\n"
    "     | retencion_anios N | delegado_usuario CUENTA\n"
    "     (delegado de protección de datos, y la cuenta que actúa como tal: atiende derechos y\n"
    "     olvida sin ser dirección; la clave que da CONAMYPE para --seudonimo)\n"
    "  backup SALIDA.db [--cifrar] | check | demo --scale small|national\n"
    "     (en el servidor, backup escribe el centro entero en un archivo SALIDA.db verificado;\n"
    "     --cifrar, para llevarla fuera de la oficina: con una frase de paso de 12 caracteres o\n"
    "     más, de CDMYPE_BACKUP_PASSPHRASE o pedida dos veces; restore la pide)\n"
    "  restore COPIA.db   (administración; guarda la base actual al lado antes de reemplazarla;\n"
    "     si la actual está tan dañada que no abre, --user debe ser administración en la copia;\n"
    "     en el servidor, con la cuenta propietaria de la base, y lo anterior queda en un\n"
    "     archivo servidor.db.antes-de-restaurar-… junto a la copia)\n"
    "  person export --dui DUI [--json SALIDA.json] [--pdf SALIDA.pdf]   (dirección; todo lo\n"
    "     que el centro guarda de la persona: derecho de acceso y portabilidad; queda auditado)\n"
    "  person forget --dui DUI --reason \"…\"   (dirección; reemplaza los datos que identifican\n"
    "     a la persona en expedientes, remisiones y textos, destruye sus claves de la bitácora\n"
    "     y compacta la base) | person compact   (de nuevo, si otro programa la tenía abierta)\n"
    "  person retention   (expedientes cerrados o graduados sin actividad en retencion_anios,\n"
    "     5 si no se cambió) | person keep CÓDIGO --reason \"…\"   (conservarlo otro periodo)\n"
    "  consent grant CÓDIGO --alcances atencion[,seguimiento,comunicaciones,sensibles,compartir]\n"
    "     [--fecha AAAA-MM-DD] | consent withdraw CÓDIGO --alcances …   (cada cambio es un\n"
    "     registro nuevo; retirar sensibles borra discapacidad y retornado del expediente)\n"
    "  consent object|limit|lift CÓDIGO --reason \"…\"   (oposición o limitación: fuera de\n"
    "     encuestas, comunicaciones y exportaciones identificadas; dirección)\n"
    "  consent show CÓDIGO | consent form CÓDIGO|--remision ID --pdf SALIDA.pdf\n"
    "  consent pending\n"
    "     (grant, withdraw, object, limit, lift y show valen también para una remisión,\n"
    "     --remision ID, o quien participó sin expediente, --asistente UUID, en lugar de CÓDIGO)\n"
    "  consent contacts --para seguimiento|comunicaciones\n"
    "  rights record --nombre \"…\" [--dui …] --derecho acceso|rectificacion|cancelacion|\n"
    "     oposicion|portabilidad|olvido|limitacion [--recibida AAAA-MM-DD]   (dirección; imprime\n"
    "     el número; vence a los 20 días hábiles) | rights list [--vencidas]   (sale 1 si hay)\n"
    "  rights extend N --reason \"…\"   (una sola prórroga, 20 días hábiles más)\n"
    "  rights answer N --respuesta \"…\" | rights holidays\n"
    "  rights holiday-add --fecha AAAA-MM-DD --nombre \"…\"   (un asueto más del calendario de\n"
    "     plazos, además de los del Código de Trabajo y la Semana Santa)\n"
    "  breach record --detectada \"AAAA-MM-DD HH:MM\" --descripcion \"…\" [--datos \"…\"]\n"
    "     [--personas N] [--medidas \"…\"]   (dirección; imprime el número)\n"
    "  breach notify N --a ace|fiscalia|personas [--fecha \"AAAA-MM-DD HH:MM\"] | breach list\n"
    "     (la brecha se notifica en 72 horas; list muestra cuánto queda o cuánto se pasó)\n"
    "  copy-to DESTINO   (administración; copia el centro entero a un archivo nuevo o a una\n"
    "     base vacía del servidor postgresql://…, lo verifica y solo entonces termina; tras\n"
    "     pasar de un archivo al servidor, el archivo queda de solo lectura)\n"
    "La contraseña se toma de CDMYPE_PASSWORD o se pide; la de una cuenta nueva, de\n"
    "CDMYPE_NEW_PASSWORD; la de una copia cifrada, de CDMYPE_BACKUP_PASSPHRASE.\n"
    "Salida: 0 bien, 1 error de datos o acción rechazada, 2 mal uso.\n";

// The options that take no value, wherever they appear.
const std::set<std::string> kFlagWords{"help",      "version",           "replace",
                                       "seudonimo", "incluir-sensibles", "cifrar", "vencidas"};

// What a person reads for a database failure no command worded: the Spanish
// message for the kinds they can act on (busy, disk full, server lost…),
// else the engine's code only — the engine's text may quote typed values.
std::string db_error_message(const store::DbError& e) {
  try {
    store::rethrow_friendly(e);
  } catch (const UserError& friendly) {
    return friendly.what();
  } catch (const store::DbError&) {
  }
  return "Error de la base de datos (" + std::string(store::engine_name(e.engine())) + " " +
         e.engine_code() +
         "): la operación no se completó y no se guardó nada. Ejecute «cdmype-cli check» y, "
         "si se repite, avise a soporte con este código.";
}

}  // namespace

int run(const std::vector<std::string>& args, Terminal& term) {
  try {
    Arguments all(args, kFlagWords);
    if (all.flag("version")) {
      term.out << "cdmype-cli 0.1.0\n";
      return kExitOk;
    }
    if (all.flag("help") || all.positionals().empty()) {
      (all.flag("help") ? term.out : term.err) << kUsage;
      return all.flag("help") ? kExitOk : kExitMisuse;
    }
    const std::string command = all.positionals().front();
    auto it = command_table().find(command);
    if (it == command_table().end()) throw UsageError("comando desconocido «" + command + "»");

    // The command sees its own words; --db and --user may appear anywhere.
    std::vector<std::string> rest;
    bool skipped_command = false;
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i] == "--db" || args[i] == "--user") {
        ++i;
        continue;
      }
      if (args[i].rfind("--db=", 0) == 0 || args[i].rfind("--user=", 0) == 0) continue;
      if (!skipped_command && args[i] == command) {
        skipped_command = true;
        continue;
      }
      rest.push_back(args[i]);
    }
    CommandContext context{term,
                           store::DataSource::parse(
                               all.option("db").value_or(default_database_path().string())),
                           all.option("user"), Arguments(rest, kFlagWords)};
    return it->second(context);
  } catch (const UsageError& e) {
    term.end_progress();
    term.err << "cdmype-cli: " << e.what() << "\n" << "Pruebe «cdmype-cli --help».\n";
    return kExitMisuse;
  } catch (const UserError& e) {
    term.end_progress();
    term.err << e.what() << "\n";
    return kExitUserError;
  } catch (const SQLite::Exception& e) {
    term.end_progress();
    term.err << "Error de la base de datos: " << e.what() << "\n";
    return kExitUserError;
  } catch (const store::DbError& e) {
    term.end_progress();
    term.err << db_error_message(e) << "\n";
    return kExitUserError;
  } catch (const std::filesystem::filesystem_error& e) {
    term.end_progress();
    term.err << "No se pudo usar «" << e.path1().string()
             << "»: " << file_error_text(e.code().value()) << ".\n";
    return kExitUserError;
  } catch (const std::exception& e) {
    term.end_progress();
    term.err << "Error inesperado: " << e.what() << "\n";
    return kExitUserError;
  }
}

}  // namespace cdmype::cli
