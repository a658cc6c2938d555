/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The deadline rules, one GTest path per rule (/rules/<rule-id>/...):
 * hand-worked cases whose due dates come from the procedures' paragraphs
 * and the England and Wales calendar. Every due date is asserted exactly,
 * so a working day too many or too few fails. */

#include "test-fixtures.h"

/* first-core-group */

/* Every built-in policy: first core group within 10 working days of the
 * ICPC (Suffolk 2.1; Haringey; City & Hackney 2; South East Wales; Working
 * Together 2018 and Wales Safeguarding Procedures for the baselines).
 * ICPC Fri 18 Dec 2026: Dec 21 (1), 22, 23, 24 (4), [25, 28 holidays],
 * 29 (5), 30, 31 (7), [1 Jan holiday], Jan 4 (8), 5 (9), 6 (10). */
static void
test_first_core_group_across_christmas (void)
{
  for (const char * const *id = builtin_policy_ids (); *id != NULL; id++)
    {
      g_autoptr(CgCase) on_time = CASE (.icpc = "2026-12-18", .meetings = CG ("cg1", "2027-01-06", PRESENT ("m1")));
      g_autoptr(CgCase) late = CASE (.icpc = "2026-12-18", .meetings = CG ("cg1", "2027-01-07", PRESENT ("m1")));
      g_autoptr(CgCase) none = CASE (.icpc = "2026-12-18");
      g_autoptr(CgReport) a = evaluate (*id, on_time, "2027-01-20");
      g_autoptr(CgReport) b = evaluate (*id, late, "2027-01-20");
      g_autoptr(CgReport) c = evaluate (*id, none, "2027-01-06");
      g_autoptr(CgReport) d = evaluate (*id, none, "2027-01-07");

      g_test_message ("policy %s", *id);
      assert_entry (a, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_MET, "cg1");
      assert_entry (b, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_LATE, "cg1");
      assert_entry (c, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_PENDING, NULL);
      assert_entry (d, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_OVERDUE, NULL);
    }
}

/* Easter 2027 (Good Friday 26 March, Easter Monday 29 March): ICPC Thu
 * 18 Mar: Mar 19 (1), 22, 23, 24, 25 (5), [26, 29 holidays], 30 (6), 31 (7),
 * Apr 1 (8), 2 (9), 5 (10). Every built-in policy counts in England and
 * Wales, so the first core group is due Mon 5 April under all of them. */
static void
test_first_core_group_across_easter (void)
{
  for (const char * const *id = builtin_policy_ids (); *id != NULL; id++)
    {
      g_autoptr(CgCase) kase = CASE (.icpc = "2027-03-18", .meetings = CG ("cg1", "2027-04-05", PRESENT ("m1")));
      g_autoptr(CgReport) report = evaluate (*id, kase, "2027-04-20");

      g_test_message ("policy %s", *id);
      assert_entry (report, "first-core-group", 0, "2027-04-05", CG_DEADLINE_STATUS_MET, "cg1");
    }
}

/* A core group on the day of the conference itself counts; one dated
 * before the conference does not. ICPC Thu 5 Nov: due Thu 19 Nov. */
