# Debian package: `cpack -G DEB` in the build folder.
set(CPACK_PACKAGE_NAME "cdmype-desk")
set(CPACK_PACKAGE_VENDOR "CDMYPE Desk")
set(CPACK_PACKAGE_CONTACT "CDMYPE Desk <soporte@cdmype.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Expedientes, asesorías, subsidios e informe mensual para centros CDMYPE")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Run-time libraries computed by dpkg-shlibdeps from the installed binaries,
# so Depends names exactly the Debian 12 packages they link (a hand-written
# list had named libxlsxwriter1, which bookworm does not have).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_GENERATOR "DEB")

install(FILES ${PROJECT_SOURCE_DIR}/installer/cdmype-desk.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/installer/sv.cdmype.Desk.metainfo.xml DESTINATION share/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cdmype-desk.svg
        DESTINATION share/icons/hicolor/scalable/apps)
# Raster sizes for menus and docks that do not draw SVG: cdmype-desk-<N>.png
# becomes hicolor/<N>x<N>/apps/cdmype-desk.png (the name the .desktop entry uses).
foreach(size IN ITEMS 16 32 48 64 128 256)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cdmype-desk-${size}.png
          DESTINATION share/icons/hicolor/${size}x${size}/apps RENAME cdmype-desk.png)
endforeach()
include(CPack)
