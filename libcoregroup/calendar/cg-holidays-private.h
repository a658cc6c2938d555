/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The span every calendar covers. */
#define CG_HOLIDAY_FIRST_YEAR CG_DATE_FIRST_YEAR
#define CG_HOLIDAY_LAST_YEAR  CG_DATE_LAST_YEAR

/* What a holiday's name ends with when the day is moved off a weekend
 * ("Boxing Day, substitute day"). */
#define CG_HOLIDAY_SUBSTITUTE ", substitute day"

/* A bank holiday as a Julian day number (g_date_get_julian) and its title. */
typedef struct
{
  guint32  julian;
  char    *name;
} CgHoliday;

GArray  *cg_holidays_new          (void);

/* Appends the holidays of @division in @year as the published rules give
 * them (cg-holiday-rules.c). */
void     cg_holiday_rules_for_year (CgDivision  division,
                                    int         year,
                                    GArray     *holidays);

/* Reads one division of a feed in the GOV.UK bank-holidays shape into
 * @holidays, and the years it covers into @years (a set of GINT_TO_POINTER
 * years). Errors name the field path (cg-holiday-feed.c). */
gboolean cg_holiday_feed_read     (const char  *data,
                                   gssize       length,
                                   CgDivision   division,
                                   GArray      *holidays,
                                   GHashTable  *years,
                                   GError     **error);

/* A holiday's name in the user's language (cg-holiday-rules.c): the
 * titles of the published rules and of the GOV.UK feed are in the
 * catalogue, a moved day's too; any other name (a closure in a feed of
 * one's own) is given as it stands. */
char    *cg_holiday_name_for_people (const char *name);

G_END_DECLS
