# SPDX-License-Identifier: Apache-2.0
# Compares the dynamic symbols a library defines (nm -D --defined-only, names
# only, symbol versions stripped, the version node itself left out) with a
# committed list, one name a line ('#' starts a comment).
# cmake -DNM=nm -DLIBRARY=libjixiao.so -DEXPECTED=capi/abi/symbols.txt -P check_symbols.cmake
execute_process(COMMAND ${NM} -D --defined-only ${LIBRARY}
  OUTPUT_VARIABLE listing RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}: ${errors}")
endif()
string(REPLACE "\n" ";" lines "${listing}")
set(actual "")
foreach(line IN LISTS lines)
  if(line MATCHES "^[0-9a-fA-F]* *([A-Za-z]) ([^ @]+)")
    set(type "${CMAKE_MATCH_1}")
    set(name "${CMAKE_MATCH_2}")
    if(type STREQUAL "A")  # the version node (JIXIAO_0)
      continue()
    endif()
    list(APPEND actual "${name}")
  endif()
endforeach()
list(REMOVE_DUPLICATES actual)
list(SORT actual)

file(STRINGS ${EXPECTED} expected_lines)
set(expected "")
foreach(line IN LISTS expected_lines)
  string(STRIP "${line}" line)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  list(APPEND expected "${line}")
endforeach()
list(SORT expected)

set(missing ${expected})
list(REMOVE_ITEM missing ${actual})
set(extra ${actual})
if(expected)
  list(REMOVE_ITEM extra ${expected})
endif()
list(LENGTH actual n)
if(missing OR extra)
  string(REPLACE ";" "\n  " missing_text "${missing}")
  string(REPLACE ";" "\n  " extra_text "${extra}")
  message(FATAL_ERROR "${LIBRARY} exports ${n} symbols that differ from ${EXPECTED}.\n"
    "Listed but not exported (an ABI break: bump SOVERSION, see docs/c-api.md):\n  ${missing_text}\n"
    "Exported but not listed (add them to the list, or hide them):\n  ${extra_text}")
endif()
message(STATUS "${n} exported symbols, exactly the committed list")
