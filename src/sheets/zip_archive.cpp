// SPDX-License-Identifier: Apache-2.0
// zip_archive.hpp: libzip over a memory buffer, with inflation limits.
#include "sheets/zip_archive.hpp"

#include <zip.h>

#include <array>

#include <fmt/format.h>

#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

struct ZipArchive::Handle {
  zip_t* zip = nullptr;
  ~Handle() {
    if (zip != nullptr) zip_discard(zip);
  }
};

namespace {
struct File {
  zip_file_t* file = nullptr;
  ~File() {
    if (file != nullptr) zip_fclose(file);
  }
};
}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, std::string source, const WorkbookLimits& limits)
    : zip_(std::make_unique<Handle>()), source_(std::move(source)), limits_(limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (src == nullptr) {
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw Error(ErrorKind::format, fmt::format("{}: cannot read the zip archive: {}", source_, message),
                Error::no_offset, 0, "an xlsx workbook (a zip archive)", source_);
  }
  zip_->zip = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (zip_->zip == nullptr) {
    zip_source_free(src);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw Error(ErrorKind::format, fmt::format("{}: damaged zip archive: {}", source_, message), Error::no_offset, 0,
                "an xlsx workbook (a zip archive)", source_);
  }
  zip_error_fini(&error);
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::contains(const std::string& member) const {
  return zip_name_locate(zip_->zip, member.c_str(), 0) >= 0;
}

void ZipArchive::read(const std::string& member, const std::function<void(std::string_view)>& sink) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(zip_->zip, member.c_str(), 0, &stat) != 0)
    throw Error(ErrorKind::format, fmt::format("{}: the workbook has no member {}", source_, member),
                Error::no_offset, 0, member, source_);
  const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0;
  const std::uint64_t ratio_cap = compressed == 0 ? limits_.max_member_bytes : compressed * limits_.max_ratio;
  const std::uint64_t cap = std::min(limits_.max_member_bytes, std::max<std::uint64_t>(ratio_cap, std::uint64_t{1} << 20));
  File file;
  file.file = zip_fopen(zip_->zip, member.c_str(), 0);
  if (file.file == nullptr)
    throw Error(ErrorKind::format,
                fmt::format("{}: cannot open member {}: {}", source_, member, zip_strerror(zip_->zip)),
                Error::no_offset, 0, {}, source_);
  std::array<char, 1 << 16> buffer;
  std::uint64_t inflated = 0;
  for (;;) {
    const zip_int64_t n = zip_fread(file.file, buffer.data(), buffer.size());
    if (n < 0)
      throw Error(ErrorKind::format,
                  fmt::format("{}: damaged member {}: {}", source_, member, zip_file_strerror(file.file)),
                  Error::no_offset, 0, {}, source_);
    if (n == 0) break;
    inflated += static_cast<std::uint64_t>(n);
    total_ += static_cast<std::uint64_t>(n);
    if (inflated > cap) {
      const bool by_ratio = cap < limits_.max_member_bytes;
      throw Error(ErrorKind::limit,
                  by_ratio ? fmt::format("{}: member {} inflates past {} times its {} compressed bytes (a zip bomb?)",
                                         source_, member, limits_.max_ratio, compressed)
                           : fmt::format("{}: member {} inflates past the limit of {} bytes", source_, member,
                                         limits_.max_member_bytes),
                  Error::no_offset, 0, {}, source_);
    }
    if (total_ > limits_.max_total_bytes)
      throw Error(ErrorKind::limit,
                  fmt::format("{}: the members inflate past the limit of {} bytes in all (at {})", source_,
                              limits_.max_total_bytes, member),
                  Error::no_offset, 0, {}, source_);
    sink(std::string_view(buffer.data(), static_cast<std::size_t>(n)));
  }
}

std::string ZipArchive::read_all(const std::string& member) {
  std::string out;
  read(member, [&](std::string_view chunk) { out.append(chunk); });
  return out;
}

}  // namespace sheets
JIXIAO_END_NAMESPACE
