// SQL for the dated MYPE size laws and their micro bands.
#include "store/size_law_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>

#include "store/minimum_wage_repository.hpp"
#include "store/sql_values.hpp"

namespace cdmype::store {

std::vector<SizeLaw> SizeLawRepository::all() {
  std::vector<SizeLaw> out;
  std::map<std::int64_t, size_t> index;  // size_law.id → position in out
  SQLite::Statement q(db_,
                      "SELECT id, vigente_desde, norma, micro_salarios, micro_trabajadores, "
                      "pequena_salarios, pequena_trabajadores, desacuerdo "
                      "FROM size_law ORDER BY vigente_desde");
  while (q.executeStep()) {
    SizeLaw law;
    law.vigente_desde = column_date(q.getColumn("vigente_desde"));
    law.norma = q.getColumn("norma").getString();
    law.micro_salarios = q.getColumn("micro_salarios").getInt64();
    law.micro_trabajadores = q.getColumn("micro_trabajadores").getInt();
    law.pequena_salarios = q.getColumn("pequena_salarios").getInt64();
    law.pequena_trabajadores = q.getColumn("pequena_trabajadores").getInt();
    law.desacuerdo = column_code<Desacuerdo>(q.getColumn("desacuerdo"));
    index[q.getColumn("id").getInt64()] = out.size();
    out.push_back(std::move(law));
  }
  SQLite::Statement b(db_,
                      "SELECT size_law_id, categoria, hasta_salarios, hasta_trabajadores "
                      "FROM size_law_micro_band ORDER BY size_law_id, hasta_salarios");
  while (b.executeStep()) {
    const auto it = index.find(b.getColumn("size_law_id").getInt64());
    if (it == index.end()) continue;  // the foreign key makes this impossible
    out[it->second].categorias.push_back(
        MicroBand{column_code<CategoriaMicro>(b.getColumn("categoria")),
                  b.getColumn("hasta_salarios").getInt64(),
                  b.getColumn("hasta_trabajadores").getInt()});
  }
  return out;
}

SizeRules load_size_rules(SQLite::Database& db) {
  return SizeRules{SizeLawRepository(db).all(), MinimumWageRepository(db).all()};
}

}  // namespace cdmype::store
