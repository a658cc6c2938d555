/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The policy loader: load a policy file into a registry of the built-in
 * policies and, if it loads, describe its rules and evaluate the Suffolk
 * example case under it. */

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

#ifndef CG_FUZZ_EXAMPLE_CASE
# error "CG_FUZZ_EXAMPLE_CASE must name examples/cases/suffolk-neglect.json"
#endif

/* Read-only after LLVMFuzzerInitialize. Each input gets a registry of its
 * own, since loading a policy adds to it, holding these same built-in
 * policy objects: policies are immutable, so sharing them is safe and
 * saves parsing the seven built-in files for every input. */
static CgPolicyRegistry *builtin;
static CgCase *example;

static void
free_statics (void)
{
  g_clear_object (&builtin);
  g_clear_object (&example);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = g_getenv ("CG_FUZZ_EXAMPLE_CASE");

  cg_fuzz_init ();
  builtin = cg_policy_registry_new_builtin ();
  file = g_file_new_for_path (path != NULL ? path : CG_FUZZ_EXAMPLE_CASE);
  example = cg_case_new_from_file (file, &error);
  if (example == NULL)
    {
      g_printerr ("fuzz-policy: the example case: %s\n", error->message);
      exit (1);
    }
  atexit (free_statics);
  return 0;
}

static void
describe (CgPolicy *policy)
{
  CgRulePolicy *rules;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) checks = NULL;

  cg_fuzz_check (cg_policy_get_id (policy) != NULL, "a loaded policy has an id");
  cg_fuzz_check (cg_policy_get_name (policy) != NULL, "a loaded policy has a name");
  cg_fuzz_check (cg_policy_get_division (policy) <= CG_DIVISION_NORTHERN_IRELAND, "a loaded policy has a division");
  if (!CG_IS_RULE_POLICY (policy))
    return;

  rules = CG_RULE_POLICY (policy);
  (void) cg_rule_policy_get_extends (rules);
  (void) cg_rule_policy_get_document (rules);

  ids = cg_rule_policy_dup_rules (rules);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree char *parameters = cg_rule_policy_describe_parameters (rules, ids[i]);
      int value;
      CgTimeUnit unit;

      cg_fuzz_check (parameters != NULL, "a listed rule has parameters");
      cg_fuzz_check (cg_rule_policy_get_timescale (rules, ids[i], &value, &unit), "a listed rule has a timescale");
      (void) cg_rule_policy_get_source (rules, ids[i]);
    }

  checks = cg_rule_policy_dup_checks (rules);
  for (guint i = 0; checks != NULL && checks[i] != NULL; i++)
    {
      g_autofree char *parameters = cg_rule_policy_describe_parameters (rules, checks[i]);

      cg_fuzz_check (parameters != NULL, "a listed check has parameters");
      (void) cg_rule_policy_get_source (rules, checks[i]);
    }
}

static void
evaluate (CgPolicy    *policy,
          const GDate *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) report = cg_policy_evaluate (policy, example, today, &error);
  g_autofree char *json = NULL;
  g_autofree char *ics = NULL;
  gsize length;

  cg_fuzz_check ((report == NULL) != (error == NULL), "evaluate sets an error or gives a report");
  if (report == NULL)
    return;

  json = cg_report_to_json (report, &length);
  cg_fuzz_check (json != NULL && strlen (json) == length, "report JSON length");
  ics = cg_report_to_icalendar (report, &length);
  cg_fuzz_check (ics != NULL && strlen (ics) == length, "report iCalendar length");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new ();
  GListModel *builtins = cg_policy_registry_get_policies (builtin);
  guint n_builtin = g_list_model_get_n_items (builtins);
  g_autoptr(CgPolicy) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *policies;
  gboolean ok;
  GDate today;

  for (guint i = 0; i < n_builtin; i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (builtins, i);

      cg_policy_registry_add (registry, policy);
    }

  ok = cg_policy_registry_load_data (registry, cg_fuzz_data (data), (gssize) size, "fuzz-policy.json", &error);
  cg_fuzz_check (ok == (error == NULL), "load sets an error or adds a policy");
  if (!ok)
    return 0;

  /* The loaded policy is the one that was added, or the built-in it
   * replaced. */
  policies = cg_policy_registry_get_policies (registry);
  cg_fuzz_check (g_list_model_get_n_items (policies) == n_builtin ||
                 g_list_model_get_n_items (policies) == n_builtin + 1, "a load adds one policy");
  for (guint i = 0; i < g_list_model_get_n_items (policies) && loaded == NULL; i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
      g_autoptr(CgPolicy) before = i < n_builtin ? g_list_model_get_item (builtins, i) : NULL;

      if (policy != before)
        loaded = g_steal_pointer (&policy);
    }
  cg_fuzz_check (loaded != NULL, "the loaded policy is in the registry");
  cg_fuzz_check (cg_policy_registry_lookup (registry, cg_policy_get_id (loaded)) == loaded,
                 "the loaded policy is found by its id");

  describe (loaded);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, G_DATE_JANUARY, 2027);
  evaluate (loaded, &today);

  /* A day between the example's initial conference and three years on. */
  cg_fuzz_set_julian (&today, (gint64) g_date_get_julian (cg_case_get_initial_conference (example)) +
                              cg_fuzz_hash (data, size) % 1100);
  evaluate (loaded, &today);

  return 0;
}
