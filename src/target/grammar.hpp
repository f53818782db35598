// SPDX-License-Identifier: Apache-2.0
#pragma once
// Declares the target grammar's start rule (Spirit's rexpr layout: this header
// declares, grammar_def.hpp defines, grammar.cpp instantiates).

#include <boost/spirit/home/x3.hpp>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_grammar {

namespace x3 = boost::spirit::x3;

struct target_class;
using target_type = x3::rule<target_class>;
BOOST_SPIRIT_DECLARE(target_type)

// The whole 指标值: white space, an optional `$...$`, one target, white space, end.
target_type const& target();

}  // namespace target_grammar
JIXIAO_END_NAMESPACE
