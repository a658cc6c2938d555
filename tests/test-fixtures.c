/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include "test-fixtures.h"

static const char * const builtin_ids[] = {
  "england", "wales", "suffolk", "haringey", "city-and-hackney", "south-east-wales", "hertfordshire", NULL
};

const char * const *
builtin_policy_ids (void)
{
  return builtin_ids;
}

CgPolicy *
builtin_policy (const char *id)
{
  static CgPolicyRegistry *registry;

  if (registry == NULL)
    registry = cg_policy_registry_new_builtin ();
  return cg_policy_registry_lookup (registry, id);
}

CgPolicyRegistry *
registry_with (const char  *policy_json,
               GError     **error)
{
  CgPolicyRegistry *registry = cg_policy_registry_new_builtin ();

  cg_policy_registry_load_data (registry, policy_json, -1, "local.json", error);
  return registry;
}

#define DEFAULT_CHILD "{ \"name\": \"Test (fictional)\" }"
CgCase *
case_new (const CaseParts *parts)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  CgCase *kase;

  g_assert_nonnull (parts->icpc);
  g_string_append_printf (json,
                          "{ \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"T-1\", \"policy\": \"suffolk\","
                          "  \"child\": %s, \"initial_conference\": \"%s\", %s",
                          parts->child != NULL ? parts->child : DEFAULT_CHILD, parts->icpc,
                          parts->extra != NULL ? parts->extra : "");
  if (parts->plan != NULL)
    g_string_append_printf (json, "  \"plan\": %s,", parts->plan);
  g_string_append_printf (json,
                          "  \"members\": [ %s ], \"meetings\": [ %s ], \"contacts\": [ %s ], \"events\": [ %s ] }",
                          parts->members != NULL ? parts->members : DEFAULT_MEMBERS,
                          parts->meetings != NULL ? parts->meetings : "",
                          parts->contacts != NULL ? parts->contacts : "",
                          parts->events != NULL ? parts->events : "");

  kase = cg_case_new_from_data (json->str, -1, &error);
  g_assert_no_error (error);
  return kase;
}

GDate *
date_new (const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate *date = cg_date_parse (text, &error);

  g_assert_no_error (error);
  return date;
}

CgCalendar *
calendar_closed_on (const char *day)
{
  g_autoptr(CgCalendar) base = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  g_autoptr(GPtrArray) closures = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_free);

  g_ptr_array_add (closures, date_new (day));
  return cg_calendar_new_with_closures (base, closures, "Office closure");
}

/* The example cases under examples/cases. */
CgCase *
load_example (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_file (file, &error);

  g_assert_no_error (error);
  return kase;
}

CgReport *
evaluate_policy (CgPolicy   *policy,
                 CgCase     *kase,
                 const char *today_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = date_new (today_text);
  CgReport *report;

  g_assert_nonnull (policy);
  report = cg_policy_evaluate (policy, kase, today, &error);
  g_assert_no_error (error);
  return report;
}

CgReport *
evaluate (const char *policy_id,
          CgCase     *kase,
          const char *today_text)
{
  return evaluate_policy (builtin_policy (policy_id), kase, today_text);
}

/* The nth item of @list whose rule, as @rule_of gives it, is @rule. */
typedef const char *(*RuleOf) (gpointer item);

static gpointer
nth_of_rule (GListModel *list,
             RuleOf      rule_of,
             const char *rule,
             guint       nth)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      if (g_str_equal (rule_of (item), rule) && nth-- == 0)
        return item;   /* the report keeps it alive */
    }

  return NULL;
}

CgDeadline *
entry (CgReport   *report,
       const char *rule,
       guint       nth)
{
  return nth_of_rule (cg_report_get_deadlines (report), (RuleOf) cg_deadline_get_rule, rule, nth);
}

guint
count_entries (CgReport   *report,
               const char *rule)
{
  guint n = 0;

  while (entry (report, rule, n) != NULL)
    n++;
  return n;
}

void
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

CgFinding *
finding (CgReport   *report,
         const char *rule,
         guint       nth)
{
  return nth_of_rule (cg_report_get_findings (report), (RuleOf) cg_finding_get_rule, rule, nth);
}

/* The text of each of @rule's findings, each followed by @after. */
static char *
join_findings (CgReport     *report,
               const char   *rule,
               const char *(*text_of) (CgFinding *finding),
               char          after)
{
  GString *out = g_string_new (NULL);
  CgFinding *found;

  for (guint i = 0; (found = finding (report, rule, i)) != NULL; i++)
    g_string_append_printf (out, "%s%c", text_of (found), after);

  return g_string_free (out, FALSE);
}

char *
findings (CgReport   *report,
          const char *rule)
{
  char *subjects = join_findings (report, rule, cg_finding_get_subject, ',');

  if (subjects[0] != '\0')
    subjects[strlen (subjects) - 1] = '\0';   /* commas between, not after */
  return subjects;
}

char *
messages (CgReport   *report,
          const char *rule)
{
  return join_findings (report, rule, cg_finding_get_message, ';');
}

void
assert_findings (CgReport   *report,
                 const char *rule,
                 const char *subjects)
{
  g_autofree char *found = findings (report, rule);

  if (!g_str_equal (found, subjects))
    g_error ("%s: expected findings on “%s”, got “%s”", rule, subjects, found);
}

void
assert_findings_are (CgReport   *report,
                     const char *rule,
                     const char *subjects,
                     CgSeverity  severity,
                     const char *expected_messages)
{
  g_autofree char *text = messages (report, rule);
  CgFinding *found;

  assert_findings (report, rule, subjects);
  g_assert_cmpstr (text, ==, expected_messages);
  for (guint i = 0; (found = finding (report, rule, i)) != NULL; i++)
    g_assert_cmpint (cg_finding_get_severity (found), ==, severity);
}

void
assert_finding (CgReport   *report,
                const char *rule,
                const char *subject,
                CgSeverity  severity,
                const char *message)
{
  g_autofree char *expected = g_strconcat (message, ";", NULL);

  assert_findings_are (report, rule, subject, severity, expected);
}
