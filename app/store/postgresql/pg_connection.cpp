// libpq under store::Connection: typed parameters, server-side prepared statements, the write lock.
#include "store/postgresql/pg_connection.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/errors.hpp"
#include "store/postgresql/copy_text_row.hpp"
#include "store/postgresql/numbered_parameters.hpp"

namespace cdmype::store {

void PgResultDeleter::operator()(pg_result* r) const { PQclear(r); }

namespace {

// Type OIDs from PostgreSQL's pg_type.dat (stable since 7.x).
constexpr Oid kInt8 = 20;
constexpr Oid kFloat8 = 701;
constexpr Oid kText = 25;
constexpr Oid kBytea = 17;

Oid oid_of(SqlType t) {
  switch (t) {
    case SqlType::Integer:
      return kInt8;
    case SqlType::Real:
      return kFloat8;
    case SqlType::Blob:
      return kBytea;
    case SqlType::Text:
      break;
  }
  return kText;
}

DbErrorKind kind_of_sqlstate(std::string_view state) {
  if (state == "23505") return DbErrorKind::Unique;
  if (state == "23503") return DbErrorKind::ForeignKey;
  if (state == "23514" || state == "P0001") return DbErrorKind::Check;
  if (state == "23502") return DbErrorKind::NotNull;
  if (state == "55P03" || state == "57014") return DbErrorKind::Busy;
  if (state == "40001" || state == "40P01") return DbErrorKind::Serialization;
  if (state == "53100") return DbErrorKind::DiskFull;
  if (state == "42501" || state == "25006") return DbErrorKind::ReadOnly;
  if (state == "XX001" || state == "XX002") return DbErrorKind::Corrupt;
  if (state.substr(0, 2) == "08" || state == "57P01" || state == "57P02" || state == "57P03")
    return DbErrorKind::ConnectionLost;
  return DbErrorKind::Other;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// What libpq says when a connection fails, as a person at a seat can act on
// it; anything else is kept in libpq's words, on one line.
std::string connect_failure(std::string why) {
  auto has = [&](const char* s) { return why.find(s) != std::string::npos; };
  if (has("password authentication failed") || has("no password supplied"))
    return "el servidor no aceptó el usuario o la contraseña de este equipo";
  if (has("Connection refused"))
    return "nada responde en esa dirección y puerto: revise que el servidor esté encendido";
  if (has("could not translate host name") || has("Name or service not known"))
    return "no se encuentra un servidor con ese nombre en la red";
  if (has("timeout expired")) return "el servidor no respondió a tiempo";
  if (has("does not exist") && has("database")) return "esa base de datos no existe en el servidor";
  if (has("certificate") || has("SSL")) return "la conexión cifrada no se pudo verificar (" + why + ")";
  for (char& c : why)
    if (c == '\n' || c == '\t') c = ' ';
  return why;
}

std::string this_host() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "?";
  return name;
}

class PgStatement final : public StatementImpl {
 public:
  PgStatement(PgConnection& c, std::string_view sql) : c_(c), sql_(number_parameters(sql)) {
    const size_t n = sql_.names.size();
    values_.resize(n);
    nulls_.assign(n, true);
    types_.assign(n, kText);
    formats_.assign(n, 0);
  }

  int parameter_count() const override { return static_cast<int>(sql_.names.size()); }
  std::string_view parameter_name(int index) const override {
    return sql_.names[static_cast<size_t>(index)];
  }

  void bind_null(int i, SqlType type) override { set(i, oid_of(type), 0, nullptr, 0, true); }
  void bind_int64(int i, std::int64_t value) override {
    const std::string text = std::to_string(value);
    set(i, kInt8, 0, text.data(), text.size(), false);
  }
  void bind_real(int i, double value) override {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    set(i, kFloat8, 0, buf, static_cast<size_t>(r.ptr - buf), false);
  }
  void bind_text(int i, std::string_view value) override {
    set(i, kText, 0, value.data(), value.size(), false);
  }
  void bind_blob(int i, std::string_view bytes) override {
    set(i, kBytea, 1, bytes.data(), bytes.size(), false);
  }

  ~PgStatement() override { end_stream(); }
  PgStatement(const PgStatement&) = delete;
  PgStatement& operator=(const PgStatement&) = delete;

  void stream_rows() override { streaming_ = true; }

