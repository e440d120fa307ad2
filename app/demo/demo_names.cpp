// Name pools: common Salvadoran given names and surnames, with their accents.
#include "demo/demo_names.hpp"

namespace cdmype::demo {
namespace {
constexpr std::string_view kWomen[] = {
    "María José", "Ana Lucía", "Rosa Elena", "Carmen", "Sonia Beatriz", "Karla Patricia",
    "Jessica", "Marta Alicia", "Gladys", "Reina Isabel", "Yesenia", "Xiomara", "Ingrid",
    "Dinora", "Blanca Estela", "Verónica", "Mirna", "Roxana", "Sandra Maribel", "Lucía",
    "Fátima", "Zulma", "Brenda", "Daysi", "Evelyn", "Griselda", "Inés", "Concepción",
    "Natalia", "Raquel", "Sofía", "Jazmín", "Noemí", "Iris", "Ángela"};
constexpr std::string_view kMen[] = {
    "José Antonio", "Juan Carlos", "Carlos Ernesto", "Luis Alonso", "Mario", "Óscar Armando",
    "Francisco", "Miguel Ángel", "Jorge Alberto", "René", "Santos", "Raúl", "Wilfredo",
    "Nelson", "Rigoberto", "Efraín", "Julio César", "Andrés", "Jesús", "Ramón", "Tomás",
    "Víctor Manuel", "Edwin", "Héctor", "Joaquín"};
constexpr std::string_view kSurnames[] = {
    "Peña", "Martínez", "Hernández", "López", "Guardado", "Menjívar", "Landaverde", "Rivas",
    "Alas", "Serrano", "Orellana", "Mejía", "Ramírez", "Portillo", "Cartagena", "Avelar",
    "Deras", "Tobar", "Valle", "Rodríguez", "Flores", "Calles", "Escobar", "Núñez", "Chávez",
    "Ayala", "Dubón", "Quijada", "Galdámez", "Henríquez", "Monge", "Ruiz", "Argueta", "Niño",
    "Zelaya", "Pineda", "Solórzano", "Vásquez", "Aguilar", "Cruz"};

constexpr std::string_view kAgro[] = {"Café de Altura {}", "Hortalizas {}", "Miel {}",
                                      "Granja Avícola {}", "Vivero {}", "Bálsamo y Cacao {}"};
constexpr std::string_view kArtes[] = {"Artesanías {}", "Taller de Semilla de Copinol {}",
                                       "Pinturas Naïf {}", "Alfarería {}", "Tallados {}"};
constexpr std::string_view kTurismo[] = {"Hostal {}", "Cabañas {}", "Tours Montaña {}",
                                         "Restaurante Mirador {}", "Turicentro {}"};
constexpr std::string_view kAlimentos[] = {"Panadería {}", "Lácteos {}", "Pupusería {}",
                                           "Dulces Típicos {}", "Encurtidos {}",
                                           "Chocolate Artesanal {}"};
constexpr std::string_view kTextil[] = {"Confecciones {}", "Bordados {}", "Taller de Costura {}",
                                        "Uniformes {}"};
constexpr std::string_view kCosmetica[] = {"Jabones Naturales {}", "Cosmética de Sábila {}",
                                           "Aceites Esenciales {}"};
constexpr std::string_view kComercio[] = {"Tienda {}", "Agroservicio {}", "Ferretería {}",
                                          "Distribuidora {}"};
constexpr std::string_view kServicios[] = {"Ciber {}", "Taller Mecánico {}", "Salón de Belleza {}",
                                           "Servicios Contables {}"};
constexpr std::string_view kOtro[] = {"Emprendimiento {}", "Reciclaje {}"};

constexpr std::string_view kTopicsEmpresarial[] = {
    "Diagnóstico empresarial", "Plan de negocios", "Costeo de productos", "Registro de ventas",
    "Estrategia de precios", "Plan de mercadeo"};
constexpr std::string_view kTopicsTic[] = {"Página de Facebook y WhatsApp Business",
                                           "Catálogo digital", "Facturación electrónica",
                                           "Pagos con código QR"};
constexpr std::string_view kTopicsFemenina[] = {"Autonomía económica", "Liderazgo de mujeres",
                                                "Red de empresarias de Cayaguanca",
                                                "Negociación y autoestima empresarial"};
constexpr std::string_view kTopicsFinanciera[] = {"Flujo de caja", "Solicitud de crédito",
                                                  "Separar finanzas personales y del negocio",
                                                  "Cálculo del punto de equilibrio"};
constexpr std::string_view kTopicsAt[] = {"Seguimiento de asistencia técnica",
                                          "Revisión de avance con proveedor",
                                          "Recepción de productos de la asistencia"};
constexpr std::string_view kTopicsVinculacion[] = {"Vinculación con feria Chalatenango Productivo",
                                                   "Referencia a banca de desarrollo",
                                                   "Coordinación con alcaldía"};
constexpr std::string_view kTopicsCapacitacion[] = {"Buenas prácticas de manufactura",
                                                    "Atención al cliente", "Inocuidad de alimentos"};
constexpr std::string_view kAgreements[] = {
    "Llevar registro diario de ventas", "Enviar fotos de productos para el catálogo",
    "Tramitar NIT en el Ministerio de Hacienda", "Preparar cotizaciones de proveedores",
    "Asistir a la feria del próximo mes", "Actualizar costos con nuevos precios de insumos",
    "Solicitar registro sanitario", "Abrir cuenta bancaria del negocio"};
}  // namespace

std::span<const std::string_view> women_first_names() { return kWomen; }
std::span<const std::string_view> men_first_names() { return kMen; }
std::span<const std::string_view> surnames() { return kSurnames; }
std::span<const std::string_view> agreements() { return kAgreements; }

std::span<const std::string_view> business_patterns(Sector sector) {
  switch (sector) {
    case Sector::Agroindustria: return kAgro;
    case Sector::Artesanias: return kArtes;
    case Sector::Turismo: return kTurismo;
    case Sector::AlimentosBebidas: return kAlimentos;
    case Sector::TextilesConfeccion: return kTextil;
    case Sector::CosmeticaNatural: return kCosmetica;
    case Sector::Comercio: return kComercio;
    case Sector::Servicios: return kServicios;
    case Sector::Otro: return kOtro;
  }
  return kOtro;
}

std::span<const std::string_view> session_topics(Area area) {
  switch (area) {
    case Area::AsesoriaEmpresarial: return kTopicsEmpresarial;
    case Area::AsesoriaTic: return kTopicsTic;
    case Area::EmpresarialidadFemenina: return kTopicsFemenina;
    case Area::AsesoriaFinanciera: return kTopicsFinanciera;
    case Area::AsistenciaTecnica: return kTopicsAt;
    case Area::Vinculacion: return kTopicsVinculacion;
    case Area::Capacitacion: return kTopicsCapacitacion;
  }
  return kTopicsEmpresarial;
}

}  // namespace cdmype::demo
