# SPDX-License-Identifier: Apache-2.0
# Regenerates the ABI description of the built library exactly as the committed
# baseline was made, then compares the two XML files with abidiff; any change but
# added functions fails (docs/c-api.md says how to update the baseline).
# Comparing XML with XML matters: an XML made with --no-show-locs compared against a
# .so read with --headers-dir silently misses a changed public struct.
execute_process(COMMAND ${ABIDW} --headers-dir ${HEADERS} --drop-private-types --no-show-locs --exported-interfaces-only
                        --out-file ${OUTPUT} ${LIBRARY}
  RESULT_VARIABLE rc ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "abidw failed (${rc}): ${errors}")
endif()
execute_process(COMMAND ${ABIDIFF} --no-added-syms ${BASELINE} ${OUTPUT}
  RESULT_VARIABLE rc OUTPUT_VARIABLE report ERROR_VARIABLE errors)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "abidiff reports an ABI change (status ${rc}) of ${LIBRARY} against ${BASELINE}:\n"
    "${report}${errors}\nIf the change is intended, see docs/c-api.md (SOVERSION, updating the baseline).")
endif()
message(STATUS "ABI unchanged against ${BASELINE}")
