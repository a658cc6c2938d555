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

  return g_test_run ();
}
