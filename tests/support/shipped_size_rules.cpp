// The shipped size laws and minimum wages as values, so classifier tests need no database.
#include "support/shipped_size_rules.hpp"

namespace cdmype::testing_support {

SizeRules shipped_size_rules() {
  SizeRules r;
  r.laws = {
      {Date(2014, 5, 20), "Ley MYPE (D.L. N.° 667 de 2014)", 482, 10, 4817, 50,
       Desacuerdo::PrevalecenVentas, {}},
      {Date(2026, 3, 16), "Reforma de la Ley MYPE (D.O. 16/03/2026)", 500, 10, 5000, 50,
       Desacuerdo::PrevalecenVentas,
       {{CategoriaMicro::Subsistencia, 57, 2},
        {CategoriaMicro::Acumulacion, 300, 4},
        {CategoriaMicro::Expansion, 500, 10}}},
  };
  r.wages = {
      {1, Date(2021, 8, 1), Money::from_cents(36'500),
       "Decreto Ejecutivo N.° 10 de 2021, comercio y servicios"},
      {2, Date(2025, 6, 1), Money::from_cents(40'880),
       "Decreto Ejecutivo N.° 11 MTPS, D.O. 23/05/2025, comercio y servicios"},
  };
  return r;
}

}  // namespace cdmype::testing_support
