# The sources of jixiao_model, listed (cmake/JixiaoComponent.cmake fails on an unlisted .cpp here).
set(sources
  diagnostic.cpp
  taxonomy.cpp
)
