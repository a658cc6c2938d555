/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <coregroup/coregroup.h>

#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"

/* Parses exactly YYYY-MM-DD. g_date_set_parse() is locale-dependent and
 * accepts far more than the format allows, so it is not used. */
static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (guint) (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

/**
 * cg_date_parse:
 * @text: a date written as `YYYY-MM-DD`
 * @error: return location for a #GError
 *
 * Parses an ISO 8601 calendar date, the only date form the case format uses.
 * Anything else (a time, a week date, `2026-2-3`, 30 February) fails with
 * %CG_FORMAT_ERROR_INVALID_DATE. Parsing does not depend on the locale.
 *
 * Returns: (transfer full): a new valid date, or %NULL with @error set
 */
GDate *
cg_date_parse (const char  *text,
               GError     **error)
{
  guint year, month, day;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_INVALID_DATE,
                   _("not a date of the form YYYY-MM-DD"));
      return NULL;
    }

  if (year == 0 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_INVALID_DATE,
                   _("not a real calendar date"));
      return NULL;
    }

  return g_date_new_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * cg_date_format:
 * @date: a valid date
 *
 * Formats @date as `YYYY-MM-DD`, independently of the locale.
 *
 * Returns: (transfer full): the formatted date
 */
char *
cg_date_format (const GDate *date)
{
  char text[16];

  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  return g_strndup (text, cg_format_iso_date (date, text));
}

/* The abbreviated names dates are written with ("Tue 22 Dec 2026"), in
 * the user's language from the library's own catalogue: the C library's
 * names follow LC_TIME, and a system without a Welsh locale has none. */
static const char * const months[] = {
  NULL,
  NC_("abbreviated month name", "Jan"),
  NC_("abbreviated month name", "Feb"),
  NC_("abbreviated month name", "Mar"),
  NC_("abbreviated month name", "Apr"),
  NC_("abbreviated month name", "May"),
  NC_("abbreviated month name", "Jun"),
  NC_("abbreviated month name", "Jul"),
  NC_("abbreviated month name", "Aug"),
  NC_("abbreviated month name", "Sep"),
  NC_("abbreviated month name", "Oct"),
  NC_("abbreviated month name", "Nov"),
  NC_("abbreviated month name", "Dec"),
};
static const char * const weekdays[] = {
  NULL,
  NC_("abbreviated weekday name", "Mon"),
  NC_("abbreviated weekday name", "Tue"),
  NC_("abbreviated weekday name", "Wed"),
  NC_("abbreviated weekday name", "Thu"),
  NC_("abbreviated weekday name", "Fri"),
  NC_("abbreviated weekday name", "Sat"),
  NC_("abbreviated weekday name", "Sun"),
};

/**
 * cg_date_get_month_name:
 * @month: a valid month
 *
 * The name of @month as the library writes it in dates ("17 Feb 2027"),
 * in the user's language: abbreviated in English ("Feb"), in full in
 * Welsh ("Chwefror"). The names come from the library's own catalogue,
 * not from the C library's `LC_TIME`, so that a program that lays out
 * dates itself names the months as the library's explanations and
 * documents do, on a system with no locale data for the language too.
 *
 * ```c
 * // "17 Feb 2027", with the day padded to line up in a column
 * g_autofree char *text = g_strdup_printf ("%2u %s %u", (guint) g_date_get_day (date),
 *                                          cg_date_get_month_name (g_date_get_month (date)),
 *                                          (guint) g_date_get_year (date));
 * ```
 *
 * Returns: (transfer none): the name of @month
 */
const char *
cg_date_get_month_name (GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), NULL);

  return cg_dpgettext2 ("abbreviated month name", months[month]);
}

/**
 * cg_date_get_weekday_name:
 * @weekday: a valid day of the week
 *
 * The name of @weekday as the library writes it in dates ("Wed 17 Feb
 * 2027"), in the user's language: abbreviated in English ("Wed") and in
 * Welsh ("Mer"). Like [func@CoreGroup.date_get_month_name], from the
 * library's own catalogue.
 *
 * Returns: (transfer none): the name of @weekday
 */
const char *
cg_date_get_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), NULL);

  return cg_dpgettext2 ("abbreviated weekday name", weekdays[weekday]);
}

/**
 * cg_date_new_today:
 *
 * Returns today's civil date in Europe/London, whatever the time zone of
 * the machine: the day a report is worked out as of when the caller names
 * none (see "Today" in the [rule book](rules.html)). The procedures count
 * their days in UK local time, so a program running on a server set to
 * UTC, or on a laptop abroad, still evaluates a case as of the day it is
 * in the UK: between midnight and 1 am in summer, UTC is still on the day
 * before.
 *
 * If the system has no time zone database (no `Europe/London` zone can be
 * loaded), the date is taken in UTC instead, which differs only in that
 * hour of the summer months.
 *
 * ```c
 * g_autoptr(GDate) today = cg_date_new_today ();
 * g_autoptr(CgReport) report = cg_policy_evaluate (policy, kase, today, &error);
 * ```
 *
 * Returns: (transfer full): a new valid date
 */
GDate *
cg_date_new_today (void)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GDateTime) now = NULL;

  if (zone == NULL)
    zone = g_time_zone_new_utc ();

  now = g_date_time_new_now (zone);
  return g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (now),
                         (GDateMonth) g_date_time_get_month (now),
                         (GDateYear) g_date_time_get_year (now));
}
