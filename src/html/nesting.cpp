// SPDX-License-Identifier: Apache-2.0
// nesting.hpp: a tag scanner that only counts.
#include "html/nesting.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace html {

namespace {

bool is_void(std::string_view tag) noexcept {
  static constexpr std::array<std::string_view, 16> voids{"area", "base", "br",   "col",   "embed", "hr",
                                                          "img",  "input", "link", "meta", "param", "source",
                                                          "track", "wbr", "basefont", "frame"};
  return std::find(voids.begin(), voids.end(), tag) != voids.end();
}

// The open elements a new `tag` closes first (the tree builder's implied end
// tags), searched down the stack as far as `boundary`: a new row closes the open
// row and all inside it, but not a row of an enclosing table.
struct Implied {
  std::array<std::string_view, 6> closes;
  std::string_view boundary;
};

Implied implied(std::string_view tag) noexcept {
  if (tag == "td" || tag == "th") return {{"td", "th"}, "table"};
  if (tag == "tr") return {{"td", "th", "tr"}, "table"};
  if (tag == "tbody" || tag == "thead" || tag == "tfoot") return {{"td", "th", "tr", "tbody", "thead", "tfoot"}, "table"};
  if (tag == "li") return {{"li"}, "ul"};
  if (tag == "dt" || tag == "dd") return {{"dt", "dd"}, "dl"};
  if (tag == "option") return {{"option"}, "select"};
  if (tag == "p" || tag == "div" || tag == "table" || tag == "ul" || tag == "ol" || tag == "h1" || tag == "h2" ||
      tag == "h3")
    return {{"p"}, "*"};  // only the element on top
  return {};
}

}  // namespace

std::size_t estimated_depth(std::string_view page, std::size_t stop_after) noexcept {
  std::vector<std::string> open;
  std::size_t deepest = 0;
  std::size_t i = 0;
  const auto lower_name = [&](std::size_t& k) {
    std::string name;
    while (k < page.size() && name.size() < 16) {
      char c = page[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) break;
      name.push_back(c);
      ++k;
    }
    return name;
  };
  while ((i = page.find('<', i)) != std::string_view::npos) {
    ++i;
    if (page.substr(i, 3) == "!--") {
      const auto end = page.find("-->", i + 3);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    const bool closing = i < page.size() && page[i] == '/';
    if (closing) ++i;
    if (i >= page.size() || !((page[i] | 0x20) >= 'a' && (page[i] | 0x20) <= 'z')) continue;
    const std::string name = lower_name(i);
    const auto gt = page.find('>', i);
    if (gt == std::string_view::npos) break;
    const bool self_closing = gt > 0 && page[gt - 1] == '/';
    i = gt + 1;
    if (closing) {
      // Close up to the nearest open element of that name (within reach).
      const std::size_t reach = std::min<std::size_t>(open.size(), 64);
      for (std::size_t k = 0; k < reach; ++k) {
        if (open[open.size() - 1 - k] == name) {
          open.resize(open.size() - 1 - k);
          break;
        }
      }
      continue;
    }
    if (name == "script" || name == "style" || name == "textarea" || name == "title") {
      const auto end = page.find("</", i);
      // Raw text to its end tag (a "</" inside is rare enough to ignore).
      i = end == std::string_view::npos ? page.size() : end;
      continue;
    }
    if (is_void(name) || self_closing) continue;
    const Implied rule = implied(name);
    const std::size_t reach = std::min<std::size_t>(open.size(), rule.boundary == "*" ? 1 : 64);
    std::size_t keep = open.size();  // the farthest match below the boundary closes all above it
    for (std::size_t k = 0; k < reach; ++k) {
      const std::string& o = open[open.size() - 1 - k];
      if (o == rule.boundary) break;
      if (!o.empty() && std::find(rule.closes.begin(), rule.closes.end(), o) != rule.closes.end())
        keep = open.size() - 1 - k;
    }
    open.resize(keep);
    open.push_back(name);
    deepest = std::max(deepest, open.size());
    if (deepest > stop_after) break;
  }
  return deepest;
}

}  // namespace html
JIXIAO_END_NAMESPACE
