# Checks that the newest <release> of an AppStream metainfo file is the version being built, so that a version
# bump without release notes fails the test suite (packaging.metainfo_release).
#
#   cmake -DMETAINFO=<file.metainfo.xml> -DVERSION=<x.y.z> -P CheckMetainfoRelease.cmake

foreach(_var IN ITEMS METAINFO VERSION)
    if(NOT DEFINED ${_var} OR "${${_var}}" STREQUAL "")
        message(FATAL_ERROR "CheckMetainfoRelease: pass -D${_var}=...")
    endif()
endforeach()
if(NOT EXISTS "${METAINFO}")
    message(FATAL_ERROR "CheckMetainfoRelease: ${METAINFO} does not exist")
endif()

file(READ "${METAINFO}" _xml)
# AppStream lists releases newest first; take the version attribute of the first <release> element.
string(REGEX MATCH "<release[ \t\r\n][^>]*version=\"([^\"]*)\"" _first_release "${_xml}")
if(NOT _first_release)
    message(FATAL_ERROR "CheckMetainfoRelease: ${METAINFO} has no <release version=\"...\"> entry")
endif()
set(_newest "${CMAKE_MATCH_1}")

if(NOT _newest STREQUAL VERSION)
    message(FATAL_ERROR "CheckMetainfoRelease: the newest release in ${METAINFO} is ${_newest}, "
                        "but the project version is ${VERSION}; add a <release> entry for ${VERSION} at the top")
endif()
message(STATUS "CheckMetainfoRelease: newest release ${_newest} matches the project version")
