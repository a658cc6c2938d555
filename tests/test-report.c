/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* CgReport: the calendar a report counts in, the working days an entry
 * is overdue by, what needs action first (cg_report_list_urgent), and
 * the JSON writers (cg_report_to_json, cg_report_to_json_line). */

#include <string.h>

#include <json-glib/json-glib.h>

#include "test-fixtures.h"


/* A report evaluated by a policy counts in the calendar the policy
 * counted in; one made by hand, in England and Wales's. */
static void
test_report_calendar (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgCalendar) base = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(CgCalendar) own = calendar_closed_on ("2027-01-18");
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(CgReport) plain = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(CgReport) closed = NULL;
  g_autoptr(CgReport) by_hand = cg_report_new ("T-1", "local", today);
  g_autoptr(GError) error = NULL;

  closed = cg_policy_evaluate_with_calendar (builtin_policy ("suffolk"), kase, own, today, &error);
  g_assert_no_error (error);

  g_assert_true (cg_report_get_calendar (plain) == base);   /* the shared built-in one */
  g_assert_true (cg_report_get_calendar (closed) == own);
  g_assert_cmpint (cg_calendar_get_division (cg_report_get_calendar (by_hand)), ==, CG_DIVISION_ENGLAND_AND_WALES);
}

/* The Suffolk example on Wed 20 Jan 2027: the minutes of 22 Dec were due
 * Fri 15 Jan (Mon 18, Tue 19 and Wed 20 since: 3 working days), the
 * child was to be seen by Tue 19 Jan (1). With the authority closed on
 * Mon 18 Jan, the minutes are 2 working days overdue. What is not overdue
 * is overdue by none. */
static void
test_report_working_days_overdue (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(CgCalendar) own = calendar_closed_on ("2027-01-18");
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(CgReport) closed = NULL;
  GListModel *deadlines = cg_report_get_deadlines (report);
  guint n_overdue = 0;

  g_assert_cmpuint (cg_report_count_working_days_overdue (report, entry (report, "minutes-circulated", 1)), ==, 3);
  g_assert_cmpuint (cg_report_count_working_days_overdue (report, entry (report, "child-seen", 5)), ==, 1);
  g_assert_cmpint (cg_deadline_get_status (entry (report, "child-seen", 5)), ==, CG_DEADLINE_STATUS_OVERDUE);

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (cg_deadline_get_status (deadline) == CG_DEADLINE_STATUS_OVERDUE)
        n_overdue++;
      else
        g_assert_cmpuint (cg_report_count_working_days_overdue (report, deadline), ==, 0);
    }
  g_assert_cmpuint (n_overdue, ==, 2);

  closed = cg_policy_evaluate_with_calendar (builtin_policy ("suffolk"), kase, own, today, NULL);
  g_assert_cmpuint (cg_report_count_working_days_overdue (closed, entry (closed, "minutes-circulated", 1)), ==, 2);
}

static void
add_deadline (CgReport         *report,
              const char       *rule,
              const char       *due,
              CgDeadlineStatus  status)
{
  g_autoptr(GDate) day = date_new (due);
  g_autoptr(CgDeadline) deadline = g_object_new (CG_TYPE_DEADLINE, "rule", rule, "due", day, "status", status, NULL);

  cg_report_add_deadline (report, deadline);
}

/* The rules of the entries of @model, joined by spaces. */
static char *
rules_of (GListModel *model)
{
  g_autoptr(GString) rules = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (model, i);

      g_string_append_printf (rules, "%s%s", i > 0 ? " " : "", cg_deadline_get_rule (deadline));
    }
  return g_strdup (rules->str);
}

/* What needs action first, whatever order the entries were added in:
 * the overdue ones, longest overdue first, then what falls due within the
 * look-ahead (Wed 20 Jan + 10 working days: Wed 3 Feb), soonest first.
 * Met, late and later entries are left out. */
