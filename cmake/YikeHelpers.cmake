# SPDX-License-Identifier: GPL-3.0-or-later
# Common build settings and the two helpers every CMakeLists.txt below uses.

# Compiler settings shared by every target, linked PRIVATE.
add_library(yike_options INTERFACE)
add_library(yike::options ALIAS yike_options)
target_compile_features(yike_options INTERFACE cxx_std_20)
if(MSVC)
    # Sources are UTF-8 (Chinese text in literals); a standard-conforming front end.
    target_compile_options(yike_options INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
else()
    target_compile_options(yike_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
        -Woverloaded-virtual -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
endif()
target_compile_definitions(yike_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_NO_KEYWORDS)
if(YIKE_WERROR)
    target_compile_options(yike_options INTERFACE $<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>)
endif()
if(YIKE_SANITIZE)
    target_compile_options(yike_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(yike_options INTERFACE -fsanitize=address,undefined)
endif()
if(YIKE_FUZZ)
    # Coverage feedback for libFuzzer in every library the fuzz targets link.
    target_compile_options(yike_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# The version header: #include "yike_version.h" gives yike::kVersion.
configure_file("${CMAKE_CURRENT_LIST_DIR}/version.h.in" "${PROJECT_BINARY_DIR}/generated/yike_version.h" @ONLY)
add_library(yike_version INTERFACE)
add_library(yike::version ALIAS yike_version)
target_include_directories(yike_version INTERFACE "${PROJECT_BINARY_DIR}/generated")

# yike_embed_file(<out_var> INPUT <file> SYMBOL <name> NAMESPACE <ns>)
# Generates a source defining `extern const std::string_view <ns>::<name>` with the bytes of
# INPUT, regenerated when INPUT changes; the source's path is returned in <out_var>.
function(yike_embed_file out_var)
    cmake_parse_arguments(ARG "" "INPUT;SYMBOL;NAMESPACE" "" ${ARGN})
    set(output "${CMAKE_CURRENT_BINARY_DIR}/${ARG_SYMBOL}.cpp")
    add_custom_command(OUTPUT "${output}"
        COMMAND "${CMAKE_COMMAND}" -DINPUT=${ARG_INPUT} -DOUTPUT=${output}
                -DSYMBOL=${ARG_SYMBOL} -DNAMESPACE=${ARG_NAMESPACE}
                -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
        DEPENDS "${ARG_INPUT}" "${PROJECT_SOURCE_DIR}/cmake/EmbedFile.cmake"
        COMMENT "Embedding ${ARG_INPUT}")
    set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

# yike_embed_chinese_catalogue(<target>)
# Embeds the workstation's Chinese catalogue in <target> as the application has it
# (:/i18n/yike_zh_CN.qm), for programs and tests that draw pages or switch languages.
function(yike_embed_chinese_catalogue target)
    qt_add_lrelease(${target}
        TS_FILES "${PROJECT_SOURCE_DIR}/translations/yike_zh_CN.ts"
        QM_FILES_OUTPUT_VARIABLE qm_files
        NO_GLOBAL_TARGET)
    qt_add_resources(${target} "${target}_translations"
        PREFIX /i18n
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${qm_files})
endfunction()

# yike_add_module(<layer> <name> SOURCES ... [DEPENDS ...] [QT])
# Creates the static library yike_<layer>_<name> with the alias yike::<layer>::<name>.
# Includes are rooted at the repository top ("core/geo/lon_lat.h"). UI modules record their
# sources in the global property YIKE_TRANSLATABLE_SOURCES for lupdate.
function(yike_add_module layer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
    set(target yike_${layer}_${name})
    add_library(${target} STATIC ${ARG_SOURCES})
    add_library(yike::${layer}::${name} ALIAS ${target})
    target_include_directories(${target} PUBLIC "${PROJECT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} PRIVATE yike::options ${ARG_PRIVATE_DEPENDS})
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    if(NOT layer STREQUAL "ui")
        # core is Qt-free: no moc/uic/rcc passes over it
        set_target_properties(${target} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    endif()
    if(layer STREQUAL "ui")
        list(TRANSFORM ARG_SOURCES PREPEND "${CMAKE_CURRENT_SOURCE_DIR}/" OUTPUT_VARIABLE abs)
        set_property(GLOBAL APPEND PROPERTY YIKE_TRANSLATABLE_SOURCES ${abs})
    endif()
endfunction()

# yike_add_test(<name> SOURCES ... [DEPENDS ...] [GUI] [LABELS ...])
# One GoogleTest executable per module; every case is listed in CTest through
# gtest_discover_tests. GUI tests link the Qt test main and run on the offscreen platform.
function(yike_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;DEPENDS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    if(NOT ARG_GUI)
        set_target_properties(${name} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    endif()
    target_link_libraries(${name} PRIVATE ${ARG_DEPENDS} yike::options GTest::gtest GTest::gmock)
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}")
    target_compile_definitions(${name} PRIVATE
        YIKE_SHARED_DIR="${YIKE_SHARED_DIR}"
        YIKE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        YIKE_BINARY_DIR="${PROJECT_BINARY_DIR}")
    set(env "")
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE yike_test_gui_main)
        set(env "QT_QPA_PLATFORM=offscreen")
    else()
        target_link_libraries(${name} PRIVATE GTest::gtest_main)
    endif()
    gtest_discover_tests(${name}
        DISCOVERY_MODE PRE_TEST
        DISCOVERY_TIMEOUT 60
        TEST_LIST ${name}_TESTS)
    # gtest_discover_tests (CMake 3.25) keeps only the first item of a list-valued property,
    # so labels and environment are set by a script CTest reads after the discovery script.
    list(JOIN ARG_LABELS ";" labels)
    set(script "${CMAKE_CURRENT_BINARY_DIR}/${name}_properties.cmake")
    set(content "if(${name}_TESTS)\n  set_tests_properties(\${${name}_TESTS} PROPERTIES LABELS \"${labels}\")\n")
    if(env)
        string(APPEND content "  set_tests_properties(\${${name}_TESTS} PROPERTIES ENVIRONMENT \"${env}\")\n")
    endif()
    string(APPEND content "endif()\n")
    file(GENERATE OUTPUT "${script}" CONTENT "${content}")
    set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES "${script}")
endfunction()
