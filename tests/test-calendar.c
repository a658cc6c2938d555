/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Working-day calendars (doc/rules.md, "Counting dates"). */

#include <coregroup/coregroup.h>

static const char * const division_names[] = { "england-and-wales", "scotland", "northern-ireland" };

static GDate *
day (const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate *date = cg_date_parse (text, &error);

  g_assert_no_error (error);
  return date;
}

/* The reference: plain day-by-day stepping over "Monday to Friday and not a
 * named holiday", which does not use the calendar's tables. */
static gboolean
reference_working (CgCalendar *calendar,
                   GDate      *date)
{
  return g_date_get_weekday (date) <= G_DATE_FRIDAY &&
         cg_calendar_get_holiday_name (calendar, date) == NULL;
}

static void
reference_add (CgCalendar  *calendar,
               const GDate *from,
               int          n,
               GDate       *result)
{
  int step = n > 0 ? 1 : -1;

  *result = *from;
  while (n != 0)
    {
      if (step > 0)
        g_date_add_days (result, 1);
      else
        g_date_subtract_days (result, 1);
      if (reference_working (calendar, result))
        n -= step;
    }
}

/* Every day of 1990-2060 in each division: adding (forwards and back) and
 * counting agree with the reference. */
static void
test_exhaustive (gconstpointer data)
{
  CgDivision division = GPOINTER_TO_INT (data);
  g_autoptr(CgCalendar) calendar = cg_calendar_new (division);
  static const int steps[] = { 1, 3, 5, 10, 15, -1, -10, -15 };
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 1990);
  guint checked = 0;

  while (g_date_get_year (date) <= 2060)
    {
      g_assert_cmpint (cg_calendar_is_working_day (calendar, date), ==, reference_working (calendar, date));

      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        {
          GDate expected, actual;

          reference_add (calendar, date, steps[i], &expected);
          cg_calendar_add_working_days (calendar, date, steps[i], &actual);
          if (g_date_compare (&expected, &actual) != 0)
            {
              g_autofree char *from = cg_date_format (date);
              g_autofree char *want = cg_date_format (&expected);
              g_autofree char *got = cg_date_format (&actual);

              g_error ("%s %s %+d: expected %s, got %s", division_names[division], from, steps[i], want, got);
            }

          /* Counting between the two gives the step back: forwards exactly;
           * backwards, the count after the result up to and including the
           * start, which includes the start only if it is a working day. */
          if (steps[i] > 0)
            g_assert_cmpint (cg_calendar_count_working_days (calendar, date, &actual), ==, steps[i]);
          else
            g_assert_cmpint (cg_calendar_count_working_days (calendar, &actual, date), ==,
                             -steps[i] - 1 + (reference_working (calendar, date) ? 1 : 0));
          checked++;
        }

      g_date_add_days (date, 1);
    }

  g_assert_cmpuint (checked, >, 200000);
}

typedef struct
{
  const char *date;
  guint       divisions;   /* bit per CgDivision */
  gboolean    in_data;     /* TRUE: a holiday only in the feed; FALSE: only by the rules */
} OneOff;

/* Proclamations that moved or added a bank holiday in the feed's years.
 * The rules alone cannot know them; the feed wins there. */
static const OneOff one_offs[] = {
  { "2012-05-28", 0x7, FALSE },   /* spring bank holiday moved to 4 June */
  { "2012-06-04", 0x7, TRUE },
  { "2012-06-05", 0x7, TRUE },    /* Queen's Diamond Jubilee */
  { "2020-05-04", 0x7, FALSE },   /* early May holiday moved to VE Day */
  { "2020-05-08", 0x7, TRUE },
  { "2022-05-30", 0x7, FALSE },   /* spring bank holiday moved to 2 June */
  { "2022-06-02", 0x7, TRUE },
  { "2022-06-03", 0x7, TRUE },    /* Platinum Jubilee */
  { "2022-09-19", 0x7, TRUE },    /* State funeral of Queen Elizabeth II */
  { "2023-05-08", 0x7, TRUE },    /* Coronation of King Charles III */
  { "2026-06-15", 0x2, TRUE },    /* Scotland: one-off in the bundled feed */
};

static gboolean
is_one_off (CgDivision  division,
            const char *date)
{
  for (guint i = 0; i < G_N_ELEMENTS (one_offs); i++)
    if ((one_offs[i].divisions & (1u << division)) != 0 && g_str_equal (one_offs[i].date, date))
      return TRUE;
  return FALSE;
}