static void
test_report_urgent_order (void)
{
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(CgReport) report = cg_report_new ("T-1", "local", today);
  g_autoptr(GListModel) urgent = NULL;
  g_autoptr(GListModel) overdue_only = NULL;
  g_autofree char *rules = NULL;
  g_autofree char *overdue_rules = NULL;

  add_deadline (report, "due-friday", "2027-01-22", CG_DEADLINE_STATUS_PENDING);
  add_deadline (report, "one-day-overdue", "2027-01-19", CG_DEADLINE_STATUS_OVERDUE);
  add_deadline (report, "met", "2027-01-12", CG_DEADLINE_STATUS_MET);
  add_deadline (report, "later", "2027-02-04", CG_DEADLINE_STATUS_PENDING);
  add_deadline (report, "ten-days-overdue", "2027-01-06", CG_DEADLINE_STATUS_OVERDUE);
  add_deadline (report, "due-today", "2027-01-20", CG_DEADLINE_STATUS_PENDING);
  add_deadline (report, "last-day-ahead", "2027-02-03", CG_DEADLINE_STATUS_PENDING);
  add_deadline (report, "late", "2027-01-08", CG_DEADLINE_STATUS_LATE);
  add_deadline (report, "three-days-overdue", "2027-01-15", CG_DEADLINE_STATUS_OVERDUE);

  urgent = cg_report_list_urgent (report, 10);
  rules = rules_of (urgent);
  g_assert_cmpstr (rules, ==, "ten-days-overdue three-days-overdue one-day-overdue "
                              "due-friday due-today last-day-ahead");
  g_assert_true (g_list_model_get_item_type (urgent) == CG_TYPE_DEADLINE);

  overdue_only = cg_report_list_urgent (report, 0);
  overdue_rules = rules_of (overdue_only);
  g_assert_cmpstr (overdue_rules, ==, "ten-days-overdue three-days-overdue one-day-overdue due-today");
}

/* An overdue entry a named person accepted no longer needs action, and
 * the list is the report's own entries, as an evaluated report holds
 * them: the Suffolk example's two overdue items and its visit due Tue
 * 26 Jan. */
static void
test_report_urgent_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(GListModel) urgent = cg_report_list_urgent (report, 10);
  g_autoptr(CgDeadline) first = NULL;
  g_autofree char *rules = rules_of (urgent);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) due = date_new ("2027-01-15");
  g_autoptr(GDate) on = date_new ("2027-01-20");
  g_autoptr(CgAcknowledgement) accepted = cg_acknowledgement_new ("minutes-circulated", due, on,
                                                                  "T. Manager (fictional)", "Minute taker off sick");
  g_autoptr(CgReport) after = NULL;
  g_autoptr(GListModel) urgent_after = NULL;
  g_autofree char *rules_after = NULL;

  g_assert_cmpstr (rules, ==, "minutes-circulated child-seen lead-social-worker-visit");
  first = g_list_model_get_item (urgent, 0);
  g_assert_true (first == entry (report, "minutes-circulated", 1));

  g_assert_true (cg_case_add_acknowledgement (kase, accepted, &error));
  g_assert_no_error (error);
  after = evaluate ("suffolk", kase, "2027-01-20");
  urgent_after = cg_report_list_urgent (after, 10);
  rules_after = rules_of (urgent_after);
  g_assert_cmpstr (rules_after, ==, "child-seen lead-social-worker-visit");
}

static void
test_json_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *json = cg_report_to_json (report, NULL);

  g_assert_true (g_str_has_prefix (json, "{\n  \"case\" : \"SUF-2026-0417\",\n  \"policy\" : \"suffolk\",\n  \"today\" : \"2027-01-20\""));
  g_assert_nonnull (strstr (json, "\"window_start\" : \"2027-01-14\""));
  g_assert_nonnull (strstr (json, "\"rule\" : \"quorum\",\n      \"severity\" : \"error\",\n      \"subject\" : \"cg3\""));
}

/* One line of JSON Lines: the same object, no layout. */
static void
test_json_line (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *pretty = cg_report_to_json (report, NULL);
  gsize length;
  g_autofree char *line = cg_report_to_json_line (report, &length);
  g_autoptr(JsonNode) a = json_from_string (pretty, NULL);
  g_autoptr(JsonNode) b = json_from_string (line, NULL);

  g_assert_cmpuint (length, ==, strlen (line));
  g_assert_true (g_str_has_prefix (line, "{\"case\":\"SUF-2026-0417\",\"policy\":\"suffolk\""));
  g_assert_true (g_str_has_suffix (line, "}\n"));
  g_assert_true (strchr (line, '\n') == line + length - 1);
  g_assert_true (json_node_equal (a, b));
}

/* The duty's last occurrence met before an entry: for the Suffolk
 * example's overdue child-seen entry, the visit of Tue 5 Jan, late; for
 * the first entry of a series and a one-off duty, none. */
