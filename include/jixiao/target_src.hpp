// SPDX-License-Identifier: Apache-2.0
#pragma once
// Header-only mode for embedders (as Boost.JSON's src.hpp, fmt's FMT_HEADER_ONLY):
// include this in ONE translation unit of your program to compile the target-value
// parser (指标值), evaluate() and Decimal/Money/Date into it, with no jixiao library
// to link. Every other file includes the ordinary headers (jixiao/target.hpp,
// jixiao/evaluate.hpp, jixiao/money.hpp).
//
// Needs on the include path: jixiao's include/ and src/ directories, Boost 1.81
// headers (Spirit X3, Multiprecision) and fmt (define FMT_HEADER_ONLY for fmt
// without a library too). C++20, exceptions on.
//
//   #define JIXIAO_HEADER_ONLY
//   #include <jixiao/target_src.hpp>

#ifndef JIXIAO_HEADER_ONLY
#error "define JIXIAO_HEADER_ONLY before including jixiao/target_src.hpp (and link no jixiao library)"
#endif

#include "../../src/money/chinese.cpp"
#include "../../src/money/date.cpp"
#include "../../src/money/decimal.cpp"
#include "../../src/money/money.cpp"
#include "../../src/target/canonical.cpp"
#include "../../src/target/evaluate.cpp"
#include "../../src/target/grammar.cpp"
#include "../../src/target/json.cpp"
#include "../../src/target/names.cpp"
#include "../../src/target/parse.cpp"
