// SPDX-License-Identifier: Apache-2.0
#pragma once
// jixiao::Diagnostic: one finding about a document, from ingest (INGEST_*) or the
// review rules (validation.md). Codes are stable strings; see docs/diagnostics.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE

enum class Severity { error, warning, info };

std::string_view to_string(Severity severity) noexcept;
std::optional<Severity> severity_from_string(std::string_view name) noexcept;

struct Diagnostic {
  std::string code;                      // "FUNDS_TOTAL_SUM", "INGEST_LEVEL1_INFERRED", ...
  Severity severity = Severity::warning;
  std::string message;                   // Chinese, names the figures involved
  std::optional<std::size_t> declaration;  // 0-based index, or none
  std::optional<std::size_t> indicator;    // 0-based index in its declaration, or none
  std::optional<std::uint32_t> line;       // 1-based source line, or none

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

JIXIAO_END_NAMESPACE
