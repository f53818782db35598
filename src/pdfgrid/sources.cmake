# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_pdfgrid, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  layout.cpp
  plugin.cpp
  read_pdf.cpp
)
