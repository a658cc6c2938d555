/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup policies: the policies known to this installation. */

#include <stdio.h>

#include "cg-tool-private.h"

static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

/* The rules a policy applies, in catalogue order, each with the
 * parameters the policy sets and the paragraph it cites. */
static void
print_policy_rules (CgRulePolicy *policy,
                    GListModel   *catalogue)
{
  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(CgRuleInfo) rule = g_list_model_get_item (catalogue, i);
      const char *id = cg_rule_info_get_id (rule);
      g_autofree char *parameters = cg_rule_policy_describe_parameters (policy, id);

      if (parameters == NULL)
        continue;
      printf ("    %-8s %-34s %-36s %s\n", nick (CG_TYPE_RULE_KIND, cg_rule_info_get_kind (rule)), id,
              parameters, cg_rule_policy_get_source (policy, id));
    }
}

/* The rule catalogue: every rule this library implements, whether or not a
 * policy applies it. */
static void
print_catalogue (GListModel *catalogue)
{
  printf ("\n%s\n", _("Rules known to this library:"));
  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(CgRuleInfo) rule = g_list_model_get_item (catalogue, i);
      g_autoptr(GString) parameters = g_string_new (NULL);

      for (guint p = 0; p < cg_rule_info_get_n_parameters (rule); p++)
        {
          const char *default_value;
          gboolean required;
          const char *name = cg_rule_info_get_parameter (rule, p, NULL, &required, &default_value);

          if (parameters->len > 0)
            g_string_append (parameters, ", ");
          g_string_append (parameters, name);
          if (required)
            /* TRANSLATORS: after a parameter's name in "parameters: minimum (required)". */
            g_string_append (parameters, _(" (required)"));
          if (default_value != NULL)
            g_string_append_printf (parameters, " = %s", default_value);
        }

      printf ("    %-8s %-34s %-8s %s\n", nick (CG_TYPE_RULE_KIND, cg_rule_info_get_kind (rule)),
              cg_rule_info_get_id (rule), nick (CG_TYPE_SEVERITY, cg_rule_info_get_severity (rule)),
              cg_rule_info_get_summary (rule));
      /* TRANSLATORS: "none" is said of a rule without parameters. */
      printf ("             %s %s\n", _("parameters:"), parameters->len > 0 ? parameters->str : _("none"));
    }
}

int
cg_cmd_policies (int    argc,
                 char **argv)
{
  gboolean verbose = FALSE;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      N_("List each policy's rules and checks with their parameters and sources, then every rule the library knows"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("— list the known policies"),
                                N_("The built-in policies, then those in coregroup/policies/ under the\n"
                                   "data directories ($XDG_DATA_DIRS, then $XDG_DATA_HOME)."),
                                entries);
  g_autoptr(CgPolicyRegistry) registry = NULL;
  g_autoptr(GListModel) catalogue = cg_rule_info_list_all ();
  GListModel *policies;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if (argc > 1)
    return cg_tool_usage_error (_("takes no arguments"));

  registry = cg_tool_load_registry ();
  policies = cg_policy_registry_get_policies (registry);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
      const char *extends = CG_IS_RULE_POLICY (policy) ? cg_rule_policy_get_extends (CG_RULE_POLICY (policy)) : NULL;

      printf ("%-18s %-48s %-18s", cg_policy_get_id (policy), cg_policy_get_name (policy),
              nick (CG_TYPE_DIVISION, cg_policy_get_division (policy)));
      if (extends != NULL)
        /* TRANSLATORS: after a policy's division: "extends england". */
        printf (_(" extends %s"), extends);
      printf ("\n");

      if (verbose && CG_IS_RULE_POLICY (policy))
        print_policy_rules (CG_RULE_POLICY (policy), catalogue);
    }

  if (verbose)
    print_catalogue (catalogue);

  return CG_TOOL_EXIT_OK;
}
