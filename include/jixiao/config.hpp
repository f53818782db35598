// SPDX-License-Identifier: Apache-2.0
#pragma once
// Version and the inline ABI namespace of the C++ API (which is not ABI-stable:
// the C ABI in capi/ is). Two jixiao versions in one process do not clash.

#include "jixiao/version.h"

#define JIXIAO_VERSION_MAJOR JX_VERSION_MAJOR
#define JIXIAO_VERSION_MINOR JX_VERSION_MINOR
#define JIXIAO_VERSION_PATCH JX_VERSION_PATCH
#define JIXIAO_VERSION_STRING JX_VERSION_STRING

#define JIXIAO_BEGIN_NAMESPACE namespace jixiao { inline namespace v0 {
#define JIXIAO_END_NAMESPACE } }
