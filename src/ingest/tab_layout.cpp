// SPDX-License-Identifier: Apache-2.0
#include "ingest/tab_layout.hpp"

#include <cstddef>

#include "ingest/cells.hpp"
#include "ingest/form_vocabulary.hpp"
#include "ingest/text.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

namespace {

constexpr std::size_t sample_lines = 256;
constexpr std::size_t sample_bytes = 256 << 10;

}  // namespace

// A cell the seed's reader would not know: a label of the form vocabulary that
// the seed's own vocabulary (cells.cpp) lacks, a taxonomy label carrying a
// regional alias, a weight or a note, or a 自评表 heading.
bool only_other_layouts_print(std::string_view cell) {
  if (cell.empty() || cell.size() > 512) return false;
  if (is_selfeval_heading(cell)) return true;
  const CellClass seed = classify_cell(cell);
  if (seed.is_form_word()) return false;
  // The end of a form (审核意见, 注：…) is no sign of a layout: the seed reader reports it.
  if (const Field f = field_of(cell); f != Field::none) return f != Field::approval;
  if (const auto label = form_label(cell))
    return label->regional || label->weight.has_value() || !label->note.empty() || !seed.is_label();
  return false;
}

bool is_seed_tab_text(std::string_view text) {
  std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (std::size_t lines = 0; pos < text.size() && pos < sample_bytes && lines < sample_lines; ++lines) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    while (!line.empty()) {
      const std::size_t tab = line.find('\t');
      if (only_other_layouts_print(trim(line.substr(0, tab)))) return false;
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
  }
  return true;
}

}  // namespace ingest
JIXIAO_END_NAMESPACE
