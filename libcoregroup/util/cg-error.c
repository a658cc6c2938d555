/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

/**
 * cg_format_error_quark:
 *
 * The error domain of case document reading, %CG_FORMAT_ERROR.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (cg-format-error-quark, cg_format_error)

/**
 * cg_plan_error_quark:
 *
 * The error domain of refused plan changes, %CG_PLAN_ERROR.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (cg-plan-error-quark, cg_plan_error)

/**
 * cg_case_error_quark:
 *
 * The error domain of inconsistent case records, %CG_CASE_ERROR.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (cg-case-error-quark, cg_case_error)
