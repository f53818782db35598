# SPDX-License-Identifier: Apache-2.0
# Runs one libFuzzer program for $ENV{FUZZ_SECONDS} seconds (default 60) over a
# fresh copy of its seed corpus, also reading the regression inputs. Fails when the
# fuzzer finds a crash, a leak, a timeout (10 s per input) or runs out of memory;
# the failing input is left in WORK as crash-*/leak-*/timeout-*/oom-*.
# -D FUZZER=<program> SEEDS=<dir> REGRESSIONS=<dir> WORK=<dir>
set(seconds 60)
if(DEFINED ENV{FUZZ_SECONDS} AND NOT "$ENV{FUZZ_SECONDS}" STREQUAL "")
  set(seconds $ENV{FUZZ_SECONDS})
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
if(EXISTS ${SEEDS})
  file(GLOB seeds ${SEEDS}/*)
  if(seeds)
    file(COPY ${seeds} DESTINATION ${WORK}/corpus)
  endif()
endif()
set(dirs ${WORK}/corpus)
if(EXISTS ${REGRESSIONS})
  list(APPEND dirs ${REGRESSIONS})
endif()
execute_process(
  COMMAND ${FUZZER} -max_total_time=${seconds} -timeout=10 -rss_limit_mb=2560
          -artifact_prefix=${WORK}/ -print_final_stats=1 ${dirs}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a failing input (exit ${rc}); see ${WORK}/")
endif()
