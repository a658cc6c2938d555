/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Policies: the built-in registry, policy files and what they inherit
 * through extends, loading from directories, and the errors a policy
 * file can give. */

#include <glib/gstdio.h>

#include "test-fixtures.h"

static void
test_registry_builtin (void)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  CgPolicy *suffolk = cg_policy_registry_lookup (registry, "suffolk");
  const char * const *ids = builtin_policy_ids ();
  g_auto(GStrv) rules = NULL;
  int value = 0;
  CgTimeUnit unit = CG_TIME_UNIT_CALENDAR_DAYS;

  /* The England and Wales policies, and the Scottish and Northern Irish
   * baselines. */
  g_assert_cmpuint (g_list_model_get_n_items (cg_policy_registry_get_policies (registry)), ==,
                    g_strv_length ((GStrv) ids) + 2);
  g_assert_nonnull (cg_policy_registry_lookup (registry, "scotland"));
  g_assert_nonnull (cg_policy_registry_lookup (registry, "northern-ireland"));
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_nonnull (cg_policy_registry_lookup (registry, ids[i]));
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
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
  g_autoptr(CgReport) report = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (mine);
  report = evaluate_policy (mine, kase, "2027-01-20");
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
                    g_strv_length ((GStrv) builtin_policy_ids ()) + 2);
}

/* Scotland counts in its own division and says "child protection planning
 * meeting": 15 working days from Thu 26 Nov 2026 skip St Andrew's Day, Mon
 * 30 Nov, a Scottish holiday only. Northern Ireland sets no first core
 * group, and the child is seen every four weeks. */
static void
test_scotland_and_northern_ireland (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-26");
  g_autoptr(CgReport) scotland = evaluate ("scotland", kase, "2026-12-01");
  g_autoptr(CgReport) ni = evaluate ("northern-ireland", kase, "2026-12-01");
  g_autoptr(CgReport) england = evaluate ("england", kase, "2026-12-01");
  CgPolicy *scottish = builtin_policy ("scotland");

  g_assert_cmpint (cg_policy_get_division (scottish), ==, CG_DIVISION_SCOTLAND);
  g_assert_cmpint (cg_policy_get_division (builtin_policy ("northern-ireland")), ==, CG_DIVISION_NORTHERN_IRELAND);
  assert_entry (scotland, "first-core-group", 0, "2026-12-18", CG_DEADLINE_STATUS_PENDING, NULL);
  g_assert_cmpstr (cg_deadline_get_description (entry (scotland, "first-core-group", 0)), ==,
                   "First core group within 15 working days of the initial child protection planning meeting");
  g_assert_true (g_str_has_suffix (cg_deadline_get_explanation (entry (scotland, "first-core-group", 0)),
                                   "; not counted: Mon 30 Nov (St Andrew’s Day, substitute day)") ||
                 g_str_has_suffix (cg_deadline_get_explanation (entry (scotland, "first-core-group", 0)),
                                   "; not counted: Mon 30 Nov (St Andrew’s Day)"));
  assert_entry (scotland, "review-conference", 0, "2027-05-26", CG_DEADLINE_STATUS_PENDING, NULL);
  g_assert_cmpuint (count_entries (ni, "first-core-group"), ==, 0);
  assert_entry (ni, "child-seen", 0, "2026-12-24", CG_DEADLINE_STATUS_PENDING, NULL);
  assert_entry (england, "first-core-group", 0, "2026-12-10", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* The ids of @policies, in order. */
static GStrv
ids_of (GListModel *policies)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);

      g_strv_builder_add (ids, cg_policy_get_id (policy));
    }
  return g_strv_builder_end (ids);
}

/* Adds an England of one's own to @registry (4 months to the review
 * conference): it takes England's place among the policies listed. */
static void
add_local_england (CgPolicyRegistry *registry,
                   GStrv             expected)
{
  const char *json =
    "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"england\", \"name\": \"England (local)\","
    " \"division\": \"england-and-wales\","
    " \"deadlines\": { \"review-conference\": { \"value\": 4, \"unit\": \"months\", \"source\": \"L 1\" } } }";
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) listed = NULL;

  g_assert_true (cg_policy_registry_load_data (registry, json, -1, "local.json", &error));
  g_assert_no_error (error);
  listed = ids_of (cg_policy_registry_get_policies (registry));
  g_assert_cmpstrv (listed, expected);
  g_assert_cmpstr (cg_policy_get_name (cg_policy_registry_lookup (registry, "england")), ==, "England (local)");
}

/* The built-in policies are parsed on first use; what the registry gives
 * is what loading them all at once from their files gives: the same
 * policies in the same order, a policy named after a built-in in the
 * built-in's place, whenever it was added, and the built-ins extending
 * the built-ins. */
