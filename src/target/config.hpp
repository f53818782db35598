// SPDX-License-Identifier: Apache-2.0
#pragma once
// The one place that fixes the iterator and context the target grammar is
// instantiated with (Spirit's rexpr layout). A mismatch with grammar.cpp shows
// up as a link error. No skipper: white space is explicit in the grammar,
// because it matters (`90%-` vs `90% -`) and because U+3000 is no ASCII space.

#include <boost/spirit/home/x3.hpp>

#include "target/builder.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_grammar {

namespace x3 = boost::spirit::x3;

// The semantic actions find the Builder under this tag (x3::with).
struct builder_tag;

using iterator_type = const char*;
using context_type = x3::context<builder_tag, target_detail::Builder, x3::unused_type>;

}  // namespace target_grammar
JIXIAO_END_NAMESPACE
