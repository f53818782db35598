// SPDX-License-Identifier: Apache-2.0
#pragma once
// The seed's reader (read_published_text.cpp: DeclarationAssembler, RowPlacer)
// over any row source whose columns are known: read_rows hands it the Shanghai
// 申报表 layout, whatever the serialization (tabs, aligned, pipes, Markdown, a sheet).

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

// A row's line is its first cell's origin line; its text, for a heading or the
// title, its non-empty cells joined with spaces.
Document read_seed_layout(RowSource& rows, const IngestOptions& options);

}  // namespace ingest
JIXIAO_END_NAMESPACE
