#pragma once
// --profile national|shanghai|FILE: the review profile (docs/validation.md), read
// alike by `jixiao validate` and by `jixiao score` (which takes its overshoot).

#include "cli/cli.hpp"
#include "jixiao/validate.hpp"

namespace jixiao::cli {

// The profile the last --profile names (a built-in name, else a file to read), or
// the defaults when there is none. Throws UsageError naming the file and, for a
// syntax error, its line and column.
ValidateOptions profile_from(const Args& args);

}  // namespace jixiao::cli
