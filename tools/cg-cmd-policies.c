/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup policies: the policies known to this installation. */

#include <stdio.h>

#include "cg-tool-private.h"

int
cg_cmd_policies (int    argc,
                 char **argv)
{
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "List each policy's rules and checks with their sources", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— list the known policies");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = NULL;
  g_autoptr(GEnumClass) divisions = g_type_class_ref (CG_TYPE_DIVISION);
  g_autoptr(GEnumClass) units = g_type_class_ref (CG_TYPE_TIME_UNIT);
  GListModel *policies;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc > 1)
    {
      fprintf (stderr, "coregroup policies: %s\n", error != NULL ? error->message : "takes no arguments");
      return CG_TOOL_EXIT_USAGE;
    }

  registry = cg_tool_load_registry ();
  policies = cg_policy_registry_get_policies (registry);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
      const char *extends = CG_IS_RULE_POLICY (policy) ? cg_rule_policy_get_extends (CG_RULE_POLICY (policy)) : NULL;

      printf ("%-18s %-48s %-18s%s%s\n", cg_policy_get_id (policy), cg_policy_get_name (policy),
              g_enum_get_value (divisions, cg_policy_get_division (policy))->value_nick,
              extends != NULL ? " extends " : "", extends != NULL ? extends : "");

      if (verbose && CG_IS_RULE_POLICY (policy))
        {
          CgRulePolicy *rules = CG_RULE_POLICY (policy);
          g_auto(GStrv) deadlines = cg_rule_policy_dup_rules (rules);
          g_auto(GStrv) checks = cg_rule_policy_dup_checks (rules);

          for (guint j = 0; deadlines[j] != NULL; j++)
            {
              int value;
              CgTimeUnit unit;

              cg_rule_policy_get_timescale (rules, deadlines[j], &value, &unit);
              printf ("    deadline %-31s %3d %-13s %s\n", deadlines[j], value,
                      g_enum_get_value (units, unit)->value_nick,
                      cg_rule_policy_get_source (rules, deadlines[j]));
            }
          for (guint j = 0; checks[j] != NULL; j++)
            printf ("    check    %-31s %17s %s\n", checks[j], "", cg_rule_policy_get_source (rules, checks[j]));
        }
    }

  return CG_TOOL_EXIT_OK;
}
