/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Loading and evaluating a case grows in proportion to its size: a case
 * of N core group meetings (each with three attendance entries, a contact
 * between meetings) is generated, loaded (parse, build, validate) and
 * evaluated under Suffolk's policy, for N doubling from 15,625 up to the
 * largest given (1,000,000 is the seventh). The time per meeting should
 * stay flat.
 *
 *   bench-load MAX_MEETINGS
 */

#include <stdio.h>
#include <stdlib.h>

#include <coregroup/coregroup.h>

static char *
make_document (guint meetings)
{
  GString *text = g_string_new (NULL);
  GDate date;

  g_string_append (text,
                   "{ \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"BENCH-1\", \"policy\": \"suffolk\",\n"
                   "  \"child\": { \"name\": \"Bench Child\" }, \"initial_conference\": \"1900-01-02\",\n"
                   "  \"members\": [\n"
                   "    { \"id\": \"m1\", \"name\": \"A\", \"role\": \"lead-social-worker\" },\n"
                   "    { \"id\": \"m2\", \"name\": \"B\", \"role\": \"health-visitor\" },\n"
                   "    { \"id\": \"m3\", \"name\": \"C\", \"role\": \"parent\" } ],\n"
                   "  \"meetings\": [\n");

  g_date_set_dmy (&date, 3, G_DATE_JANUARY, 1900);
  for (guint i = 0; i < meetings; i++)
    {
      char iso[16];

      /* Dates must stay inside the years the calendar counts: several
       * meetings a day once the span is used up. */
      if (i > 0 && i % 3 == 0 && g_date_get_year (&date) < 2199)
        g_date_add_days (&date, 2);
      g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      g_string_append_printf (text,
                              "    { \"id\": \"cg%u\", \"kind\": \"core-group\", \"date\": \"%s\", \"chair\": \"m1\",\n"
                              "      \"attendance\": [ { \"member\": \"m1\", \"status\": \"present\" },\n"
                              "        { \"member\": \"m2\", \"status\": \"present\" },\n"
                              "        { \"member\": \"m3\", \"status\": \"apologies\" } ],\n"
                              "      \"child_views\": \"Said school is fine\", \"minutes_circulated\": \"%s\" }%s\n",
                              i, iso, iso, i + 1 < meetings ? "," : "");
    }
  g_string_append (text, "  ],\n  \"contacts\": [\n");

  g_date_set_dmy (&date, 3, G_DATE_JANUARY, 1900);
  for (guint i = 0; i < meetings; i++)
    {
      if (i > 0 && i % 3 == 0 && g_date_get_year (&date) < 2199)
        g_date_add_days (&date, 2);
      g_string_append_printf (text,
                              "    { \"id\": \"c%u\", \"date\": \"%04u-%02u-%02u\", \"by\": \"m1\", \"seen\": true, \"seen_alone\": true }%s\n",
                              i, g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                              i + 1 < meetings ? "," : "");
    }
  g_string_append (text, "  ]\n}\n");

  return g_string_free (text, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  guint max = argc > 1 ? (guint) atoi (argv[1]) : 100000;
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  CgPolicy *suffolk = cg_policy_registry_lookup (registry, "suffolk");
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_JANUARY, 2199);
#ifdef BENCH_BEFORE_LIMITS
  /* The library as it was before CgLimits, for the "before" figures. */
# define cg_case_new_from_data_with_limits(d, l, limits, e) cg_case_new_from_data (d, l, e)
  gpointer limits = NULL;
#else
  g_autoptr(CgLimits) limits = g_object_new (CG_TYPE_LIMITS, "max-size", (guint64) G_MAXSIZE, NULL);
#endif

  printf ("%10s %12s %12s %14s %14s\n", "meetings", "MB", "load s", "load µs/mtg", "evaluate s");
  for (guint n = 15625; n <= max; n *= 2)
    {
      g_autofree char *document = make_document (n);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCase) kase = NULL;
      g_autoptr(CgReport) report = NULL;
      gint64 start, loaded, evaluated;

      start = g_get_monotonic_time ();
      kase = cg_case_new_from_data_with_limits (document, -1, limits, &error);
      loaded = g_get_monotonic_time ();
      if (kase == NULL)
        g_error ("%u meetings: %s", n, error->message);
      report = cg_policy_evaluate (suffolk, kase, today, &error);
      evaluated = g_get_monotonic_time ();
      if (report == NULL)
        g_error ("%u meetings: %s", n, error->message);

      printf ("%10u %12.1f %12.3f %14.2f %14.3f\n", n, strlen (document) / 1e6,
              (loaded - start) / 1e6, (double) (loaded - start) / n, (evaluated - loaded) / 1e6);
      fflush (stdout);
    }

  return 0;
}
