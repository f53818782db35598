# SPDX-License-Identifier: Apache-2.0
# The Debian libraries the workbook and HTML front ends read with (libzip, expat,
# FreeXL: module sheets; gumbo: module html), found with pkg-config. Linked by
# plain name, so the exported static modules ask a consumer for -lzip etc. and
# nothing more (the headers are in the system include path on Debian).
find_package(PkgConfig REQUIRED)
pkg_check_modules(JIXIAO_LIBZIP REQUIRED libzip)
pkg_check_modules(JIXIAO_EXPAT REQUIRED expat)
pkg_check_modules(JIXIAO_FREEXL REQUIRED freexl)
pkg_check_modules(JIXIAO_GUMBO REQUIRED gumbo)
if(TARGET jixiao_sheets)
  target_include_directories(jixiao_sheets SYSTEM PRIVATE ${JIXIAO_LIBZIP_INCLUDE_DIRS} ${JIXIAO_EXPAT_INCLUDE_DIRS}
                                                          ${JIXIAO_FREEXL_INCLUDE_DIRS})
  target_link_libraries(jixiao_sheets PRIVATE ${JIXIAO_LIBZIP_LIBRARIES} ${JIXIAO_EXPAT_LIBRARIES}
                                              ${JIXIAO_FREEXL_LIBRARIES})

endif()
if(TARGET jixiao_html)
  target_include_directories(jixiao_html SYSTEM PRIVATE ${JIXIAO_GUMBO_INCLUDE_DIRS})
  target_link_libraries(jixiao_html PRIVATE ${JIXIAO_GUMBO_LIBRARIES})
endif()
# The fill-in 自评表 as xlsx (module table) through Debian's libxlsxwriter; optional:
# without it the xlsx template is not built (CSV still is) and the CLI says so.
pkg_check_modules(JIXIAO_XLSXWRITER QUIET xlsxwriter)
if(TARGET jixiao_table AND JIXIAO_XLSXWRITER_FOUND)
  target_include_directories(jixiao_table SYSTEM PRIVATE ${JIXIAO_XLSXWRITER_INCLUDE_DIRS})
  target_link_libraries(jixiao_table PRIVATE ${JIXIAO_XLSXWRITER_LIBRARIES})
  target_compile_definitions(jixiao_table PRIVATE JIXIAO_HAVE_XLSXWRITER)
elseif(TARGET jixiao_table)
  message(STATUS "libxlsxwriter not found: no xlsx 自评表 template (apt-get install libxlsxwriter-dev)")
endif()
