/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Working-day arithmetic throughput on one core: add-working-days and
 * count-between, in the Julian-day form engines use in loops and in the
 * GDate form. Prints operations per second and a checksum, so the work
 * cannot be optimised away. Run through bench/run. */

#include <stdio.h>
#include <stdlib.h>

#include <coregroup/coregroup.h>

#define N_DATES 4096

typedef struct
{
  const char *name;
  double      ops_per_second;
  guint64     checksum;
} Result;

static guint32 dates[N_DATES];
static int     steps[N_DATES];

static double
seconds_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

int
main (int   argc,
      char *argv[])
{
  guint64 iterations = argc > 1 ? g_ascii_strtoull (argv[1], NULL, 10) : 100000000;
  g_autoptr(CgCalendar) calendar = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  GDate first;
  GRand *rand = g_rand_new_with_seed (42);
  Result results[3] = { { "add_working_days_julian" }, { "count_working_days_julian" }, { "add_working_days (GDate)" } };
  gint64 start;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 2000);
  for (guint i = 0; i < N_DATES; i++)
    {
      dates[i] = g_date_get_julian (&first) + (guint32) g_rand_int_range (rand, 0, 40 * 365);
      steps[i] = g_rand_int_range (rand, -30, 31);
    }
  g_rand_free (rand);

  start = g_get_monotonic_time ();
  for (guint64 i = 0; i < iterations; i++)
    results[0].checksum += cg_calendar_add_working_days_julian (calendar, dates[i % N_DATES], steps[i % N_DATES]);
  results[0].ops_per_second = iterations / seconds_since (start);

  start = g_get_monotonic_time ();
  for (guint64 i = 0; i < iterations; i++)
    results[1].checksum += (guint64) (gint64) cg_calendar_count_working_days_julian (calendar, dates[i % N_DATES],
                                                                                     dates[(i + 1) % N_DATES]);
  results[1].ops_per_second = iterations / seconds_since (start);

  start = g_get_monotonic_time ();
  for (guint64 i = 0; i < iterations / 10; i++)
    {
      GDate from, to;

      g_date_clear (&from, 1);
      g_date_set_julian (&from, dates[i % N_DATES]);
      cg_calendar_add_working_days (calendar, &from, steps[i % N_DATES], &to);
      results[2].checksum += g_date_get_julian (&to);
    }
  results[2].ops_per_second = (iterations / 10) / seconds_since (start);

  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    printf ("C %-30s %12.0f ops/s  (checksum %" G_GUINT64_FORMAT ")\n",
            results[i].name, results[i].ops_per_second, results[i].checksum);

  return 0;
}
