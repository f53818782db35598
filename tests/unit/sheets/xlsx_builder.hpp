// SPDX-License-Identifier: Apache-2.0
#pragma once
// Test-only: a workbook's bytes made from its members (name → XML), zipped with
// libzip, so each test states exactly the XML it reads. minimal_xlsx() fills in
// the workbook, relationships and shared strings around given sheets.

#include <zip.h>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace sheets_test {

inline std::string zip_members(const std::vector<std::pair<std::string, std::string>>& members) {
  char path[] = "/tmp/jixiao-xlsx-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) throw std::runtime_error("mkstemp");
  int error = 0;
  zip_t* zip = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (zip == nullptr) throw std::runtime_error("zip_open");
  for (const auto& [name, data] : members) {
    zip_source_t* src = zip_source_buffer(zip, data.data(), data.size(), 0);
    if (src == nullptr || zip_file_add(zip, name.c_str(), src, ZIP_FL_OVERWRITE) < 0)
      throw std::runtime_error("zip_file_add");
  }
  if (zip_close(zip) != 0) throw std::runtime_error("zip_close");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  std::remove(path);
  ::close(fd);
  return s.str();
}

inline std::string sheet_xml(const std::string& sheet_data, const std::string& after = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
         sheet_data + "</sheetData>" + after + "</worksheet>";
}

// A workbook of the given sheets (name, worksheet XML), shared strings and styles.
inline std::string minimal_xlsx(const std::vector<std::pair<std::string, std::string>>& sheets,
                                const std::vector<std::string>& shared = {}, const std::string& styles = "") {
  std::string workbook =
      "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
  std::string rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::vector<std::pair<std::string, std::string>> members;
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    workbook += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n +
            "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet" + n + ".xml\"/>";
    members.emplace_back("xl/worksheets/sheet" + n + ".xml", sheets[i].second);
  }
  workbook += "</sheets></workbook>";
  rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
          "Target=\"sharedStrings.xml\"/></Relationships>";
  std::string sst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  for (const auto& s : shared) sst += "<si>" + s + "</si>";
  sst += "</sst>";
  members.emplace_back("xl/workbook.xml", workbook);
  members.emplace_back("xl/_rels/workbook.xml.rels", rels);
  members.emplace_back("xl/sharedStrings.xml", sst);
  if (!styles.empty()) members.emplace_back("xl/styles.xml", styles);
  return zip_members(members);
}

}  // namespace sheets_test
