# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_sheets, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  cell_ref.cpp
  number_text.cpp
  sheet_builder.cpp
  xls.cpp
  xlsx.cpp
  xml_stream.cpp
  zip_archive.cpp
)
