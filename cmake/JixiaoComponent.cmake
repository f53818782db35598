# SPDX-License-Identifier: Apache-2.0
# jixiao_component(NAME [DEPS dep...]) builds the sources listed in
# src/NAME/sources.cmake into the static library jixiao_NAME (PIC, so the C ABI's
# shared library can take it in). A module without that file is skipped, and so
# are dependencies on it.
set(JIXIAO_COMPONENT_TARGETS "" CACHE INTERNAL "")

# Sources are listed, not globbed; a .cpp in DIR left out of the list is an error
# here rather than a link error later.
function(jixiao_check_listed dir listed)
  file(GLOB present RELATIVE ${dir} ${dir}/*.cpp)
  foreach(file IN LISTS present)
    if(NOT file IN_LIST listed)
      message(FATAL_ERROR "${dir}/${file} is not listed in its module's source list")
    endif()
  endforeach()
endfunction()

function(jixiao_component name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  set(dir ${PROJECT_SOURCE_DIR}/src/${name})
  if(NOT EXISTS ${dir}/sources.cmake)
    return()
  endif()
  include(${dir}/sources.cmake)  # set(sources ...)
  jixiao_check_listed(${dir} "${sources}")
  list(TRANSFORM sources PREPEND ${dir}/)
  set(target jixiao_${name})
  add_library(${target} STATIC ${sources})
  add_library(jixiao::${name} ALIAS ${target})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME jixiao_${name} EXPORT_NAME ${name})
  target_include_directories(${target} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_link_libraries(${target} PUBLIC fmt::fmt Boost::headers)
  target_compile_options(${target} PRIVATE ${JIXIAO_WARNING_FLAGS})
  foreach(dep IN LISTS ARG_DEPS)
    if(TARGET jixiao_${dep})
      target_link_libraries(${target} PUBLIC jixiao_${dep})
    endif()
  endforeach()
  set(JIXIAO_COMPONENT_TARGETS ${JIXIAO_COMPONENT_TARGETS} ${target} CACHE INTERNAL "")
endfunction()
