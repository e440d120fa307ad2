// store::Statement on each engine: names bound and read, NULLs typed, errors kept with their kind.
#include <gtest/gtest.h>

#include <memory>

#include "store/sql/db_error.hpp"
#include "store/sql/statement.hpp"
#include "store/write_transaction.hpp"
#include "support/engine_connection.hpp"

namespace cdmype::store {
namespace {

using testing_support::EngineConnection;

class SqlStatementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    c().execute_script(
        "CREATE TABLE persona (id BIGINT PRIMARY KEY, nombre TEXT NOT NULL UNIQUE, "
        "edad BIGINT CHECK (edad >= 0), foto " +
        std::string(db.blob_type()) + ", nota TEXT)");
  }
  Connection& c() { return db.connection(); }
  EngineConnection db;
};

TEST_F(SqlStatementTest, ParametersAreBoundAndColumnsReadByName) {
  Statement ins(c(), "INSERT INTO persona (id, nombre, edad, nota) VALUES (:id, :nombre, :edad, :nota)");
  ins.bind("id", std::int64_t{1}).bind("nombre", "Ñandú Peña").bind("edad", 41).bind_null("nota", SqlType::Text);
  EXPECT_EQ(ins.execute(), 1);
  ins.bind("id", std::int64_t{2}).bind("nombre", std::string("Niño de Citalá")).bind("edad", 7).bind("nota", "ok");
  EXPECT_EQ(ins.execute(), 1);

  Statement q(c(), "SELECT nota, edad, nombre, id FROM persona WHERE (:edad IS NULL OR edad > :edad) ORDER BY id");
  q.bind_null("edad", SqlType::Integer);
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text("nombre"), "Ñandú Peña");
  EXPECT_EQ(q.int64("edad"), 41);
  EXPECT_TRUE(q.is_null("nota"));
  EXPECT_EQ(q.optional_text("nota"), std::nullopt);
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text("nombre"), "Niño de Citalá");
  EXPECT_EQ(q.optional_text("nota"), "ok");
  EXPECT_FALSE(q.step());

  q.reset();
  q.bind("edad", 10);
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.int64("id"), 1);
  EXPECT_FALSE(q.step());
}

TEST_F(SqlStatementTest, ReturningGivesTheNewRowsId) {
  Statement ins(c(), "INSERT INTO persona (id, nombre) VALUES (:id, :nombre) RETURNING id, nombre");
  ins.bind("id", std::int64_t{77}).bind("nombre", "Citalá");
  ASSERT_TRUE(ins.step());
  EXPECT_EQ(ins.int64("id"), 77);
  EXPECT_EQ(ins.text("nombre"), "Citalá");
}

TEST_F(SqlStatementTest, BlobsRoundTripEveryByte) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
  Statement ins(c(), "INSERT INTO persona (id, nombre, foto) VALUES (1, 'x', :foto)");
  ins.bind_blob("foto", bytes);
  ins.execute();
  Statement q(c(), "SELECT foto FROM persona");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.blob("foto"), bytes);
}

TEST_F(SqlStatementTest, AMistypedNameIsAProgrammingErrorNotANull) {
  Statement q(c(), "SELECT nombre FROM persona WHERE id = :id");
  EXPECT_THROW(q.bind("ide", 1), std::logic_error);
  EXPECT_THROW(q.step(), std::logic_error);  // :id never bound
  q.bind("id", 1);
  EXPECT_FALSE(q.step());
  Statement all(c(), "SELECT nombre FROM persona");
  c().execute_script("INSERT INTO persona (id, nombre) VALUES (1, 'Peña')");
  ASSERT_TRUE(all.step());
  EXPECT_THROW((void)all.text("apellido"), std::logic_error);
}

TEST_F(SqlStatementTest, ConstraintFailuresKeepTheirKindAndEngineCode) {
  c().execute_script("INSERT INTO persona (id, nombre) VALUES (1, 'Peña')");
  Statement dup(c(), "INSERT INTO persona (id, nombre) VALUES (2, 'Peña')");
  try {
    dup.execute();
    FAIL() << "se esperaba un error de unicidad";
  } catch (const DbError& e) {
    EXPECT_EQ(e.kind(), DbErrorKind::Unique);
    EXPECT_FALSE(e.engine_code().empty());
  }
  Statement bad(c(), "INSERT INTO persona (id, nombre, edad) VALUES (3, 'Niño', -1)");
  try {
    bad.execute();
    FAIL() << "se esperaba un error de CHECK";
  } catch (const DbError& e) {
    EXPECT_EQ(e.kind(), DbErrorKind::Check);
  }
}