/* The published rules reproduce the feed for every year it covers, but for
 * the listed one-offs. */
static void
test_rules_reproduce_data (gconstpointer data)
{
  CgDivision division = GPOINTER_TO_INT (data);
  g_autoptr(CgCalendar) feed = cg_calendar_new (division);
  g_autofree char *empty = g_strdup_printf ("{\"%s\": {\"division\": \"%s\", \"events\": []}}",
                                            division_names[division], division_names[division]);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) rules = cg_calendar_new_from_feed_data (empty, -1, division, &error);
  g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_JANUARY, 2012);
  guint holidays = 0, one_offs_seen = 0;

  g_assert_no_error (error);
  while (g_date_get_year (date) <= 2030)
    {
      g_autofree char *text = cg_date_format (date);
      gboolean in_feed = cg_calendar_get_holiday_name (feed, date) != NULL;
      gboolean by_rules = cg_calendar_get_holiday_name (rules, date) != NULL;

      if (in_feed != by_rules)
        {
          if (!is_one_off (division, text))
            g_error ("%s %s: feed says %s, rules say %s", division_names[division], text,
                     in_feed ? "holiday" : "not", by_rules ? "holiday" : "not");
          one_offs_seen++;
        }
      holidays += in_feed;
      g_date_add_days (date, 1);
    }

  g_assert_cmpuint (holidays, >, 150);
  g_assert_cmpuint (one_offs_seen, ==, division == CG_DIVISION_SCOTLAND ? 11 : 10);
}

