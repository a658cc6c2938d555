/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The deadline and compliance engine: hand-worked cases whose expected
 * dates come from the seed paragraphs and the England and Wales calendar
 * (bank holidays 2026-27: Fri 25 Dec, Mon 28 Dec for Boxing Day, Fri 1 Jan,
 * Good Friday 26 Mar, Easter Monday 29 Mar 2027). */

#include <string.h>

#include <glib/gstdio.h>

#include <coregroup/coregroup.h>

static const char * const builtin_ids[] = {
  "england", "wales", "suffolk", "haringey", "city-and-hackney", "south-east-wales", "hertfordshire",
};

static CgPolicy *
policy (const char *id)
{
  static CgPolicyRegistry *registry;

  if (registry == NULL)
    registry = cg_policy_registry_new_builtin ();
  return cg_policy_registry_lookup (registry, id);
}

/* A case with five members (m1 lead social worker, m2 health visitor,
 * m3 parent, m4 teacher, m5 team manager) and the given parts. */
static CgCase *
make_case (const char *icpc,
           const char *extra,
           const char *meetings,
           const char *contacts)
{
  g_autofree char *json = g_strdup_printf (
    "{ \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"T-1\", \"policy\": \"suffolk\","
    "  \"child\": { \"name\": \"Test (fictional)\" }, \"initial_conference\": \"%s\", %s"
    "  \"members\": ["
    "    { \"id\": \"m1\", \"name\": \"Lead\", \"role\": \"lead-social-worker\" },"
    "    { \"id\": \"m2\", \"name\": \"Health\", \"role\": \"health-visitor\" },"
    "    { \"id\": \"m3\", \"name\": \"Parent\", \"role\": \"parent\" },"
    "    { \"id\": \"m4\", \"name\": \"Teacher\", \"role\": \"teacher\" },"
    "    { \"id\": \"m5\", \"name\": \"Manager\", \"role\": \"team-manager\" } ],"
    "  \"meetings\": [ %s ], \"contacts\": [ %s ] }",
    icpc, extra != NULL ? extra : "", meetings != NULL ? meetings : "", contacts != NULL ? contacts : "");
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_data (json, -1, &error);

  g_assert_no_error (error);
  return kase;
}

static CgReport *
evaluate (const char *policy_id,
          CgCase     *kase,
          const char *today_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = cg_date_parse (today_text, &error);
  CgReport *report;

  g_assert_no_error (error);
  g_assert_nonnull (policy (policy_id));
  report = cg_policy_evaluate (policy (policy_id), kase, today, &error);
  g_assert_no_error (error);
  return report;
}

/* The nth (from 0) deadline entry of @rule, or NULL. */
static CgDeadline *
entry (CgReport   *report,
       const char *rule,
       guint       nth)
{
  GListModel *deadlines = cg_report_get_deadlines (report);

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (g_str_equal (cg_deadline_get_rule (deadline), rule) && nth-- == 0)
        return deadline;   /* the report keeps it alive */
    }

  return NULL;
}

static guint
count_entries (CgReport   *report,
               const char *rule)
{
  guint n = 0;

  while (entry (report, rule, n) != NULL)
    n++;
  return n;
}

static void
assert_entry (CgReport         *report,
              const char       *rule,
              guint             nth,
              const char       *due,
              CgDeadlineStatus  status,
              const char       *satisfied_by)
{
  CgDeadline *deadline = entry (report, rule, nth);
  g_autofree char *due_text = NULL;

  if (deadline == NULL)
    g_error ("no entry %u of %s", nth, rule);

  due_text = cg_date_format (cg_deadline_get_due (deadline));
  g_assert_cmpstr (due_text, ==, due);
  g_assert_cmpint (cg_deadline_get_status (deadline), ==, status);
  g_assert_cmpstr (cg_deadline_get_satisfied_by (deadline), ==, satisfied_by);
  g_assert_nonnull (cg_deadline_get_source (deadline));
}

/* Findings of @rule, as "subject" strings joined by commas. */
static char *
findings (CgReport   *report,
          const char *rule)
{
  GListModel *list = cg_report_get_findings (report);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CgFinding) finding = g_list_model_get_item (list, i);

      if (g_str_equal (cg_finding_get_rule (finding), rule))
        g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "", cg_finding_get_subject (finding));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

