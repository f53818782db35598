#pragma once
// Version and the inline ABI namespace of the C++ API (which is not ABI-stable:
// the C ABI in capi/ is). Two jixiao versions in one process do not clash.

#define JIXIAO_VERSION_MAJOR 0
#define JIXIAO_VERSION_MINOR 1
#define JIXIAO_VERSION_PATCH 0
#define JIXIAO_VERSION_STRING "0.1.0"

#define JIXIAO_BEGIN_NAMESPACE namespace jixiao { inline namespace v0 {
#define JIXIAO_END_NAMESPACE } }
