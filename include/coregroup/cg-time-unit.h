/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgTimeUnit:
 * @CG_TIME_UNIT_WORKING_DAYS: working days of the policy's division (`working-days`)
 * @CG_TIME_UNIT_CALENDAR_DAYS: calendar days (`calendar-days`), as Scotland counts
 * @CG_TIME_UNIT_WEEKS: weeks of seven days, without rolling (`weeks`)
 * @CG_TIME_UNIT_MONTHS: months, clamped to the end of a shorter month (`months`)
 *
 * The unit a timescale is stated in (see the [rule book](rules.html), "Intervals").
 */
typedef enum
{
  CG_TIME_UNIT_WORKING_DAYS,
  CG_TIME_UNIT_CALENDAR_DAYS,
  CG_TIME_UNIT_WEEKS,
  CG_TIME_UNIT_MONTHS,
} CgTimeUnit;

G_END_DECLS
