/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The GOV.UK bank-holidays feed loader: load a feed for one division and,
 * if it loads, do some working-day arithmetic with the calendar it makes
 * and check that the answers agree with each other. */

#include "fuzz-common.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  cg_fuzz_init ();
  return 0;
}

/* Is a working day exactly when it is Monday to Friday and no holiday. */
static void
check_day (CgCalendar  *calendar,
           const GDate *day)
{
  gboolean working = cg_calendar_is_working_day (calendar, day);
  const char *name = cg_calendar_get_holiday_name (calendar, day);

  cg_fuzz_check (cg_calendar_contains (calendar, day), "the day is in the calendar");
  cg_fuzz_check (working == (g_date_get_weekday (day) <= G_DATE_FRIDAY && name == NULL),
                 "a working day is a weekday that is not a holiday");
  cg_fuzz_check (name == NULL || g_utf8_validate (name, -1, NULL), "a holiday name is UTF-8");
  cg_fuzz_check (working == cg_calendar_is_working_day_julian (calendar, g_date_get_julian (day)),
                 "the Julian-day form agrees");
}

static void
arithmetic (CgCalendar *calendar,
            guint32     hash)
{
  GDate from, reached, next, previous, feed_start;
  int n = (int) (hash >> 20) % 801 - 400;

  /* A day in the years the GOV.UK feed covers, give or take. */
  g_date_clear (&feed_start, 1);
  g_date_set_dmy (&feed_start, 1, G_DATE_JANUARY, 2010);
  cg_fuzz_set_julian (&from, (gint64) g_date_get_julian (&feed_start) + hash % (25 * 366));
  check_day (calendar, &from);

  cg_calendar_add_working_days (calendar, &from, n, &reached);
  check_day (calendar, &reached);
  cg_fuzz_check (g_date_get_julian (&reached) ==
                 cg_calendar_add_working_days_julian (calendar, g_date_get_julian (&from), n),
                 "the Julian-day form of add agrees");
  if (n == 0)
    cg_fuzz_check (g_date_compare (&reached, &from) == 0, "adding 0 working days stays put");
  else
    cg_fuzz_check (cg_calendar_is_working_day (calendar, &reached), "adding working days reaches a working day");

  /* "Within N working days of D" never counts D itself. */
  if (n > 0)
    cg_fuzz_check (cg_calendar_count_working_days (calendar, &from, &reached) == n,
                   "counting undoes adding");
  else if (n < 0)
    cg_fuzz_check (cg_calendar_count_working_days (calendar, &reached, &from) ==
                   -n - 1 + (cg_calendar_is_working_day (calendar, &from) ? 1 : 0),
                   "counting undoes adding back");
  cg_fuzz_check (cg_calendar_count_working_days (calendar, &from, &reached) ==
                 -cg_calendar_count_working_days (calendar, &reached, &from),
                 "counting backwards is negative");

  cg_calendar_next_working_day (calendar, &from, &next);
  cg_calendar_previous_working_day (calendar, &from, &previous);
  cg_fuzz_check (g_date_compare (&previous, &from) < 0 && g_date_compare (&from, &next) < 0,
                 "the previous working day is before and the next after");
  cg_fuzz_check (cg_calendar_count_working_days (calendar, &previous, &next) ==
                 1 + (cg_calendar_is_working_day (calendar, &from) ? 1 : 0),
                 "nothing works between the previous and the next working day");

  /* The six weeks after the day, one by one. */
  for (int i = 0; i < 42; i++)
    {
      g_date_add_days (&from, 1);
      if (!cg_calendar_contains (calendar, &from))
        break;
      check_day (calendar, &from);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  guint32 hash = cg_fuzz_hash (data, size);
  /* One division per input (making a calendar is most of the work), the
   * one the input's length picks, so a mutation that keeps the length
   * keeps the division. */
  CgDivision division = (CgDivision) (size % 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) calendar = NULL;
  GDate first, last;

  calendar = cg_calendar_new_from_feed_data (cg_fuzz_data (data), (gssize) size, division, &error);
  cg_fuzz_check ((calendar == NULL) != (error == NULL), "load sets an error or gives a calendar");
  if (calendar == NULL)
    {
      cg_fuzz_check (error->domain == CG_CALENDAR_ERROR, "a feed error is a calendar error");
      return 0;
    }

  cg_fuzz_check (cg_calendar_get_division (calendar) == division, "the calendar is of the division asked for");
  cg_calendar_get_first_date (calendar, &first);
  cg_calendar_get_last_date (calendar, &last);
  cg_fuzz_check (g_date_get_year (&first) == 1900 && g_date_get_year (&last) == 2199,
                 "a calendar covers 1900 to 2199");

  arithmetic (calendar, hash);
  arithmetic (calendar, hash * 2654435761u);

  return 0;
}
