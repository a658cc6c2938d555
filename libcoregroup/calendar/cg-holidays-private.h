/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The span every calendar covers. */
#define CG_HOLIDAY_FIRST_YEAR CG_DATE_FIRST_YEAR
#define CG_HOLIDAY_LAST_YEAR  CG_DATE_LAST_YEAR
#define CG_HOLIDAY_N_YEARS    (CG_HOLIDAY_LAST_YEAR - CG_HOLIDAY_FIRST_YEAR + 1)

/* The Julian day number (g_date_get_julian) of a valid date, in plain
 * arithmetic: day 1 is 1 January of year 1, proleptic Gregorian. A
 * macro, so that the calendar's span is a constant. */
#define CG_HOLIDAY_DAYS_BEFORE_YEAR(year) \
  (365u * ((year) - 1u) + ((year) - 1u) / 4u - ((year) - 1u) / 100u + ((year) - 1u) / 400u)

/* What a holiday's name ends with when the day is moved off a weekend
 * ("Boxing Day, substitute day"). */
#define CG_HOLIDAY_SUBSTITUTE ", substitute day"

/* A bank holiday as a Julian day number (g_date_get_julian) and its title,
 * which whoever made the holiday keeps alive: the rules' names are static. */
typedef struct
{
  guint32     julian;
  const char *name;
} CgHoliday;

/* The most holidays the rules give a division in one year. */
#define CG_HOLIDAY_RULES_MAX 16

guint32  cg_holiday_julian        (int year,
                                   int month,
                                   int day);

/* Fills @holidays with the holidays of @division in @year as the published
 * rules give them (cg-holiday-rules.c) and returns how many. The names
 * are static strings. Nothing is allocated, as a calendar asks for every
 * year of its span when it is made. */
guint    cg_holiday_rules_for_year (CgDivision  division,
                                    int         year,
                                    CgHoliday   holidays[CG_HOLIDAY_RULES_MAX]);

/* Reads one division of a feed in the GOV.UK bank-holidays shape, appending
 * its holidays to @holidays (CgHoliday, in the feed's order) with their
 * names in @names, and setting years[Y - CG_HOLIDAY_FIRST_YEAR] for each
 * year Y it covers. Errors name the field path (cg-holiday-feed.c). */
gboolean cg_holiday_feed_read     (const char    *data,
                                   gssize         length,
                                   CgDivision     division,
                                   GArray        *holidays,
                                   GStringChunk  *names,
                                   guint8         years[CG_HOLIDAY_N_YEARS],
                                   GError       **error);

/* One division of the feed bundled with the library, as
 * cg_holiday_feed_read would read it, made when the library is built
 * (build-aux/bundle-holidays.py writes cg-holidays-bundled.c from
 * data/uk-bank-holidays.json): the holidays sorted by day, one a day, and
 * the years the feed covers, in order. */
typedef struct
{
  const CgHoliday *holidays;
  guint            n_holidays;
  const guint16   *years;
  guint            n_years;
} CgHolidayFeed;

extern const CgHolidayFeed cg_holidays_bundled[CG_DIVISION_NORTHERN_IRELAND + 1];

/* A holiday's name in the user's language (cg-holiday-rules.c): the
 * titles of the published rules and of the GOV.UK feed are in the
 * catalogue, a moved day's too; any other name (a closure in a feed of
 * one's own) is given as it stands. */
char    *cg_holiday_name_for_people (const char *name);

G_END_DECLS