static void
expect_add (CgCalendar *calendar,
            const char *from,
            int         n,
            const char *expected)
{
  g_autoptr(GDate) date = day (from);
  g_autofree char *text = NULL;
  GDate result;

  cg_calendar_add_working_days (calendar, date, n, &result);
  text = cg_date_format (&result);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_known_dates (void)
{
  g_autoptr(CgCalendar) ew = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(CgCalendar) scot = cg_calendar_new (CG_DIVISION_SCOTLAND);
  g_autoptr(CgCalendar) ni = cg_calendar_new (CG_DIVISION_NORTHERN_IRELAND);
  g_autoptr(GDate) christmas = day ("2026-12-25");
  g_autoptr(GDate) boyne = day ("2027-07-12");

  /* issue #3 and the README's example: across Christmas, Boxing Day
   * (Mon 28, for Sat 26) and New Year's Day. */
  expect_add (ew, "2026-12-18", 10, "2027-01-06");
  expect_add (ew, "2027-01-06", -10, "2026-12-18");
  /* D itself is never counted, even when it is a holiday or a weekend. */
  expect_add (ew, "2026-12-25", 1, "2026-12-29");
  expect_add (ew, "2026-12-26", 1, "2026-12-29");
  expect_add (ew, "2026-11-21", 1, "2026-11-23");
  expect_add (ew, "2026-11-20", 0, "2026-11-20");
  /* Easter 2027 is 28 March: Good Friday 26, Easter Monday 29 March. */
  expect_add (ew, "2027-03-25", 1, "2027-03-30");
  /* Scotland: 1 January 2027 is a Friday, 2 January (Saturday) is
   * replaced by Monday 4; no Easter Monday; St Andrew's Day 2026 (Monday). */
  expect_add (scot, "2026-12-31", 1, "2027-01-05");
  expect_add (scot, "2027-03-25", 1, "2027-03-29");
  expect_add (scot, "2026-11-27", 1, "2026-12-01");
  expect_add (ew, "2026-11-27", 1, "2026-11-30");
  /* Northern Ireland: St Patrick's Day 2027 (Wednesday); 12 July 2027 (Monday). */
  expect_add (ni, "2027-03-16", 1, "2027-03-18");
  expect_add (ni, "2027-07-09", 1, "2027-07-13");
  expect_add (ew, "2027-07-09", 1, "2027-07-12");
  /* Rules outside the feed: 1990 and 2045. 25 Dec 2045 is a Monday. */
  expect_add (ew, "2045-12-22", 1, "2045-12-27");
  expect_add (ew, "1990-04-12", 1, "1990-04-17");   /* Easter 1990: 15 April */
  expect_add (scot, "1999-12-30", 1, "2000-01-05");  /* Millennium, 1 Jan Sat → 3, 2 Jan → 4 */
  /* St Andrew's Day is a Scottish bank holiday from 2007 (its Act): 30 Nov
   * 2003 was a Sunday and Monday 1 December a working day; 30 Nov 2008,
   * a Sunday too, moved to Monday 1 December. */
  expect_add (scot, "2003-11-28", 1, "2003-12-01");
  expect_add (scot, "2008-11-28", 1, "2008-12-02");

  g_assert_cmpstr (cg_calendar_get_holiday_name (ew, christmas), ==, "Christmas Day");
  g_assert_nonnull (cg_calendar_get_holiday_name (ni, boyne));
  g_assert_null (cg_calendar_get_holiday_name (ew, boyne));
  g_assert_false (cg_calendar_is_working_day (ni, boyne));
  g_assert_true (cg_calendar_is_working_day (ew, boyne));
  g_assert_cmpint (cg_calendar_get_division (scot), ==, CG_DIVISION_SCOTLAND);
}

static void
test_count (void)
{
  g_autoptr(CgCalendar) ew = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(GDate) a = day ("2026-12-18");
  g_autoptr(GDate) b = day ("2027-01-06");
  g_autoptr(GDate) saturday = day ("2026-12-19");
  g_autoptr(GDate) sunday = day ("2026-12-20");
  GDate next, previous;

  g_assert_cmpint (cg_calendar_count_working_days (ew, a, b), ==, 10);
  g_assert_cmpint (cg_calendar_count_working_days (ew, b, a), ==, -10);
  g_assert_cmpint (cg_calendar_count_working_days (ew, a, a), ==, 0);
  g_assert_cmpint (cg_calendar_count_working_days (ew, saturday, sunday), ==, 0);

  cg_calendar_next_working_day (ew, a, &next);
  cg_calendar_previous_working_day (ew, sunday, &previous);
  g_assert_cmpint (g_date_get_day (&next), ==, 21);
  g_assert_cmpint (g_date_get_day (&previous), ==, 18);
}

/* Adding across each Christmas and Easter of the data years, then counting
 * back, returns to the start. */
static void
test_round_trips_over_holidays (void)
{
  g_autoptr(CgCalendar) ew = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);

  for (int year = 2012; year <= 2030; year++)
    for (int offset = -7; offset <= 7; offset++)
      for (int n = 1; n <= 12; n++)
        {
          g_autoptr(GDate) start = g_date_new_dmy (20, G_DATE_DECEMBER, (GDateYear) year);
          GDate there, back;

          g_date_add_days (start, (guint) (offset + 7));
          g_date_subtract_days (start, 7);
          cg_calendar_add_working_days (ew, start, n, &there);
          g_assert_cmpint (cg_calendar_count_working_days (ew, start, &there), ==, n);
          if (cg_calendar_is_working_day (ew, start))
            {
              cg_calendar_add_working_days (ew, &there, -n, &back);
              g_assert_cmpint (g_date_compare (&back, start), ==, 0);
            }
        }
}

static void
test_feed_out_of_range (void)
{
  const char *feed = "{\"scotland\": {\"events\": [{\"title\": \"Far future\", \"date\": \"2250-01-03\"}]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) calendar = cg_calendar_new_from_feed_data (feed, -1, CG_DIVISION_SCOTLAND, &error);

  g_assert_null (calendar);
  g_assert_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_OUT_OF_RANGE);
  g_assert_cmpstr (error->message, ==,
                   "scotland.events[0].date: 2250 is outside the years a calendar covers (1900-2199)");
}

static void
test_feed_errors (void)
{
  static const struct { const char *json; const char *message; } bad[] = {
    { "not json", "*" },
    { "[]", "*JSON object*" },
    { "/* comment */ {\"england-and-wales\": {\"events\": []}}", "line 1, column 1: comments are not allowed in JSON" },
    { "{\"scotland\": {\"events\": []}}", "england-and-wales: required field is missing" },
    { "{\"england-and-wales\": {\"events\": {}}}", "england-and-wales.events: must be an array" },
    { "{\"england-and-wales\": {\"events\": [{\"title\": \"X\"}]}}", "england-and-wales.events[0].date: required field is missing" },
    { "{\"england-and-wales\": {\"events\": [{\"title\": \"X\", \"date\": \"2031-02-30\"}]}}", "england-and-wales.events[0].date: *" },
    { "{\"england-and-wales\": {\"events\": [{\"date\": \"2031-01-02\"}]}}", "england-and-wales.events[0].title: required field is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCalendar) calendar =
        cg_calendar_new_from_feed_data (bad[i].json, -1, CG_DIVISION_ENGLAND_AND_WALES, &error);

      g_assert_null (calendar);
      g_assert_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_INVALID_FEED);
      if (!g_pattern_match_simple (bad[i].message, error->message))
        g_error ("“%s” does not match “%s”", error->message, bad[i].message);
    }
}

