// SPDX-License-Identifier: Apache-2.0
#pragma once
// JSON of self-evaluation scoring (formats.md): reading `jixiao.actuals/1` (the
// input of `jixiao score`) and writing `jixiao.score/1` (its report).
//
// Reading is strict about shape and exact about numbers: a syntax error is
// Error(parse) with byte offset, line and what was expected; a missing or mistyped
// field, an amount or decimal that does not parse (decimals are JSON strings, never
// JSON numbers), or an unknown "format" is Error(format) naming the JSON path
// ("declarations[0].indicators[3].fraction").

#include <string>
#include <string_view>

#include "jixiao/config.hpp"
#include "jixiao/json.hpp"
#include "jixiao/score.hpp"

JIXIAO_BEGIN_NAMESPACE

inline constexpr std::string_view actuals_json_format = "jixiao.actuals/1";
inline constexpr std::string_view score_json_format = "jixiao.score/1";

// Reads an actuals file. Per indicator: "name"; optional "level2"; "actual" as a
// string ("93.5", "up", "achieved", "2024-11-30"), a [previous, current] pair of
// decimal strings or {"previous", "current"} (a trend), or null (not reported: the
// indicator is then scored as missing); optional "unit", "fraction", "weight".
// Per declaration: "project", optional "budget" {"annual", "executed"} (amounts in
// 元, or with a 万元 suffix), "indicators".
Actuals actuals_from_json(std::string_view json, const JsonReadOptions& options = {});

// Writes what actuals_from_json reads (for tools, tests and bindings).
std::string to_json(const Actuals& actuals, const JsonWriteOptions& options = {});

// The report: {"format": "jixiao.score/1", "declarations": [...], "diagnostics":
// [...]}. Scores, weights and totals are rounded half-up to 2 decimals, the budget
// rate to 4; every decimal is a JSON string. No trailing newline.
std::string to_json(const ScoreReport& report, const JsonWriteOptions& options = {});

JIXIAO_END_NAMESPACE