static void
test_first_core_group_counts_from_the_conference_day (void)
{
  g_autoptr(CgCase) same_day = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-05", PRESENT ("m1")));
  g_autoptr(CgCase) before = CASE (.icpc = "2026-11-05",
                                   .meetings = CG ("cg0", "2026-11-02", PRESENT ("m1")) ","
                                               CG ("cg1", "2026-11-19", PRESENT ("m1")));
  g_autoptr(CgReport) a = evaluate ("suffolk", same_day, "2026-11-20");
  g_autoptr(CgReport) b = evaluate ("suffolk", before, "2026-11-20");

  assert_entry (a, "first-core-group", 0, "2026-11-19", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (b, "first-core-group", 0, "2026-11-19", CG_DEADLINE_STATUS_MET, "cg1");
  g_assert_cmpuint (count_entries (b, "first-core-group"), ==, 1);
}

/* Only a core group meeting satisfies it, and only one held by today. */
static void
test_first_core_group_only_core_groups_held_count (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = "{ \"id\": \"p1\", \"kind\": \"professionals\", \"date\": \"2026-11-10\" },"
                CG ("cg1", "2026-11-25", PRESENT ("m1")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-11-20");

  assert_entry (report, "first-core-group", 0, "2026-11-19", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* core-group-interval */

/* Suffolk 3.1, every 6 weeks, counted from the meeting actually held:
 * cg1 Tue 17 Nov + 42 days = Tue 29 Dec; cg2 held late on Tue 5 Jan; the
 * next is due 5 Jan + 42 days = Tue 16 Feb, not 29 Dec + 42. */
static void
test_core_group_interval_late_meeting_resets_the_clock (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
                                 .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) ","
                                             CG ("cg2", "2027-01-05", PRESENT ("m1")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  g_assert_cmpuint (count_entries (report, "core-group-interval"), ==, 2);
  assert_entry (report, "core-group-interval", 0, "2026-12-29", CG_DEADLINE_STATUS_LATE, "cg2");
  assert_entry (report, "core-group-interval", 1, "2027-02-16", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* Haringey meets four-weekly: cg1 17 Nov → 15 Dec (met by cg2 that day);
 * then 12 Jan, overdue on 20 Jan. The same record under City & Hackney
 * (6 weeks) has its next meeting due 26 Jan. */
static void
test_core_group_interval_differs_by_policy (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
                                 .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) ","
                                             CG ("cg2", "2026-12-15", PRESENT ("m1")));
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2027-01-20");
  g_autoptr(CgReport) hackney = evaluate ("city-and-hackney", kase, "2027-01-20");
  g_autoptr(CgReport) england = evaluate ("england", kase, "2027-01-20");

  assert_entry (haringey, "core-group-interval", 0, "2026-12-15", CG_DEADLINE_STATUS_MET, "cg2");
  assert_entry (haringey, "core-group-interval", 1, "2027-01-12", CG_DEADLINE_STATUS_OVERDUE, NULL);
  assert_entry (hackney, "core-group-interval", 1, "2027-01-26", CG_DEADLINE_STATUS_PENDING, NULL);
  /* England sets no national interval (doc/rules.md, "Policies"). */
  g_assert_cmpuint (count_entries (england, "core-group-interval"), ==, 0);
  g_assert_true (cg_report_needs_action (haringey));
}

/* Weeks are calendar days: cg1 Tue 17 Nov + 6 weeks = Tue 29 Dec, met by a
 * meeting that day although the days between hold two bank holidays; the
 * next is due 29 Dec + 42 days = Tue 9 Feb. */
static void
test_core_group_interval_on_the_due_day (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
                                 .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) ","
                                             CG ("cg2", "2026-12-29", PRESENT ("m1")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  assert_entry (report, "core-group-interval", 0, "2026-12-29", CG_DEADLINE_STATUS_MET, "cg2");
  assert_entry (report, "core-group-interval", 1, "2027-02-09", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* Nothing falls due before the first core group has been held. */
static void
test_core_group_interval_none_before_the_first_core_group (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-25", PRESENT ("m1")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-11-20");

  g_assert_cmpuint (count_entries (report, "core-group-interval"), ==, 0);
}

/* Recurring rules stop at the plan's end (doc/rules.md). */
static CgCase *
case_with_plan_ended (void)
{
  return CASE (.icpc = "2026-11-05", .extra = "\"plan_ended\": \"2026-12-01\",",
               .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
}

static void
test_core_group_interval_stops_at_plan_end (void)
{
  g_autoptr(CgCase) kase = case_with_plan_ended ();
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  /* cg1 + 6 weeks = 29 Dec, after the plan ended: not due. */
  g_assert_cmpuint (count_entries (report, "core-group-interval"), ==, 0);
}

/* final-core-group-before-review */

/* Suffolk 3.6: review conference Thu 4 Feb 2027; the window opens on the
 * 15th working day before it, Thu 14 Jan (Feb 3, 2, 1, Jan 29, 28, 27, 26,
 * 25, 22, 21, 20, 19, 18, 15, 14), and closes Wed 3 Feb. A core group on
 * 13 Jan is too early. */
#define REVIEW_4_FEB "\"review_conferences\": [ { \"date\": \"2027-02-04\" } ],"

static void
test_final_core_group_window (void)
{
  g_autoptr(CgCase) early = CASE (.icpc = "2026-11-05", .extra = REVIEW_4_FEB,
                                  .meetings = CG ("cg1", "2027-01-13", PRESENT ("m1")));
  g_autoptr(CgCase) inside = CASE (.icpc = "2026-11-05", .extra = REVIEW_4_FEB,
                                   .meetings = CG ("cg1", "2027-01-14", PRESENT ("m1")));
  g_autoptr(CgReport) a = evaluate ("suffolk", early, "2027-02-05");
  g_autoptr(CgReport) b = evaluate ("suffolk", inside, "2027-02-05");
  g_autoptr(CgReport) c = evaluate ("suffolk", early, "2027-01-20");
  g_autofree char *opens = cg_date_format (cg_deadline_get_window_start (entry (a, "final-core-group-before-review", 0)));

  g_assert_cmpstr (opens, ==, "2027-01-14");
  assert_entry (a, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_OVERDUE, NULL);
  assert_entry (b, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (c, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* The window's last day is the working day before the conference: a core
 * group on Wed 3 Feb meets it, one on the day of the conference does not. */
static void
test_final_core_group_window_closes_the_day_before (void)
{
  g_autoptr(CgCase) last_day = CASE (.icpc = "2026-11-05", .extra = REVIEW_4_FEB,
                                     .meetings = CG ("cg1", "2027-02-03", PRESENT ("m1")));
  g_autoptr(CgCase) same_day = CASE (.icpc = "2026-11-05", .extra = REVIEW_4_FEB,
                                     .meetings = CG ("cg1", "2027-02-04", PRESENT ("m1")));
  g_autoptr(CgReport) a = evaluate ("suffolk", last_day, "2027-02-05");
  g_autoptr(CgReport) b = evaluate ("suffolk", same_day, "2027-02-05");

  assert_entry (a, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (b, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* One entry per review conference, named after it; none for a conference
 * after the plan ended. */
static void
test_final_core_group_each_review_until_plan_end (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .extra = "\"review_conferences\": [ { \"date\": \"2027-02-04\" }, { \"date\": \"2027-08-05\" } ],"
             "\"plan_ended\": \"2027-06-01\",");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  g_assert_cmpuint (count_entries (report, "final-core-group-before-review"), ==, 1);
  g_assert_cmpstr (cg_deadline_get_subject (entry (report, "final-core-group-before-review", 0)), ==,
                   "review_conferences[0]");
}

/* minutes-circulated */

/* Minutes after a meeting on Tue 22 Dec 2026: Haringey, 5 working days
 * (Dec 23, 24, 29, 30, 31) → Thu 31 Dec; Suffolk, 15 (… Jan 4-8, 11-15) →
 * Fri 15 Jan. */
static void
test_minutes_across_christmas (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-12-10",
    .meetings = "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-12-22\","
                "  \"minutes_circulated\": \"2027-01-04\" }");
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2027-01-20");
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, "2027-01-20");

  assert_entry (haringey, "minutes-circulated", 0, "2026-12-31", CG_DEADLINE_STATUS_LATE, "cg1");
  assert_entry (wales, "minutes-circulated", 0, "2026-12-31", CG_DEADLINE_STATUS_LATE, "cg1");
  assert_entry (suffolk, "minutes-circulated", 0, "2027-01-15", CG_DEADLINE_STATUS_MET, "cg1");
}

/* Every entry says how its due date was counted, naming each weekday
 * that was not: the explanation a social worker checks with a diary. */
static void
assert_counted (CgDeadline *deadline,
                const char *from,
                const char *event,
                const char *explanation)
{
  g_autofree char *counted = cg_date_format (cg_deadline_get_counted_from (deadline));

  g_assert_cmpstr (counted, ==, from);
  g_assert_cmpstr (cg_deadline_get_counted_from_event (deadline), ==, event);
  g_assert_cmpstr (cg_deadline_get_explanation (deadline), ==, explanation);
}

static void
test_explanations (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-12-10",
    .meetings = "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-12-22\" }");
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, "2027-01-20");

  assert_counted (entry (suffolk, "minutes-circulated", 0), "2026-12-22", "cg1",
                  "15 working days after the core group of Tue 22 Dec 2026; not counted: Fri 25 Dec (Christmas Day), "
                  "Mon 28 Dec (Boxing Day, substitute day), Fri 1 Jan (New Year’s Day)");
  assert_counted (entry (suffolk, "first-core-group", 0), "2026-12-10", "initial-conference",
                  "10 working days after the initial conference of Thu 10 Dec 2026: Sat/Sun not counted");
  assert_counted (entry (suffolk, "core-group-interval", 0), "2026-12-22", "cg1",
                  "6 weeks after the core group of Tue 22 Dec 2026: every day counts");
  assert_counted (entry (suffolk, "review-conference", 0), "2026-12-10", "initial-conference",
                  "3 months after the initial conference of Thu 10 Dec 2026: every day counts");
  assert_counted (entry (suffolk, "lead-social-worker-visit", 0), "2026-12-10", "initial-conference",
                  "15 working days after the initial conference of Thu 10 Dec 2026; not counted: "
                  "Fri 25 Dec (Christmas Day), Mon 28 Dec (Boxing Day, substitute day), Fri 1 Jan (New Year’s Day)");
}

/* A closure day the authority added is named as the calendar names it. */
static void
test_explanations_closure (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-12-10",
    .meetings = "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-12-22\" }");
  g_autoptr(CgCalendar) own = calendar_closed_on ("2026-12-23");
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) report = NULL;

  report = cg_policy_evaluate_with_calendar (cg_policy_registry_lookup (registry, "suffolk"), kase, own, today, &error);
  g_assert_no_error (error);
  assert_counted (entry (report, "minutes-circulated", 0), "2026-12-22", "cg1",
                  "15 working days after the core group of Tue 22 Dec 2026; not counted: Wed 23 Dec (Office closure), "
                  "Fri 25 Dec (Christmas Day), Mon 28 Dec (Boxing Day, substitute day), Fri 1 Jan (New Year’s Day)");
}

/* Explanations are put into words when first read: from a report that
 * outlives the calendar it was counted in, and from several threads at
 * once (a caseload's reports are shared by its workers and a front end),
 * each entry gives one text. */
static gpointer
read_explanations (gpointer data)
{
  GListModel *deadlines = cg_report_get_deadlines (data);
  GPtrArray *texts = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      g_ptr_array_add (texts, (gpointer) cg_deadline_get_explanation (deadline));
    }

  return texts;
}

static void
test_explanations_read_later_from_threads (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-12-10",
    .meetings = "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-12-22\" }");
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) report = NULL;
  g_autoptr(GPtrArray) first = NULL;
  GThread *threads[4];

  {
    g_autoptr(CgCalendar) own = calendar_closed_on ("2026-12-23");

    report = cg_policy_evaluate_with_calendar (cg_policy_registry_lookup (registry, "suffolk"), kase, own, today, &error);
    g_assert_no_error (error);
  }

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    threads[t] = g_thread_new ("explain", read_explanations, report);
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      g_autoptr(GPtrArray) texts = g_thread_join (threads[t]);

      g_assert_cmpuint (texts->len, >, 0);
      if (first == NULL)
        {
          first = g_steal_pointer (&texts);
          continue;
        }
      for (guint i = 0; i < texts->len; i++)
        g_assert_true (g_ptr_array_index (texts, i) == g_ptr_array_index (first, i));
    }

  for (guint i = 0; i < first->len; i++)
    g_assert_nonnull (g_ptr_array_index (first, i));
  assert_counted (entry (report, "minutes-circulated", 0), "2026-12-22", "cg1",
                  "15 working days after the core group of Tue 22 Dec 2026; not counted: Wed 23 Dec (Office closure), "
                  "Fri 25 Dec (Christmas Day), Mon 28 Dec (Boxing Day, substitute day), Fri 1 Jan (New Year’s Day)");
  {
    g_autoptr(CgDeadline) minutes = g_object_ref (entry (report, "minutes-circulated", 0));
    g_autofree char *property = NULL;

    g_object_get (minutes, "explanation", &property, NULL);
    g_assert_cmpstr (property, ==, cg_deadline_get_explanation (minutes));
  }
}

/* Reports made and dropped in several threads at once, as a caseload's
 * workers and the command line's writer do: what entries share between
 * reports (a series' origin, the rule ids) is taken and let go
 * concurrently. Sharing origins through GLib 2.74's interned GRefStrings
 * failed here: a string released in one thread while another interned the
 * same text was handed out with no references left (a critical, then a
 * double free). */
static gpointer
evaluate_and_drop (gpointer data)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  CgCase *kase = data;

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgReport) report = cg_policy_evaluate (cg_policy_registry_lookup (registry, "suffolk"),
                                                       kase, today, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (cg_report_get_deadlines (report)), >, 3);
    }

  return NULL;
}

