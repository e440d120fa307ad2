# The tests' PostgreSQL server as a ctest fixture, and the second (pg.) registration of a
# GoogleTest executable against it. Included by tests/CMakeLists.txt; see README.md here.

set(CDMYPE_TEST_PGHOST "" CACHE STRING
    "PostgreSQL server for the tests (socket folder or host name); empty: ctest starts a throwaway one")
set(CDMYPE_TEST_PGUSER "cdmype" CACHE STRING "PostgreSQL user the tests connect as")

if(CDMYPE_TEST_PGHOST)
  set(cdmype_test_pghost "${CDMYPE_TEST_PGHOST}")
else()
  # One server folder per build tree, short enough for a Unix socket path (107 bytes), so two
  # build trees (build, build-asan) testing at once never share or stop each other's server.
  string(MD5 build_hash "${PROJECT_BINARY_DIR}")
  string(SUBSTRING "${build_hash}" 0 8 build_hash)
  set(cdmype_test_pghost "/tmp/cdmype-pg-${build_hash}")
  set(test_server ${CMAKE_CURRENT_LIST_DIR}/test_server.sh)
  add_test(NAME postgresql_server_start COMMAND bash ${test_server} start ${cdmype_test_pghost})
  add_test(NAME postgresql_server_stop COMMAND bash ${test_server} stop ${cdmype_test_pghost})
  # Setup fails -> every test that requires the fixture is reported "not run", and ctest fails.
  set_tests_properties(postgresql_server_start PROPERTIES
                       FIXTURES_SETUP postgresql LABELS postgresql TIMEOUT 120)
  set_tests_properties(postgresql_server_stop PROPERTIES
                       FIXTURES_CLEANUP postgresql LABELS postgresql TIMEOUT 60)
endif()

# What a PostgreSQL test sees (support/test_postgresql.hpp reads it).
set(CDMYPE_TEST_PG_ENVIRONMENT
    CDMYPE_TEST_ENGINE=postgresql CDMYPE_TEST_PGHOST=${cdmype_test_pghost}
    PGUSER=${CDMYPE_TEST_PGUSER})

# Registers the GoogleTests of `exe` a second time as pg.<Suite>.<test>, against the fixture's
# server, labelled `label` and postgresql. CMake 3.25's gtest_discover_tests keeps one
# "<exe>[N]_tests.cmake" per call (a per-target counter), so calling it twice on a target
# adds both sets. But it forwards PROPERTIES through a -D command-line value and re-splits it
# on ';', so a property with a list value (two labels, three variables in ENVIRONMENT) comes
# out as separate words: only one-value properties go through PROPERTIES here, and a
# script that ctest reads after the discovered tests sets the list-valued ones on every test
# of the pg. list. (A test whose name has '[' or ']' is left out of that list by
# GoogleTestAddTests; it would then lack CDMYPE_TEST_PGHOST and fail, never run on SQLite.)
function(cdmype_discover_postgresql_tests exe label)
  set(list_var ${exe}_pg_TESTS)
  gtest_discover_tests(${exe} TEST_PREFIX pg. TEST_LIST ${list_var} DISCOVERY_TIMEOUT 60
                       PROPERTIES FIXTURES_REQUIRED postgresql LABELS postgresql
                                  ENVIRONMENT CDMYPE_TEST_ENGINE=postgresql)
  set(labels ${label} postgresql)
  list(REMOVE_DUPLICATES labels)
  # ctest appends to a list property set twice, so the engine (already set) is not repeated.
  set(environment ${CDMYPE_TEST_PG_ENVIRONMENT})
  list(REMOVE_ITEM environment CDMYPE_TEST_ENGINE=postgresql)
  set(properties_file ${CMAKE_CURRENT_BINARY_DIR}/${exe}_pg_properties.cmake)
  file(WRITE ${properties_file}
       "# Written by tests/postgresql/postgresql_tests.cmake: list-valued properties of ${exe}'s pg. tests.\n"
       "if(NOT \"\${${list_var}}\" STREQUAL \"\")\n"
       "  set_tests_properties(\${${list_var}} PROPERTIES\n"
       "    LABELS \"${labels}\"\n"
       "    ENVIRONMENT \"${environment}\")\n"
       "endif()\n")
  # After gtest_discover_tests' own include file, which defines the list.
  set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${properties_file})
endfunction()
