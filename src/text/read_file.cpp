// SPDX-License-Identifier: Apache-2.0
#include "text/read_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <new>
#include <utility>

#include <fmt/core.h>

#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace text {

namespace {

constexpr std::size_t huge_page = std::size_t{2} << 20;

Error io_error(const std::string& name, const char* what, int error_number) {
  return Error(ErrorKind::io, fmt::format("{}: {}: {}", name, what, std::strerror(error_number)), Error::no_offset, 0,
               "a readable file", name);
}

struct Fd {
  int fd;
  bool owned;
  ~Fd() {
    if (owned) ::close(fd);
  }
};

}  // namespace

InputBytes::InputBytes(InputBytes&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)),
      base_(std::exchange(other.base_, nullptr)),
      mapped_(std::exchange(other.mapped_, 0)) {}

InputBytes& InputBytes::operator=(InputBytes&& other) noexcept {
  if (this != &other) {
    InputBytes old(std::move(*this));
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    base_ = std::exchange(other.base_, nullptr);
    mapped_ = std::exchange(other.mapped_, 0);
  }
  return *this;
}

InputBytes::~InputBytes() {
  if (base_ != nullptr) ::munmap(base_, mapped_);
}

void InputBytes::reserve(std::size_t capacity) {
  // Large buffers start on a 2 MiB boundary so that the kernel can back them
  // with huge pages.
  const bool huge = capacity >= huge_page;
  const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t rounded = (capacity + page - 1) / page * page;
  const std::size_t mapped = huge ? rounded + huge_page : rounded;
  void* base = ::mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) throw std::bad_alloc();
  char* data = static_cast<char*>(base);
  if (huge) {
    const auto address = reinterpret_cast<std::uintptr_t>(data);
    data += (huge_page - address % huge_page) % huge_page;
    ::madvise(data, rounded, MADV_HUGEPAGE);  // advice only: without it, small pages
  }
  if (size_ != 0) std::memcpy(data, data_, size_);
  if (base_ != nullptr) ::munmap(base_, mapped_);
  base_ = base;
  mapped_ = mapped;
  data_ = data;
  capacity_ = rounded;
}

InputBytes InputBytes::read(const std::string& path, const std::string& name, std::size_t max_bytes) {
  const bool is_stdin = path == "-";
  Fd file{is_stdin ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC), !is_stdin};
  if (file.fd < 0) throw io_error(name, "cannot open", errno);

  const auto too_large = [&] {
    return Error(ErrorKind::limit, fmt::format("{}: input exceeds the limit of {} bytes", name, max_bytes), max_bytes, 0,
                 "at most " + std::to_string(max_bytes) + " bytes", name);
  };
  InputBytes bytes;
  struct stat st {};
  std::size_t expected = std::size_t{64} << 10;
  if (::fstat(file.fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size >= 0) {
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) throw too_large();
    // One byte more than the size, so that the end shows as a read of 0 bytes
    // without growing the buffer.
    expected = size + 1;
  }
  bytes.reserve(expected);
  for (;;) {
    if (bytes.size_ == bytes.capacity_) {
      if (bytes.size_ > max_bytes) throw too_large();
      bytes.reserve(bytes.capacity_ * 2);
    }
    const ssize_t n = ::read(file.fd, bytes.data_ + bytes.size_, bytes.capacity_ - bytes.size_);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      throw io_error(name, "read error", errno);
    }
    bytes.size_ += static_cast<std::size_t>(n);
  }
  if (bytes.size_ > max_bytes) throw too_large();
  return bytes;
}

}  // namespace text
JIXIAO_END_NAMESPACE