/* A newer feed replaces the rules for the years it lists, and only those. */
static void
test_newer_feed (void)
{
  const char *feed =
    "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
    "{\"title\": \"New Year’s Day\", \"date\": \"2031-01-01\"},"
    "{\"title\": \"Proclaimed holiday\", \"date\": \"2031-06-06\"}]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) calendar = cg_calendar_new_from_feed_data (feed, -1, CG_DIVISION_ENGLAND_AND_WALES, &error);
  g_autoptr(GDate) proclaimed = day ("2031-06-06");
  g_autoptr(GDate) good_friday_2031 = day ("2031-04-11");
  g_autoptr(GDate) good_friday_2032 = day ("2032-03-26");

  g_assert_no_error (error);
  g_assert_cmpstr (cg_calendar_get_holiday_name (calendar, proclaimed), ==, "Proclaimed holiday");
  /* 2031 is wholly the feed's: it does not list Good Friday. */
  g_assert_true (cg_calendar_is_working_day (calendar, good_friday_2031));
  /* 2032 is not in the feed: the rules apply. */
  g_assert_false (cg_calendar_is_working_day (calendar, good_friday_2032));
}

static void
test_feed_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "uk-bank-holidays.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/feed.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) calendar = cg_calendar_new_from_feed (file, CG_DIVISION_NORTHERN_IRELAND, &error);
  g_autoptr(CgCalendar) none = NULL;

  g_assert_no_error (error);
  expect_add (calendar, "2027-07-09", 1, "2027-07-13");

  none = cg_calendar_new_from_feed (missing, CG_DIVISION_SCOTLAND, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The built-in calendar's holidays, compiled in from the bundled feed when
 * the library was built, are those the feed reader reads from the same
 * file: every day of the span, with its name. */
static void
test_bundled_feed (gconstpointer data)
{
  CgDivision division = GPOINTER_TO_INT (data);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "uk-bank-holidays.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) read = cg_calendar_new_from_feed (file, division, &error);
  g_autoptr(CgCalendar) builtin = cg_calendar_new (division);
  GDate date, last;
  guint holidays = 0;

  g_assert_no_error (error);
  cg_calendar_get_first_date (builtin, &date);
  cg_calendar_get_last_date (builtin, &last);
  for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1))
    {
      const char *name = cg_calendar_get_holiday_name (builtin, &date);

      if (g_strcmp0 (name, cg_calendar_get_holiday_name (read, &date)) != 0)
        {
          g_autofree char *text = cg_date_format (&date);

          g_error ("%s %s: built in “%s”, read “%s”", division_names[division], text, name,
                   cg_calendar_get_holiday_name (read, &date));
        }
      g_assert_cmpint (cg_calendar_is_working_day (builtin, &date), ==, cg_calendar_is_working_day (read, &date));
      holidays += name != NULL;
    }
  g_assert_cmpuint (holidays, >, 2000);
}

static void
test_closures (void)
{
  g_autoptr(CgCalendar) base = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(GPtrArray) closures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_free);
  g_autoptr(CgCalendar) own = NULL;
  g_autoptr(GDate) closed = day ("2026-12-30");

  g_ptr_array_add (closures, day ("2026-12-29"));
  g_ptr_array_add (closures, day ("2026-12-30"));
  g_ptr_array_add (closures, day ("2026-12-31"));
  own = cg_calendar_new_with_closures (base, closures, "Office closure");

  g_assert_cmpstr (cg_calendar_get_holiday_name (own, closed), ==, "Office closure");
  g_assert_false (cg_calendar_is_working_day (own, closed));
  g_assert_true (cg_calendar_is_working_day (base, closed));
  expect_add (base, "2026-12-24", 1, "2026-12-29");
  expect_add (own, "2026-12-24", 1, "2027-01-04");
  expect_add (own, "2026-12-18", 10, "2027-01-11");
}