static void
test_reports_made_and_dropped_in_threads (void)
{
  GThread *threads[4];
  CgCase *cases[G_N_ELEMENTS (threads)];

  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      cases[t] = CASE (.icpc = "2026-11-05",
                       .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) "," CG ("cg2", "2026-12-22", PRESENT ("m1")));
      threads[t] = g_thread_new ("evaluate", evaluate_and_drop, cases[t]);
    }
  for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
    {
      g_thread_join (threads[t]);
      g_object_unref (cases[t]);
    }
}

/* A count with no bank holiday says so; a later occurrence counts from
 * the one before; a window counts back from its review conference. */
static void
test_explanations_chain_and_window (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .extra = "\"review_conferences\": [{ \"date\": \"2027-02-04\", \"held\": true }],",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) "," CG ("cg2", "2026-12-22", PRESENT ("m1")));
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, "2027-03-01");

  assert_counted (entry (suffolk, "first-core-group", 0), "2026-11-05", "initial-conference",
                  "10 working days after the initial conference of Thu 5 Nov 2026: Sat/Sun not counted");
  assert_counted (entry (suffolk, "core-group-interval", 1), "2026-12-22", "cg2",
                  "6 weeks after the core group of Tue 22 Dec 2026: every day counts");
  assert_counted (entry (suffolk, "final-core-group-before-review", 0), "2027-02-04", "review-conference:2027-02-04",
                  "The 15 working days before the review conference of Thu 4 Feb 2027, Thu 14 Jan 2027 to "
                  "Wed 3 Feb 2027: Sat/Sun not counted");
  assert_counted (entry (suffolk, "review-conference", 1), "2027-02-04", "review-conference:2027-02-04",
                  "6 months after the review conference of Thu 4 Feb 2027: every day counts");
}

