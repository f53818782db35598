// SPDX-License-Identifier: Apache-2.0
// Version, status names, the thread-local last error and caller-owned strings.

#include <cstdlib>
#include <cstring>

#include "common.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {
namespace {

thread_local jx_error last_error = {JX_OK, 0, JX_NO_OFFSET, {0}, {0}};

// Copies UTF-8 text into a fixed array, cutting at a character boundary.
template <std::size_t N>
void copy_utf8(char (&target)[N], std::string_view text) noexcept {
  std::size_t n = text.size() < N - 1 ? text.size() : N - 1;
  if (n < text.size()) {
    // Step back over continuation bytes so no character is cut in half.
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  }
  if (n > 0) std::memcpy(target, text.data(), n);  // an empty view may have a null data()
  target[n] = '\0';
}

void fill(jx_error& e, jx_status status, std::string_view message, std::uint64_t offset, std::uint32_t line,
          std::string_view expected) noexcept {
  e.code = status;
  e.line = line;
  e.offset = offset;
  copy_utf8(e.expected, expected);
  copy_utf8(e.message, message);
}

}  // namespace

jx_status record(jx_error* err, jx_status status, std::string_view message, std::uint64_t offset,
                 std::uint32_t line, std::string_view expected) noexcept {
  fill(last_error, status, message, offset, line, expected);
  if (err != nullptr) fill(*err, status, message, offset, line, expected);
  return status;
}

void clear(jx_error* err) noexcept {
  if (err == nullptr) return;
  err->code = JX_OK;
  err->line = 0;
  err->offset = JX_NO_OFFSET;
  err->expected[0] = '\0';
  err->message[0] = '\0';
}

jx_status status_of(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::parse: return JX_EPARSE;
    case ErrorKind::overflow: return JX_EOVERFLOW;
    case ErrorKind::limit: return JX_ELIMIT;
    case ErrorKind::io: return JX_EIO;
    case ErrorKind::format: return JX_EFORMAT;
    case ErrorKind::invalid_argument: return JX_EINVAL;
  }
  return JX_EINTERNAL;
}

char* duplicate(std::string_view text) {
  auto* copy = static_cast<char*>(std::malloc(text.size() + 1));
  if (copy == nullptr) throw std::bad_alloc();
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

void copy_to_buffer(std::string_view text, char* buf, std::size_t size, std::size_t* needed) {
  if (buf == nullptr && size > 0) fail(JX_EINVAL, "buf is NULL but size is not 0");
  if (needed != nullptr) *needed = text.size() + 1;
  if (size < text.size() + 1) {
    fail(JX_EBUFS, "buffer of " + std::to_string(size) + " bytes is too small: " + std::to_string(text.size() + 1) +
                       " needed");
  }
  std::memcpy(buf, text.data(), text.size());
  buf[text.size()] = '\0';
}

}  // namespace capi
JIXIAO_END_NAMESPACE

using namespace jixiao::capi;


extern "C" {

JX_API int jx_version_number(void) { return JX_VERSION_NUMBER; }

JX_API const char* jx_version_string(void) { return JX_VERSION_STRING; }

JX_API const char* jx_status_name(jx_status status) {
  switch (status) {
    case JX_OK: return "JX_OK";
    case JX_EINVAL: return "JX_EINVAL";
    case JX_EPARSE: return "JX_EPARSE";
    case JX_EOVERFLOW: return "JX_EOVERFLOW";
    case JX_ELIMIT: return "JX_ELIMIT";
    case JX_EIO: return "JX_EIO";
    case JX_EFORMAT: return "JX_EFORMAT";
    case JX_ENOMEM: return "JX_ENOMEM";
    case JX_EBUFS: return "JX_EBUFS";
    case JX_ERANGE: return "JX_ERANGE";
    case JX_EINTERNAL: return "JX_EINTERNAL";
    default: return "JX_UNKNOWN";
  }
}

JX_API const jx_error* jx_last_error(void) { return &last_error; }

JX_API void jx_error_clear(void) {
  last_error.code = JX_OK;
  last_error.line = 0;
  last_error.offset = JX_NO_OFFSET;
  last_error.expected[0] = '\0';
  last_error.message[0] = '\0';
}

JX_API void jx_string_free(char* string) { std::free(string); }

}  // extern "C"