static void
test_span (void)
{
  g_autoptr(CgCalendar) ew = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(GDate) early = day ("1899-12-31");
  g_autoptr(GDate) late = day ("2200-01-01");
  GDate first, last;

  cg_calendar_get_first_date (ew, &first);
  cg_calendar_get_last_date (ew, &last);
  g_assert_cmpint (g_date_get_year (&first), ==, 1900);
  g_assert_cmpint (g_date_get_year (&last), ==, 2199);
  g_assert_false (cg_calendar_contains (ew, early));
  g_assert_false (cg_calendar_contains (ew, late));
  g_assert_true (cg_calendar_contains (ew, &last));

  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*in_span*");
  g_assert_false (cg_calendar_is_working_day (ew, late));
  g_test_assert_expected_messages ();
}

/* try_add_working_days answers FALSE where add_working_days would be a
 * programming error: a start or a result outside the span. */
static void
test_try_add (void)
{
  g_autoptr(CgCalendar) ew = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(GDate) early = day ("1899-12-31");
  g_autoptr(GDate) late = day ("2200-01-01");
  g_autoptr(GDate) christmas = day ("2026-12-24");
  g_autoptr(GDate) end = day ("2199-12-24");
  g_autoptr(GDate) start = day ("1900-01-03");
  GDate result, last;

  g_assert_true (cg_calendar_try_add_working_days (ew, christmas, 1, &result));
  g_assert_cmpint (g_date_get_day (&result), ==, 29);
  g_assert_true (cg_calendar_try_add_working_days (ew, christmas, 0, &result));
  g_assert_cmpint (g_date_get_day (&result), ==, 24);
  g_assert_false (cg_calendar_try_add_working_days (ew, early, 1, &result));
  g_assert_false (cg_calendar_try_add_working_days (ew, late, -1, &result));

  /* The last working day of the span is reachable, the one after it is not. */
  cg_calendar_get_last_date (ew, &last);
  g_assert_true (cg_calendar_try_add_working_days (ew, end, cg_calendar_count_working_days (ew, end, &last), &result));
  g_assert_false (cg_calendar_try_add_working_days (ew, end, cg_calendar_count_working_days (ew, end, &last) + 1, &result));
  g_assert_true (cg_calendar_try_add_working_days (ew, start, -1, &result));
  g_assert_cmpint (g_date_get_day (&result), ==, 2);
  g_assert_false (cg_calendar_try_add_working_days (ew, start, -2, &result));
}

/* Threads building and using the shared built-in calendars at once get
 * the same answers as one thread. */
static gpointer
thread_worker (gpointer data)
{
  guint64 sum = 0;

  for (int d = CG_DIVISION_ENGLAND_AND_WALES; d <= CG_DIVISION_NORTHERN_IRELAND; d++)
    {
      g_autoptr(CgCalendar) calendar = cg_calendar_new (d);
      g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_JANUARY, 2020);
      guint32 julian = g_date_get_julian (start);

      for (guint i = 0; i < 20000; i++)
        sum += cg_calendar_add_working_days_julian (calendar, julian + i % 3650, 10);
    }

  return g_memdup2 (&sum, sizeof sum);
}

