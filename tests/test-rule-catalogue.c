/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The rule catalogue, and policy files held to it: a setting a rule does
 * not take is refused with its path, and a parameter left out takes the
 * catalogue's default. */

#include <coregroup/coregroup.h>

#define POLICY_HEAD "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\", \"name\": \"X\", " \
                    "\"extends\": \"england\", "

static CgRulePolicy *
load (const char  *json,
      GError     **error)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  CgPolicy *england = cg_policy_registry_lookup (registry, "england");

  return cg_rule_policy_new_from_data (json, -1, "local.json", CG_RULE_POLICY (england), error);
}

/* Every built-in policy applies only rules of the catalogue, deadline
 * rules under deadlines and checks under checks. */
static void
test_catalogue_lists_every_rule (void)
{
  g_autoptr(GListModel) rules = cg_rule_info_list_all ();
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  GListModel *policies = cg_policy_registry_get_policies (registry);
  guint deadlines = 0, checks = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(CgRuleInfo) rule = g_list_model_get_item (rules, i);
      g_autoptr(CgRuleInfo) again = cg_rule_info_lookup (cg_rule_info_get_id (rule));

      g_assert_nonnull (again);
      g_assert_cmpstr (cg_rule_info_get_id (again), ==, cg_rule_info_get_id (rule));
      g_assert_cmpstr (cg_rule_info_get_summary (rule), !=, "");
      g_assert_nonnull (cg_rule_info_get_sources (rule)[0]);
      if (cg_rule_info_get_kind (rule) == CG_RULE_KIND_DEADLINE)
        {
          /* Deadline rules come first, so reports list deadlines before findings. */
          g_assert_cmpuint (checks, ==, 0);
          g_assert_cmpint (cg_rule_info_get_severity (rule), ==, CG_SEVERITY_ERROR);
          deadlines++;
        }
      else
        checks++;
    }
  g_assert_cmpuint (deadlines, ==, 11);
  g_assert_cmpuint (checks, ==, 27);
  g_assert_null (cg_rule_info_lookup ("tea-break"));

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
      g_auto(GStrv) ids = cg_rule_policy_dup_rules (CG_RULE_POLICY (policy));
      g_auto(GStrv) check_ids = cg_rule_policy_dup_checks (CG_RULE_POLICY (policy));

      for (guint j = 0; ids[j] != NULL; j++)
        {
          g_autoptr(CgRuleInfo) rule = cg_rule_info_lookup (ids[j]);
          g_assert_cmpint (cg_rule_info_get_kind (rule), ==, CG_RULE_KIND_DEADLINE);
        }
      for (guint j = 0; check_ids[j] != NULL; j++)
        {
          g_autoptr(CgRuleInfo) rule = cg_rule_info_lookup (check_ids[j]);
          g_assert_cmpint (cg_rule_info_get_kind (rule), ==, CG_RULE_KIND_CHECK);
        }
    }
}

static void
test_catalogue_parameters (void)
{
  g_autoptr(CgRuleInfo) quorum = cg_rule_info_lookup ("quorum");
  g_autoptr(CgRuleInfo) review = cg_rule_info_lookup ("review-conference");
  g_autoptr(CgRuleInfo) views = cg_rule_info_lookup ("child-views-missing");
  g_autoptr(CgRuleInfo) language = cg_rule_info_lookup ("plan-language");
  CgRuleParameterType type;
  gboolean required;
  const char *default_value;

  g_assert_cmpuint (cg_rule_info_get_n_parameters (quorum), ==, 1);
  g_assert_cmpstr (cg_rule_info_get_parameter (quorum, 0, &type, &required, &default_value), ==, "minimum");
  g_assert_cmpint (type, ==, CG_RULE_PARAMETER_NUMBER);
  g_assert_false (required);
  g_assert_cmpstr (default_value, ==, "2");
  g_assert_cmpint (cg_rule_info_get_severity (quorum), ==, CG_SEVERITY_ERROR);

  g_assert_cmpuint (cg_rule_info_get_n_parameters (review), ==, 4);
  g_assert_cmpstr (cg_rule_info_get_parameter (review, 0, &type, &required, NULL), ==, "value");
  g_assert_true (required);
  g_assert_cmpstr (cg_rule_info_get_parameter (review, 2, &type, &required, &default_value), ==, "then");
  g_assert_cmpint (type, ==, CG_RULE_PARAMETER_INTERVAL);
  g_assert_null (default_value);
  g_assert_cmpstr (cg_rule_info_get_parameter (review, 3, &type, &required, &default_value), ==, "conference_may");
  g_assert_cmpint (type, ==, CG_RULE_PARAMETER_TEXT);
  g_assert_false (required);
  g_assert_cmpstr (default_value, ==, "none");

  g_assert_cmpuint (cg_rule_info_get_n_parameters (views), ==, 0);
  g_assert_cmpint (cg_rule_info_get_severity (views), ==, CG_SEVERITY_WARNING);

  g_assert_cmpuint (cg_rule_info_get_n_parameters (language), ==, 2);
  g_assert_cmpstr (cg_rule_info_get_parameter (language, 0, &type, &required, &default_value), ==,
                   "max_sentence_words");
  g_assert_cmpint (type, ==, CG_RULE_PARAMETER_NUMBER);
  g_assert_false (required);
  g_assert_cmpstr (default_value, ==, "25");
  g_assert_cmpstr (cg_rule_info_get_parameter (language, 1, &type, &required, &default_value), ==,
                   "min_reading_ease");
  g_assert_cmpint (type, ==, CG_RULE_PARAMETER_NUMBER);
  g_assert_cmpstr (default_value, ==, "50");
  g_assert_cmpint (cg_rule_info_get_severity (language), ==, CG_SEVERITY_INFO);
}

