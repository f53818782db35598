// SPDX-License-Identifier: Apache-2.0
// Severity names as used in JSON (formats.md) and the C ABI.

#include "jixiao/diagnostic.hpp"

JIXIAO_BEGIN_NAMESPACE

std::string_view to_string(Severity severity) noexcept {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

std::optional<Severity> severity_from_string(std::string_view name) noexcept {
  if (name == "error") return Severity::error;
  if (name == "warning") return Severity::warning;
  if (name == "info") return Severity::info;
  return std::nullopt;
}

JIXIAO_END_NAMESPACE