#define CG(id, date, attendance) \
  "{ \"id\": \"" id "\", \"kind\": \"core-group\", \"date\": \"" date "\", \"attendance\": [" attendance "] }"
#define PRESENT(m) "{ \"member\": \"" m "\", \"status\": \"present\" }"

/* Every built-in policy: first core group within 10 working days of the
 * ICPC (Suffolk 2.1; Haringey; City & Hackney 2; South East Wales; Working
 * Together 2018 and Wales Safeguarding Procedures for the baselines).
 * ICPC Fri 18 Dec 2026: Dec 21 (1), 22, 23, 24 (4), [25, 28 holidays],
 * 29 (5), 30, 31 (7), [1 Jan holiday], Jan 4 (8), 5 (9), 6 (10). */
static void
test_first_core_group_across_christmas (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
    {
      g_autoptr(CgCase) on_time = make_case ("2026-12-18", NULL, CG ("cg1", "2027-01-06", PRESENT ("m1")), NULL);
      g_autoptr(CgCase) late = make_case ("2026-12-18", NULL, CG ("cg1", "2027-01-07", PRESENT ("m1")), NULL);
      g_autoptr(CgCase) none = make_case ("2026-12-18", NULL, NULL, NULL);
      g_autoptr(CgReport) a = evaluate (builtin_ids[i], on_time, "2027-01-20");
      g_autoptr(CgReport) b = evaluate (builtin_ids[i], late, "2027-01-20");
      g_autoptr(CgReport) c = evaluate (builtin_ids[i], none, "2027-01-06");
      g_autoptr(CgReport) d = evaluate (builtin_ids[i], none, "2027-01-07");

      g_test_message ("policy %s", builtin_ids[i]);
      assert_entry (a, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_MET, "cg1");
      assert_entry (b, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_LATE, "cg1");
      assert_entry (c, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_PENDING, NULL);
      assert_entry (d, "first-core-group", 0, "2027-01-06", CG_DEADLINE_STATUS_OVERDUE, NULL);
    }
}

static void assert_findings (CgReport   *report,
                             const char *rule,
                             const char *subjects);

/* Easter 2027 (Good Friday 26 March, Easter Monday 29 March): ICPC Thu
 * 18 Mar: Mar 19 (1), 22, 23, 24, 25 (5), [26, 29 holidays], 30 (6), 31 (7),
 * Apr 1 (8), 2 (9), 5 (10). Every built-in policy counts in England and
 * Wales, so the first core group is due Mon 5 April under all of them. */
static void
test_first_core_group_across_easter (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
    {
      g_autoptr(CgCase) kase = make_case ("2027-03-18", NULL, CG ("cg1", "2027-04-05", PRESENT ("m1")), NULL);
      g_autoptr(CgReport) report = evaluate (builtin_ids[i], kase, "2027-04-20");

      g_test_message ("policy %s", builtin_ids[i]);
      assert_entry (report, "first-core-group", 0, "2027-04-05", CG_DEADLINE_STATUS_MET, "cg1");
    }
}

/* plan-incomplete (Suffolk 7.2) fires for each required section that is
 * empty, once the first core group has been held; agreed-item-removed
 * (Suffolk 2.3, 3.4) fires for a removal recorded as the core group's, not
 * for one by a conference; not-seen-alone is not asked of a pre-verbal child. */