/* Suffolk 4.3, 15 working days: core group Tue 17 Nov, minutes due Tue
 * 8 Dec, circulated that day: on time. Core group Wed 18 Nov, minutes due
 * Wed 9 Dec, circulated Thu 10 Dec: late. One entry per core group, named
 * after it. */
static void
test_minutes_late (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m1"), ", \"minutes_circulated\": \"2026-12-08\"") ","
                CG_WITH ("cg2", "2026-11-18", PRESENT ("m1"), ", \"minutes_circulated\": \"2026-12-10\""));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-10");

  g_assert_cmpuint (count_entries (report, "minutes-circulated"), ==, 2);
  assert_entry (report, "minutes-circulated", 0, "2026-12-08", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (report, "minutes-circulated", 1, "2026-12-09", CG_DEADLINE_STATUS_LATE, "cg2");
  g_assert_cmpstr (cg_deadline_get_subject (entry (report, "minutes-circulated", 1)), ==, "cg2");
}

/* Minutes not recorded are pending until the due day and overdue after
 * it; a circulation date after today has not happened yet. */
static void
test_minutes_not_recorded (void)
{
  g_autoptr(CgCase) none = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
  g_autoptr(CgCase) future = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m1"), ", \"minutes_circulated\": \"2026-12-10\""));
  g_autoptr(CgReport) on_due_day = evaluate ("suffolk", none, "2026-12-08");
  g_autoptr(CgReport) after = evaluate ("suffolk", none, "2026-12-09");
  g_autoptr(CgReport) not_yet = evaluate ("suffolk", future, "2026-12-09");

  assert_entry (on_due_day, "minutes-circulated", 0, "2026-12-08", CG_DEADLINE_STATUS_PENDING, NULL);
  assert_entry (after, "minutes-circulated", 0, "2026-12-08", CG_DEADLINE_STATUS_OVERDUE, NULL);
  assert_entry (not_yet, "minutes-circulated", 0, "2026-12-08", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* child-seen and lead-social-worker-visit */

/* Suffolk 8.3: seen by a professional member every 10 working days. A
 * parent's record does not count. ICPC Thu 5 Nov: due Thu 19 Nov (Nov 6, 9,
 * 10, 11, 12, 13, 16, 17, 18, 19). The parent "saw" Robin on 10 Nov; the
 * health visitor on Fri 20 Nov: late. Next due 10 working days after 20 Nov:
 * Fri 4 Dec; overdue on Mon 7 Dec. */
static CgCase *
case_seen_by_others (void)
{
  return CASE (.icpc = "2026-11-05",
               .contacts = "{ \"id\": \"c1\", \"date\": \"2026-11-10\", \"by\": \"m3\", \"seen\": true },"
                           "{ \"id\": \"c2\", \"date\": \"2026-11-20\", \"by\": \"m2\", \"seen\": true },"
                           "{ \"id\": \"c3\", \"date\": \"2026-11-23\", \"by\": \"m4\", \"seen\": false }");
}

static void
test_child_seen_non_professional_does_not_count (void)
{
  g_autoptr(CgCase) kase = case_seen_by_others ();
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-07");

  assert_entry (report, "child-seen", 0, "2026-11-19", CG_DEADLINE_STATUS_LATE, "c2");
  assert_entry (report, "child-seen", 1, "2026-12-04", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* Seen by the teacher on the due day, Thu 19 Nov: met; the next is due 10
 * working days after that visit, Thu 3 Dec. A contact without an id is
 * named by its place in the record. */
static void
test_child_seen_on_the_due_day (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
                                 .contacts = "{ \"date\": \"2026-11-19\", \"by\": \"m4\", \"seen\": true }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-01");

  g_assert_cmpuint (count_entries (report, "child-seen"), ==, 2);
  assert_entry (report, "child-seen", 0, "2026-11-19", CG_DEADLINE_STATUS_MET, "contacts[0]");
  assert_entry (report, "child-seen", 1, "2026-12-03", CG_DEADLINE_STATUS_PENDING, NULL);
}

static void
test_child_seen_stops_at_plan_end (void)
{
  g_autoptr(CgCase) kase = case_with_plan_ended ();
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  /* Child seen: due 19 Nov was before the end and was missed; 3 Dec
   * would be after it. */
  g_assert_cmpuint (count_entries (report, "child-seen"), ==, 1);
  assert_entry (report, "child-seen", 0, "2026-11-19", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* Suffolk 8.1: the lead social worker, every 15 working days from the
 * ICPC: Thu 26 Nov, not met by anyone else's visit. */
static void
test_lead_social_worker_visit_only_the_lead_social_worker (void)
{
  g_autoptr(CgCase) kase = case_seen_by_others ();
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-07");

  assert_entry (report, "lead-social-worker-visit", 0, "2026-11-26", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* Seen by the lead social worker on the due day, Thu 26 Nov: met. The next
 * visit is due 15 working days later, Thu 17 Dec: pending on that day and
 * overdue the day after. */
static void
test_lead_social_worker_visit_on_the_due_day (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .contacts = SEEN ("c1", "2026-11-26", "m1"));
  g_autoptr(CgReport) on_due_day = evaluate ("suffolk", kase, "2026-12-17");
  g_autoptr(CgReport) after = evaluate ("suffolk", kase, "2026-12-18");

  assert_entry (on_due_day, "lead-social-worker-visit", 0, "2026-11-26", CG_DEADLINE_STATUS_MET, "c1");
  assert_entry (on_due_day, "lead-social-worker-visit", 1, "2026-12-17", CG_DEADLINE_STATUS_PENDING, NULL);
  assert_entry (after, "lead-social-worker-visit", 1, "2026-12-17", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* review-conference */

/* Review conferences (England and Wales baselines): 3 months, then 6.
 * ICPC 30 Nov 2026 + 3 months = 28 Feb 2027, clamped to the month's end
 * (doc/rules.md); a review held 25 Feb; the next due 25 Aug 2027. */
static void
test_review_conference_months (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-30",
                                 .extra = "\"review_conferences\": [ { \"date\": \"2027-02-25\", \"held\": true } ],");
  g_autoptr(CgReport) report = evaluate ("wales", kase, "2027-03-01");

  assert_entry (report, "review-conference", 0, "2027-02-28", CG_DEADLINE_STATUS_MET, "review_conferences[0]");
  assert_entry (report, "review-conference", 1, "2027-08-25", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* Only a review that was held satisfies it: one still marked scheduled,
 * or dated after today, does not. */
static void
test_review_conference_scheduled_does_not_count (void)
{
  g_autoptr(CgCase) scheduled = CASE (.icpc = "2026-11-30",
    .extra = "\"review_conferences\": [ { \"date\": \"2027-02-25\", \"held\": false } ],");
  g_autoptr(CgCase) future = CASE (.icpc = "2026-11-30",
    .extra = "\"review_conferences\": [ { \"date\": \"2027-03-05\", \"held\": true } ],");
  g_autoptr(CgReport) a = evaluate ("england", scheduled, "2027-03-01");
  g_autoptr(CgReport) b = evaluate ("england", future, "2027-03-01");

  g_assert_cmpuint (count_entries (a, "review-conference"), ==, 1);
  assert_entry (a, "review-conference", 0, "2027-02-28", CG_DEADLINE_STATUS_OVERDUE, NULL);
  g_assert_cmpuint (count_entries (b, "review-conference"), ==, 1);
  assert_entry (b, "review-conference", 0, "2027-02-28", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* chair-update */

/* Suffolk 4.2: a core group no social care member could attend, chaired
 * by another professional; the chair updates the lead social worker
 * within 3 working days. Chaired by the health visitor on Tue 17 Nov: due
 * Fri 20 Nov, updated that day. Chaired by the teacher on Tue 1 Dec: due
 * Fri 4 Dec, not updated by 7 Dec. */
static void
test_chair_update_chaired_outside_social_care (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m2") "," ATTENDANCE ("m1", "apologies"),
                         ", \"chair\": \"m2\", \"chair_update\": \"2026-11-20\"") ","
                CG_WITH ("cg2", "2026-12-01", PRESENT ("m4") "," ATTENDANCE ("m1", "absent"), ", \"chair\": \"m4\""));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-07");

  g_assert_cmpuint (count_entries (report, "chair-update"), ==, 2);
  assert_entry (report, "chair-update", 0, "2026-11-20", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (report, "chair-update", 1, "2026-12-04", CG_DEADLINE_STATUS_OVERDUE, NULL);
  g_assert_cmpstr (cg_deadline_get_subject (entry (report, "chair-update", 1)), ==, "cg2");
}

/* Chaired by the lead social worker or the team manager, with no chair
 * recorded, chaired by a teacher with the lead social worker (or their
 * substitute) in the room, or chaired by a parent: nothing to report back. */
static void
test_chair_update_chaired_by_social_care (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m1"), ", \"chair\": \"m1\"") ","
                CG_WITH ("cg2", "2026-12-01", PRESENT ("m1"), ", \"chair\": \"m5\"") ","
                CG ("cg3", "2026-12-15", PRESENT ("m1")) ","
                CG_WITH ("cg4", "2026-12-16", PRESENT ("m1") "," PRESENT ("m4"), ", \"chair\": \"m4\"") ","
                CG_WITH ("cg5", "2026-12-17", ATTENDANCE ("m1", "substitute") "," PRESENT ("m4"), ", \"chair\": \"m4\"") ","
                CG_WITH ("cg6", "2026-12-18", PRESENT ("m3") "," PRESENT ("m2"), ", \"chair\": \"m3\""));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  g_assert_cmpuint (count_entries (report, "chair-update"), ==, 0);
}

/* significant-change-report */

/* Suffolk 4.5: reported to the conference chair within 5 working days.
 * Thu 10 Dec, reported Thu 17 Dec (the 5th working day): met. Tue 1 Dec,
 * reported Wed 9 Dec, a day after Tue 8 Dec: late. Mon 14 Dec, not yet
 * reported, due Mon 21 Dec: pending on 18 Dec. A change of professional,
 * and a change dated after today, are not significant changes to report. */
static void
test_significant_change_report (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .events = EVENT ("e1", "significant-change", "2026-12-10", ", \"reported_on\": \"2026-12-17\"") ","
              EVENT ("e2", "significant-change", "2026-12-01", ", \"reported_on\": \"2026-12-09\"") ","
              EVENT ("e3", "significant-change", "2026-12-14", "") ","
              EVENT ("e4", "professional-change", "2026-12-02", "") ","
              EVENT ("e5", "significant-change", "2026-12-21", ""));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-18");

  g_assert_cmpuint (count_entries (report, "significant-change-report"), ==, 3);
  /* The report lists entries by due date. */
  assert_entry (report, "significant-change-report", 0, "2026-12-08", CG_DEADLINE_STATUS_LATE, "e2");
  assert_entry (report, "significant-change-report", 1, "2026-12-17", CG_DEADLINE_STATUS_MET, "e1");
  assert_entry (report, "significant-change-report", 2, "2026-12-21", CG_DEADLINE_STATUS_PENDING, NULL);
  g_assert_cmpstr (cg_deadline_get_subject (entry (report, "significant-change-report", 2)), ==, "e3");
}

/* member-change-notice */

/* Haringey, "Attendance at meetings": the core group told of a change of
 * allocated professional within 5 working days. Tue 1 Dec, told Tue 8 Dec:
 * met. Thu 10 Dec, not told, due Thu 17 Dec: overdue on 18 Dec. A
 * significant change is not a change of professional. */
static void
test_member_change_notice (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .events = EVENT ("e1", "professional-change", "2026-12-01", ", \"reported_on\": \"2026-12-08\"") ","
              EVENT ("e2", "professional-change", "2026-12-10", "") ","
              EVENT ("e3", "significant-change", "2026-12-02", ""));
  g_autoptr(CgReport) report = evaluate ("haringey", kase, "2026-12-18");

  g_assert_cmpuint (count_entries (report, "member-change-notice"), ==, 2);
  assert_entry (report, "member-change-notice", 0, "2026-12-08", CG_DEADLINE_STATUS_MET, "e1");
  assert_entry (report, "member-change-notice", 1, "2026-12-17", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* school-move-core-group */

/* Haringey, "Frequency of meetings": a core group at the new school within
 * 10 working days of the move. Moved Mon 30 Nov: due Mon 14 Dec. A core
 * group elsewhere does not count; one whose venue names the school, in any
 * case, does. */
static void
test_school_move_core_group_at_the_new_school (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-12-02", PRESENT ("m1"), ", \"venue\": \"Family centre\"") ","
                CG_WITH ("cg2", "2026-12-10", PRESENT ("m1"), ", \"venue\": \"OAK PRIMARY School, room 4\""),
    .events = EVENT ("e1", "school-move", "2026-11-30", ", \"school\": \"Oak Primary\""));
  g_autoptr(CgReport) report = evaluate ("haringey", kase, "2026-12-15");

  assert_entry (report, "school-move-core-group", 0, "2026-12-14", CG_DEADLINE_STATUS_MET, "cg2");
  g_assert_cmpstr (cg_deadline_get_subject (entry (report, "school-move-core-group", 0)), ==, "e1");
}

/* With no school named, any core group held on or after the move counts;
 * one before it does not. */
static void
test_school_move_core_group_any_venue (void)
{
  g_autoptr(CgCase) after = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-30", PRESENT ("m1"), ", \"venue\": \"Family centre\""),
    .events = EVENT ("e1", "school-move", "2026-11-30", ""));
  g_autoptr(CgCase) before = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-27", PRESENT ("m1")),
    .events = EVENT ("e1", "school-move", "2026-11-30", ""));
  g_autoptr(CgReport) a = evaluate ("haringey", after, "2026-12-15");
  g_autoptr(CgReport) b = evaluate ("haringey", before, "2026-12-15");

  assert_entry (a, "school-move-core-group", 0, "2026-12-14", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (b, "school-move-core-group", 0, "2026-12-14", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* The example cases, as a social worker would read them on 20 Jan 2027. */
static void
test_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  /* Suffolk 4.2: chaired by the health visitor on 22 Dec; update due within
   * 3 working days (23, 24, 29 Dec) and given on 4 Jan. */
  assert_entry (report, "chair-update", 0, "2026-12-29", CG_DEADLINE_STATUS_LATE, "cg2");
  /* Suffolk 4.5: father returned 10 Dec, reported 15 Dec, due 17 Dec. */
  assert_entry (report, "significant-change-report", 0, "2026-12-17", CG_DEADLINE_STATUS_MET, "e1");
  g_assert_cmpuint (cg_report_count_overdue (report), ==, 2);
  g_assert_true (cg_report_needs_action (report));
}

static void
test_haringey_example (void)
{
  g_autoptr(CgCase) kase = load_example ("haringey-school-move.json");
  g_autoptr(CgReport) report = evaluate ("haringey", kase, "2027-01-20");

  /* School move 30 Nov: a core group at the new school within 10 working
   * days, by Mon 14 Dec; held there on 21 Dec. Change of school nurse on
   * 1 Dec: core group told within 5 working days, by Tue 8 Dec; told 10 Dec. */
  assert_entry (report, "school-move-core-group", 0, "2026-12-14", CG_DEADLINE_STATUS_LATE, "cg3");
  assert_entry (report, "member-change-notice", 0, "2026-12-08", CG_DEADLINE_STATUS_LATE, "e2");
}

/* After the plan ends the record stands still: an occurrence due before
 * the end and missed is overdue, and stays overdue as today moves on; one
 * due on or after the end appears only if it was met; a visit after the end
 * satisfies nothing; no pending entry follows the end. Plan ended Fri 4 Dec
 * 2026; Suffolk's child-seen every 10 working days from the conference of
 * Thu 5 Nov: due Thu 19 Nov, met by the visit of Tue 17 Nov; then due Tue 1
 * Dec, not met by the end (the next visit is after it); the one after that
 * would be due after the end, so none. */
static void
test_plan_end_freezes (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .extra = "\"plan_ended\": \"2026-12-04\",",
    .contacts = SEEN ("c1", "2026-11-17", "m2") "," SEEN ("c2", "2026-12-08", "m2"));
  g_autoptr(CgReport) soon = evaluate ("suffolk", kase, "2026-12-10");
  g_autoptr(CgReport) later = evaluate ("suffolk", kase, "2027-06-30");
  g_autoptr(CgReport) before_end = evaluate ("suffolk", kase, "2026-11-30");

  g_assert_cmpuint (count_entries (soon, "child-seen"), ==, 2);
  assert_entry (soon, "child-seen", 0, "2026-11-19", CG_DEADLINE_STATUS_MET, "c1");
  assert_entry (soon, "child-seen", 1, "2026-12-01", CG_DEADLINE_STATUS_OVERDUE, NULL);
  g_assert_cmpuint (count_entries (later, "child-seen"), ==, 2);
  assert_entry (later, "child-seen", 1, "2026-12-01", CG_DEADLINE_STATUS_OVERDUE, NULL);
  /* Before the end, the running occurrence is pending as usual. */
  assert_entry (before_end, "child-seen", 1, "2026-12-01", CG_DEADLINE_STATUS_PENDING, NULL);

  /* Nothing pending follows the end, for any rule. */
  for (guint i = 0; i < g_list_model_get_n_items (cg_report_get_deadlines (later)); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (cg_report_get_deadlines (later), i);

      if (g_strcmp0 (cg_deadline_get_rule (deadline), "minutes-circulated") != 0)
        g_assert_cmpint (cg_deadline_get_status (deadline), !=, CG_DEADLINE_STATUS_PENDING);
    }
}

/* The whole report of a plan long over is the same whatever the day. */
static void
test_plan_end_report_stands_still (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .extra = "\"plan_ended\": \"2027-01-15\", \"review_conferences\": [{ \"date\": \"2027-01-15\", \"held\": true }],",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," PRESENT ("m2")) ","
                CG ("cg2", "2026-12-22", PRESENT ("m1") "," PRESENT ("m2")),
    .contacts = SEEN ("c1", "2026-11-17", "m1") "," SEEN ("c2", "2027-01-04", "m1"),
    .plan = "{ \"actions\": [ { \"id\": \"a1\", \"description\": \"Refer\", \"due\": \"2027-01-10\" },"
            "  { \"id\": \"a2\", \"description\": \"Review\", \"due\": \"2027-02-01\" } ] }");
  g_autoptr(CgReport) spring = evaluate ("suffolk", kase, "2027-04-01");
  g_autoptr(CgReport) winter = evaluate ("suffolk", kase, "2028-12-01");
  g_autofree char *a = cg_report_to_json (spring, NULL);
  g_autofree char *b = cg_report_to_json (winter, NULL);
  g_autofree char *a_rest = g_strdup (strstr (a, "\"deadlines\""));
  g_autofree char *b_rest = g_strdup (strstr (b, "\"deadlines\""));

  g_assert_cmpstr (a_rest, ==, b_rest);
  /* The action due after the end fell with the plan; the one due before
   * it is drift. */
  assert_findings (spring, "action-overdue", "a1");
}

/* Each built-in rule names what its duty arises from, in the Suffolk
 * example: a recurring rule's series by what it was first counted from
 * (every entry of it alike), a one-off duty by its subject. */
static void
test_origin_of_each_rule (void)
{
  static const struct { const char *rule; const char *origin; } expected[] = {
    { "first-core-group", "initial-conference" },
    { "core-group-interval", "cg1" },
    { "child-seen", "initial-conference" },
    { "lead-social-worker-visit", "initial-conference" },
    { "final-core-group-before-review", "review_conferences[0]" },
    { "significant-change-report", "e1" },
  };
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  GListModel *deadlines = cg_report_get_deadlines (report);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpuint (count_entries (report, expected[i].rule), >, 0);
      for (guint n = 0; n < count_entries (report, expected[i].rule); n++)
        g_assert_cmpstr (cg_deadline_get_origin (entry (report, expected[i].rule, n)), ==, expected[i].origin);
    }

  /* One-off duties: each its own, named by its subject. */
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (cg_deadline_get_subject (deadline) != NULL)
        g_assert_cmpstr (cg_deadline_get_origin (deadline), ==, cg_deadline_get_subject (deadline));
      else
        g_assert_nonnull (cg_deadline_get_origin (deadline));
    }
  g_assert_cmpstr (cg_deadline_get_origin (entry (report, "minutes-circulated", 1)), ==, "cg2");
}