static void
test_registry_builtin_lazy (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "libcoregroup", "policies", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(CgPolicyRegistry) eager = cg_policy_registry_new ();
  g_autoptr(CgPolicyRegistry) lazy = cg_policy_registry_new_builtin ();
  g_autoptr(CgPolicyRegistry) before = cg_policy_registry_new_builtin ();
  g_autoptr(CgPolicyRegistry) after = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) expected = NULL;
  g_auto(GStrv) listed = NULL;
  CgPolicy *suffolk;
  int value = 0;

  g_assert_true (cg_policy_registry_load_directory (eager, directory, &error));
  g_assert_no_error (error);
  expected = ids_of (cg_policy_registry_get_policies (eager));
  g_assert_cmpuint (g_strv_length (expected), ==, g_strv_length ((GStrv) builtin_policy_ids ()) + 2);

  /* One looked up first is the one listed later. */
  suffolk = cg_policy_registry_lookup (lazy, "suffolk");
  listed = ids_of (cg_policy_registry_get_policies (lazy));
  g_assert_cmpstrv (listed, expected);
  for (guint i = 0; expected[i] != NULL; i++)
    {
      g_autoptr(CgPolicy) item = g_list_model_get_item (cg_policy_registry_get_policies (lazy), i);

      g_assert_true (item == cg_policy_registry_lookup (lazy, expected[i]));
      if (g_str_equal (expected[i], "suffolk"))
        g_assert_true (item == suffolk);
    }

  /* An England of one's own, added before anything is parsed or after
   * everything is listed, takes England's place; Suffolk still extends
   * the built-in England (3 months to the review conference). */
  add_local_england (before, expected);
  g_assert_true (cg_rule_policy_get_timescale (CG_RULE_POLICY (cg_policy_registry_lookup (before, "suffolk")),
                                               "review-conference", &value, NULL));
  g_assert_cmpint (value, ==, 3);

  g_assert_cmpuint (g_list_model_get_n_items (cg_policy_registry_get_policies (after)), ==, g_strv_length (expected));
  add_local_england (after, expected);

  /* A new id comes after the built-ins, in the list already given out. */
  g_assert_true (cg_policy_registry_load_data (after, "{ \"format\": \"coregroup-policy\", \"version\": 1,"
                                                      " \"id\": \"local\", \"name\": \"L\", \"extends\": \"suffolk\" }",
                                               -1, "local.json", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_policy_registry_get_policies (after)), ==, g_strv_length (expected) + 1);
  g_assert_nonnull (cg_policy_registry_lookup (after, "local"));
}

typedef struct
{
  CgPolicyRegistry *registry;
  guint             start;
  CgPolicy         *found[16];
} LookupWork;

static gpointer
lookup_worker (gpointer data)
{
  LookupWork *work = data;
  const char * const ids[] = { "suffolk", "south-east-wales", "city-and-hackney", "haringey", "hertfordshire",
                               "england", "wales", "scotland", "northern-ireland" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      guint k = (i + work->start) % G_N_ELEMENTS (ids);

      work->found[k] = cg_policy_registry_lookup (work->registry, ids[k]);
    }
  if (work->start % 2 == 1)
    g_assert_cmpuint (g_list_model_get_n_items (cg_policy_registry_get_policies (work->registry)), ==,
                      G_N_ELEMENTS (ids));
  return NULL;
}

/* Threads sharing a registry none has used, looking up built-in policies
 * (which parses them) and listing them at once, all find the same ones. */
static void
test_registry_threads (void)
{
  for (guint round = 0; round < 10; round++)
    {
      g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
      LookupWork work[4] = { { NULL, }, };
      GThread *threads[G_N_ELEMENTS (work)];

      for (guint i = 0; i < G_N_ELEMENTS (work); i++)
        {
          work[i].registry = registry;
          work[i].start = round + i;
          threads[i] = g_thread_new ("lookup", lookup_worker, &work[i]);
        }
      for (guint i = 0; i < G_N_ELEMENTS (work); i++)
        g_thread_join (threads[i]);

      for (guint k = 0; k < 9; k++)
        {
          g_assert_nonnull (work[0].found[k]);
          for (guint i = 1; i < G_N_ELEMENTS (work); i++)
            g_assert_true (work[i].found[k] == work[0].found[k]);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/registry/builtin", test_registry_builtin);
  g_test_add_func ("/registry/builtin-lazy", test_registry_builtin_lazy);
  g_test_add_func ("/registry/threads", test_registry_threads);
  g_test_add_func ("/policies/scotland-and-northern-ireland", test_scotland_and_northern_ireland);
  g_test_add_func ("/registry/directory", test_load_directory);
  g_test_add_func ("/registry/data-dirs", test_data_dirs);
  g_test_add_func ("/policies/file-errors", test_policy_file_errors);
  g_test_add_func ("/policies/extends/local-policy", test_local_policy_file);

  return g_test_run ();
}