static void
test_plan_checks (void)
{
  const char *plan =
    "\"plan\": { \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe\" } ],"
    "  \"needs\": [ \"Meals\" ], \"risks\": [ \"Neglect\" ], \"contingency\": \"Legal meeting\","
    "  \"history\": ["
    "    { \"date\": \"2026-11-17\", \"author\": \"Lead\", \"reason\": \"Done with\", \"source\": \"core-group\","
    "      \"kind\": \"remove-action\", \"target\": \"a1\" },"
    "    { \"date\": \"2026-11-18\", \"author\": \"Chair\", \"reason\": \"Review\", \"source\": \"conference\","
    "      \"kind\": \"remove-action\", \"target\": \"a2\" } ] },"
    "\"child\": { \"name\": \"Baby (fictional)\", \"pre_verbal\": true },";
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL, CG ("cg1", "2026-11-17", PRESENT ("m1")),
                                      "{ \"id\": \"c1\", \"date\": \"2026-11-18\", \"by\": \"m1\", \"seen\": true }");
  g_autoptr(CgCase) baby = NULL;
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-11-20");
  g_autoptr(CgReport) baby_report = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list = cg_report_get_findings (report);
  g_autoptr(GString) sections = g_string_new (NULL);

  /* The plain case: no plan at all, a verbal child seen with a parent. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CgFinding) finding = g_list_model_get_item (list, i);

      if (g_str_equal (cg_finding_get_rule (finding), "plan-incomplete"))
        g_string_append_printf (sections, "%s;", cg_finding_get_message (finding));
    }
  g_assert_cmpstr (sections->str, ==,
                   "The child protection plan has no outcomes (Suffolk 7.2);"
                   "The child protection plan has no actions (Suffolk 7.2);"
                   "The child protection plan has no needs (Suffolk 7.2);"
                   "The child protection plan has no risks (Suffolk 7.2);"
                   "The child protection plan has no contingency (Suffolk 7.2);"
                   "The child protection plan has no contact-arrangements (Suffolk 7.2);");
  assert_findings (report, "not-seen-alone", "c1");

  /* The plan as given, for a pre-verbal child. */
  {
    g_autofree char *json = g_strdup_printf (
      "{ \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"T-2\", \"policy\": \"suffolk\", %s"
      "  \"initial_conference\": \"2026-11-05\","
      "  \"members\": [ { \"id\": \"m1\", \"name\": \"Lead\", \"role\": \"lead-social-worker\" } ],"
      "  \"meetings\": [ " CG ("cg1", "2026-11-17", PRESENT ("m1")) " ],"
      "  \"contacts\": [ { \"id\": \"c1\", \"date\": \"2026-11-18\", \"by\": \"m1\", \"seen\": true } ] }", plan);

    baby = cg_case_new_from_data (json, -1, &error);
    g_assert_no_error (error);
  }
  baby_report = evaluate ("suffolk", baby, "2026-11-20");
  assert_findings (baby_report, "agreed-item-removed", "a1");
  assert_findings (baby_report, "not-seen-alone", "");
  {
    GListModel *found = cg_report_get_findings (baby_report);
    g_autoptr(GString) missing = g_string_new (NULL);

    for (guint i = 0; i < g_list_model_get_n_items (found); i++)
      {
        g_autoptr(CgFinding) finding = g_list_model_get_item (found, i);

        if (g_str_equal (cg_finding_get_rule (finding), "plan-incomplete"))
          g_string_append_printf (missing, "%s;", cg_finding_get_message (finding));
      }
    g_assert_cmpstr (missing->str, ==,
                     "The child protection plan has no actions (Suffolk 7.2);"
                     "The child protection plan has no contact-arrangements (Suffolk 7.2);");
  }
}

/* Suffolk 3.1, every 6 weeks, counted from the meeting actually held:
 * cg1 Tue 17 Nov + 42 days = Tue 29 Dec; cg2 held late on Tue 5 Jan; the
 * next is due 5 Jan + 42 days = Tue 16 Feb, not 29 Dec + 42. */