/* A setting a rule does not take is refused, naming its path; so is an
 * unknown top-level key and a plan section plan-incomplete cannot judge. */
static void
test_policy_refuses_unknown_settings (void)
{
  static const struct { const char *json; const char *message; } bad[] = {
    { POLICY_HEAD "\"checks\": { \"quorum\": { \"mnimum\": 3, \"source\": \"X 1\" } } }",
      "local.json: checks.quorum.mnimum: quorum has no such setting (it takes minimum, source, note)" },
    { POLICY_HEAD "\"deadlines\": { \"child-seen\": { \"value\": 10, \"unit\": \"working-days\","
      " \"then\": { \"value\": 6, \"unit\": \"weeks\" }, \"source\": \"X 1\" } } }",
      "local.json: deadlines.child-seen.then: child-seen has no such setting *" },
    { POLICY_HEAD "\"deadlines\": { \"child-seen\": { \"value\": 10, \"unit\": \"working-days\","
      " \"conference_may\": \"loosen\", \"source\": \"X 1\" } } }",
      "local.json: deadlines.child-seen.conference_may: not one of tighten, change, none" },
    { POLICY_HEAD "\"checks\": { \"not-seen-alone\": { \"conference_may\": \"tighten\", \"source\": \"X 1\" } } }",
      "local.json: checks.not-seen-alone.conference_may: not one of change, none" },
    { POLICY_HEAD "\"checks\": { \"quorum\": { \"conference_may\": \"change\", \"source\": \"X 1\" } } }",
      "local.json: checks.quorum.conference_may: quorum has no such setting *" },
    { POLICY_HEAD "\"checks\": { \"quorum\": { \"sections\": [\"risks\"], \"source\": \"X 1\" } } }",
      "local.json: checks.quorum.sections: *" },
    { POLICY_HEAD "\"checks\": { \"plan-incomplete\": { \"sections\": [\"risks\", \"hobbies\"], \"source\": \"X 1\" } } }",
      "local.json: checks.plan-incomplete.sections[1]: not a plan section *" },
    { POLICY_HEAD "\"checks\": { \"plan-incomplete\": { \"sections\": \"risks\", \"source\": \"X 1\" } } }",
      "local.json: checks.plan-incomplete.sections: *" },
    { POLICY_HEAD "\"checks\": { \"plan-language\": { \"max_words\": 20, \"source\": \"X 1\" } } }",
      "local.json: checks.plan-language.max_words: plan-language has no such setting "
      "(it takes max_sentence_words, min_reading_ease, source, note)" },
    { POLICY_HEAD "\"checks\": { \"plan-language\": { \"min_reading_ease\": 0, \"source\": \"X 1\" } } }",
      "local.json: checks.plan-language.min_reading_ease: must be between 1 and 1000" },
    { POLICY_HEAD "\"checks\": { \"plan-language\": { \"max_sentence_words\": 20.5, \"source\": \"X 1\" } } }",
      "local.json: checks.plan-language.max_sentence_words: *whole number*" },
    { POLICY_HEAD "\"deadlines\": { \"review-conference\": { \"value\": 3, \"unit\": \"months\","
      " \"then\": { \"value\": 6, \"unit\": \"months\", \"every\": 2 }, \"source\": \"X 1\" } } }",
      "local.json: deadlines.review-conference.then.every: *" },
    { POLICY_HEAD "\"deadlines\": { \"review-conference\": { \"value\": 3, \"unit\": \"months\","
      " \"then\": { \"unit\": \"months\" }, \"source\": \"X 1\" } } }",
      "local.json: deadlines.review-conference.then.value: required field is missing" },
    { POLICY_HEAD "\"deadlines\": { \"child-seen\": { \"unit\": \"working-days\", \"source\": \"X 1\" } } }",
      "local.json: deadlines.child-seen.value: required field is missing" },
    { POLICY_HEAD "\"deadlines\": { \"quorum\": { \"source\": \"X 1\" } } }",
      "local.json: deadlines.quorum: no such deadline rule *" },
    { POLICY_HEAD "\"checks\": { \"child-seen\": { \"value\": 10, \"unit\": \"weeks\", \"source\": \"X 1\" } } }",
      "local.json: checks.child-seen: no such check *" },
    { POLICY_HEAD "\"dedlines\": {} }",
      "local.json: dedlines: a policy file has no such setting *" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgRulePolicy) policy = load (bad[i].json, &error);

      g_assert_null (policy);
      g_assert_nonnull (error);
      g_assert_true (error->domain == CG_POLICY_ERROR);
      if (!g_pattern_match_simple (bad[i].message, error->message))
        g_error ("“%s” does not match “%s”", error->message, bad[i].message);
    }
}