  bool step() override {
    if (streaming_) return step_streamed();
    if (!result_) run();
    if (row_ + 1 >= rows_) {
      row_ = rows_;
      return false;
    }
    ++row_;
    return true;
  }
  std::int64_t changes() override {
    if (!result_) return 0;
    const char* n = PQcmdTuples(result_.get());
    return (n && *n) ? std::strtoll(n, nullptr, 10) : 0;
  }
  void reset() override {
    end_stream();
    stream_done_ = false;
    copy_mode_ = false;
    result_.reset();
    rows_ = 0;
    row_ = -1;
  }

  int column_count() override { return meta() ? PQnfields(meta()) : 0; }
  std::string_view column_name(int index) override { return PQfname(meta(), index); }
  bool is_null(int index) override {
    if (copy_mode_) return copied_.is_null(static_cast<size_t>(index));
    return PQgetisnull(result_.get(), row_, index) != 0;
  }
  SqlType column_type(int index) override {
    switch (PQftype(meta(), index)) {
      case 20:  // int8
      case 21:  // int2
      case 23:  // int4
      case 16:  // bool
        return SqlType::Integer;
      case 700:  // float4
      case kFloat8:
        return SqlType::Real;
      case kBytea:
        return SqlType::Blob;
      default:
        return SqlType::Text;
    }
  }
  std::int64_t int64(int index) override {
    const std::string_view v = text(index);
    if (v.empty()) return 0;
    if (v == "t") return 1;
    if (v == "f") return 0;
    std::int64_t out = 0;
    const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
    if (r.ec == std::errc() && r.ptr == v.data() + v.size()) return out;
    // numeric with a fraction (AVG, division): truncated, as SQLite's integer reading does.
    return static_cast<std::int64_t>(std::strtod(std::string(v).c_str(), nullptr));
  }
  double real(int index) override {
    const std::string_view v = text(index);
    return v.empty() ? 0.0 : std::strtod(std::string(v).c_str(), nullptr);
  }
  std::string_view text(int index) override {
    if (row_ < 0 || row_ >= rows_) throw std::logic_error("no hay fila actual");
    if (copy_mode_) {
      const auto i = static_cast<size_t>(index);
      return copied_.is_null(i) ? std::string_view() : copied_.field(i);
    }
    if (PQgetisnull(result_.get(), row_, index)) return {};
    return {PQgetvalue(result_.get(), row_, index),
            static_cast<size_t>(PQgetlength(result_.get(), row_, index))};
  }
  // bytea arrives as text in hex form: \x0a1b…
  std::string blob(int index) override {
    const std::string_view v = text(index);
    std::string out;
    if (v.size() < 2 || v[0] != '\\' || v[1] != 'x') return std::string(v);
    out.reserve((v.size() - 2) / 2);
    for (size_t i = 2; i + 1 < v.size(); i += 2)
      out += static_cast<char>(hex_value(v[i]) * 16 + hex_value(v[i + 1]));
    return out;
  }

 private:
  void set(int i, Oid type, int format, const char* data, size_t size, bool null) {
    const auto k = static_cast<size_t>(i);
    types_[k] = type;
    formats_[k] = format;
    nulls_[k] = null;
    if (!null) values_[k].assign(data, size);
  }

  struct Arguments {
    std::vector<const char*> values;
    std::vector<int> lengths;
  };
  Arguments arguments() const {
    const size_t n = values_.size();
    Arguments a{std::vector<const char*>(n), std::vector<int>(n)};
    for (size_t k = 0; k < n; ++k) {
      a.values[k] = nulls_[k] ? nullptr : values_[k].data();
      a.lengths[k] = static_cast<int>(values_[k].size());
    }
    return a;
  }

  void run() {
    const Arguments a = arguments();
    result_ = c_.run("consulta", sql_.text, static_cast<int>(a.values.size()), types_.data(),
                     a.values.data(), a.lengths.data(), formats_.data());
    rows_ = PQresultStatus(result_.get()) == PGRES_TUPLES_OK ? PQntuples(result_.get()) : 0;
    row_ = -1;
  }

  // The result's columns: from the rows themselves, or from the statement's
  // description when the rows come as COPY text.
  pg_result* meta() { return copy_mode_ ? description_.get() : result_.get(); }

