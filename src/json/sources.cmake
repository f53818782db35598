# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_json, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  boost_json.cpp
  json_read.cpp
  json_syntax.cpp
  json_write.cpp
  read_document.cpp
  score_json.cpp
  validate_profile.cpp
)