static void
test_report_find_last_met (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  CgDeadline *overdue = entry (report, "child-seen", 5);
  CgDeadline *last = cg_report_find_last_met (report, overdue);
  g_autofree char *last_text = cg_deadline_dup_satisfied_text (last);

  g_assert_cmpint (cg_deadline_get_status (overdue), ==, CG_DEADLINE_STATUS_OVERDUE);
  g_assert_true (last == entry (report, "child-seen", 4));
  g_assert_cmpint (cg_deadline_get_status (last), ==, CG_DEADLINE_STATUS_LATE);
  g_assert_cmpstr (last_text, ==, "seen by Jo Okafor (fictional) on Tue 5 Jan 2027");
  g_assert_true (cg_report_find_last_met (report, entry (report, "child-seen", 1)) == entry (report, "child-seen", 0));
  g_assert_null (cg_report_find_last_met (report, entry (report, "child-seen", 0)));
  g_assert_null (cg_report_find_last_met (report, entry (report, "minutes-circulated", 1)));
}

/* The written forms of a report, which must not depend on whether its
 * entries were ever made objects. */
static char *
written (CgReport *report)
{
  g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2027, 1, 20, 9, 0, 0);
  g_autofree char *json = cg_report_to_json (report, NULL);
  g_autofree char *ics = NULL;

  cg_icalendar_writer_set_timestamp (writer, when);
  ics = cg_icalendar_writer_to_data (writer, &report, 1, NULL);
  return g_strconcat (json, ics, NULL);
}

/* A report keeps the entries and findings its rules make as plain
 * records and makes each a CgDeadline or CgFinding when asked for it: the object is made once, is the
 * one every method gives out, and carries everything written; what the
 * report writes, counts and sorts is the same made or not. The example
 * with conference decisions has an acknowledged entry, attached to its
 * record before anything is made. */
static void
test_report_entries_as_records (void)
{
  const char *examples[] = { "suffolk-neglect.json", "suffolk-baby-conference-decisions.json" };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(CgCase) kase = load_example (examples[e]);
      g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
      GListModel *deadlines = cg_report_get_deadlines (report);
      guint n = g_list_model_get_n_items (deadlines);
      g_autofree char *before = written (report);
      g_autofree char *half = NULL;
      g_autofree char *after = NULL;
      g_autofree char *json = cg_report_to_json (report, NULL);
      g_autoptr(JsonNode) root = json_from_string (json, NULL);
      JsonArray *entries = json_object_get_array_member (json_node_get_object (root), "deadlines");
      g_autoptr(GListModel) urgent = NULL;
      guint overdue = cg_report_count_overdue (report);
      guint acknowledged = cg_report_count_acknowledged (report);
      guint n_acknowledged = 0;

      g_assert_cmpuint (n, >, 5);
      g_assert_cmpuint (json_array_get_length (entries), ==, n);

      /* Half of them made, then the rest. */
      for (guint i = 0; i < n; i += 2)
        g_object_unref (g_list_model_get_item (deadlines, i));
      half = written (report);
      g_assert_cmpstr (half, ==, before);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);
          g_autoptr(CgDeadline) again = g_list_model_get_item (deadlines, i);
          JsonObject *written_entry = json_array_get_object_element (entries, i);
          g_autofree char *due = cg_date_format (cg_deadline_get_due (deadline));

          g_assert_true (deadline == again);
          g_assert_cmpstr (cg_deadline_get_rule (deadline), ==, json_object_get_string_member (written_entry, "rule"));
          g_assert_cmpstr (due, ==, json_object_get_string_member (written_entry, "due"));
          g_assert_cmpstr (cg_deadline_get_explanation (deadline), ==,
                           json_object_get_string_member_with_default (written_entry, "explanation", NULL));
          g_assert_cmpstr (cg_deadline_get_origin (deadline), ==,
                           json_object_get_string_member_with_default (written_entry, "origin", NULL));
          g_assert_cmpint (cg_deadline_is_acknowledged (deadline), ==, json_object_has_member (written_entry, "acknowledged"));
          n_acknowledged += cg_deadline_is_acknowledged (deadline);
          if (i > 0)
            {
              g_autoptr(CgDeadline) previous = g_list_model_get_item (deadlines, i - 1);
              int by_due = g_date_compare (cg_deadline_get_due (previous), cg_deadline_get_due (deadline));

              g_assert_true (by_due < 0 || (by_due == 0 && g_strcmp0 (cg_deadline_get_rule (previous),
                                                                     cg_deadline_get_rule (deadline)) <= 0));
            }
        }
      g_assert_cmpuint (n_acknowledged, ==, acknowledged);
      g_assert_cmpuint (n_acknowledged, ==, e == 0 ? 0 : 1);
      after = written (report);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (cg_report_count_overdue (report), ==, overdue);

      /* Findings too, most severe first. */
      {
        GListModel *findings = cg_report_get_findings (report);
        JsonArray *written_findings = json_object_get_array_member (json_node_get_object (root), "findings");
        guint errors = cg_report_count_findings (report, CG_SEVERITY_ERROR);
        guint n_errors = 0;

        g_assert_cmpuint (g_list_model_get_n_items (findings), >, 1);
        g_assert_cmpuint (g_list_model_get_n_items (findings), ==, json_array_get_length (written_findings));
        for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
          {
            g_autoptr(CgFinding) finding = g_list_model_get_item (findings, i);
            g_autoptr(CgFinding) again = g_list_model_get_item (findings, i);
            JsonObject *written_finding = json_array_get_object_element (written_findings, i);

            g_assert_true (finding == again);
            g_assert_cmpstr (cg_finding_get_rule (finding), ==, json_object_get_string_member (written_finding, "rule"));
            g_assert_cmpstr (cg_finding_get_message (finding), ==, json_object_get_string_member (written_finding, "message"));
            n_errors += cg_finding_get_severity (finding) == CG_SEVERITY_ERROR;
            if (i > 0)
              {
                g_autoptr(CgFinding) previous = g_list_model_get_item (findings, i - 1);

                g_assert_cmpint (cg_finding_get_severity (previous), <=, cg_finding_get_severity (finding));
              }
          }
        g_assert_cmpuint (n_errors, ==, errors);
        g_free (after);
        after = written (report);
        g_assert_cmpstr (after, ==, before);
      }

      /* What the report's methods give out is the list's own object. */
      urgent = cg_report_list_urgent (report, 10);
      g_assert_cmpuint (g_list_model_get_n_items (urgent), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (urgent); i++)
        {
          g_autoptr(CgDeadline) one = g_list_model_get_item (urgent, i);
          gboolean found = FALSE;

          for (guint j = 0; j < n && !found; j++)
            {
              g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, j);

              found = deadline == one;
            }
          g_assert_true (found);
        }
    }
}

