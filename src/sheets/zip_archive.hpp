// SPDX-License-Identifier: Apache-2.0
#pragma once
// The members of a zip archive held in memory (the xlsx container), read with
// libzip under limits: a member's inflated size, the ratio of inflated to
// compressed bytes, and the total inflated over the archive (zip bombs). The
// sizes are counted as bytes arrive, not taken from the headers, which can lie.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/workbook.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

class ZipArchive {
 public:
  // Throws Error(format) naming `source` when the bytes are not a readable zip.
  // `bytes` must outlive the archive.
  ZipArchive(std::string_view bytes, std::string source, const WorkbookLimits& limits);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool contains(const std::string& member) const;
  // Hands the member's inflated bytes to `sink` in chunks. Throws Error(format)
  // for a missing or damaged member, Error(limit) past the limits.
  void read(const std::string& member, const std::function<void(std::string_view)>& sink);
  // The whole member as one string (small members: relationships, workbook).
  std::string read_all(const std::string& member);

  const std::string& source() const noexcept { return source_; }

 private:
  struct Handle;
  std::unique_ptr<Handle> zip_;
  std::string source_;
  WorkbookLimits limits_;
  std::uint64_t total_ = 0;  // inflated bytes read so far, all members
};

}  // namespace sheets
JIXIAO_END_NAMESPACE