static void
test_late_meeting_resets_the_clock (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL,
                                      CG ("cg1", "2026-11-17", PRESENT ("m1")) ","
                                      CG ("cg2", "2027-01-05", PRESENT ("m1")), NULL);
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  g_assert_cmpuint (count_entries (report, "core-group-interval"), ==, 2);
  assert_entry (report, "core-group-interval", 0, "2026-12-29", CG_DEADLINE_STATUS_LATE, "cg2");
  assert_entry (report, "core-group-interval", 1, "2027-02-16", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* Haringey meets four-weekly: cg1 17 Nov → 15 Dec (met by cg2 that day);
 * then 12 Jan, overdue on 20 Jan. The same record under City & Hackney
 * (6 weeks) has its next meeting due 26 Jan. */
static void
test_interval_differs_by_policy (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL,
                                      CG ("cg1", "2026-11-17", PRESENT ("m1")) ","
                                      CG ("cg2", "2026-12-15", PRESENT ("m1")), NULL);
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

/* Suffolk 8.3: seen by a professional member every 10 working days. A
 * parent's record does not count. ICPC Thu 5 Nov: due Thu 19 Nov (Nov 6, 9,
 * 10, 11, 12, 13, 16, 17, 18, 19). The parent "saw" Robin on 10 Nov; the
 * health visitor on Fri 20 Nov: late. Next due 10 working days after 20 Nov:
 * Fri 4 Dec; overdue on Mon 7 Dec. */
static void
test_child_seen_non_professional_does_not_count (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL, NULL,
    "{ \"id\": \"c1\", \"date\": \"2026-11-10\", \"by\": \"m3\", \"seen\": true },"
    "{ \"id\": \"c2\", \"date\": \"2026-11-20\", \"by\": \"m2\", \"seen\": true },"
    "{ \"id\": \"c3\", \"date\": \"2026-11-23\", \"by\": \"m4\", \"seen\": false }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-07");

  assert_entry (report, "child-seen", 0, "2026-11-19", CG_DEADLINE_STATUS_LATE, "c2");
  assert_entry (report, "child-seen", 1, "2026-12-04", CG_DEADLINE_STATUS_OVERDUE, NULL);
  /* Suffolk 8.1: the lead social worker, every 15 working days from the
   * ICPC: Thu 26 Nov, not met by anyone else's visit. */
  assert_entry (report, "lead-social-worker-visit", 0, "2026-11-26", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* Suffolk 4.7 quorum, with a substitute counting as present (doc/json-format.md). */
static void
test_quorum_and_substitutes (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL,
    CG ("cg1", "2026-11-17", PRESENT ("m1") ", { \"member\": \"m2\", \"status\": \"substitute\" }") ","
    CG ("cg2", "2026-12-15", PRESENT ("m1") "," PRESENT ("m3")
        ", { \"member\": \"m2\", \"status\": \"apologies\", \"written_report\": true }"), NULL);
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-16");
  g_autofree char *quorum = findings (report, "quorum");
  GListModel *list = cg_report_get_findings (report);
  gboolean message_seen = FALSE;

  g_assert_cmpstr (quorum, ==, "cg2");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(CgFinding) finding = g_list_model_get_item (list, i);

      if (g_str_equal (cg_finding_get_rule (finding), "quorum"))
        {
          g_assert_cmpint (cg_finding_get_severity (finding), ==, CG_SEVERITY_ERROR);
          g_assert_cmpstr (cg_finding_get_message (finding), ==,
                           "Core group of 15 Dec 2026 was not quorate: only 1 professional member attended (Suffolk 4.7)");
          message_seen = TRUE;
        }
    }
  g_assert_true (message_seen);
  /* Haringey has no quorum rule: the same record gives no quorum finding. */
  {
    g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2026-12-16");
    g_autofree char *none = findings (haringey, "quorum");

    g_assert_cmpstr (none, ==, "");
  }
}

/* Suffolk 3.6: review conference Thu 4 Feb 2027; the window opens on the
 * 15th working day before it, Thu 14 Jan (Feb 3, 2, 1, Jan 29, 28, 27, 26,
 * 25, 22, 21, 20, 19, 18, 15, 14), and closes Wed 3 Feb. A core group on
 * 13 Jan is too early. */
static void
test_final_core_group_window (void)
{
  const char *review = "\"review_conferences\": [ { \"date\": \"2027-02-04\" } ],";
  g_autoptr(CgCase) early = make_case ("2026-11-05", review, CG ("cg1", "2027-01-13", PRESENT ("m1")), NULL);
  g_autoptr(CgCase) inside = make_case ("2026-11-05", review, CG ("cg1", "2027-01-14", PRESENT ("m1")), NULL);
  g_autoptr(CgReport) a = evaluate ("suffolk", early, "2027-02-05");
  g_autoptr(CgReport) b = evaluate ("suffolk", inside, "2027-02-05");
  g_autoptr(CgReport) c = evaluate ("suffolk", early, "2027-01-20");
  g_autofree char *opens = cg_date_format (cg_deadline_get_window_start (entry (a, "final-core-group-before-review", 0)));

  g_assert_cmpstr (opens, ==, "2027-01-14");
  assert_entry (a, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_OVERDUE, NULL);
  assert_entry (b, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_MET, "cg1");
  assert_entry (c, "final-core-group-before-review", 0, "2027-02-03", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* Minutes after a meeting on Tue 22 Dec 2026: Haringey, 5 working days
 * (Dec 23, 24, 29, 30, 31) → Thu 31 Dec; Suffolk, 15 (… Jan 4-8, 11-15) →
 * Fri 15 Jan. */
static void
test_minutes_across_christmas (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-12-10", NULL,
    "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-12-22\", \"minutes_circulated\": \"2027-01-04\" }", NULL);
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2027-01-20");
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, "2027-01-20");

  assert_entry (haringey, "minutes-circulated", 0, "2026-12-31", CG_DEADLINE_STATUS_LATE, "cg1");
  assert_entry (wales, "minutes-circulated", 0, "2026-12-31", CG_DEADLINE_STATUS_LATE, "cg1");
  assert_entry (suffolk, "minutes-circulated", 0, "2027-01-15", CG_DEADLINE_STATUS_MET, "cg1");
}

