# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_ingest, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  assembler.cpp
  cells.cpp
  form_reader.cpp
  form_vocabulary.cpp
  grid_rows.cpp
  lines.cpp
  placer.cpp
  read_published_text.cpp
  tab_layout.cpp
  tab_rows.cpp
  text.cpp
  text_aligned.cpp
  text_cells.cpp
  text_detect.cpp
  text_pipes.cpp
)
