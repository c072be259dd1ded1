# cmake -DVERSION=X.Y.Z -DSOURCE_DIR=packaging -P check-release.cmake
# A release is named in three places: project(VERSION), the newest entry of the Debian
# changelog and the newest <release> of the AppStream metadata. Fails unless they agree.
file(STRINGS "${SOURCE_DIR}/changelog" changelog_top LIMIT_COUNT 1)
string(REGEX MATCH "^partnership-explorer \\(([^)]+)\\)" _ "${changelog_top}")
set(changelog_version "${CMAKE_MATCH_1}")
file(READ "${SOURCE_DIR}/io.github.partnership_explorer.partnership_explorer.metainfo.xml.in"
    metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
set(metainfo_version "${CMAKE_MATCH_1}")
if(NOT changelog_version STREQUAL VERSION OR NOT metainfo_version STREQUAL VERSION)
    message(FATAL_ERROR "The project is version ${VERSION}; packaging/changelog's newest entry "
        "is ${changelog_version} and the AppStream metadata's newest release is "
        "${metainfo_version}: add the release to both.")
endif()
message(STATUS "Version ${VERSION} in the changelog and the AppStream metadata")