/* A late visit moves the next visit's due date and the event it is
 * counted from; the duty's origin stays. Seen Thu 19 Nov (due 19 Nov from
 * the conference of Thu 5 Nov); next due Thu 3 Dec. A visit on Mon 7 Dec,
 * late, makes the next due Mon 21 Dec. */
static void
test_origin_stays_when_a_late_visit_moves_the_due_date (void)
{
  g_autoptr(CgCase) before = CASE (.icpc = "2026-11-05", .contacts = SEEN ("c1", "2026-11-19", "m2"));
  g_autoptr(CgCase) after = CASE (.icpc = "2026-11-05",
                                  .contacts = SEEN ("c1", "2026-11-19", "m2") "," SEEN ("c2", "2026-12-07", "m2"));
  g_autoptr(CgReport) a = evaluate ("suffolk", before, "2026-12-08");
  g_autoptr(CgReport) b = evaluate ("suffolk", after, "2026-12-08");
  CgDeadline *open_before, *open_after;

  assert_entry (a, "child-seen", 1, "2026-12-03", CG_DEADLINE_STATUS_OVERDUE, NULL);
  assert_entry (b, "child-seen", 1, "2026-12-03", CG_DEADLINE_STATUS_LATE, "c2");
  assert_entry (b, "child-seen", 2, "2026-12-21", CG_DEADLINE_STATUS_PENDING, NULL);
  open_before = entry (a, "child-seen", 1);
  open_after = entry (b, "child-seen", 2);
  g_assert_cmpstr (cg_deadline_get_counted_from_event (open_before), ==, "c1");
  g_assert_cmpstr (cg_deadline_get_counted_from_event (open_after), ==, "c2");
  g_assert_cmpstr (cg_deadline_get_origin (open_before), ==, "initial-conference");
  g_assert_cmpstr (cg_deadline_get_origin (open_after), ==, "initial-conference");
}

