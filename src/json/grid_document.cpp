// grid_document.hpp: grids as the published text layout.
#include "json/grid_document.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace detail {

std::string grids_as_published_text(const std::vector<Grid>& grids) {
  std::string out;
  for (const auto& grid : grids) {
    if (!out.empty()) out += '\n';
    for (const auto& row : grid.rows) {
      std::uint32_t column = 0;
      for (const auto& cell : row.cells) {
        for (; column < cell.column; ++column) out += '\t';
        for (const char c : cell.text) out += c == '\n' ? std::string_view{} : c == '\t' ? std::string_view{" "} : std::string_view{&c, 1};
      }
      out += '\n';
    }
  }
  return out;
}

Document read_grids(const std::vector<Grid>& grids, const IngestOptions& options) {
  const std::string text = grids_as_published_text(grids);
  return read_published_text(text, options);
}

}  // namespace detail
JIXIAO_END_NAMESPACE
