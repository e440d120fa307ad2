# Debian package: `cpack -G DEB` in the build folder.
set(CPACK_PACKAGE_NAME "cdmype-desk")
set(CPACK_PACKAGE_VENDOR "CDMYPE Desk")
set(CPACK_PACKAGE_CONTACT "CDMYPE Desk <soporte@cdmype.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Expedientes, asesorías, subsidios e informe mensual para centros CDMYPE")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Run-time libraries of Debian 12 (bookworm).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libwxgtk3.2-1, libsqlite3-0 (>= 3.37), libsqlitecpp0, libhpdf-2.3.0, libsodium23, libxlsxwriter1")
set(CPACK_GENERATOR "DEB")

install(FILES ${PROJECT_SOURCE_DIR}/installer/cdmype-desk.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/installer/sv.cdmype.Desk.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cdmype-desk.svg
        DESTINATION share/icons/hicolor/scalable/apps)
include(CPack)
