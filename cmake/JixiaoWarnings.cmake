# SPDX-License-Identifier: Apache-2.0
# Project-wide flags: strict warnings in developer mode, sanitizers on request.
# JIXIAO_WARNING_FLAGS goes on the library's own sources (PRIVATE, so it is not
# exported); jixiao_warnings carries the same flags to tests, benchmarks and tools.
set(JIXIAO_WARNING_FLAGS "")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  set(JIXIAO_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
  if(JIXIAO_DEVELOPER_MODE)
    list(APPEND JIXIAO_WARNING_FLAGS -Werror)
  endif()
  # GCC 12 at -O3 reports -Wrestrict false positives inside libstdc++'s
  # std::string concatenation (GCC PR 105651, fixed in 13).
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    list(APPEND JIXIAO_WARNING_FLAGS -Wno-restrict)
  endif()
endif()
add_library(jixiao_warnings INTERFACE)
target_compile_options(jixiao_warnings INTERFACE ${JIXIAO_WARNING_FLAGS})

# Fuzzing (clang): the whole library instrumented for libFuzzer, under ASan+UBSan.
if(JIXIAO_BUILD_FUZZ)
  set(JIXIAO_SANITIZE ON)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
if(JIXIAO_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
if(JIXIAO_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
