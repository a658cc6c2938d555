/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Calendar dates: today in Europe/London, and the names of months and
 * days. Parsing and formatting are tested with the case reader, in
 * test-json.c. */

#include <coregroup/coregroup.h>

static GDate *
london_date_now (GTimeZone *london)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (london);

  return g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (now),
                         (GDateMonth) g_date_time_get_month (now),
                         (GDateYear) g_date_time_get_year (now));
}

/* The machine's zone is set far from London (main), so a today taken in
 * local time would be a day ahead for most of every day. Midnight in
 * London may pass during the test: the date must then be the one before
 * or the one after. */
static void
test_new_today_is_london (void)
{
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GDate) before = NULL;
  g_autoptr(GDate) today = NULL;
  g_autoptr(GDate) after = NULL;

  if (london == NULL)
    {
      g_test_skip ("no time zone database: Europe/London cannot be loaded");
      return;
    }

  before = london_date_now (london);
  today = cg_date_new_today ();
  after = london_date_now (london);

  g_assert_nonnull (today);
  g_assert_true (g_date_valid (today));
  g_assert_true (g_date_compare (today, before) == 0 || g_date_compare (today, after) == 0);
}

/* The names the library writes dates with, for a program that lays dates
 * out itself: English, where no locale is set (test_welsh.py has them in
 * Welsh). */
static void
test_names (void)
{
  g_assert_cmpstr (cg_date_get_month_name (G_DATE_JANUARY), ==, "Jan");
  g_assert_cmpstr (cg_date_get_month_name (G_DATE_DECEMBER), ==, "Dec");
  g_assert_cmpstr (cg_date_get_weekday_name (G_DATE_MONDAY), ==, "Mon");
  g_assert_cmpstr (cg_date_get_weekday_name (G_DATE_SUNDAY), ==, "Sun");

  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*g_date_valid_month*");
  g_assert_null (cg_date_get_month_name (G_DATE_BAD_MONTH));
  g_test_assert_expected_messages ();
  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*g_date_valid_weekday*");
  g_assert_null (cg_date_get_weekday_name (8));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Pacific/Kiritimati", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/new-today/europe-london", test_new_today_is_london);
  g_test_add_func ("/date/names", test_names);

  return g_test_run ();
}
