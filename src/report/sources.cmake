# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_report, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  report.cpp
)
