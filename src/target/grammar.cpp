// SPDX-License-Identifier: Apache-2.0
// The one translation unit that instantiates the target grammar (X3's compile
// time is paid here only) and runs it for the facade in parse.cpp.
#include "target/grammar_def.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace target_grammar {

BOOST_SPIRIT_INSTANTIATE(target_type, iterator_type, context_type)

target_type const& target() { return target_rule; }

}  // namespace target_grammar

namespace target_detail {

bool run_grammar(const char* first, const char* last, Builder& builder, GrammarFailure& failure) {
  namespace x3 = boost::spirit::x3;
  builder.base = first;
  if (!target_grammar::may_start_target(first, last)) {  // a soft failure, as X3's would be
    failure.started = false;
    return false;
  }
  const char* position = first;
  try {
    return x3::parse(position, last, x3::with<target_grammar::builder_tag>(builder)[target_grammar::target_rule]);
  } catch (const x3::expectation_failure<const char*>& error) {
    failure.expectation = true;
    failure.offset = static_cast<std::size_t>(error.where() - first);
    failure.expected = error.which();
    return false;
  }
}

}  // namespace target_detail
JIXIAO_END_NAMESPACE
