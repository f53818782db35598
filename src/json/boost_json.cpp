// SPDX-License-Identifier: Apache-2.0
// The one translation unit that compiles Boost.JSON (header-only mode: every
// other file includes <boost/json.hpp> and links against this one).
#include <boost/json/src.hpp>