static void
test_threads (void)
{
  GThread *threads[4];
  g_autofree guint64 *expected = thread_worker (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("calendar", thread_worker, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree guint64 *sum = g_thread_join (threads[i]);

      g_assert_cmpuint (*sum, ==, *expected);
    }
}

/* A calendar no one has used yet: the built-in ones are shared by the
 * tests of this program, so their tables may be made already. */
static CgCalendar *
fresh_calendar (CgDivision division)
{
  g_autoptr(CgCalendar) base = cg_calendar_new (division);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  return cg_calendar_new_with_closures (base, none, NULL);
}

/* For each day of the span, from its first, how many working days fall
 * on or before it, by the reference's day-by-day reading. */
static guint32 *
reference_counts (CgCalendar *calendar,
                  guint32    *first,
                  guint      *n_days)
{
  GDate date, last;
  guint32 *counts;
  guint32 count = 0;

  cg_calendar_get_first_date (calendar, &date);
  cg_calendar_get_last_date (calendar, &last);
  *first = g_date_get_julian (&date);
  *n_days = g_date_get_julian (&last) - *first + 1;
  counts = g_new (guint32, *n_days);
  for (guint i = 0; i < *n_days; i++, g_date_add_days (&date, 1))
    counts[i] = count += reference_working (calendar, &date);
  return counts;
}

/* The first questions a new calendar is asked are about the far ends of
 * its span and across all of it: the answers are those of the reference,
 * whatever has or has not been asked before. */
static void
test_far_years_first (gconstpointer data)
{
  CgDivision division = GPOINTER_TO_INT (data);
  g_autoptr(CgCalendar) reference = fresh_calendar (division);
  g_autoptr(CgCalendar) calendar = fresh_calendar (division);
  guint32 first, total;
  guint n_days;
  g_autofree guint32 *counts = reference_counts (reference, &first, &n_days);
  guint32 last = first + n_days - 1, first_working = first, last_working = last;

  total = counts[n_days - 1];
  while (!cg_calendar_is_working_day_julian (reference, first_working))
    first_working++;
  while (!cg_calendar_is_working_day_julian (reference, last_working))
    last_working--;

  /* 1900 to 2199 in one count, then each way in one step. */
  g_assert_cmpint (cg_calendar_count_working_days_julian (calendar, first, last), ==, (int) total - (int) counts[0]);
  g_assert_cmpint (cg_calendar_count_working_days_julian (calendar, last, first), ==, (int) counts[0] - (int) total);
  g_assert_cmpuint (cg_calendar_add_working_days_julian (calendar, first, (int) (total - counts[0])), ==, last_working);
  g_assert_cmpuint (cg_calendar_add_working_days_julian (calendar, last, -(int) total + 1), ==, first_working);
  g_assert_cmpint (cg_calendar_is_working_day_julian (calendar, first), ==, counts[0] == 1);
  g_assert_cmpint (cg_calendar_is_working_day_julian (calendar, last), ==, counts[n_days - 1] != counts[n_days - 2]);

  /* Decades at a time, from days spread over the span, in an order that
   * jumps about. */
  for (guint i = 0; i < 4000; i++)
    {
      guint from = (i * 7919u) % n_days, to = (i * 104729u + 13) % n_days;
      /* Odd steps count the other way, so some fall outside the span. */
      gint64 n = ((gint64) counts[to] - (gint64) counts[from]) * (i % 2 == 0 ? 1 : -1);
      /* Working days before @from, and the 1-based index of the day n reaches. */
      gint64 before = counts[from] - (from == 0 ? counts[0] : counts[from] - counts[from - 1]);
      gint64 reached = n > 0 ? (gint64) counts[from] + n : before + n + 1;
      GDate date;

      g_assert_cmpint (cg_calendar_count_working_days_julian (calendar, first + from, first + to), ==,
                       (int) counts[to] - (int) counts[from]);

      g_date_clear (&date, 1);
      g_date_set_julian (&date, first + from);
      if (n == 0)
        continue;
      if (reached < 1 || reached > total)
        {
          g_assert_false (cg_calendar_try_add_working_days (calendar, &date, (int) n, &date));
          continue;
        }
      g_assert_true (cg_calendar_try_add_working_days (calendar, &date, (int) n, &date));
      g_assert_true (cg_calendar_is_working_day_julian (calendar, g_date_get_julian (&date)));
      g_assert_cmpuint (counts[g_date_get_julian (&date) - first], ==, reached);
    }

  /* One working day past either end is outside. */
  {
    GDate date;

    g_date_clear (&date, 1);
    g_date_set_julian (&date, first);
    g_assert_false (cg_calendar_try_add_working_days (calendar, &date, (int) (total - counts[0]) + 1, &date));
    g_date_set_julian (&date, last);
    g_assert_false (cg_calendar_try_add_working_days (calendar, &date, -(int) total, &date));
  }
}

typedef struct
{
  CgCalendar *calendar;
  guint       seed;
  guint64     sum;
} SpanWork;

/* Questions across the whole span, from a seed: threads with different
 * seeds reach the blocks of years in different orders. */
static gpointer
span_worker (gpointer data)
{
  SpanWork *work = data;
  GDate first_date, last_date;
  guint32 first, n_days;
  GRand *rand = g_rand_new_with_seed (work->seed);

  cg_calendar_get_first_date (work->calendar, &first_date);
  cg_calendar_get_last_date (work->calendar, &last_date);
  first = g_date_get_julian (&first_date);
  n_days = g_date_get_julian (&last_date) - first + 1;

  work->sum = 0;
  for (guint i = 0; i < 20000; i++)
    {
      guint32 from = first + (guint32) g_rand_int_range (rand, 0, (gint32) n_days);
      guint32 to = first + (guint32) g_rand_int_range (rand, 0, (gint32) n_days);
      int n = g_rand_int_range (rand, -40, 41);
      GDate date, result;

      work->sum += (guint64) (gint64) cg_calendar_count_working_days_julian (work->calendar, from, to);
      work->sum += cg_calendar_is_working_day_julian (work->calendar, from);
      g_date_clear (&date, 1);
      g_date_set_julian (&date, from);
      if (cg_calendar_try_add_working_days (work->calendar, &date, n * 100, &result))
        work->sum += g_date_get_julian (&result);
      if (cg_calendar_try_add_working_days (work->calendar, &date, n, &result))
        work->sum += g_date_get_julian (&result);
      work->sum += cg_calendar_get_holiday_name (work->calendar, &date) != NULL;
    }

  g_rand_free (rand);
  return NULL;
}

/* Several threads sharing a calendar none has used, asking across
 * centuries, each get what one thread alone gets: the tables made on
 * first use are made once, or made twice the same. */
static void
test_threads_across_years (void)
{
  for (guint round = 0; round < 8; round++)
    {
      CgDivision division = round % 3;
      g_autoptr(CgCalendar) alone = fresh_calendar (division);
      g_autoptr(CgCalendar) shared = fresh_calendar (division);
      SpanWork expected[4], got[4];
      GThread *threads[4];

      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        {
          expected[i] = (SpanWork) { alone, round * 16 + i, 0 };
          span_worker (&expected[i]);
        }
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        {
          got[i] = (SpanWork) { shared, round * 16 + i, 0 };
          threads[i] = g_thread_new ("calendar", span_worker, &got[i]);
        }
      for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
        {
          g_thread_join (threads[i]);
          g_assert_cmpuint (got[i].sum, ==, expected[i].sum);
        }
    }
}

/* The built-in calendars are shared: building one is done once. */
static void
test_shared (void)
{
  g_autoptr(CgCalendar) a = cg_calendar_new (CG_DIVISION_SCOTLAND);
  g_autoptr(CgCalendar) b = cg_calendar_new (CG_DIVISION_SCOTLAND);

  g_assert_true (a == b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (int d = CG_DIVISION_ENGLAND_AND_WALES; d <= CG_DIVISION_NORTHERN_IRELAND; d++)
    {
      g_autofree char *exhaustive = g_strdup_printf ("/calendar/exhaustive/%s", division_names[d]);
      g_autofree char *rules = g_strdup_printf ("/calendar/rules-reproduce-data/%s", division_names[d]);

      g_autofree char *far = g_strdup_printf ("/calendar/far-years-first/%s", division_names[d]);

      g_test_add_data_func (exhaustive, GINT_TO_POINTER (d), test_exhaustive);
      g_test_add_data_func (rules, GINT_TO_POINTER (d), test_rules_reproduce_data);
      g_autofree char *bundled = g_strdup_printf ("/calendar/bundled-feed/%s", division_names[d]);

      g_test_add_data_func (far, GINT_TO_POINTER (d), test_far_years_first);
      g_test_add_data_func (bundled, GINT_TO_POINTER (d), test_bundled_feed);
    }
  g_test_add_func ("/calendar/known-dates", test_known_dates);
  g_test_add_func ("/calendar/count", test_count);
  g_test_add_func ("/calendar/round-trips-over-holidays", test_round_trips_over_holidays);
  g_test_add_func ("/calendar/feed-errors", test_feed_errors);
  g_test_add_func ("/calendar/feed-out-of-range", test_feed_out_of_range);
  g_test_add_func ("/calendar/newer-feed", test_newer_feed);
  g_test_add_func ("/calendar/feed-file", test_feed_file);
  g_test_add_func ("/calendar/closures", test_closures);
  g_test_add_func ("/calendar/span", test_span);
  g_test_add_func ("/calendar/try-add", test_try_add);
  g_test_add_func ("/calendar/shared", test_shared);
  g_test_add_func ("/calendar/threads", test_threads);
  g_test_add_func ("/calendar/threads-across-years", test_threads_across_years);

  return g_test_run ();
}
