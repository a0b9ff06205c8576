# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DROOT=<source tree> [-DWIDGETS_INCLUDE_DIR=<Qt's QtWidgets headers>] -P CheckLayering.cmake
# Fails when a source file includes across the layers upward:
#   core/  uses no Qt and includes nothing from ui/ or app/;
#   core headers include no GDAL header (GDAL is a private dependency of core/population);
#   ui/    includes nothing from app/;
#   core modules include only the modules listed for them below (their dependencies);
#   the Gui-only ui modules listed below never reach Qt Widgets: they include no Qt Widgets
#   header (any header found in WIDGETS_INCLUDE_DIR, or written <QtWidgets/...>), include only
#   the ui modules listed for them, and their CMakeLists.txt links neither Qt6::Widgets nor
#   another ui module (which might link it).
# Every violation is printed as file: message.
cmake_minimum_required(VERSION 3.25)
if(NOT ROOT)
    message(FATAL_ERROR "usage: cmake -DROOT=<dir> [-DWIDGETS_INCLUDE_DIR=<dir>] "
        "-P CheckLayering.cmake")
endif()

# Allowed project includes per core module (besides the module itself).
set(allowed_platform "")
set(allowed_geo "")
set(allowed_catalog "")
set(allowed_project "platform;geo;catalog")
set(allowed_sample "platform;geo;catalog;project")
set(allowed_osm "platform;geo;catalog;project")
set(allowed_network "platform;geo;catalog;project")
set(allowed_access "platform;geo;catalog;project;network")
set(allowed_exchange "platform;geo;catalog;project")
set(allowed_population "platform;geo;catalog;project")
set(allowed_proposals "platform;geo;catalog;project;network;access")
set(allowed_guidemap "platform;geo;catalog;project;network;access")
set(allowed_evaluation "platform;geo;catalog;project;network;access")
set(allowed_cli "platform;geo;catalog;project;sample;osm;network;access;exchange;population;proposals")

# UI modules that link Qt Gui (and Network) but never Qt Widgets, so a printed page, a
# command-line renderer or a test can use them without an application window; with the ui
# modules each may use (besides itself), which must be Gui-only too.
set(gui_only_render "")
set(gui_only_report "render")
set(gui_only_tiles "render")
set(gui_only_print "render")
set(gui_only_document "")
set(gui_only_commands "document")

get_filename_component(ROOT "${ROOT}" ABSOLUTE)
set(violations 0)
file(GLOB_RECURSE sources RELATIVE "${ROOT}"
    "${ROOT}/core/*.h" "${ROOT}/core/*.cpp" "${ROOT}/ui/*.h" "${ROOT}/ui/*.cpp")
foreach(rel IN LISTS sources)
    file(STRINGS "${ROOT}/${rel}" lines REGEX "^[ \t]*#[ \t]*include")
    string(REGEX MATCH "^([a-z]+)/([a-z_]+)/" _ "${rel}")
    set(layer "${CMAKE_MATCH_1}")
    set(module "${CMAKE_MATCH_2}")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "[<\"]([^>\"]+)[>\"]" _ "${line}")
        set(inc "${CMAKE_MATCH_1}")
        set(problem "")
        if(layer STREQUAL "core")
            if(inc MATCHES "^Q[A-Za-z]+" OR inc MATCHES "^Qt")
                set(problem "core must not use Qt (${inc})")
            elseif(rel MATCHES "\\.h$" AND inc MATCHES "^(gdal|ogr|cpl_)[a-z_]*\\.h$")
                set(problem "core headers must not include GDAL (${inc})")
            elseif(inc MATCHES "^(ui|app)/")
                set(problem "core must not include ${inc}")
            elseif(inc MATCHES "^core/([a-z_]+)/")
                set(target_module "${CMAKE_MATCH_1}")
                if(NOT target_module STREQUAL module)
                    if(NOT DEFINED allowed_${module})
                        set(problem "core module '${module}' is not listed in CheckLayering.cmake")
                    elseif(NOT target_module IN_LIST allowed_${module})
                        set(problem "core/${module} must not depend on core/${target_module}")
                    endif()
                endif()
            endif()
        elseif(layer STREQUAL "ui")
            if(inc MATCHES "^app/")
                set(problem "ui must not include ${inc}")
            elseif(DEFINED gui_only_${module})
                if(inc MATCHES "^ui/([a-z_]+)/")
                    set(target_module "${CMAKE_MATCH_1}")
                    if(NOT target_module STREQUAL module
                       AND NOT target_module IN_LIST gui_only_${module})
                        set(problem "ui/${module} is Gui-only and must not use ui/${target_module}")
                    endif()
                elseif(inc MATCHES "^QtWidgets/"
                       OR (WIDGETS_INCLUDE_DIR AND inc MATCHES "^Q[A-Za-z]+$"
                           AND EXISTS "${WIDGETS_INCLUDE_DIR}/${inc}"))
                    set(problem "ui/${module} is Gui-only and must not include <${inc}> (Qt Widgets)")
                endif()
            endif()
        endif()
        if(problem)
            message("${rel}: ${problem}")
            math(EXPR violations "${violations} + 1")
        endif()
    endforeach()
endforeach()

# What the Gui-only modules link: their yike_add_module call, comments left out.
file(GLOB module_lists RELATIVE "${ROOT}" "${ROOT}/ui/*/CMakeLists.txt")
foreach(rel IN LISTS module_lists)
    string(REGEX MATCH "^ui/([a-z_]+)/" _ "${rel}")
    set(module "${CMAKE_MATCH_1}")
    if(NOT DEFINED gui_only_${module})
        continue()
    endif()
    file(STRINGS "${ROOT}/${rel}" lines)
    set(text "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "#.*$" "" line "${line}")
        string(APPEND text " ${line}")
    endforeach()
    set(problems "")
    if(text MATCHES "Qt6::Widgets")
        list(APPEND problems "ui/${module} is Gui-only and must not link Qt6::Widgets")
    endif()
    string(REGEX MATCHALL "yike::ui::[a-z_]+" linked "${text}")
    foreach(target IN LISTS linked)
        string(REPLACE "yike::ui::" "" target_module "${target}")
        if(NOT target_module IN_LIST gui_only_${module})
            list(APPEND problems "ui/${module} is Gui-only and must not link ${target}")
        endif()
    endforeach()
    foreach(problem IN LISTS problems)
        message("${rel}: ${problem}")
        math(EXPR violations "${violations} + 1")
    endforeach()
endforeach()

list(LENGTH sources checked)
if(violations GREATER 0)
    message(FATAL_ERROR "${violations} layering violation(s) in ${checked} files")
endif()
message(STATUS "layering: ${checked} files checked, no violation")
