// SPDX-License-Identifier: Apache-2.0
// workbook.hpp, read_xlsx: the workbook, its relationships, shared strings,
// styles (for number formats) and every worksheet, each streamed from the zip
// through expat.
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "jixiao/error.hpp"
#include "jixiao/workbook.hpp"
#include "sheets/cell_ref.hpp"
#include "sheets/number_text.hpp"
#include "sheets/sheet_builder.hpp"
#include "sheets/xml_stream.hpp"
#include "sheets/zip_archive.hpp"

JIXIAO_BEGIN_NAMESPACE

bool looks_like_zip(std::string_view bytes) noexcept { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

namespace sheets {
namespace {

constexpr std::string_view workbook_member = "xl/workbook.xml";

// Streams one member through a handler.
void parse_member(ZipArchive& zip, const std::string& member, XmlHandler& handler) {
  XmlStream xml(handler, zip.source() + ": " + member);
  zip.read(member, [&](std::string_view chunk) { xml.feed(chunk); });
  xml.finish();
}

// OOXML's escape of characters XML cannot hold: "_x000D_" is U+000D. Line
// breaks (CR, CRLF) become '\n'.
std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      unsigned code = 0;
      bool hex = true;
      for (std::size_t k = i + 2; k < i + 6; ++k) {
        const char c = s[k];
        const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (v < 0) hex = false;
        code = code * 16 + static_cast<unsigned>(v < 0 ? 0 : v);
      }
      if (hex) {
        if (code == '\r' || code == '\n') {
          out.push_back(static_cast<char>(code));
        } else if (code == '\t') {
          out.push_back(' ');
        } else if (code >= 0x20 && code < 0x80) {
          out.push_back(static_cast<char>(code));
        } else if (code >= 0x80) {  // as UTF-8 (surrogates stay as they are: rare and harmless here)
          if (code < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (code >> 6)));
          } else {
            out.push_back(static_cast<char>(0xE0 | (code >> 12)));
            out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
          }
          out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        }
        i += 6;
        continue;
      }
    }
    out.push_back(s[i]);
  }
  // CRLF and CR (written or escaped) as LF.
  std::string lf;
  lf.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '\r') {
      lf.push_back('\n');
      if (i + 1 < out.size() && out[i + 1] == '\n') ++i;
    } else {
      lf.push_back(out[i]);
    }
  }
  return lf;
}

struct SheetEntry {
  std::string name;
  std::string relationship;
};

