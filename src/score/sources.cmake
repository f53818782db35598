# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_score, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  exact.cpp
  rules.cpp
  score.cpp
  selfeval.cpp
)
