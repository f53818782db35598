// SPDX-License-Identifier: Apache-2.0
#pragma once
// The indicators of a document as CSV (RFC 4180, UTF-8, CRLF): one row per
// indicator, for spreadsheets and scripts. Decimals plain and exact ("26000.00").

#include <string>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/table.hpp"

JIXIAO_BEGIN_NAMESPACE

// Columns, in order:
//   declaration   0-based index of the declaration (as in diagnostics)
//   project       project name ("" when absent)
//   level1, level2, name
//   raw           the target as written
//   kind          compare | range | trend | deadline | period | qualitative | invalid
//   op_or_term    compare: op (ge…); trend: direction (up…); qualitative: term
//   value_or_low  compare: value; range: low; trend: the "by" value; deadline: date;
//                 period: start
//   high          range: high; period: end
//   unit          compare/range: unit; trend: the "by" unit
//   basis         trend: none | yoy | mom
//   note          compare/range: the trailing annotation
//   error         invalid: why the target does not parse
//   line          1-based source line ("" when unknown)
Table indicators_table(const Document& document);
std::string indicators_csv(const Document& document);

JIXIAO_END_NAMESPACE