/* Threads reading one report at once each get the one object made for an
 * entry, with its words. */
typedef struct {
  CgReport *report;
  gint      waiting;
} ReportReaders;

static gpointer
read_entries (gpointer data)
{
  ReportReaders *readers = data;
  GListModel *deadlines = cg_report_get_deadlines (readers->report);
  GPtrArray *made = g_ptr_array_new_with_free_func (g_object_unref);

  /* Both start together. */
  g_atomic_int_dec_and_test (&readers->waiting);
  while (g_atomic_int_get (&readers->waiting) > 0)
    ;
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      CgDeadline *deadline = g_list_model_get_item (deadlines, i);

      g_assert_nonnull (cg_deadline_get_explanation (deadline));
      g_ptr_array_add (made, deadline);
    }
  return made;
}

static void
test_report_entries_made_once (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");

  for (guint round = 0; round < 100; round++)
    {
      g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
      ReportReaders readers = { report, 2 };
      GThread *threads[2];
      g_autoptr(GPtrArray) a = NULL;
      g_autoptr(GPtrArray) b = NULL;

      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        threads[t] = g_thread_new ("read", read_entries, &readers);
      a = g_thread_join (threads[0]);
      b = g_thread_join (threads[1]);
      g_assert_cmpuint (a->len, >, 5);
      g_assert_cmpuint (b->len, ==, a->len);
      for (guint i = 0; i < a->len; i++)
        {
          g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
          g_assert_true (cg_deadline_get_explanation (g_ptr_array_index (a, i)) ==
                         cg_deadline_get_explanation (g_ptr_array_index (b, i)));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report/calendar", test_report_calendar);
  g_test_add_func ("/report/working-days-overdue", test_report_working_days_overdue);
  g_test_add_func ("/report/urgent/order", test_report_urgent_order);
  g_test_add_func ("/report/urgent/example", test_report_urgent_example);
  g_test_add_func ("/report/find-last-met", test_report_find_last_met);
  g_test_add_func ("/report/json/suffolk-example", test_json_suffolk_example);
  g_test_add_func ("/report/json/line", test_json_line);
  g_test_add_func ("/report/entries-as-records", test_report_entries_as_records);
  g_test_add_func ("/report/entries-made-once", test_report_entries_made_once);

  return g_test_run ();
}
