// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared helpers of the ingest tests: reading test data and the golden TSVs.

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "jixiao/declaration.hpp"

namespace ingest_test {

inline std::string read_file(const std::string& relative) {
  const std::string path = std::string(JIXIAO_TEST_DATA) + "/" + relative;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string hongkou() { return read_file("corpus/hongkou-court-2024.txt"); }

inline std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

// A TSV with one header row, as rows of name → value.
struct Tsv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::size_t column(const std::string& name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    throw std::runtime_error("no column " + name);
  }
  const std::string& at(std::size_t row, const std::string& name) const { return rows.at(row).at(column(name)); }
};

inline Tsv read_tsv(const std::string& relative) {
  Tsv tsv;
  std::istringstream in(read_file(relative));
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto cells = split(line, '\t');
    if (first) {
      tsv.header = cells;
      first = false;
    } else {
      cells.resize(tsv.header.size());
      tsv.rows.push_back(cells);
    }
  }
  return tsv;
}

// Lines of a text (without their LF), and back.
inline std::vector<std::string> lines_of(const std::string& text) { return split(text, '\n'); }
inline std::string join_lines(const std::vector<std::string>& lines, const std::string& eol = "\n") {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i) out += eol;
    out += lines[i];
  }
  return out;
}

inline std::size_t count_code(const jixiao::Document& doc, const std::string& code) {
  std::size_t n = 0;
  for (const auto& d : doc.diagnostics)
    if (d.code == code) ++n;
  return n;
}

inline const jixiao::Diagnostic* find_code(const jixiao::Document& doc, const std::string& code) {
  for (const auto& d : doc.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

}  // namespace ingest_test
