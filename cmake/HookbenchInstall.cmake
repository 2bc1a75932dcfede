# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts under the prefix, and the Debian package CPack makes of it
# (`cmake --build build --target package`). The programs find their data relative to their
# own folder (core/common/installeddata.h): <prefix>/share/hookbench/{python,goplugin,samples}.
# Debian names the documentation folder after the package.
set(CMAKE_INSTALL_DOCDIR share/doc/hookbench)
include(GNUInstallDirs)

install(TARGETS hookbench-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Started by the programs, not by users: <prefix>/libexec/hookbench, where
# PythonPluginHostClient::binary looks for it.
install(TARGETS hookbench-python-host RUNTIME DESTINATION libexec/hookbench)
# The Python runtime: Tyk's dispatcher, the tyk package and the generated *_pb2 modules.
install(DIRECTORY ${HB_PYTHON_DIR}/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hookbench/python
    PATTERN "__pycache__" EXCLUDE)
# The Go plugin host and Hookbench's Tyk packages, built on the user's machine by its Go.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/goplugin/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hookbench/goplugin)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/samples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hookbench/samples)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
    ${PROJECT_SOURCE_DIR}/CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

if(HOOKBENCH_BUILD_GUI)
    install(TARGETS hookbench RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/hookbench.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/io.github.hookbench.Hookbench.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/hookbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The fixed sizes icon themes want, painted at build time (packaging/hookbenchicon.cpp).
    set(HB_ICON_SIZES 16 24 32 48 64 128 256)
    add_executable(hookbench-icon ${PROJECT_SOURCE_DIR}/packaging/hookbenchicon.cpp)
    target_link_libraries(hookbench-icon PRIVATE hb_flags Qt6::Gui)
    set(HB_ICON_DIR ${PROJECT_BINARY_DIR}/icons)
    set(HB_ICON_PNGS)
    foreach(size ${HB_ICON_SIZES})
        list(APPEND HB_ICON_PNGS ${HB_ICON_DIR}/hookbench-${size}.png)
    endforeach()
    add_custom_command(OUTPUT ${HB_ICON_PNGS}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${HB_ICON_DIR}
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            $<TARGET_FILE:hookbench-icon> ${HB_ICON_DIR} ${HB_ICON_SIZES}
        DEPENDS hookbench-icon)
    add_custom_target(hookbench-icons ALL DEPENDS ${HB_ICON_PNGS})
    foreach(size ${HB_ICON_SIZES})
        install(FILES ${HB_ICON_DIR}/hookbench-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME hookbench.png)
    endforeach()
endif()

# The Debian package: its dependencies are the Debian packages of the shared libraries the
# programs link (dpkg-shlibdeps), plus what they load at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hookbench)
set(CPACK_PACKAGE_VENDOR "Hookbench")
set(CPACK_PACKAGE_CONTACT "Hookbench developers <hookbench@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench for Tyk API Gateway plugins")
set(CPACK_PACKAGE_DESCRIPTION
    "Runs Tyk's middleware chain for custom plugins (Python, Lua, JavaScript, gRPC, Go) in process, with an editor, a request composer, a hook timeline and a step debugger, and hookbench-cli for the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Imported by the Python runtime, not linked.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "python3-protobuf")
# Go plugins build on the user's machine with Debian's Go; Redis for the Redis store.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "golang-go, golang-github-sirupsen-logrus-dev")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "redis-server, python3-grpcio, delve")
include(CPack)
