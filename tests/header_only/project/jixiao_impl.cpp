// SPDX-License-Identifier: Apache-2.0
// The one translation unit of the forms tool that compiles jixiao's target parser,
// evaluate() and Decimal/Money in.
#define JIXIAO_HEADER_ONLY
#include <jixiao/target_src.hpp>
