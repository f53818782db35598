# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_target, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  canonical.cpp
  evaluate.cpp
  grammar.cpp
  json.cpp
  names.cpp
  parse.cpp
)
