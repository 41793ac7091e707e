// Status and Result<T>: how every stage of ankerbericht reports failure.
//
// A Status is either ok or carries a Code and a message. Messages about input
// data start with "file:line: " so the user can find the spot. Library
// exceptions (Poco, SQLiteCpp) are caught where the library is called and turned
// into a Status there; nothing above that edge sees an exception.
#ifndef ANKERBERICHT_UTIL_STATUS_H_
#define ANKERBERICHT_UTIL_STATUS_H_

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace ankerbericht {

class Status {
 public:
  // The categories map one-to-one onto exit codes (app/exit_status.h).
  enum class Code {
    kOk = 0,
    kUsage,         // wrong command line
    kConfig,        // workspace configuration is invalid
    kInvalidInput,  // an input file holds data we refuse
    kNotFound,      // a file, site or template does not exist
    kIOError,       // reading or writing a file failed
    kDatabase,      // the embedded store failed
    kRender,        // the PDF could not be produced
    kBusy,          // another process is updating the workspace
    kInternal,      // a bug
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status Usage(std::string msg) { return Status(Code::kUsage, std::move(msg)); }
  static Status Config(std::string msg) { return Status(Code::kConfig, std::move(msg)); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Database(std::string msg) { return Status(Code::kDatabase, std::move(msg)); }
  static Status Render(std::string msg) { return Status(Code::kRender, std::move(msg)); }
  static Status Busy(std::string msg) { return Status(Code::kBusy, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "context: message" (context added on the
  // way up, e.g. the file being loaded).
  Status WithContext(const std::string& context) const;

  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Result<T> holds either a value or a failed Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

// "file:line: message": the single way input errors are located.
std::string Located(const std::string& file, int line, const std::string& message);

}  // namespace ankerbericht

#define ANKER_RETURN_IF_ERROR(expr)      \
  do {                                   \
    ::ankerbericht::Status _st = (expr); \
    if (!_st.ok()) return _st;           \
  } while (0)

#endif  // ANKERBERICHT_UTIL_STATUS_H_