  // A query without parameters streams as COPY (…) TO STDOUT, the way psql's
  // \copy reads: one buffer per row (a million rows: about a third of the
  // time single-row mode takes, which builds a whole result for each row).
  // One with parameters uses single-row mode: each PGresult holds one row,
  // then one empty result ends it.
  bool step_streamed() {
    if (stream_done_) return false;
    if (!c_.streaming_by(this)) {
      if (values_.empty()) {
        description_ = c_.describe(sql_.text);
        c_.start_copy_out(this, "COPY (" + sql_.text + ") TO STDOUT");
        copy_mode_ = true;
      } else {
        const Arguments a = arguments();
        c_.start_stream(this, sql_.text, static_cast<int>(a.values.size()), types_.data(),
                        a.values.data(), a.lengths.data(), formats_.data());
      }
    }
    if (copy_mode_) return step_copied();
    result_.reset(PQgetResult(c_.raw()));
    const auto status = result_ ? PQresultStatus(result_.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_SINGLE_TUPLE) {
      rows_ = 1;
      row_ = 0;
      return true;
    }
    rows_ = 0;
    row_ = 0;
    stream_done_ = true;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
      c_.end_stream(this, false);
      return false;
    }
    DbError e = pg_error(result_.get(), c_.raw());
    c_.end_stream(this, false);
    throw e;
  }

  bool step_copied() {
    char* line = nullptr;
    const int n = PQgetCopyData(c_.raw(), &line, 0);
    if (n > 0) {
      copied_.parse(std::string_view(line, static_cast<size_t>(n)));
      PQfreemem(line);
      rows_ = 1;
      row_ = 0;
      return true;
    }
    if (line) PQfreemem(line);
    rows_ = 0;
    row_ = 0;
    stream_done_ = true;
    PgResult end(PQgetResult(c_.raw()));
    const bool ok = n == -1 && PQresultStatus(end.get()) == PGRES_COMMAND_OK;
    DbError e = pg_error(end.get(), c_.raw());
    c_.end_stream(this, false);
    if (!ok) throw e;
    return false;
  }

  // Stops a stream this statement still holds (left before its last row).
  void end_stream() {
    if (c_.streaming_by(this)) c_.end_stream(this, true);
  }

  PgConnection& c_;
  NumberedSql sql_;
  std::vector<std::string> values_;
  std::vector<bool> nulls_;
  std::vector<Oid> types_;
  std::vector<int> formats_;
  PgResult result_;
  int rows_ = 0;
  int row_ = -1;
  bool streaming_ = false;
  bool stream_done_ = false;
  bool copy_mode_ = false;
  PgResult description_;
  CopyTextRow copied_;
};

// COPY … FROM STDIN in text format, sent in chunks of about 1 MB.
class PgCopyWriter final : public BulkWriter {
 public:
  PgCopyWriter(PgConnection& c, std::string_view table, const std::vector<std::string>& columns)
      : c_(c), width_(columns.size()) {
    std::string names;
    for (size_t i = 0; i < columns.size(); ++i) names += (i ? ", " : "") + columns[i];
    const std::string sql = "COPY " + std::string(table) + " (" + names + ") FROM STDIN";
    PgResult r(PQexec(c_.raw(), sql.c_str()));
    if (PQresultStatus(r.get()) != PGRES_COPY_IN) throw pg_error(r.get(), c_.raw());
    buffer_.reserve(kChunk + 4096);
  }
  ~PgCopyWriter() override {
    if (!finished_) {
      PQputCopyEnd(c_.raw(), "abandonado");
      while (PGresult* r = PQgetResult(c_.raw())) PQclear(r);
    }
  }
  PgCopyWriter(const PgCopyWriter&) = delete;
  PgCopyWriter& operator=(const PgCopyWriter&) = delete;

  void row(const std::vector<SqlValue>& values) override {
    if (values.size() != width_) throw std::logic_error("fila con otro número de columnas");
    for (size_t i = 0; i < values.size(); ++i) {
      if (i) buffer_ += '\t';
      std::visit(
          [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, SqlNull>) {
              buffer_ += "\\N";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              buffer_ += std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
              char b[64];
              const auto r = std::to_chars(b, b + sizeof b, v);
              buffer_.append(b, r.ptr);
            } else if constexpr (std::is_same_v<T, std::string>) {
              escape(v);
            } else {
              static const char* hex = "0123456789abcdef";
              buffer_ += "\\\\x";
              for (unsigned char ch : v.bytes) {
                buffer_ += hex[ch >> 4];
                buffer_ += hex[ch & 15];
              }
            }
          },
          values[i]);
    }
    buffer_ += '\n';
    if (buffer_.size() >= kChunk) flush();
  }

