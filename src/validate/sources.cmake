# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_validate, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  funds_rules.cpp
  names.cpp
  project_rules.cpp
  review_rules.cpp
  rules.cpp
  structure_rules.cpp
  target_rules.cpp
)