TEST_F(SqlStatementTest, AWriteTransactionNotCommittedLeavesNothing) {
  {
    WriteTransaction tx(c());
    c().execute_script("INSERT INTO persona (id, nombre) VALUES (1, 'Peña')");
    EXPECT_TRUE(c().in_transaction());
  }
  EXPECT_FALSE(c().in_transaction());
  EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 0);
  {
    WriteTransaction tx(c());
    c().execute_script("INSERT INTO persona (id, nombre) VALUES (1, 'Peña')");
    tx.commit();
  }
  EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 1);
}

TEST_F(SqlStatementTest, ASnapshotDoesNotSeeLaterCommitsOfAnotherConnection) {
  c().execute_script("INSERT INTO persona (id, nombre) VALUES (1, 'Peña')");
  auto other = db.open_second();
  {
    ReadSnapshot snap(c());
    EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 1);
    WriteTransaction tx(*other);
    other->execute_script("INSERT INTO persona (id, nombre) VALUES (2, 'Niño')");
    tx.commit();
    EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 1);
  }
  EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 2);
}

// Whole-table reads (exports, copies, checks) stream their rows: every row
// arrives, in order; a read left early frees the connection at once.
TEST_F(SqlStatementTest, StreamedRowsArriveInOrderAndALeftReadFreesTheConnection) {
  {
    WriteTransaction tx(c());
    auto writer = c().bulk_insert("persona", {"id", "nombre", "edad"});
    for (std::int64_t i = 1; i <= 5000; ++i)
      writer->row({i, "Peña " + std::to_string(i), i % 90});
    writer->finish();
    tx.commit();
  }
  Statement all(c(), "SELECT id, nombre FROM persona ORDER BY id");
  all.stream_rows();
  std::int64_t expected = 0;
  while (all.step()) {
    ASSERT_EQ(all.int64("id"), ++expected);
    ASSERT_EQ(all.text("nombre"), "Peña " + std::to_string(expected));
  }
  EXPECT_EQ(expected, 5000);
  EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 5000);

  // Every byte of text and blobs, NULLs and numbers come through the stream as they went in.
  std::string bytes;
  for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
  const std::string awkward = "Peña\tNiño\\N\n\\\rCitalá \\x41 \\101";
  Statement put(c(), "UPDATE persona SET nota = :nota, foto = :foto WHERE id = 7");
  put.bind("nota", awkward).bind_blob("foto", bytes).execute();
  Statement odd(c(), "SELECT id, nota, foto, edad, 2.5 AS medio FROM persona WHERE id IN (7, 8) ORDER BY id");
  odd.stream_rows();
  ASSERT_TRUE(odd.step());
  EXPECT_EQ(odd.text("nota"), awkward);
  EXPECT_EQ(odd.blob("foto"), bytes);
  EXPECT_EQ(odd.int64("edad"), 7);
  EXPECT_DOUBLE_EQ(odd.real("medio"), 2.5);
  ASSERT_TRUE(odd.step());
  EXPECT_TRUE(odd.is_null("nota"));
  EXPECT_TRUE(odd.is_null("foto"));
  EXPECT_FALSE(odd.step());

  {
    ReadSnapshot snapshot(c());
    Statement early(c(), "SELECT id FROM persona WHERE edad >= :edad ORDER BY id");
    early.stream_rows().bind("edad", 0);
    for (int i = 0; i < 10; ++i) ASSERT_TRUE(early.step());
    if (c().engine() == Engine::PostgreSQL) {
      // One connection, one conversation: nothing else may run mid-stream.
      EXPECT_THROW(query_int64(c(), "SELECT 1"), std::logic_error);
    }
    early.reset();  // left after 10 of 5000 rows
    EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona WHERE edad = 0"), 55);
    early.bind("edad", 89);
    std::int64_t n = 0;
    while (early.step()) ++n;
    EXPECT_EQ(n, 55);
  }
  {
    ReadSnapshot snapshot(c());
    Statement dropped(c(), "SELECT id FROM persona ORDER BY id");
    dropped.stream_rows();
    ASSERT_TRUE(dropped.step());
  }  // the statement goes mid-stream, then the snapshot
  EXPECT_EQ(query_int64(c(), "SELECT MAX(id) FROM persona"), 5000);
  WriteTransaction tx(c());
  c().execute_script("DELETE FROM persona WHERE id > 4990");
  tx.commit();
  EXPECT_EQ(query_int64(c(), "SELECT COUNT(*) FROM persona"), 4990);
}

}  // namespace
}  // namespace cdmype::store