/* Each entry met says how, naming people instead of ids, with the day:
 * the Suffolk example's first entries of each rule, and the Haringey
 * example's review conference and change of professional. What is still
 * to meet has no such text. */
static void
test_satisfied_text (void)
{
  static const struct { gboolean haringey; const char *rule; const char *text; } expected[] = {
    { FALSE, "child-seen", "seen by Priya Shah (fictional) on Tue 10 Nov 2026" },
    { FALSE, "lead-social-worker-visit", "seen by Jo Okafor (fictional) on Fri 20 Nov 2026" },
    { FALSE, "first-core-group", "core group held on Tue 17 Nov 2026" },
    { FALSE, "minutes-circulated", "minutes circulated on Tue 1 Dec 2026" },
    { FALSE, "chair-update", "lead social worker updated by the chair on Mon 4 Jan 2027" },
    { FALSE, "significant-change-report", "reported to the conference chair on Tue 15 Dec 2026" },
    { TRUE, "review-conference", "review held on Mon 11 Jan 2027" },
    { TRUE, "member-change-notice", "core group told on Thu 10 Dec 2026" },
  };
  g_autoptr(CgCase) suffolk = load_example ("suffolk-neglect.json");
  g_autoptr(CgCase) haringey = load_example ("haringey-school-move.json");
  g_autoptr(CgReport) a = evaluate ("suffolk", suffolk, "2027-01-20");
  g_autoptr(CgReport) b = evaluate ("haringey", haringey, "2027-01-20");
  CgDeadline *open_visit = entry (a, "lead-social-worker-visit", count_entries (a, "lead-social-worker-visit") - 1);

  g_autofree char *open_text = cg_deadline_dup_satisfied_text (open_visit);

  g_assert_cmpstr (cg_deadline_get_satisfied_by (entry (a, "child-seen", 0)), ==, "c1");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = cg_deadline_dup_satisfied_text (entry (expected[i].haringey ? b : a, expected[i].rule, 0));

      g_assert_cmpstr (text, ==, expected[i].text);
    }

  g_assert_cmpint (cg_deadline_get_status (open_visit), ==, CG_DEADLINE_STATUS_PENDING);
  g_assert_null (open_text);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rules/first-core-group/across-christmas", test_first_core_group_across_christmas);
  g_test_add_func ("/rules/first-core-group/across-easter", test_first_core_group_across_easter);
  g_test_add_func ("/rules/first-core-group/counts-from-the-conference-day",
                   test_first_core_group_counts_from_the_conference_day);
  g_test_add_func ("/rules/first-core-group/only-core-groups-held-count",
                   test_first_core_group_only_core_groups_held_count);
  g_test_add_func ("/rules/core-group-interval/late-meeting-resets-the-clock",
                   test_core_group_interval_late_meeting_resets_the_clock);
  g_test_add_func ("/rules/core-group-interval/differs-by-policy", test_core_group_interval_differs_by_policy);
  g_test_add_func ("/rules/core-group-interval/on-the-due-day", test_core_group_interval_on_the_due_day);
  g_test_add_func ("/rules/core-group-interval/none-before-the-first-core-group",
                   test_core_group_interval_none_before_the_first_core_group);
  g_test_add_func ("/rules/core-group-interval/stops-at-plan-end", test_core_group_interval_stops_at_plan_end);
  g_test_add_func ("/rules/final-core-group-before-review/window", test_final_core_group_window);
  g_test_add_func ("/rules/final-core-group-before-review/window-closes-the-day-before",
                   test_final_core_group_window_closes_the_day_before);
  g_test_add_func ("/rules/final-core-group-before-review/each-review-until-plan-end",
                   test_final_core_group_each_review_until_plan_end);
  g_test_add_func ("/rules/minutes-circulated/across-christmas", test_minutes_across_christmas);
  g_test_add_func ("/deadlines/explanations/holidays-named", test_explanations);
  g_test_add_func ("/deadlines/explanations/chain-and-window", test_explanations_chain_and_window);
  g_test_add_func ("/deadlines/explanations/closure", test_explanations_closure);
  g_test_add_func ("/deadlines/explanations/read-later-from-threads", test_explanations_read_later_from_threads);
  g_test_add_func ("/deadlines/threads/made-and-dropped", test_reports_made_and_dropped_in_threads);
  g_test_add_func ("/deadlines/plan-end/freezes", test_plan_end_freezes);
  g_test_add_func ("/deadlines/plan-end/report-stands-still", test_plan_end_report_stands_still);
  g_test_add_func ("/rules/minutes-circulated/late", test_minutes_late);
  g_test_add_func ("/rules/minutes-circulated/not-recorded", test_minutes_not_recorded);
  g_test_add_func ("/rules/child-seen/non-professional-does-not-count", test_child_seen_non_professional_does_not_count);
  g_test_add_func ("/rules/child-seen/on-the-due-day", test_child_seen_on_the_due_day);
  g_test_add_func ("/rules/child-seen/stops-at-plan-end", test_child_seen_stops_at_plan_end);
  g_test_add_func ("/rules/lead-social-worker-visit/only-the-lead-social-worker",
                   test_lead_social_worker_visit_only_the_lead_social_worker);
  g_test_add_func ("/rules/lead-social-worker-visit/on-the-due-day", test_lead_social_worker_visit_on_the_due_day);
  g_test_add_func ("/rules/review-conference/months", test_review_conference_months);
  g_test_add_func ("/rules/review-conference/scheduled-does-not-count", test_review_conference_scheduled_does_not_count);
  g_test_add_func ("/rules/chair-update/chaired-outside-social-care", test_chair_update_chaired_outside_social_care);
  g_test_add_func ("/rules/chair-update/chaired-by-social-care", test_chair_update_chaired_by_social_care);
  g_test_add_func ("/rules/significant-change-report/reported", test_significant_change_report);
  g_test_add_func ("/rules/member-change-notice/reported", test_member_change_notice);
  g_test_add_func ("/rules/school-move-core-group/at-the-new-school", test_school_move_core_group_at_the_new_school);
  g_test_add_func ("/rules/school-move-core-group/any-venue", test_school_move_core_group_any_venue);
  g_test_add_func ("/deadlines/satisfied-text", test_satisfied_text);
  g_test_add_func ("/deadlines/origin/each-rule", test_origin_of_each_rule);
  g_test_add_func ("/deadlines/origin/stays-when-a-late-visit-moves-the-due-date",
                   test_origin_stays_when_a_late_visit_moves_the_due_date);
  g_test_add_func ("/deadlines/example/suffolk-neglect", test_suffolk_example);
  g_test_add_func ("/deadlines/example/haringey-school-move", test_haringey_example);

  return g_test_run ();
}
