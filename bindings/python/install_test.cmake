# SPDX-License-Identifier: Apache-2.0
# ctest python_cmake_install: `cmake --install --component python` into a fresh
# prefix, then import the installed package with no JIXIAO_LIBRARY set: it must load
# the libjixiao.so.0 installed beside it and read the Hongkou document.
# Inputs: BUILD, PREFIX, PACKAGE_DIR (relative to PREFIX), PYTHON, CORPUS.
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX} --component python
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()
foreach(file jixiao/__init__.py jixiao/_ffi.py jixiao/py.typed jixiao/libjixiao.so.0)
  if(NOT EXISTS ${PREFIX}/${PACKAGE_DIR}/${file})
    message(FATAL_ERROR "not installed: ${PREFIX}/${PACKAGE_DIR}/${file}")
  endif()
endforeach()
set(code "import jixiao, os, pathlib, sys\n\
assert 'JIXIAO_LIBRARY' not in os.environ\n\
assert os.path.realpath(jixiao.library_path) == os.path.realpath(sys.argv[1] + '/jixiao/libjixiao.so.0'), jixiao.library_path\n\
with jixiao.parse_document(pathlib.Path(sys.argv[2])) as d:\n\
    print(len(d.declarations), d.funds_total())\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=JIXIAO_LIBRARY PYTHONPATH=${PREFIX}/${PACKAGE_DIR}
    ${PYTHON} -c "${code}" ${PREFIX}/${PACKAGE_DIR} ${CORPUS}
  WORKING_DIRECTORY ${PREFIX}
  RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR NOT output MATCHES "^7 33378615.00")
  message(FATAL_ERROR "the installed package did not work (${result}):\n${output}\n${errors}")
endif()
message(STATUS "installed package read ${output}")
