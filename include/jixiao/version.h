/* SPDX-License-Identifier: Apache-2.0 */
/* The one place jixiao's release version is written. C and C++ alike include it
 * (jixiao.h, jixiao/config.hpp); CMakeLists.txt reads it for project(VERSION),
 * the pkg-config file and the package version file; a test checks the Python
 * package says the same. A plain header rather than one CMake generates, so the
 * header-only parser and a C consumer need no configure step (as fmt's base.h). */
#ifndef JIXIAO_VERSION_H
#define JIXIAO_VERSION_H

#define JX_VERSION_MAJOR 0
#define JX_VERSION_MINOR 1
#define JX_VERSION_PATCH 0
#define JX_VERSION_STRING "0.1.0"
#define JX_VERSION_NUMBER (JX_VERSION_MAJOR * 10000 + JX_VERSION_MINOR * 100 + JX_VERSION_PATCH)

#endif
