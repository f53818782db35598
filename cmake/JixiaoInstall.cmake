# SPDX-License-Identifier: Apache-2.0
# Install rules, the CMake package (build tree and install tree) and pkg-config.
include(CMakePackageConfigHelpers)

set(JIXIAO_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/jixiao)
# Two export sets: the C ABI alone (jixiao::capi, no dependencies a C consumer
# must find), and the C++ core (jixiao::jixiao, which needs Boost and fmt headers).
install(TARGETS jixiao ${JIXIAO_COMPONENT_TARGETS} EXPORT jixiaoTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/jixiao DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT jixiaoTargets NAMESPACE jixiao:: DESTINATION ${JIXIAO_CMAKE_DIR})
export(EXPORT jixiaoTargets NAMESPACE jixiao:: FILE ${PROJECT_BINARY_DIR}/jixiaoTargets.cmake)
if(TARGET jixiao_capi)
  install(TARGETS jixiao_capi EXPORT jixiaoCapiTargets
    LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
  install(EXPORT jixiaoCapiTargets NAMESPACE jixiao:: DESTINATION ${JIXIAO_CMAKE_DIR})
  export(EXPORT jixiaoCapiTargets NAMESPACE jixiao:: FILE ${PROJECT_BINARY_DIR}/jixiaoCapiTargets.cmake)
endif()

configure_package_config_file(cmake/jixiaoConfig.cmake.in
  ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake
  INSTALL_DESTINATION ${JIXIAO_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/jixiaoConfig.cmake ${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake
  DESTINATION ${JIXIAO_CMAKE_DIR})

# pkg-config for the C ABI (libjixiao.so, jixiao.h): the prefix relative to the
# .pc file (${pcfiledir}), so the installed tree can be moved or installed anywhere.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}" OR IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(JIXIAO_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _pc_to_prefix /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
  string(REGEX REPLACE "/$" "" _pc_to_prefix "${_pc_to_prefix}")
  set(JIXIAO_PC_PREFIX "\${pcfiledir}/${_pc_to_prefix}")
endif()
configure_file(cmake/jixiao.pc.in ${PROJECT_BINARY_DIR}/jixiao.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/jixiao.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
