/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <coregroup/coregroup.h>

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
                   "not a date of the form YYYY-MM-DD");
      return NULL;
    }

  if (year == 0 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_INVALID_DATE,
                   "not a real calendar date");
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
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}
