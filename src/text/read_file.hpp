// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one file reader: the whole content of a file or of standard input in one
// buffer, read with read(2) into memory advised to use huge pages. Why: on the VMs this library is
// measured on, a 4 KiB page fault costs tens of microseconds, so a 20 MB input
// read into a std::string spends more time faulting than parsing; with 2 MiB
// pages it takes ten faults. (A file mapping would avoid the copy, but a file
// truncated while mapped kills the process with SIGBUS: never crash.)

#include <cstddef>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace text {

class InputBytes {
 public:
  // Reads `path` ("-" is standard input; `name` is what errors call it).
  // Throws Error(io) when it cannot be opened or read, Error(limit) beyond
  // `max_bytes`.
  static InputBytes read(const std::string& path, const std::string& name, std::size_t max_bytes);

  InputBytes() = default;
  InputBytes(InputBytes&& other) noexcept;
  InputBytes& operator=(InputBytes&& other) noexcept;
  InputBytes(const InputBytes&) = delete;
  InputBytes& operator=(const InputBytes&) = delete;
  ~InputBytes();

  std::string_view view() const noexcept { return {data_, size_}; }

 private:
  void reserve(std::size_t capacity);  // keeps the content

  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;  // usable bytes at data_
  void* base_ = nullptr;      // the mapping data_ lies in
  std::size_t mapped_ = 0;
};

}  // namespace text
JIXIAO_END_NAMESPACE
