// SPDX-License-Identifier: Apache-2.0
// review_options.hpp: --profile, --disable and --severity.
#include "cli/review_options.hpp"

#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>

#include "jixiao/error.hpp"
#include "jixiao/json.hpp"

namespace jixiao::cli {
namespace {

// Splits "A,B , C" into trimmed non-empty pieces.
std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> pieces;
  while (!text.empty()) {
    auto comma = text.find(',');
    std::string_view piece = text.substr(0, comma);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == ' ') piece.remove_suffix(1);
    if (!piece.empty()) pieces.emplace_back(piece);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return pieces;
}

}  // namespace

ValidateOptions profile_from(const Args& args) {
  const auto values = args.option_values("profile");
  if (values.empty()) return {};
  const std::string& profile = values.back();
  if (profile == "national" || profile == "shanghai") return validation_profile(profile);
  std::string text;
  try {
    text = read_input(profile);
  } catch (const Error&) {
    throw UsageError{fmt::format("--profile {}: neither national, shanghai nor a readable file", profile)};
  }
  try {
    return validation_profile_from_json(text, profile);
  } catch (const Error& e) {
    throw UsageError{e.what()};
  }
}

ValidateOptions review_options_from(const Args& args) {
  ValidateOptions options = profile_from(args);
  try {
    for (const auto& value : args.option_values("disable"))
      for (const auto& code : split_list(value)) options.disable(code);
    for (const auto& value : args.option_values("severity"))
      for (const auto& setting : split_list(value)) options.apply(setting);
  } catch (const Error& e) {
    throw UsageError{e.what()};
  }
  return options;
}

}  // namespace jixiao::cli
