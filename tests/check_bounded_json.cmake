# Fails when core/ or ui/ parses JSON text without the size and nesting checks: every JSON text
# from outside goes through parseJsonBounded/parseJsonOrEmpty (Qt's parser) or parseDocument
# (nlohmann's), which refuse deep nesting before any recursion. Only those two readers may call
# the parsers themselves.
# Run as: cmake -DSOURCE_DIR=<repository> -P check_bounded_json.cmake
cmake_policy(SET CMP0057 NEW)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h")
set(allowed "${SOURCE_DIR}/core/common/InputLimits.cpp" "${SOURCE_DIR}/core/model/JsonReader.cpp")
set(pattern "(QJsonDocument::fromJson|QCborValue::fromCbor|Json::parse|json::parse)[ \t]*\\(")
set(offenders "")
foreach(file IN LISTS sources)
    if(file IN_LIST allowed)
        continue()
    endif()
    file(STRINGS "${file}" lines)
    set(n 0)
    foreach(line IN LISTS lines)
        math(EXPR n "${n} + 1")
        if(line MATCHES "${pattern}")
            string(APPEND offenders "\n  ${file}:${n}: ${line}")
        endif()
    endforeach()
endforeach()
if(offenders)
    message(FATAL_ERROR "JSON must be parsed through parseJsonBounded, parseJsonOrEmpty or parseDocument "
                        "(core/common/InputLimits.h, core/model/JsonReader.h), but:${offenders}")
endif()
list(LENGTH sources count)
message(STATUS "checked ${count} files: every JSON parse is bounded")
