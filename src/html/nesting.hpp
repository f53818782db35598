// SPDX-License-Identifier: Apache-2.0
#pragma once
// How deeply a page's elements nest, estimated before gumbo parses it: gumbo's
// tree builder walks the stack of open elements for each tag, so its time grows
// with the square of the depth (20,000 nested <div> take 16 s). The estimate
// follows tags as the tree builder would for the common cases — void elements
// never open, a <td>/<th>/<tr>/<p>/<li>/<option>/<dt>/<dd> closes an open one of
// its kind, an end tag closes up to its element — and skips comments, scripts
// and styles. It is a limit's measure, not a parser: the page is parsed by gumbo.

#include <cstddef>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace html {

// The deepest nesting seen, stopping early once past `stop_after`.
std::size_t estimated_depth(std::string_view page, std::size_t stop_after) noexcept;

}  // namespace html
JIXIAO_END_NAMESPACE
