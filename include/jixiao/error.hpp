// SPDX-License-Identifier: Apache-2.0
#pragma once
// jixiao::Error: the one exception type of the C++ API. It carries where the
// problem is (source name, byte offset, 1-based line) and what was expected, so a
// caller (or the C ABI, which turns it into jx_error) can act on it.

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE

enum class ErrorKind {
  parse = 1,         // text that does not follow its grammar
  overflow,          // a value outside the representable range
  limit,             // a configured limit was exceeded
  io,                // a file could not be read or written
  format,            // well-formed input of the wrong shape (e.g. unknown JSON "format")
  invalid_argument,  // a caller error (bad scale, bad option)
};

class Error : public std::runtime_error {
 public:
  static constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

  Error(ErrorKind kind, const std::string& message, std::size_t offset = no_offset,
        std::uint32_t line = 0, std::string expected = {}, std::string source = {})
      : std::runtime_error(message),
        kind_(kind),
        offset_(offset),
        line_(line),
        expected_(std::move(expected)),
        source_(std::move(source)) {}

  ErrorKind kind() const noexcept { return kind_; }
  // Byte offset into the input, or no_offset when not tied to a position.
  std::size_t offset() const noexcept { return offset_; }
  // 1-based line, or 0 when unknown.
  std::uint32_t line() const noexcept { return line_; }
  // What the reader expected at offset ("digit", "comparator", ...), may be empty.
  const std::string& expected() const noexcept { return expected_; }
  // File name or other source label, may be empty.
  const std::string& source() const noexcept { return source_; }

 private:
  ErrorKind kind_;
  std::size_t offset_;
  std::uint32_t line_;
  std::string expected_;
  std::string source_;
};

JIXIAO_END_NAMESPACE
