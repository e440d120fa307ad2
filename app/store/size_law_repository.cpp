// SQL for the dated MYPE size laws and their micro bands.
#include "store/size_law_repository.hpp"

#include <map>

#include "store/minimum_wage_repository.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

std::vector<SizeLaw> SizeLawRepository::all() {
  std::vector<SizeLaw> out;
  std::map<std::int64_t, size_t> index;  // size_law.id → position in out
  Statement q(db_,
              "SELECT id, vigente_desde, norma, micro_salarios, micro_trabajadores, "
              "pequena_salarios, pequena_trabajadores, desacuerdo "
              "FROM size_law ORDER BY vigente_desde");
  while (q.step()) {
    SizeLaw law;
    law.vigente_desde = column_date(q, "vigente_desde");
    law.norma = q.text("norma");
    law.micro_salarios = q.int64("micro_salarios");
    law.micro_trabajadores = q.int32("micro_trabajadores");
    law.pequena_salarios = q.int64("pequena_salarios");
    law.pequena_trabajadores = q.int32("pequena_trabajadores");
    law.desacuerdo = column_code<Desacuerdo>(q, "desacuerdo");
    index[q.int64("id")] = out.size();
    out.push_back(std::move(law));
  }
  Statement b(db_,
              "SELECT size_law_id, categoria, hasta_salarios, hasta_trabajadores "
              "FROM size_law_micro_band ORDER BY size_law_id, hasta_salarios");
  while (b.step()) {
    const auto it = index.find(b.int64("size_law_id"));
    if (it == index.end()) continue;  // the foreign key makes this impossible
    out[it->second].categorias.push_back(MicroBand{column_code<CategoriaMicro>(b, "categoria"),
                                                   b.int64("hasta_salarios"),
                                                   b.int32("hasta_trabajadores")});
  }
  return out;
}

SizeRules load_size_rules(Connection& db) {
  return SizeRules{SizeLawRepository(db).all(), MinimumWageRepository(db).all()};
}

}  // namespace cdmype::store
