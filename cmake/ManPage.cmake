# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the manual page of yike-cli from its own help text, so the page never lags behind the
# program. Run in script mode:
#   cmake -DCLI=path/to/yike-cli -DOUT=yike-cli.1 -DVERSION=0.1.0 -DDATE=2026-12-03
#         -P ManPage.cmake
execute_process(COMMAND "${CLI}" help OUTPUT_VARIABLE help RESULT_VARIABLE status
    ENCODING UTF-8)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${CLI} help failed: ${status}")
endif()
# roff: a backslash is written \e; a line may not start with a control character.
string(REPLACE "\\" "\\e" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
file(WRITE "${OUT}" ".\\\" Generated from `yike-cli help` by cmake/ManPage.cmake.
.TH YIKE\\-CLI 1 \"${DATE}\" \"yike ${VERSION}\" \"User Commands\"
.SH NAME
yike\\-cli \\- command-line tools of the Yike living-circle planner
.SH SYNOPSIS
.B yike\\-cli
.I command
[\\fIoptions\\fR]
.br
.B yike\\-cli help
[\\fIcommand\\fR]
.SH DESCRIPTION
.B yike\\-cli
works on Yike project files without a display: it makes the sample district, imports
OpenStreetMap extracts and survey layers, runs the walk analysis, proposes conversions of
idle spaces, evaluates living circles, prints guide maps and exports results.
The commands and their options follow, as
.B yike\\-cli help
lists them;
.B yike\\-cli help
.I command
describes one in full.
.SH COMMANDS
.nf
${help}.fi
.SH EXIT STATUS
0 on success; non-zero with a one-line message on standard error otherwise.
.SH NOTES
Map data from OpenStreetMap is \\(co OpenStreetMap contributors.
.SH SEE ALSO
.BR yike (1)
")