/* Review conferences (England and Wales baselines): 3 months, then 6.
 * ICPC 30 Nov 2026 + 3 months = 28 Feb 2027, clamped to the month's end
 * (doc/rules.md); a review held 25 Feb; the next due 25 Aug 2027. */
static void
test_review_conference_months (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-30",
                                      "\"review_conferences\": [ { \"date\": \"2027-02-25\", \"held\": true } ],",
                                      NULL, NULL);
  g_autoptr(CgReport) report = evaluate ("wales", kase, "2027-03-01");

  assert_entry (report, "review-conference", 0, "2027-02-28", CG_DEADLINE_STATUS_MET, "review_conferences[0]");
  assert_entry (report, "review-conference", 1, "2027-08-25", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* Recurring rules stop at the plan's end (doc/rules.md). */
static void
test_plan_end_stops_recurring_rules (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-05", "\"plan_ended\": \"2026-12-01\",",
                                      CG ("cg1", "2026-11-17", PRESENT ("m1")), NULL);
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  /* cg1 + 6 weeks = 29 Dec, after the plan ended: not due. */
  g_assert_cmpuint (count_entries (report, "core-group-interval"), ==, 0);
  /* Child seen: due 19 Nov was before the end and was missed; 3 Dec
   * would be after it. */
  g_assert_cmpuint (count_entries (report, "child-seen"), ==, 1);
  assert_entry (report, "child-seen", 0, "2026-11-19", CG_DEADLINE_STATUS_OVERDUE, NULL);
}

/* The example cases, as a social worker would read them on 20 Jan 2027:
 * every check of each policy, firing and not firing. */
static CgCase *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_file (file, &error);

  g_assert_no_error (error);
  return kase;
}

static void
assert_findings (CgReport   *report,
                 const char *rule,
                 const char *subjects)
{
  g_autofree char *found = findings (report, rule);

  if (!g_str_equal (found, subjects))
    g_error ("%s: expected findings on “%s”, got “%s”", rule, subjects, found);
}

static void
test_checks_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  assert_findings (report, "quorum", "cg3");
  assert_findings (report, "absent-without-report", "m4,m4,m6");
  assert_findings (report, "child-views-missing", "cg3");
  assert_findings (report, "next-meeting-missing", "cg3");
  assert_findings (report, "interpreter-missing", "cg3");
  assert_findings (report, "not-seen-alone", "c6");
  assert_findings (report, "action-overdue", "a2");
  assert_findings (report, "attendance-concern", "m4");
  assert_findings (report, "plan-incomplete", "");
  assert_findings (report, "agreed-item-removed", "");
  assert_findings (report, "outcome-changed-outside-conference", "");
  assert_findings (report, "change-without-reason", "");
  /* Not Suffolk checks. */
  assert_findings (report, "key-worker-absent", "");
  assert_findings (report, "chair-is-key-worker", "");

  /* Suffolk 4.2: chaired by the health visitor on 22 Dec; update due within
   * 3 working days (23, 24, 29 Dec) and given on 4 Jan. */
  assert_entry (report, "chair-update", 0, "2026-12-29", CG_DEADLINE_STATUS_LATE, "cg2");
  /* Suffolk 4.5: father returned 10 Dec, reported 15 Dec, due 17 Dec. */
  assert_entry (report, "significant-change-report", 0, "2026-12-17", CG_DEADLINE_STATUS_MET, "e1");
  g_assert_cmpuint (cg_report_count_overdue (report), ==, 2);
  g_assert_true (cg_report_needs_action (report));
}

