// SPDX-License-Identifier: Apache-2.0
#pragma once
// Private helpers of the C ABI: turning exceptions into statuses and jx_error,
// reading (pointer, length) text, copying size-versioned option structs, and
// handing strings to the caller.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "jixiao.h"
#include "jixiao/config.hpp"
#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

// A failure raised inside the C ABI itself with a status of its own (EINVAL,
// ERANGE, EBUFS), carried out of a guarded body like jixiao::Error.
struct Failure {
  jx_status status;
  std::string message;
};

[[noreturn]] inline void fail(jx_status status, std::string message) {
  throw Failure{status, std::move(message)};
}

// Records a failure in the thread's last error and in *err (when given).
jx_status record(jx_error* err, jx_status status, std::string_view message, std::uint64_t offset = JX_NO_OFFSET,
                 std::uint32_t line = 0, std::string_view expected = {}) noexcept;
void clear(jx_error* err) noexcept;
jx_status status_of(ErrorKind kind) noexcept;

// Runs body (returning void) and maps every exception to a status; no exception
// leaves. On success *err is reset.
template <class Body>
jx_status guarded(jx_error* err, Body&& body) noexcept {
  try {
    body();
    clear(err);
    return JX_OK;
  } catch (const Failure& f) {
    return record(err, f.status, f.message);
  } catch (const Error& e) {
    std::string message = e.what();
    if (!e.source().empty() || e.line() != 0) {
      std::string where = e.source().empty() ? std::string("<input>") : e.source();
      if (e.line() != 0) where += ":" + std::to_string(e.line());
      if (message.rfind(where, 0) != 0) message = where + ": " + message;
    }
    std::uint64_t offset = e.offset() == Error::no_offset ? JX_NO_OFFSET : static_cast<std::uint64_t>(e.offset());
    return record(err, status_of(e.kind()), message, offset, e.line(), e.expected());
  } catch (const std::bad_alloc&) {
    return record(err, JX_ENOMEM, "out of memory");
  } catch (const std::exception& e) {
    return record(err, JX_EINTERNAL, std::string("internal error: ") + e.what());
  } catch (...) {
    return record(err, JX_EINTERNAL, "internal error: unknown exception");
  }
}

// Checks a required pointer argument.
inline void require(const void* pointer, const char* name) {
  if (pointer == nullptr) fail(JX_EINVAL, std::string(name) + " is NULL");
}

// (text, length) → view; JX_NUL_TERMINATED means strlen.
inline std::string_view text_arg(const char* text, std::size_t length, const char* name) {
  require(text, name);
  return length == JX_NUL_TERMINATED ? std::string_view(text) : std::string_view(text, length);
}

// A borrowed string with its length (NUL allowed inside); data NULL when absent.
struct Lent {
  const char* data = nullptr;
  std::size_t size = 0;
};
inline Lent lent(const std::string& text) noexcept { return {text.c_str(), text.size()}; }
inline Lent lent(const std::optional<std::string>& text) noexcept { return text ? lent(*text) : Lent{}; }
inline Lent lent(const char* literal) noexcept { return {literal, std::strlen(literal)}; }
// Hands a borrowed string out: length may be NULL (the forms without _n).
inline void lend(Lent text, const char** out, std::size_t* length) {
  require(out, "out");
  *out = text.data;
  if (length != nullptr) *length = text.size;
}

// An optional name given as (text, length) in an options struct: NULL → nullopt,
// length 0 → NUL-terminated.
inline std::optional<std::string> name_arg(const char* text, std::size_t length) {
  if (text == nullptr) return std::nullopt;
  return length == 0 || length == JX_NUL_TERMINATED ? std::string(text) : std::string(text, length);
}

// A limit member of an options struct: 0 → fallback; beyond size_t → the largest.
inline std::size_t limit_or(std::uint64_t value, std::size_t fallback) {
  if (value == 0) return fallback;
  if (value > static_cast<std::uint64_t>(SIZE_MAX)) return SIZE_MAX;
  return static_cast<std::size_t>(value);
}

// Error(limit) naming source ("" → "<input>") when an input of size bytes is beyond max_bytes.
inline void check_input_size(std::size_t size, std::size_t max_bytes, const std::string& source) {
  if (size <= max_bytes) return;
  throw Error(ErrorKind::limit,
              (source.empty() ? std::string("<input>") : source) + ": input of " + std::to_string(size) +
                  " bytes exceeds max_input_bytes " + std::to_string(max_bytes),
              Error::no_offset, 0, {}, source);
}

// The whole file; Error(io) naming it, Error(limit) before reading one beyond max_bytes.
std::string read_whole_file(const char* path, std::size_t max_bytes);

// A caller-owned copy (malloc'd; released by jx_string_free).
char* duplicate(std::string_view text);

// Hands `text` to the caller as a new string.
inline void give_string(std::string_view text, char** out, std::size_t* length) {
  require(out, "out");
  char* copy = duplicate(text);
  *out = copy;
  if (length != nullptr) *length = text.size();
}

// Caller-buffer protocol (libgit2 GIT_EBUFS): needed counts the NUL.
void copy_to_buffer(std::string_view text, char* buf, std::size_t size, std::size_t* needed);

// Copies a size-versioned options struct (Linux copy_struct_from_user): a NULL
// pointer or a shorter struct is zero-filled (zero = default), a longer one is
// accepted only when the tail this library does not know is all zero.
template <class Options>
Options load_options(const Options* user, const char* name) {
  static_assert(std::is_trivially_copyable_v<Options>);
  Options result;
  std::memset(&result, 0, sizeof result);
  result.struct_size = static_cast<std::uint32_t>(sizeof(Options));
  if (user == nullptr) return result;
  const std::size_t size = user->struct_size;
  if (size < sizeof(std::uint32_t)) fail(JX_EINVAL, std::string(name) + ": struct_size " + std::to_string(size) + " is too small");
  if (size > sizeof(Options)) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(user);
    for (std::size_t i = sizeof(Options); i < size; ++i) {
      if (bytes[i] != 0) {
        fail(JX_EINVAL, std::string(name) + ": struct_size " + std::to_string(size) +
                            " has non-zero members this library (" JIXIAO_VERSION_STRING ") does not know");
      }
    }
  }
  std::memcpy(&result, user, size < sizeof(Options) ? size : sizeof(Options));
  result.struct_size = static_cast<std::uint32_t>(sizeof(Options));
  return result;
}

}  // namespace capi
JIXIAO_END_NAMESPACE
