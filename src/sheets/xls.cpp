// SPDX-License-Identifier: Apache-2.0
// workbook.hpp, read_xls: FreeXL (it opens files by path only, so the bytes go
// to an anonymous memory file first).
#include <freexl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cmath>
#include <string>

#include <fmt/format.h>

#include "jixiao/error.hpp"
#include "jixiao/workbook.hpp"
#include "sheets/sheet_builder.hpp"

JIXIAO_BEGIN_NAMESPACE

bool looks_like_ole2(std::string_view bytes) noexcept {
  return bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

namespace {

struct MemoryFile {
  int fd = -1;
  ~MemoryFile() {
    if (fd >= 0) close(fd);
  }
};

struct Workbook {
  const void* handle = nullptr;
  ~Workbook() {
    if (handle != nullptr) freexl_close(handle);
  }
};

std::string freexl_message(int code) {
  switch (code) {
    case FREEXL_INVALID_CFBF_HEADER: return "not a valid compound file (CFBF) header";
    case FREEXL_CFBF_READ_ERROR: case FREEXL_CFBF_SEEK_ERROR: return "damaged compound file";
    case FREEXL_CFBF_INVALID_SIGNATURE: case FREEXL_CFBF_INVALID_SECTOR_SIZE: case FREEXL_CFBF_EMPTY_FAT_CHAIN:
    case FREEXL_CFBF_ILLEGAL_FAT_ENTRY: case FREEXL_INVALID_MINI_STREAM: case FREEXL_CFBF_ILLEGAL_MINI_FAT_ENTRY:
      return "damaged compound file structure";
    case FREEXL_BIFF_INVALID_BOF: return "damaged BIFF record";
    case FREEXL_BIFF_INVALID_SST: case FREEXL_BIFF_ILLEGAL_SST_INDEX: return "damaged shared string table";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "no BIFF workbook stream (not an Excel file?)";
    case FREEXL_INVALID_CHARACTER: case FREEXL_UNSUPPORTED_CHARSET: return "text in an unreadable character set";
    case FREEXL_INSUFFICIENT_MEMORY: return "out of memory";
    case FREEXL_CRAFTED_FILE: return "severely damaged (possibly crafted) file";
    default: return fmt::format("FreeXL error {}", code);
  }
}

// A double with the fewest digits that read back as it (BIFF holds doubles).
std::string shortest(double value) {
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
    return fmt::format("{:.0f}", value);
  return fmt::format("{}", value);
}

}  // namespace

std::vector<Grid> read_xls(std::string_view bytes, const WorkbookOptions& options) {
  const std::string source = options.source_name.empty() ? std::string("<input>") : options.source_name;
  const auto fail = [&](int code) {
    return Error(ErrorKind::format, fmt::format("{}: cannot read the xls workbook: {}", source, freexl_message(code)),
                 Error::no_offset, 0, "an xls (BIFF8) workbook", source);
  };
  MemoryFile file;
  file.fd = memfd_create("jixiao-xls", MFD_CLOEXEC);
  if (file.fd < 0) throw Error(ErrorKind::io, fmt::format("{}: cannot make a memory file", source), Error::no_offset, 0, {}, source);
  for (std::size_t done = 0; done < bytes.size();) {
    const ssize_t n = write(file.fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) throw Error(ErrorKind::io, fmt::format("{}: cannot write the memory file", source), Error::no_offset, 0, {}, source);
    done += static_cast<std::size_t>(n);
  }
  const std::string path = fmt::format("/proc/self/fd/{}", file.fd);
  Workbook book;
  if (const int rc = freexl_open(path.c_str(), &book.handle); rc != FREEXL_OK) throw fail(rc);
  unsigned sheets = 0;
  if (const int rc = freexl_get_info(book.handle, FREEXL_BIFF_SHEET_COUNT, &sheets); rc != FREEXL_OK) throw fail(rc);
  if (sheets > options.limits.max_sheets)
    throw Error(ErrorKind::limit,
                fmt::format("{}: {} sheets, past the limit of {}", source, sheets, options.limits.max_sheets),
                Error::no_offset, 0, {}, source);
  std::vector<Grid> grids;
  std::size_t cells = 0;
  for (unsigned s = 0; s < sheets; ++s) {
    const char* name = nullptr;
    if (const int rc = freexl_get_worksheet_name(book.handle, static_cast<unsigned short>(s), &name); rc != FREEXL_OK)
      throw fail(rc);
    if (const int rc = freexl_select_active_worksheet(book.handle, static_cast<unsigned short>(s)); rc != FREEXL_OK)
      throw fail(rc);
    unsigned rows = 0;
    unsigned short columns = 0;
    if (const int rc = freexl_worksheet_dimensions(book.handle, &rows, &columns); rc != FREEXL_OK) throw fail(rc);
    Grid grid;
    grid.serialization = Serialization::xls;
    grid.name = name != nullptr ? name : fmt::format("Sheet{}", s + 1);
    sheets::SheetBuilder builder(grid, source, options.limits, cells);
    if (rows > 0) builder.cell({rows, 1}, "");  // the row limit, before any cell is read
    for (unsigned r = 0; r < rows; ++r) {
      for (unsigned short c = 0; c < columns; ++c) {
        FreeXL_CellValue value;
        if (const int rc = freexl_get_cell_value(book.handle, r, c, &value); rc != FREEXL_OK) throw fail(rc);
        const sheets::CellRef ref{r + 1, static_cast<std::uint32_t>(c) + 1u};
        switch (value.type) {
          case FREEXL_CELL_INT: builder.cell(ref, std::to_string(value.value.int_value)); break;
          case FREEXL_CELL_DOUBLE: builder.cell(ref, shortest(value.value.double_value)); break;
          case FREEXL_CELL_TEXT:
          case FREEXL_CELL_SST_TEXT:
          case FREEXL_CELL_DATE:
          case FREEXL_CELL_DATETIME:
          case FREEXL_CELL_TIME: builder.cell(ref, value.value.text_value != nullptr ? value.value.text_value : ""); break;
          default: break;
        }
      }
    }
    builder.finish();
    grids.push_back(std::move(grid));
  }
  return grids;
}

JIXIAO_END_NAMESPACE
