# Message catalogs of the desktop program (included from app/CMakeLists.txt
# when the GUI is built). Each resources/i18n/<lang>.po becomes
# <build>/app/locale/<lang>/LC_MESSAGES/cdmype.mo — next to the cdmype
# executable, where ui/i18n.cpp looks in a build tree — and is installed to
# share/locale/<lang>/LC_MESSAGES/. Spanish is the source language: no es.po.
find_program(MSGFMT_EXECUTABLE msgfmt)
if(NOT MSGFMT_EXECUTABLE)
  message(FATAL_ERROR "msgfmt not found: install gettext (installer/install-deps.sh)")
endif()

file(GLOB cdmype_po_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.po)
set(cdmype_mo_files)
foreach(po IN LISTS cdmype_po_files)
  get_filename_component(lang ${po} NAME_WE)
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/locale/${lang}/LC_MESSAGES)
  add_custom_command(
    OUTPUT ${dir}/cdmype.mo
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    # --check: a translation that drops or changes a %s fails the build.
    COMMAND ${MSGFMT_EXECUTABLE} --check --output-file=${dir}/cdmype.mo ${po}
    DEPENDS ${po}
    COMMENT "Compilando la traducción ${lang}")
  list(APPEND cdmype_mo_files ${dir}/cdmype.mo)
  install(FILES ${dir}/cdmype.mo DESTINATION share/locale/${lang}/LC_MESSAGES)
endforeach()
add_custom_target(cdmype_translations ALL DEPENDS ${cdmype_mo_files})
# The check that every string is translated is in tests/CMakeLists.txt
# (translations_complete).
