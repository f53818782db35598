# SPDX-License-Identifier: Apache-2.0
# The sources of jixiao_money, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  chinese.cpp
  date.cpp
  decimal.cpp
  money.cpp
)
