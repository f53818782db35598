// SPDX-License-Identifier: Apache-2.0
#pragma once
// Rebuilding rows and cells from what a PDF draws (jx_pdf_content): ruled
// tables from their borders, text outside them as lines, page furniture
// dropped. Knows geometry only, nothing of forms.
#include <string>
#include <string_view>

#include "jixiao/grid.hpp"
#include "jixiao/pdf.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace pdf {

// The Grid of `content`. Throws Error(limit) when a page's tables have more
// elementary cells than limits.max_cells_per_page; `source` names the input.
Grid build_grid(const jx_pdf_content& content, const PdfLimits& limits, const std::string& source);

}  // namespace pdf
JIXIAO_END_NAMESPACE
