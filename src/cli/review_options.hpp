// SPDX-License-Identifier: Apache-2.0
#pragma once
// The review options of the verbs that run the rules (validate, report): --profile
// national|shanghai|FILE, --disable CODE[,CODE…] and --severity CODE=LEVEL, each
// repeatable. A bad value is a UsageError naming it.

#include "cli/cli.hpp"
#include "jixiao/validate.hpp"

namespace jixiao::cli {

// The profile the last --profile names (a built-in name, else a file to read), or
// the defaults when there is none. Throws UsageError naming the file and, for a
// syntax error, its line and column. `jixiao score` takes its overshoot.
ValidateOptions profile_from(const Args& args);

// The profile with --disable and --severity applied.
ValidateOptions review_options_from(const Args& args);

}  // namespace jixiao::cli