  void finish() override {
    flush();
    finished_ = true;
    if (PQputCopyEnd(c_.raw(), nullptr) != 1) throw pg_error(nullptr, c_.raw());
    PgResult r(PQgetResult(c_.raw()));
    const bool ok = PQresultStatus(r.get()) == PGRES_COMMAND_OK;
    DbError e = pg_error(r.get(), c_.raw());
    while (PGresult* more = PQgetResult(c_.raw())) PQclear(more);
    if (!ok) throw e;
  }

 private:
  static constexpr size_t kChunk = 1 << 20;

  void escape(std::string_view text) {
    for (char ch : text) {
      switch (ch) {
        case '\\':
          buffer_ += "\\\\";
          break;
        case '\n':
          buffer_ += "\\n";
          break;
        case '\r':
          buffer_ += "\\r";
          break;
        case '\t':
          buffer_ += "\\t";
          break;
        default:
          buffer_ += ch;
      }
    }
  }

  void flush() {
    if (buffer_.empty()) return;
    if (PQputCopyData(c_.raw(), buffer_.data(), static_cast<int>(buffer_.size())) != 1)
      throw pg_error(nullptr, c_.raw());
    buffer_.clear();
  }

  PgConnection& c_;
  size_t width_;
  std::string buffer_;
  bool finished_ = false;
};

}  // namespace

DbError pg_error(pg_result* r, pg_conn* conn) {
  const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  std::string detail = r ? PQresultErrorMessage(r) : "";
  if (detail.empty() && conn) detail = PQerrorMessage(conn);
  while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
  if (!state || !*state) {
    const bool lost = !conn || PQstatus(conn) == CONNECTION_BAD;
    return DbError(lost ? DbErrorKind::ConnectionLost : DbErrorKind::Other, Engine::PostgreSQL,
                   lost ? "conexión perdida" : "sin SQLSTATE", std::move(detail));
  }
  return DbError(kind_of_sqlstate(state), Engine::PostgreSQL, std::string("SQLSTATE ") + state,
                 std::move(detail));
}

PgConnection::PgConnection(const std::string& uri) : uri_(uri) {
  // Our defaults first; the URI (dbname, expanded) overrides any it names.
  const std::string app = "CDMYPE Desk (" + this_host() + ")";
  const char* keys[] = {"fallback_application_name", "connect_timeout", "keepalives_idle",
                        "keepalives_interval",       "keepalives_count", "client_encoding",
                        "dbname",                    nullptr};
  const char* values[] = {app.c_str(), "10", "30", "10", "3", "UTF8", uri_.c_str(), nullptr};
  conn_ = PQconnectdbParams(keys, values, 1);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
    std::string why = conn_ ? PQerrorMessage(conn_) : "sin memoria";
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    if (conn_) PQfinish(conn_);
    conn_ = nullptr;
    throw UserError("No se pudo conectar con el servidor del centro: " + connect_failure(why) +
                    ". Revise la dirección, la red y la contraseña guardada para este equipo.");
  }
  // The server's notices (NOTICE from a migration, a shutdown's FATAL) are not
  // for the person's terminal; errors reach them through DbError.
  PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
  // Timestamps compare as text across seats: the server speaks UTC.
  execute_script("SET TimeZone = 'UTC'");
}

PgConnection::~PgConnection() {
  if (conn_) PQfinish(conn_);
}

std::string PgConnection::describe() const {
  if (!conn_) return "servidor del centro";
  std::string host = PQhost(conn_) ? PQhost(conn_) : "";
  if (!host.empty() && host.front() == '/') host = "este equipo (" + host + ")";
  return "servidor " + host + ", base " + (PQdb(conn_) ? PQdb(conn_) : "");
}

void PgConnection::ensure_connected() {
  if (stream_owner_)
    throw std::logic_error("la conexión está leyendo las filas de otra consulta");
  if (PQstatus(conn_) == CONNECTION_OK) return;
  if (tx_open_)
    throw DbError(DbErrorKind::ConnectionLost, Engine::PostgreSQL, "conexión perdida",
                  PQerrorMessage(conn_));
  PQreset(conn_);
  prepared_.clear();
  seen_.clear();
  if (PQstatus(conn_) != CONNECTION_OK)
    throw DbError(DbErrorKind::ConnectionLost, Engine::PostgreSQL, "conexión perdida",
                  PQerrorMessage(conn_));
  execute_script("SET TimeZone = 'UTC'");
}