static void
test_checks_haringey_example (void)
{
  g_autoptr(CgCase) kase = load_example ("haringey-school-move.json");
  g_autoptr(CgReport) report = evaluate ("haringey", kase, "2027-01-20");
  g_autoptr(CgReport) as_suffolk = evaluate ("suffolk", kase, "2027-01-20");

  assert_findings (report, "key-worker-absent", "cg3");
  assert_findings (report, "first-meeting-chair", "");
  assert_findings (report, "chair-not-agreed", "");
  assert_findings (report, "not-seen-alone", "c7");
  assert_findings (report, "plan-incomplete", "");
  /* School move 30 Nov: a core group at the new school within 10 working
   * days, by Mon 14 Dec; held there on 21 Dec. Change of school nurse on
   * 1 Dec: core group told within 5 working days, by Tue 8 Dec; told 10 Dec. */
  assert_entry (report, "school-move-core-group", 0, "2026-12-14", CG_DEADLINE_STATUS_LATE, "cg3");
  assert_entry (report, "member-change-notice", 0, "2026-12-08", CG_DEADLINE_STATUS_LATE, "e2");

  /* Its history has an outcome added by the core group and a change with
   * no reason: Suffolk's checks report them (Suffolk 7.3, 2.3). */
  assert_findings (as_suffolk, "outcome-changed-outside-conference", "o2");
  assert_findings (as_suffolk, "change-without-reason", "a3");
  assert_findings (as_suffolk, "agreed-item-removed", "");
}

static void
test_checks_first_meeting (void)
{
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL,
    "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-11-17\", \"chair\": \"m1\","
    "  \"agreed_chair\": \"m1\", \"attendance\": [" PRESENT ("m1") "] }", NULL);
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2026-11-20");
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, "2026-11-20");

  /* Haringey: the team manager chairs the first core group, which agrees a
   * chair and vice chair. South East Wales: separate key working from chairing. */
  assert_findings (haringey, "first-meeting-chair", "cg1");
  assert_findings (haringey, "chair-not-agreed", "cg1");
  assert_findings (wales, "chair-is-key-worker", "cg1");
  assert_findings (wales, "first-meeting-chair", "");
}

static void
test_registry (void)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  CgPolicy *suffolk = cg_policy_registry_lookup (registry, "suffolk");
  g_auto(GStrv) rules = NULL;
  int value = 0;
  CgTimeUnit unit = CG_TIME_UNIT_CALENDAR_DAYS;

  g_assert_cmpuint (g_list_model_get_n_items (cg_policy_registry_get_policies (registry)), ==,
                    G_N_ELEMENTS (builtin_ids));
  for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
    g_assert_nonnull (cg_policy_registry_lookup (registry, builtin_ids[i]));
  g_assert_null (cg_policy_registry_lookup (registry, "narnia"));

  g_assert_true (CG_IS_RULE_POLICY (suffolk));
  g_assert_cmpstr (cg_policy_get_name (suffolk), ==, "Suffolk Safeguarding Partnership");
  g_assert_cmpint (cg_policy_get_division (suffolk), ==, CG_DIVISION_ENGLAND_AND_WALES);
  g_assert_cmpstr (cg_rule_policy_get_extends (CG_RULE_POLICY (suffolk)), ==, "england");
  /* Inherited from England. */
  g_assert_true (cg_rule_policy_get_timescale (CG_RULE_POLICY (suffolk), "review-conference", &value, &unit));
  g_assert_cmpint (value, ==, 3);
  g_assert_cmpint (unit, ==, CG_TIME_UNIT_MONTHS);
  g_assert_true (cg_rule_policy_get_timescale (CG_RULE_POLICY (suffolk), "core-group-interval", &value, &unit));
  g_assert_cmpint (value, ==, 6);
  g_assert_cmpint (unit, ==, CG_TIME_UNIT_WEEKS);
  g_assert_cmpstr (cg_rule_policy_get_source (CG_RULE_POLICY (suffolk), "quorum"), ==, "Suffolk 4.7");
  rules = cg_rule_policy_dup_rules (CG_RULE_POLICY (cg_policy_registry_lookup (registry, "hertfordshire")));
  g_assert_cmpstrv (rules, ((const char * const []) { "first-core-group", "review-conference", NULL }));
  g_assert_cmpstr (cg_rule_policy_get_extends (CG_RULE_POLICY (cg_policy_registry_lookup (registry, "south-east-wales"))),
                   ==, "wales");
}