class WorkbookPart : public XmlHandler {
 public:
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start(std::string_view name, const char** a) override {
    if (name == "sheet") {
      const char* sheet_name = attribute(a, "name");
      const char* id = attribute(a, "id");
      sheets.push_back({sheet_name != nullptr ? sheet_name : "", id != nullptr ? id : ""});
    } else if (name == "workbookPr") {
      const char* v = attribute(a, "date1904");
      date1904 = v != nullptr && (std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0);
    }
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

struct Relationship {
  std::string target;  // member path inside the zip
  std::string type;    // the last part of the Type URI: "worksheet", "sharedStrings"
};

class RelationshipsPart : public XmlHandler {
 public:
  std::map<std::string, Relationship, std::less<>> by_id;
  void start(std::string_view name, const char** a) override {
    if (name != "Relationship") return;
    const char* id = attribute(a, "Id");
    const char* target = attribute(a, "Target");
    const char* type = attribute(a, "Type");
    if (id == nullptr || target == nullptr) return;
    std::string t = target;
    // Relative to xl/, or absolute from the archive's root.
    t = t.starts_with('/') ? t.substr(1) : "xl/" + t;
    std::string kind = type != nullptr ? type : "";
    if (const auto slash = kind.rfind('/'); slash != std::string::npos) kind = kind.substr(slash + 1);
    by_id[id] = {std::move(t), std::move(kind)};
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// The text of <si> (shared strings) and <is> (inline strings): every <t>, but
// not those of phonetic runs <rPh>.
class RichText {
 public:
  void start(std::string_view name) {
    if (name == "t") in_t_ = true;
    if (name == "rPh") ++in_phonetic_;
  }
  void end(std::string_view name) {
    if (name == "t") in_t_ = false;
    if (name == "rPh") --in_phonetic_;
  }
  void text(std::string_view chars) {
    if (in_t_ && in_phonetic_ == 0) text_.append(chars);
  }
  std::string take() {
    std::string out = clean_text(text_);
    text_.clear();
    return out;
  }

 private:
  std::string text_;
  bool in_t_ = false;
  int in_phonetic_ = 0;
};

class SharedStringsPart : public XmlHandler {
 public:
  std::vector<std::string> strings;
  void start(std::string_view name, const char**) override {
    if (name == "si") in_si_ = true;
    if (in_si_) rich_.start(name);
  }
  void end(std::string_view name) override {
    if (in_si_) rich_.end(name);
    if (name == "si") {
      strings.push_back(rich_.take());
      in_si_ = false;
    }
  }
  void text(std::string_view chars) override {
    if (in_si_) rich_.text(chars);
  }

 private:
  RichText rich_;
  bool in_si_ = false;
};

class StylesPart : public XmlHandler {
 public:
  std::vector<NumberFormat> cell_formats;  // by the cell's s="" index
  void start(std::string_view name, const char** a) override {
    if (name == "numFmt") {
      const char* id = attribute(a, "numFmtId");
      const char* code = attribute(a, "formatCode");
      if (id != nullptr && code != nullptr) custom_[static_cast<unsigned>(std::strtoul(id, nullptr, 10))] = parse_number_format(code);
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      const char* id = attribute(a, "numFmtId");
      const unsigned n = id != nullptr ? static_cast<unsigned>(std::strtoul(id, nullptr, 10)) : 0;
      const auto custom = custom_.find(n);
      cell_formats.push_back(custom != custom_.end() ? custom->second : builtin_number_format(n));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  void text(std::string_view) override {}

 private:
  std::map<unsigned, NumberFormat> custom_;
  bool in_cell_xfs_ = false;
};

struct Shared {
  std::vector<std::string> strings;
  std::vector<NumberFormat> formats;
  bool date1904 = false;
};

class WorksheetPart : public XmlHandler {
 public:
  WorksheetPart(SheetBuilder& sheet, const Shared& shared) : sheet_(sheet), shared_(shared) {}

  void start(std::string_view name, const char** a) override {
    if (in_cell_) {
      if (name == "v") {
        in_v_ = true;
        has_v_ = true;
      } else if (name == "f") {
        in_f_ = true;
        has_f_ = true;
      } else if (name == "is") {
        in_is_ = true;
      }
      if (in_is_) rich_.start(name);
      return;
    }
    if (name == "c") {
      start_cell(a);
    } else if (name == "row") {
      const char* r = attribute(a, "r");
      row_ = r != nullptr ? parse_number(r, "row number") : row_ + 1;
      column_ = 0;
    } else if (name == "mergeCell") {
      const char* ref = attribute(a, "ref");
      const auto range = ref != nullptr ? parse_cell_range(ref) : std::nullopt;
      if (!range)
        throw Error(ErrorKind::format,
                    fmt::format("{}: merged range \"{}\" is not a cell range like A1:F3", sheet_.where({}),
                                ref != nullptr ? ref : ""));
      sheet_.merge(*range);
    }
  }

  void end(std::string_view name) override {
    if (!in_cell_) return;
    if (in_is_) rich_.end(name);
    if (name == "v") in_v_ = false;
    else if (name == "f") in_f_ = false;
    else if (name == "is") in_is_ = false;
    else if (name == "c") finish_cell();
  }

  void text(std::string_view chars) override {
    if (in_v_) value_.append(chars);
    else if (in_f_) formula_.append(chars);
    else if (in_is_) rich_.text(chars);
  }

 private:
  std::uint32_t parse_number(const char* text, std::string_view what) const {
    char* end = nullptr;
    const unsigned long n = std::strtoul(text, &end, 10);
    if (end == text || *end != '\0' || n == 0 || n > 1'048'576)
      throw Error(ErrorKind::format, fmt::format("{}: {} \"{}\" after row {}", sheet_.where({}), what, text, row_));
    return static_cast<std::uint32_t>(n);
  }

  void start_cell(const char** a) {
    in_cell_ = true;
    has_v_ = has_f_ = false;
    value_.clear();
    formula_.clear();
    const char* r = attribute(a, "r");
    if (r != nullptr) {
      const auto ref = parse_cell_ref(r);
      if (!ref)
        throw Error(ErrorKind::format,
                    fmt::format("{}: cell reference \"{}\" after row {} is not like F12", sheet_.where({}), r, row_));
      ref_ = *ref;
      row_ = ref->row;
    } else {
      ref_ = CellRef{row_ == 0 ? 1 : row_, column_ + 1};
    }
    column_ = ref_.column;
    const char* t = attribute(a, "t");
    type_ = t != nullptr ? t : "n";
    const char* s = attribute(a, "s");
    style_ = s != nullptr ? static_cast<std::size_t>(std::strtoul(s, nullptr, 10)) : 0;
  }

  void finish_cell() {
    in_cell_ = false;
    // No <v>, or an empty one for a number: never computed (openpyxl writes <v></v>).
    if (has_f_ && (!has_v_ || (value_.empty() && type_ != "str")))
      throw Error(ErrorKind::format,
                  fmt::format("{}: the formula ={} has no cached value (open and save the workbook in a spreadsheet "
                              "program to compute it)",
                              sheet_.where(ref_), formula_),
                  Error::no_offset, 0, "a cached value <v> for the formula");
    if (type_ == "inlineStr") {
      sheet_.cell(ref_, rich_.take());
    } else if (type_ == "s") {
      char* end = nullptr;
      const unsigned long i = std::strtoul(value_.c_str(), &end, 10);
      if (value_.empty() || *end != '\0' || i >= shared_.strings.size())
        throw Error(ErrorKind::format,
                    fmt::format("{}: shared string {} does not exist (the workbook has {})", sheet_.where(ref_),
                                value_, shared_.strings.size()));
      sheet_.cell(ref_, shared_.strings[i]);
    } else if (type_ == "str" || type_ == "e") {
      sheet_.cell(ref_, clean_text(value_));
    } else if (type_ == "b") {
      sheet_.cell(ref_, value_ == "1" ? "TRUE" : value_ == "0" ? "FALSE" : value_);
    } else if (type_ == "d") {
      const std::string_view v = value_;
      sheet_.cell(ref_, v.ends_with("T00:00:00") ? v.substr(0, v.size() - 9) : v);
    } else if (!value_.empty()) {
      const NumberFormat format = style_ < shared_.formats.size() ? shared_.formats[style_] : NumberFormat{};
      const auto shown = display_number(value_, format, shared_.date1904);
      if (!shown)
        throw Error(ErrorKind::format, fmt::format("{}: \"{}\" is not a number", sheet_.where(ref_), value_),
                    Error::no_offset, 0, "a number in <v>");
      sheet_.cell(ref_, *shown);
    }
  }

  SheetBuilder& sheet_;
  const Shared& shared_;
  RichText rich_;
  std::uint32_t row_ = 0;
  std::uint32_t column_ = 0;
  CellRef ref_;
  std::string type_;
  std::size_t style_ = 0;
  std::string value_;
  std::string formula_;
  bool in_cell_ = false, in_v_ = false, in_f_ = false, in_is_ = false;
  bool has_v_ = false, has_f_ = false;
};

}  // namespace
}  // namespace sheets

std::vector<Grid> read_xlsx(std::string_view bytes, const WorkbookOptions& options) {
  using namespace sheets;
  const std::string source = options.source_name.empty() ? std::string("<input>") : options.source_name;
  ZipArchive zip(bytes, source, options.limits);
  if (!zip.contains(std::string(workbook_member)))
    throw Error(ErrorKind::format,
                fmt::format("{}: a zip archive without {}: not an xlsx workbook", source, workbook_member),
                Error::no_offset, 0, "an xlsx workbook", source);
  WorkbookPart workbook;
  parse_member(zip, std::string(workbook_member), workbook);
  if (workbook.sheets.size() > options.limits.max_sheets)
    throw Error(ErrorKind::limit,
                fmt::format("{}: {} sheets, past the limit of {}", source, workbook.sheets.size(),
                            options.limits.max_sheets),
                Error::no_offset, 0, {}, source);
  RelationshipsPart relationships;
  if (zip.contains("xl/_rels/workbook.xml.rels")) parse_member(zip, "xl/_rels/workbook.xml.rels", relationships);

  Shared shared;
  shared.date1904 = workbook.date1904;
  const auto member_of = [&](std::string_view type, const std::string& fallback) {
    for (const auto& [id, rel] : relationships.by_id)
      if (rel.type == type) return rel.target;
    return fallback;
  };
  if (const std::string member = member_of("sharedStrings", "xl/sharedStrings.xml"); zip.contains(member)) {
    SharedStringsPart part;
    parse_member(zip, member, part);
    shared.strings = std::move(part.strings);
  }
  if (const std::string member = member_of("styles", "xl/styles.xml"); zip.contains(member)) {
    StylesPart part;
    parse_member(zip, member, part);
    shared.formats = std::move(part.cell_formats);
  }

  std::vector<Grid> grids;
  std::size_t cells = 0;
  for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
    const auto& entry = workbook.sheets[i];
    const auto rel = relationships.by_id.find(entry.relationship);
    std::string member = rel != relationships.by_id.end() ? rel->second.target
                                                          : fmt::format("xl/worksheets/sheet{}.xml", i + 1);
    if (rel != relationships.by_id.end() && rel->second.type != "worksheet") continue;  // chart sheets hold no cells
    Grid grid;
    grid.serialization = Serialization::xlsx;
    grid.name = entry.name;
    SheetBuilder builder(grid, source, options.limits, cells);
    WorksheetPart part(builder, shared);
    if (!zip.contains(member))
      throw Error(ErrorKind::format,
                  fmt::format("{}: sheet \"{}\" is missing from the archive ({})", source, entry.name, member),
                  Error::no_offset, 0, {}, source);
    parse_member(zip, member, part);
    builder.finish();
    grids.push_back(std::move(grid));
  }
  return grids;
}

JIXIAO_END_NAMESPACE
