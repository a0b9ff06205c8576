// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "core/proposals/proposal.h"

/// A proposal written out for other tools: JSON for programs, CSV for spreadsheets.
namespace yike::proposals {

/// A stable code for why a space hosts nothing ("too_small", "siting", ...), for files.
const char* reasonCode(UnusableSpace::Reason reason);

/**
 * The proposal as JSON: the weights, walk profiles and limits it was made with; per conversion
 * the idle space id, the category code, the area used, the cost and the newly covered
 * residents per cohort; per category the residents within target per cohort before and after;
 * the solvers' objectives (and the exact solver's bound and gap when it ran); the spaces that
 * host nothing with their reasons.
 */
std::string proposalJson(const Instance& instance, const Proposal& proposal);

/// The ranked conversions as CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, a
/// header of column codes, Chinese category names beside the codes.
std::string proposalCsv(const Instance& instance, const Proposal& proposal);

}  // namespace yike::proposals