void PgConnection::throw_from(pg_result* r, const char*) { throw pg_error(r, conn_); }

bool PgConnection::lost() const { return PQstatus(conn_) == CONNECTION_BAD; }

PgResult PgConnection::run(const char* what, const std::string& text, int n_params,
                           const unsigned* types, const char* const* values, const int* lengths,
                           const int* formats) {
  ensure_connected();
  try {
    return run_once(what, text, n_params, types, values, lengths, formats);
  } catch (const DbError& e) {
    // Outside a transaction nothing was under way: the server restarted or the
    // network came back, so dial again and send the statement once more.
    if (tx_open_ || e.kind() != DbErrorKind::ConnectionLost || !lost()) throw;
    ensure_connected();
    return run_once(what, text, n_params, types, values, lengths, formats);
  }
}

PgResult PgConnection::run_once(const char* what, const std::string& text, int n_params,
                                const unsigned* types, const char* const* values,
                                const int* lengths, const int* formats) {
  std::string key = text;
  key += '\x1f';
  for (int i = 0; i < n_params; ++i) key += std::to_string(types[i]) + ',';
  PgResult r;
  auto found = prepared_.find(key);
  if (found == prepared_.end() && ++seen_[key] >= 2 && prepared_.size() < 512) {
    const std::string name = "cdmype_" + std::to_string(++next_prepared_);
    PgResult p(PQprepare(conn_, name.c_str(), text.c_str(), n_params, types));
    if (PQresultStatus(p.get()) != PGRES_COMMAND_OK) throw_from(p.get(), what);
    found = prepared_.emplace(key, name).first;
  }
  if (found != prepared_.end())
    r.reset(PQexecPrepared(conn_, found->second.c_str(), n_params, values, lengths, formats, 0));
  else
    r.reset(PQexecParams(conn_, text.c_str(), n_params, types, values, lengths, formats, 0));
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) throw_from(r.get(), what);
  return r;
}

void PgConnection::start_stream(const void* owner, const std::string& text, int n_params,
                                const unsigned* types, const char* const* values,
                                const int* lengths, const int* formats) {
  ensure_connected();
  auto send = [&] {
    return PQsendQueryParams(conn_, text.c_str(), n_params, types, values, lengths, formats, 0) == 1;
  };
  bool sent = send();
  if (!sent && !tx_open_ && lost()) {  // as in run(): nothing was under way, dial again
    ensure_connected();
    sent = send();
  }
  if (!sent) throw pg_error(nullptr, conn_);
  PQsetSingleRowMode(conn_);
  stream_owner_ = owner;
}

PgResult PgConnection::describe(const std::string& text) {
  ensure_connected();
  PgResult p(PQprepare(conn_, "", text.c_str(), 0, nullptr));
  if (PQresultStatus(p.get()) != PGRES_COMMAND_OK) throw_from(p.get(), "describir");
  PgResult d(PQdescribePrepared(conn_, ""));
  if (PQresultStatus(d.get()) != PGRES_COMMAND_OK) throw_from(d.get(), "describir");
  return d;
}

void PgConnection::start_copy_out(const void* owner, const std::string& copy) {
  ensure_connected();
  PgResult r(PQexec(conn_, copy.c_str()));
  if (PQresultStatus(r.get()) != PGRES_COPY_OUT) throw_from(r.get(), "copiar");
  stream_owner_ = owner;
  copy_out_ = true;
}

void PgConnection::end_stream(const void* owner, bool abandon) noexcept {
  if (stream_owner_ != owner || !owner) return;
  if (abandon) {
    // Rows not yet sent need not cross the network: ask the server to stop.
    // Inside a transaction this fails it, which only a rollback follows.
    if (PGcancel* cancel = PQgetCancel(conn_)) {
      char why[256];
      PQcancel(cancel, why, sizeof why);
      PQfreeCancel(cancel);
    }
  }
  if (copy_out_) {  // COPY rows must be read out before its result comes
    char* line = nullptr;
    while (PQgetCopyData(conn_, &line, 0) > 0) PQfreemem(line);
    if (line) PQfreemem(line);
    copy_out_ = false;
  }
  while (PGresult* r = PQgetResult(conn_)) PQclear(r);
  stream_owner_ = nullptr;
}

std::unique_ptr<BulkWriter> PgConnection::bulk_insert(std::string_view table,
                                                     const std::vector<std::string>& columns) {
  ensure_connected();
  return std::make_unique<PgCopyWriter>(*this, table, columns);
}

