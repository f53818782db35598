#pragma once
// The review options of the verbs that run the rules (validate, report): --profile
// national|shanghai|FILE, --disable CODE[,CODE…] and --severity CODE=LEVEL, each
// repeatable. A bad value is a UsageError naming it.

#include "cli/cli.hpp"
#include "jixiao/validate.hpp"

namespace jixiao::cli {

ValidateOptions review_options_from(const Args& args);

}  // namespace jixiao::cli
