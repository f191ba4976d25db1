# Install rules and a Debian package (cpack -G DEB). Qt, simdjson and QtKeychain come from
# Debian 12, so the package declares them as dependencies instead of bundling them.
include(GNUInstallDirs)

# The libraries are system ones: no RPATH (Debian policy), whatever qt_standard_project_setup sets.
set_property(TARGET eventsmith-cli PROPERTY INSTALL_RPATH "")
if(TARGET eventsmith)
    set_property(TARGET eventsmith PROPERTY INSTALL_RPATH "")
endif()

install(TARGETS eventsmith-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET eventsmith)
    install(TARGETS eventsmith RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(FILES resources/eventsmith.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/icons/eventsmith.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES
        resources/schemas/emails.schema.json
        resources/schemas/calls.schema.json
        resources/schemas/crm.schema.json
        resources/schemas/social.schema.json
        resources/schemas/README.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/eventsmith/schemas)
install(FILES resources/completion/eventsmith-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
    RENAME eventsmith-cli)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME eventsmith)
set(CPACK_PACKAGE_VENDOR "Eventsmith")
set(CPACK_PACKAGE_CONTACT "Eventsmith maintainers <eventsmith@example.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://app.octavehq.com")
# What `dpkg -S` names for the libraries eventsmith-cli links (ldd), plus the SQLite driver
# that QtSql loads at run time.
set(EVENTSMITH_DEB_DEPENDS
    "libc6, libstdc++6, libqt6core6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4)"
    "libqt6sql6-sqlite (>= 6.4), libqt6httpserver6 (>= 6.4), libqt6websockets6 (>= 6.4)"
    "libqt6dbus6 (>= 6.4), libqt6keychain1, libsimdjson14")
if(TARGET eventsmith)
    list(APPEND EVENTSMITH_DEB_DEPENDS
        "libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6charts6 (>= 6.4), libqt6svg6 (>= 6.4)")
endif()
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS ${EVENTSMITH_DEB_DEPENDS})
include(CPack)

# Builds the package into a temporary folder, unpacks it and runs the unpacked CLI.
if(BUILD_TESTING AND TARGET eventsmith-cli)
    add_test(NAME tst_package
        COMMAND sh ${PROJECT_SOURCE_DIR}/cmake/package-test.sh ${PROJECT_BINARY_DIR}
            $<IF:$<TARGET_EXISTS:eventsmith>,gui,cli>)
    set_tests_properties(tst_package PROPERTIES LABELS cli TIMEOUT 300)
endif()
