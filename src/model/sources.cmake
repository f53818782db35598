# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_model, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  diagnostic.cpp
  taxonomy.cpp
)