static CgPolicyRegistry *
registry_with (const char *policy_json,
               GError    **error)
{
  CgPolicyRegistry *registry = cg_policy_registry_new_builtin ();

  cg_policy_registry_load_data (registry, policy_json, -1, "local.json", error);
  return registry;
}

static void
test_policy_file_errors (void)
{
  static const struct { const char *json; int code; const char *message; } bad[] = {
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"extends\": \"england\","
      " \"deadlines\": { \"child-seen\": { \"value\": \"ten\", \"unit\": \"working-days\", \"source\": \"X 1\" } } }",
      CG_POLICY_ERROR_INVALID, "local.json: deadlines.child-seen.value: must be a whole number" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"extends\": \"england\","
      " \"deadlines\": { \"child-seen\": { \"value\": 10, \"unit\": \"fortnights\", \"source\": \"X 1\" } } }",
      CG_POLICY_ERROR_INVALID, "local.json: deadlines.child-seen.unit: *" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"extends\": \"england\","
      " \"deadlines\": { \"child-seen\": { \"value\": 10, \"unit\": \"working-days\" } } }",
      CG_POLICY_ERROR_INVALID, "local.json: deadlines.child-seen.source: required field is missing" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"extends\": \"england\","
      " \"checks\": { \"tea-break\": { \"source\": \"X 1\" } } }",
      CG_POLICY_ERROR_UNKNOWN_RULE, "local.json: checks.tea-break: *" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"extends\": \"narnia\" }",
      CG_POLICY_ERROR_UNKNOWN_POLICY, "local.json: extends: *narnia*" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\" }",
      CG_POLICY_ERROR_INVALID, "local.json: division: required field is missing" },
    { "{ \"format\": \"coregroup-case\", \"version\": 1 }", CG_POLICY_ERROR_INVALID, "local.json: format: *" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"division\": \"wales\" }",
      CG_POLICY_ERROR_INVALID, "local.json: division: *" },
    { "not json", CG_POLICY_ERROR_INVALID, "local.json: *" },
    { "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", \"extends\": \"england\" }"
      " { \"id\": \"y\" }", CG_POLICY_ERROR_INVALID, "local.json: line 1, column 94: unexpected text after the end of the document" },
    { "{ 'format': 'coregroup-policy' }", CG_POLICY_ERROR_INVALID, "local.json: line 1, column 3: strings must use double quotes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgPolicyRegistry) registry = registry_with (bad[i].json, &error);

      g_assert_error (error, CG_POLICY_ERROR, bad[i].code);
      if (!g_pattern_match_simple (bad[i].message, error->message))
        g_error ("“%s” does not match “%s”", error->message, bad[i].message);
      g_assert_null (cg_policy_registry_lookup (registry, "x"));
    }
}

/* A local policy switches a rule off and changes another; the rest is inherited. */
static void
test_local_policy_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = registry_with (
    "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"my-lscp\", \"name\": \"My LSCP\","
    "  \"extends\": \"suffolk\", \"deadlines\": { \"child-seen\": null,"
    "  \"core-group-interval\": { \"value\": 4, \"unit\": \"weeks\", \"source\": \"My LSCP 3.1\" } } }", &error);
  CgPolicy *mine = cg_policy_registry_lookup (registry, "my-lscp");
  g_autoptr(CgCase) kase = make_case ("2026-11-05", NULL, CG ("cg1", "2026-11-17", PRESENT ("m1")), NULL);
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  g_autoptr(CgReport) report = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (mine);
  report = cg_policy_evaluate (mine, kase, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (report, "child-seen"), ==, 0);
  assert_entry (report, "core-group-interval", 0, "2026-12-15", CG_DEADLINE_STATUS_OVERDUE, NULL);
  g_assert_cmpstr (cg_deadline_get_source (entry (report, "core-group-interval", 0)), ==, "My LSCP 3.1");
  g_assert_cmpuint (count_entries (report, "minutes-circulated"), ==, 1);
}

/* Policy files in a directory may extend each other in any order; a
 * loop is reported. */
