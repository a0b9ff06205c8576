# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=<lupdate> -DTS_FILE=<committed .ts> -DSOURCES_LIST=<file with one source per line>
#       -DWORK_DIR=<scratch folder> [-DINCLUDE_DIR=<include root>] -P CheckTranslations.cmake
#
# Runs lupdate over the current sources into a scratch copy of TS_FILE and fails when
#   - a message of the copy is untranslated (a new tr() string, or one left unfinished), or
#   - the committed TS_FILE does not hold exactly the source strings found in the sources
#     (strings added in code but missing in the file, or kept in the file but gone from code).
# The committed file is never written; refresh it with the update_translations target.
cmake_minimum_required(VERSION 3.25)

foreach(required LUPDATE TS_FILE SOURCES_LIST WORK_DIR)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "usage: cmake -DLUPDATE=... -DTS_FILE=... -DSOURCES_LIST=... "
            "-DWORK_DIR=... [-DINCLUDE_DIR=...] -P CheckTranslations.cmake")
    endif()
endforeach()
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "translation file ${TS_FILE} does not exist")
endif()

# Reads the messages of a .ts file. Sets <prefix>_keys to "context|comment|source" of every
# live message and <prefix>_unfinished to the keys of those without a finished translation.
# lupdate writes one element per line; a source or translation may span several lines.
function(read_ts_messages file prefix)
    file(READ "${file}" xml)
    # Keep CMake's list syntax out of the text before splitting it into lines. The stand-ins
    # start with "<:", which cannot occur in well-formed XML.
    string(REPLACE ";" "<:sc:>" xml "${xml}")
    string(REPLACE "[" "<:lb:>" xml "${xml}")
    string(REPLACE "]" "<:rb:>" xml "${xml}")
    string(REPLACE "\\" "<:bs:>" xml "${xml}")
    string(REPLACE "\n" ";" lines "${xml}")

    set(keys "")
    set(unfinished "")
    set(context "")
    set(mode "")  # "source" or "translation" while inside a multi-line element
    foreach(line IN LISTS lines)
        if(mode STREQUAL "source")
            if(line MATCHES "^(.*)</source>")
                string(APPEND source "\n${CMAKE_MATCH_1}")
                set(mode "")
            else()
                string(APPEND source "\n${line}")
            endif()
        elseif(mode STREQUAL "translation")
            if(line MATCHES "</translation>")
                set(mode "")
            endif()
        elseif(line MATCHES "<name>(.*)</name>")
            set(context "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<message")
            set(source "")
            set(comment "")
            set(state "finished")
        elseif(line MATCHES "<source>(.*)</source>")
            set(source "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<source>(.*)$")
            set(source "${CMAKE_MATCH_1}")
            set(mode "source")
        elseif(line MATCHES "<comment>(.*)</comment>")
            set(comment "${CMAKE_MATCH_1}")
        elseif(line MATCHES "<translation")
            if(line MATCHES "type=\"(vanished|obsolete)\"")
                set(state "dead")
            elseif(line MATCHES "type=\"unfinished\"")
                set(state "unfinished")
            elseif(line MATCHES "<translation>[ \t]*</translation>" OR line MATCHES "<translation */>")
                set(state "unfinished")
            endif()
            if(NOT line MATCHES "</translation>|/>")
                set(mode "translation")
            endif()
        elseif(line MATCHES "</message>")
            if(NOT state STREQUAL "dead")
                set(key "${context}|${comment}|${source}")
                list(APPEND keys "${key}")
                if(state STREQUAL "unfinished")
                    list(APPEND unfinished "${key}")
                endif()
            endif()
        endif()
    endforeach()
    set(${prefix}_keys "${keys}" PARENT_SCOPE)
    set(${prefix}_unfinished "${unfinished}" PARENT_SCOPE)
endfunction()

function(print_keys heading)
    message("${heading}")
    foreach(key IN LISTS ARGN)
        string(REPLACE "<:sc:>" ";" key "${key}")
        string(REPLACE "<:lb:>" "[" key "${key}")
        string(REPLACE "<:rb:>" "]" key "${key}")
        string(REPLACE "<:bs:>" "\\" key "${key}")
        string(REGEX REPLACE "^([^|]*)\\|([^|]*)\\|" "  [\\1] " key "${key}")
        message("${key}")
    endforeach()
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(ts_name "${TS_FILE}" NAME)
set(updated "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${updated}")

set(include_args "")
if(INCLUDE_DIR)
    set(include_args "-I" "${INCLUDE_DIR}")
endif()
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${include_args}
            "@${SOURCES_LIST}" -ts "${updated}"
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output
    ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
endif()

read_ts_messages("${TS_FILE}" committed)
read_ts_messages("${updated}" current)

set(missing "${current_keys}")
if(committed_keys)
    list(REMOVE_ITEM missing ${committed_keys})
endif()
set(stale "${committed_keys}")
if(current_keys)
    list(REMOVE_ITEM stale ${current_keys})
endif()

list(LENGTH current_keys total)
list(LENGTH current_unfinished unfinished_count)
list(LENGTH missing missing_count)
list(LENGTH stale stale_count)
set(problems 0)
if(unfinished_count GREATER 0)
    print_keys("${unfinished_count} untranslated message(s) in ${ts_name}:" ${current_unfinished})
    math(EXPR problems "${problems} + ${unfinished_count}")
endif()
if(missing_count GREATER 0)
    print_keys("${missing_count} source string(s) in the code but not in ${ts_name}:" ${missing})
    math(EXPR problems "${problems} + ${missing_count}")
endif()
if(stale_count GREATER 0)
    print_keys("${stale_count} string(s) in ${ts_name} no longer in the code:" ${stale})
    math(EXPR problems "${problems} + ${stale_count}")
endif()
if(problems GREATER 0)
    message(FATAL_ERROR "translations out of date: ${unfinished_count} untranslated, "
        "${missing_count} missing, ${stale_count} stale of ${total} messages. Build the target "
        "update_translations, translate the new messages in ${ts_name}, and commit it.")
endif()
message(STATUS "translations: ${total} messages, all translated, ${ts_name} matches the sources")