/* A parameter left out holds the catalogue's default, so the checks never
 * need their own. */
static void
test_policy_defaults_from_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgRulePolicy) policy = load (POLICY_HEAD "\"checks\": {"
                                         " \"quorum\": { \"source\": \"X 4.7\" },"
                                         " \"attendance-concern\": { \"minimum\": 3, \"source\": \"X 4.8\" },"
                                         " \"plan-incomplete\": { \"source\": \"X 7.2\" },"
                                         " \"plan-language\": { \"min_reading_ease\": 60, \"source\": \"X 7.1\" },"
                                         " \"child-views-missing\": { \"source\": \"X 3.3\", \"note\": \"why\" } } }",
                                         &error);
  g_autofree char *quorum = NULL;
  g_autofree char *concern = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *views = NULL;
  g_autofree char *review = NULL;
  g_autofree char *language = NULL;

  g_assert_no_error (error);
  quorum = cg_rule_policy_describe_parameters (policy, "quorum");
  concern = cg_rule_policy_describe_parameters (policy, "attendance-concern");
  sections = cg_rule_policy_describe_parameters (policy, "plan-incomplete");
  views = cg_rule_policy_describe_parameters (policy, "child-views-missing");
  review = cg_rule_policy_describe_parameters (policy, "review-conference");
  language = cg_rule_policy_describe_parameters (policy, "plan-language");
  g_assert_cmpstr (quorum, ==, "minimum 2");
  g_assert_cmpstr (language, ==, "max_sentence_words 25 min_reading_ease 60");
  g_assert_cmpstr (concern, ==, "minimum 3 route \"raise it through the local escalation procedure\"");
  g_assert_cmpstr (sections, ==, "sections outcomes,actions,needs,risks,contingency,contact-arrangements");
  g_assert_cmpstr (views, ==, "");
  g_assert_cmpstr (review, ==, "value 3 unit months then 6 months conference_may none");
  g_assert_null (cg_rule_policy_describe_parameters (policy, "chair-update"));
}

/* A policy that extends another is given its base by the caller, and the
 * base must be the one the file names. */
static void
test_policy_base_must_match (void)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  CgRulePolicy *wales = CG_RULE_POLICY (cg_policy_registry_lookup (registry, "wales"));
  CgRulePolicy *suffolk = CG_RULE_POLICY (cg_policy_registry_lookup (registry, "suffolk"));
  const char *mine = POLICY_HEAD "\"deadlines\": { \"child-seen\": null } }";
  const char *standalone = "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"y\", \"name\": \"Y\","
                           " \"division\": \"scotland\" }";
  g_autoptr(GError) error = NULL;
  g_autoptr(CgRulePolicy) policy = NULL;
  g_autoptr(CgRulePolicy) from_suffolk = NULL;

  policy = cg_rule_policy_new_from_data (mine, -1, "local.json", NULL, &error);
  g_assert_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_POLICY);
  g_assert_null (policy);
  g_clear_error (&error);

  policy = cg_rule_policy_new_from_data (mine, -1, "local.json", wales, &error);
  g_assert_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_POLICY);
  g_assert_null (policy);
  g_clear_error (&error);

  policy = cg_rule_policy_new_from_data (standalone, -1, "local.json", suffolk, &error);
  g_assert_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_INVALID);
  g_assert_null (policy);
  g_clear_error (&error);

  /* Through the registry, which finds the base by the name in the file. */
  g_assert_true (cg_policy_registry_load_data (registry,
                                               "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"z\","
                                               " \"name\": \"Z\", \"extends\": \"suffolk\", \"deadlines\": { \"child-seen\": null } }",
                                               -1, "z.json", &error));
  g_assert_no_error (error);
  from_suffolk = g_object_ref (CG_RULE_POLICY (cg_policy_registry_lookup (registry, "z")));
  g_assert_cmpint (cg_rule_policy_get_timescale (from_suffolk, "child-seen", NULL, NULL), ==, FALSE);
  g_assert_true (cg_rule_policy_get_timescale (from_suffolk, "lead-social-worker-visit", NULL, NULL));
  g_assert_cmpstr (cg_rule_policy_get_source (from_suffolk, "quorum"), ==, "Suffolk 4.7");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalogue/every-rule", test_catalogue_lists_every_rule);
  g_test_add_func ("/catalogue/parameters", test_catalogue_parameters);
  g_test_add_func ("/policies/strict/unknown-settings", test_policy_refuses_unknown_settings);
  g_test_add_func ("/policies/strict/defaults", test_policy_defaults_from_catalogue);
  g_test_add_func ("/policies/base/must-match", test_policy_base_must_match);

  return g_test_run ();
}