std::unique_ptr<StatementImpl> PgConnection::prepare(std::string_view sql) {
  return std::make_unique<PgStatement>(*this, sql);
}

void PgConnection::execute_script(std::string_view sql) {
  ensure_connected();
  PgResult r(PQexec(conn_, std::string(sql).c_str()));
  if (!tx_open_ && lost()) {  // as in run(): nothing was under way, try once more
    ensure_connected();
    r.reset(PQexec(conn_, std::string(sql).c_str()));
  }
  const auto status = PQresultStatus(r.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw_from(r.get(), "script");
}

std::string PgConnection::seat_holding_the_write_lock() {
  try {
    PgResult r(PQexec(conn_,
                      "SELECT a.usename, a.application_name, COALESCE(host(a.client_addr), '') "
                      "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                      "WHERE l.locktype = 'advisory' AND l.granted "
                      "AND l.database = (SELECT oid FROM pg_database WHERE datname = "
                      "current_database()) LIMIT 1"));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) == 0) return {};
    // The seat's own login (each PC has one, add-seat.sh), then its program
    // and PC, and its address on the LAN: «maria» (CDMYPE Desk (recepcion), 192.168.1.20).
    const std::string login = PQgetvalue(r.get(), 0, 0);
    const std::string program = PQgetvalue(r.get(), 0, 1);
    const std::string addr = PQgetvalue(r.get(), 0, 2);
    std::string where = program;
    if (!addr.empty()) where += (where.empty() ? "" : ", ") + addr;
    return "«" + login + "»" + (where.empty() ? "" : " (" + where + ")");
  } catch (...) {
    return {};
  }
}

void PgConnection::begin_write() {
  ensure_connected();
  // One round trip: the lock is the transaction's first statement, so
  // nothing it reads can predate the previous writer's commit.
  const std::string text = "BEGIN; SET LOCAL lock_timeout = '" + std::to_string(lock_timeout_ms_) +
                           "ms'; SELECT pg_advisory_xact_lock(" + std::to_string(kWriteLockKey) +
                           ")";
  PgResult r(PQexec(conn_, text.c_str()));
  if (lost()) {  // the server came back since the last statement: nothing had begun
    ensure_connected();
    r.reset(PQexec(conn_, text.c_str()));
  }
  tx_open_ = true;
  if (PQresultStatus(r.get()) == PGRES_TUPLES_OK) return;
  DbError e = pg_error(r.get(), conn_);
  rollback();
  if (e.kind() == DbErrorKind::Busy) {
    const std::string who = seat_holding_the_write_lock();
    const int seconds = std::max(1, lock_timeout_ms_ / 1000);
    throw UserError("La base de datos del centro lleva más de " + std::to_string(seconds) +
                    (seconds == 1 ? " segundo" : " segundos") + " ocupada guardando el trabajo de " +
                    (who.empty() ? std::string("otro equipo") : who) +
                    "; espere un momento e intente de nuevo.");
  }
  throw e;
}

void PgConnection::begin_snapshot() {
  execute_script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  tx_open_ = true;
}

void PgConnection::commit() {
  if (stream_owner_) throw std::logic_error("COMMIT mientras una consulta aún entrega filas");
  tx_open_ = false;
  PgResult r(PQexec(conn_, "COMMIT"));
  const auto status = PQresultStatus(r.get());
  if (status == PGRES_COMMAND_OK) {
    // COMMIT of a transaction that had failed answers ROLLBACK.
    if (std::strcmp(PQcmdStatus(r.get()), "ROLLBACK") == 0)
      throw DbError(DbErrorKind::Other, Engine::PostgreSQL, "ROLLBACK",
                    "la transacción había fallado y se deshizo");
    return;
  }
  if (PQstatus(conn_) == CONNECTION_BAD)
    throw DbError(DbErrorKind::CommitUnknown, Engine::PostgreSQL, "conexión perdida en COMMIT",
                  PQerrorMessage(conn_));
  throw_from(r.get(), "commit");
}

void PgConnection::rollback() noexcept {
  tx_open_ = false;
  end_stream(stream_owner_, true);
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) return;
  if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return;
  PQclear(PQexec(conn_, "ROLLBACK"));
}

bool PgConnection::in_transaction() {
  if (tx_open_) return true;
  const auto s = PQtransactionStatus(conn_);
  return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

}  // namespace cdmype::store
