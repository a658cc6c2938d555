/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup policies [--verbose] [--format text|json]: the policies known
 * to this installation, and with --verbose the rules each applies and the
 * library's rule catalogue (doc/json-format.md, "The command line's JSON"). */

#include <stdio.h>

#include "cg-tool-private.h"

static const char *
policy_extends (CgPolicy *policy)
{
  return CG_IS_RULE_POLICY (policy) ? cg_rule_policy_get_extends (CG_RULE_POLICY (policy)) : NULL;
}

static const char *
policy_division (CgPolicy *policy)
{
  return cg_tool_enum_nick (CG_TYPE_DIVISION, cg_policy_get_division (policy));
}

static const char *
rule_kind (CgRuleInfo *rule)
{
  return cg_tool_enum_nick (CG_TYPE_RULE_KIND, cg_rule_info_get_kind (rule));
}

static const char *
rule_severity (CgRuleInfo *rule)
{
  return cg_tool_enum_nick (CG_TYPE_SEVERITY, cg_rule_info_get_severity (rule));
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
      printf ("    %-8s %-34s %-36s %s\n", rule_kind (rule), id, parameters,
              cg_rule_policy_get_source (policy, id));
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
            /* Translators: after a parameter's name in "parameters: minimum (required)". */
            g_string_append (parameters, _(" (required)"));
          if (default_value != NULL)
            g_string_append_printf (parameters, " = %s", default_value);
        }

      printf ("    %-8s %-34s %-8s %s\n", rule_kind (rule), cg_rule_info_get_id (rule), rule_severity (rule),
              cg_rule_info_get_summary (rule));
      /* Translators: before a rule's parameters, "parameters: minimum (required)". */
      printf ("             %s %s\n", _("parameters:"),
              /* Translators: said of a rule without parameters, "parameters: none". */
              parameters->len > 0 ? parameters->str : _("none"));
    }
}

static void
print_text (GListModel *policies,
            GListModel *catalogue,
            gboolean    verbose)
{
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
      const char *extends = policy_extends (policy);

      printf ("%-18s %-48s %-18s", cg_policy_get_id (policy), cg_policy_get_name (policy),
              policy_division (policy));
      if (extends != NULL)
        /* Translators: after a policy's division: "extends england". */
        printf (_(" extends %s"), extends);
      printf ("\n");

      if (verbose && CG_IS_RULE_POLICY (policy))
        print_policy_rules (CG_RULE_POLICY (policy), catalogue);
    }

  if (verbose)
    print_catalogue (catalogue);
}

static void
begin_array_member (JsonBuilder *builder,
                    const char  *name)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
}

/* {"rule", "kind", "parameters", "source"} for each rule @policy applies,
 * as print_policy_rules lists them. */
static void
add_policy_rules (JsonBuilder  *builder,
                  CgRulePolicy *policy,
                  GListModel   *catalogue)
{
  begin_array_member (builder, "rules");
  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(CgRuleInfo) rule = g_list_model_get_item (catalogue, i);
      const char *id = cg_rule_info_get_id (rule);
      g_autofree char *parameters = cg_rule_policy_describe_parameters (policy, id);

      if (parameters == NULL)
        continue;
      json_builder_begin_object (builder);
      cg_tool_json_add_string (builder, "rule", id);
      cg_tool_json_add_string (builder, "kind", rule_kind (rule));
      cg_tool_json_add_string (builder, "parameters", parameters);
      cg_tool_json_add_string (builder, "source", cg_rule_policy_get_source (policy, id));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* {"rule", "kind", "severity", "summary", "parameters": [{"name", "type",
 * "required", "default"}]} for every rule of the catalogue. */
static void
add_catalogue (JsonBuilder *builder,
               GListModel  *catalogue)
{
  begin_array_member (builder, "catalogue");
  for (guint i = 0; i < g_list_model_get_n_items (catalogue); i++)
    {
      g_autoptr(CgRuleInfo) rule = g_list_model_get_item (catalogue, i);

      json_builder_begin_object (builder);
      cg_tool_json_add_string (builder, "rule", cg_rule_info_get_id (rule));
      cg_tool_json_add_string (builder, "kind", rule_kind (rule));
      cg_tool_json_add_string (builder, "severity", rule_severity (rule));
      cg_tool_json_add_string (builder, "summary", cg_rule_info_get_summary (rule));
      begin_array_member (builder, "parameters");
      for (guint p = 0; p < cg_rule_info_get_n_parameters (rule); p++)
        {
          CgRuleParameterType type;
          gboolean required;
          const char *default_value;
          const char *name = cg_rule_info_get_parameter (rule, p, &type, &required, &default_value);

          json_builder_begin_object (builder);
          cg_tool_json_add_string (builder, "name", name);
          cg_tool_json_add_string (builder, "type", cg_tool_enum_nick (CG_TYPE_RULE_PARAMETER_TYPE, type));
          json_builder_set_member_name (builder, "required");
          json_builder_add_boolean_value (builder, required);
          cg_tool_json_add_string (builder, "default", default_value);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* {"policies": [{"id", "name", "division", "extends"}]}; with --verbose
 * each policy has its "rules" too, and "catalogue" follows. */
static void
print_json (GListModel *policies,
            GListModel *catalogue,
            gboolean    verbose)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  begin_array_member (builder, "policies");
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);

      json_builder_begin_object (builder);
      cg_tool_json_add_string (builder, "id", cg_policy_get_id (policy));
      cg_tool_json_add_string (builder, "name", cg_policy_get_name (policy));
      cg_tool_json_add_string (builder, "division", policy_division (policy));
      cg_tool_json_add_string (builder, "extends", policy_extends (policy));
      if (verbose && CG_IS_RULE_POLICY (policy))
        add_policy_rules (builder, CG_RULE_POLICY (policy), catalogue);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  if (verbose)
    add_catalogue (builder, catalogue);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  cg_tool_print_json (root);
}

int
cg_cmd_policies (int    argc,
                 char **argv)
{
  static const char * const formats[] = { "text", "json", NULL };
  gboolean verbose = FALSE;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      N_("List each policy's rules and checks with their parameters and sources, then every rule the library knows"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("text (default) or json (one JSON object)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("— list the known policies"),
                                N_("The built-in policies, then those in coregroup/policies/ under the\n"
                                   "data directories ($XDG_DATA_DIRS, then $XDG_DATA_HOME)."),
                                entries);
  g_autoptr(CgPolicyRegistry) registry = NULL;
  g_autoptr(GListModel) catalogue = cg_rule_info_list_all ();
  const char *form;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (argc > 1)
    return cg_tool_usage_error (_("takes no arguments"));

  registry = cg_tool_load_registry ();
  if (g_str_equal (form, "json"))
    print_json (cg_policy_registry_get_policies (registry), catalogue, verbose);
  else
    print_text (cg_policy_registry_get_policies (registry), catalogue, verbose);

  return CG_TOOL_EXIT_OK;
}
