/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CG_DATE_FIRST_YEAR:
 *
 * The first year a [class@CoreGroup.Calendar] counts working days in, and
 * the first a case document's dates may fall in: 1900.
 */
#define CG_DATE_FIRST_YEAR 1900

/**
 * CG_DATE_LAST_YEAR:
 *
 * The last year a [class@CoreGroup.Calendar] counts working days in, and
 * the last a case document's dates may fall in: 2199.
 */
#define CG_DATE_LAST_YEAR 2199

CG_AVAILABLE_IN_ALL
GDate *cg_date_parse     (const char   *text,
                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char  *cg_date_format    (const GDate  *date) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate *cg_date_new_today (void) G_GNUC_WARN_UNUSED_RESULT;

CG_AVAILABLE_IN_ALL
const char *cg_date_get_month_name   (GDateMonth   month);
CG_AVAILABLE_IN_ALL
const char *cg_date_get_weekday_name (GDateWeekday weekday);

G_END_DECLS
