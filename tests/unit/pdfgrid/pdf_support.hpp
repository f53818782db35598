// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the PDF tests: the plugin built beside the tests, the test PDFs,
// and the Grid as readable text for failure messages.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "jixiao/grid.hpp"
#include "jixiao/pdf.hpp"

namespace pdf_test {

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string data(const std::string& relative) { return read_bytes(std::string(JIXIAO_TEST_DATA) + "/" + relative); }

// The plugin of this build tree (tests do not search).
inline jixiao::PdfOptions options(const std::string& name = "test.pdf") {
  jixiao::PdfOptions o;
  o.source_name = name;
  o.plugin_path = std::string(JIXIAO_BINARY_DIR) + "/libjixiao_pdf.so";
  return o;
}

// "r12 c3+2 s4 p2 | text" per cell, one row per line.
inline std::string dump(const jixiao::Grid& grid) {
  std::string out;
  for (std::size_t r = 0; r < grid.rows.size(); ++r) {
    out += "row " + std::to_string(r + 1) + ":";
    for (const auto& c : grid.rows[r].cells) {
      std::string text(c.text);
      for (auto& ch : text)
        if (ch == '\n') ch = '/';
      out += " [c" + std::to_string(c.column) + (c.column_span > 1 ? "+" + std::to_string(c.column_span) : "") +
             (c.row_span > 1 ? " s" + std::to_string(c.row_span) : "") + " p" + std::to_string(c.origin.page) + "] " +
             text;
    }
    out += '\n';
  }
  return out;
}

}  // namespace pdf_test
