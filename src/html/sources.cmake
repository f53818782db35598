# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_html, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  html_tables.cpp
  nesting.cpp
)
