# SPDX-License-Identifier: Apache-2.0
# Installs the build to a temporary prefix, configures and builds examples/c against
# it with find_package(jixiao) as a separate project, and runs the example on the
# Hongkou document: it must print the 汇总表 with the exact total.
file(REMOVE_RECURSE ${PREFIX} ${EXAMPLE_BUILD})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
  RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${errors}")
endif()
foreach(installed include/jixiao.h lib/libjixiao.so.0 lib/pkgconfig/jixiao.pc lib/cmake/jixiao/jixiaoConfig.cmake)
  if(NOT EXISTS ${PREFIX}/${installed})
    file(GLOB_RECURSE found RELATIVE ${PREFIX} ${PREFIX}/*jixiao*)
    message(FATAL_ERROR "${installed} was not installed; the prefix has: ${found}")
  endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${EXAMPLE} -B ${EXAMPLE_BUILD} -G ${GENERATOR}
                        -DCMAKE_PREFIX_PATH=${PREFIX} -DCMAKE_C_COMPILER=${C_COMPILER}
                        # a C consumer needs neither Boost nor fmt
                        -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON -DCMAKE_DISABLE_FIND_PACKAGE_fmt=ON
                        "-DCMAKE_C_FLAGS=${C_FLAGS}" -DCMAKE_BUILD_TYPE=${BUILD_TYPE}
  RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring examples/c failed:\n${output}${errors}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${EXAMPLE_BUILD}
  RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building examples/c failed:\n${output}${errors}")
endif()
execute_process(COMMAND ${EXAMPLE_BUILD}/summary ${CORPUS}
  RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "summary failed (${rc}):\n${output}${errors}")
endif()
string(FIND "${output}" "33,378,615.00" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the summary lacks the total 33,378,615.00:\n${output}")
endif()
# The same program built with nothing but pkg-config (the .pc is relocatable).
find_program(PKG_CONFIG NAMES pkg-config pkgconf)
if(PKG_CONFIG)
  set(ENV{PKG_CONFIG_PATH} ${PREFIX}/lib/pkgconfig)
  execute_process(COMMAND ${PKG_CONFIG} --cflags --libs jixiao
    RESULT_VARIABLE rc OUTPUT_VARIABLE flags ERROR_VARIABLE errors OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0 OR NOT flags MATCHES "-ljixiao")
    message(FATAL_ERROR "pkg-config --cflags --libs jixiao: ${flags}${errors}")
  endif()
  separate_arguments(flags UNIX_COMMAND "${flags}")
  separate_arguments(c_flags UNIX_COMMAND "${C_FLAGS}")
  execute_process(COMMAND ${C_COMPILER} -std=c99 ${c_flags} ${EXAMPLE}/summary.c ${flags}
                          -Wl,-rpath,${PREFIX}/lib -o ${EXAMPLE_BUILD}/summary_pkgconfig
    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE errors)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building examples/c/summary.c with pkg-config flags ${flags} failed:\n${output}${errors}")
  endif()
  execute_process(COMMAND ${EXAMPLE_BUILD}/summary_pkgconfig ${CORPUS} csv
    RESULT_VARIABLE rc OUTPUT_VARIABLE csv ERROR_VARIABLE errors)
  if(NOT rc EQUAL 0 OR NOT csv MATCHES "33378615.00")
    message(FATAL_ERROR "the pkg-config build of summary failed (${rc}):\n${csv}${errors}")
  endif()
endif()
message(STATUS "examples/c built against ${PREFIX} and printed the summary:\n${output}")
