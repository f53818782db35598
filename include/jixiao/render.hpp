// SPDX-License-Identifier: Apache-2.0
#pragma once
// The published layout writer: a Document as the tab-separated text a 汇总表 PDF
// extracts to (tests/data/corpus/hongkou-court-2024.txt): the title, then per
// declaration the form heading, (2024 年度), the header block, the funds with
// thousands separators, the goals and the indicator table with each level-1 and
// level-2 label on the first row of its group. read_published_text() of the
// result gives the same declarations (source lines aside).
//
// The layout has one line per row and tabs between cells, so a tab, CR or LF
// inside a value is written as a space: the one change a round trip can show.

#include <string>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"

JIXIAO_BEGIN_NAMESPACE

std::string render_published_text(const Document& document);
// One declaration's form, from its heading to the end of its indicator table.
std::string render_published_text(const Declaration& declaration);

// The document for reading on screen or in a wiki: per declaration a heading, its
// fields, funds (元 with thousands separators), goals and indicator table, then
// the diagnostics; all tables Markdown (table.hpp).
std::string render_document_markdown(const Document& document);

JIXIAO_END_NAMESPACE
