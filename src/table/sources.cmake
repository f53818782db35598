# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_table, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  csv.cpp
  document_markdown.cpp
  render.cpp
  score_report.cpp
  score_template.cpp
  summary.cpp
  table.cpp
)
