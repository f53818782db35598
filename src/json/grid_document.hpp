#pragma once
// Declarations from the Grids of a published file (xlsx, xls, HTML). Until the
// form interpreter over Grids lands, the grids are printed as the published
// text layout — one line per row, cells by column, tab-separated, a merged
// label once on its first row, a blank line between grids — and read with
// read_published_text. Diagnostics then name lines of that text, not cells.

#include <string>
#include <vector>

#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/grid.hpp"
#include "jixiao/ingest.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

// The grids as tab-separated text (line breaks inside a cell joined: a wrapped
// name is one name).
std::string grids_as_published_text(const std::vector<Grid>& grids);

Document read_grids(const std::vector<Grid>& grids, const IngestOptions& options);

}  // namespace detail
JIXIAO_END_NAMESPACE
