# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_text, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  read_file.cpp
)