static void
test_load_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("coregroup-policies-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "a.json", NULL);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(CgPolicyRegistry) again = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;

  /* a extends b, which comes later in name order. */
  g_assert_true (g_file_set_contents (a, "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"a\","
                                         " \"name\": \"A\", \"extends\": \"b\" }", -1, NULL));
  g_assert_true (g_file_set_contents (b, "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"b\","
                                         " \"name\": \"B\", \"extends\": \"haringey\" }", -1, NULL));
  g_assert_true (cg_policy_registry_load_directory (registry, directory, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cg_policy_registry_lookup (registry, "a"));
  g_assert_true (cg_rule_policy_get_timescale (CG_RULE_POLICY (cg_policy_registry_lookup (registry, "a")),
                                               "school-move-core-group", NULL, NULL));

  g_assert_true (g_file_set_contents (b, "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"b\","
                                         " \"name\": \"B\", \"extends\": \"a\" }", -1, NULL));
  g_assert_false (cg_policy_registry_load_directory (again, directory, &error));
  g_assert_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_CYCLE);

  g_remove (a);
  g_remove (b);
  g_rmdir (dir);
}

/* coregroup/policies under XDG_DATA_HOME (isolated by the test harness). */
static void
test_data_dirs (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "coregroup", "policies", NULL);
  g_autofree char *path = g_build_filename (dir, "suffolk.json", NULL);
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  /* A local file named after a built-in policy overrides it. */
  g_assert_true (g_file_set_contents (path, "{ \"format\": \"coregroup-policy\", \"version\": 1,"
                                            " \"id\": \"suffolk\", \"name\": \"Suffolk (local)\", \"extends\": \"england\" }", -1, NULL));
  g_assert_true (cg_policy_registry_load_data_dirs (registry, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cg_policy_get_name (cg_policy_registry_lookup (registry, "suffolk")), ==, "Suffolk (local)");
  g_assert_cmpuint (g_list_model_get_n_items (cg_policy_registry_get_policies (registry)), ==,
                    G_N_ELEMENTS (builtin_ids));
}

static void
test_report_json (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *json = cg_report_to_json (report, NULL);

  g_assert_true (g_str_has_prefix (json, "{\n  \"case\" : \"SUF-2026-0417\",\n  \"policy\" : \"suffolk\",\n  \"today\" : \"2027-01-20\""));
  g_assert_nonnull (strstr (json, "\"window_start\" : \"2027-01-14\""));
  g_assert_nonnull (strstr (json, "\"rule\" : \"quorum\",\n      \"severity\" : \"error\",\n      \"subject\" : \"cg3\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/policy/first-core-group/across-christmas", test_first_core_group_across_christmas);
  g_test_add_func ("/policy/first-core-group/across-easter", test_first_core_group_across_easter);
  g_test_add_func ("/policy/checks/plan", test_plan_checks);
  g_test_add_func ("/policy/core-group-interval/late-meeting-resets-the-clock", test_late_meeting_resets_the_clock);
  g_test_add_func ("/policy/core-group-interval/differs-by-policy", test_interval_differs_by_policy);
  g_test_add_func ("/policy/child-seen/non-professional-does-not-count", test_child_seen_non_professional_does_not_count);
  g_test_add_func ("/policy/quorum/substitutes", test_quorum_and_substitutes);
  g_test_add_func ("/policy/final-core-group/window", test_final_core_group_window);
  g_test_add_func ("/policy/minutes/across-christmas", test_minutes_across_christmas);
  g_test_add_func ("/policy/review-conference/months", test_review_conference_months);
  g_test_add_func ("/policy/plan-end", test_plan_end_stops_recurring_rules);
  g_test_add_func ("/policy/checks/suffolk-example", test_checks_suffolk_example);
  g_test_add_func ("/policy/checks/haringey-example", test_checks_haringey_example);
  g_test_add_func ("/policy/checks/first-meeting", test_checks_first_meeting);
  g_test_add_func ("/policy/registry/builtin", test_registry);
  g_test_add_func ("/policy/registry/file-errors", test_policy_file_errors);
  g_test_add_func ("/policy/registry/local-policy", test_local_policy_file);
  g_test_add_func ("/policy/registry/directory", test_load_directory);
  g_test_add_func ("/policy/registry/data-dirs", test_data_dirs);
  g_test_add_func ("/policy/report/json", test_report_json);

  return g_test_run ();
}
