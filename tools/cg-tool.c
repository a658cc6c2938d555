/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Helpers shared by the coregroup subcommands. */

#include <stdio.h>

#include "cg-tool-private.h"

/* The built-in policies, then those in the data directories; a bad policy
 * file there is reported but does not stop the built-ins being used. */
CgPolicyRegistry *
cg_tool_load_registry (void)
{
  CgPolicyRegistry *registry = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;

  if (!cg_policy_registry_load_data_dirs (registry, &error))
    fprintf (stderr, "coregroup: warning: %s\n", error->message);

  return registry;
}

gboolean
cg_tool_parse_division (const char *text,
                        CgDivision *division)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CG_TYPE_DIVISION);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text);

  if (value == NULL)
    {
      fprintf (stderr, "coregroup: “%s” is not a division (england-and-wales, scotland, northern-ireland)\n",
               text);
      return FALSE;
    }

  *division = value->value;
  return TRUE;
}

GDate *
cg_tool_parse_date (const char *what,
                    const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate *date = cg_date_parse (text, &error);

  if (date == NULL)
    fprintf (stderr, "coregroup: %s: %s\n", what, error->message);
  return date;
}

/* "FILE: field.path: problem". Errors reading the file itself already
 * start with the file's name. */
void
cg_tool_print_load_error (const char   *arg,
                          const GError *error)
{
  if (error->domain == G_IO_ERROR)
    fprintf (stderr, "%s\n", error->message);
  else
    fprintf (stderr, "%s: %s\n", arg, error->message);
}

/* The built-in policies and those of the data directories, then each
 * --policy-file in turn; NULL (after saying why) when one is refused. */
CgPolicyRegistry *
cg_tool_load_policies (const char * const *policy_files)
{
  g_autoptr(CgPolicyRegistry) registry = cg_tool_load_registry ();

  for (guint i = 0; policy_files != NULL && policy_files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (policy_files[i]);
      g_autoptr(GError) error = NULL;

      if (!cg_policy_registry_load_file (registry, file, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&registry);
}

/* The case in the file @arg names, or NULL after saying why. */
CgCase *
cg_tool_load_case (const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_file (file, &error);

  if (kase == NULL)
    cg_tool_print_load_error (arg, error);
  return kase;
}

/* The policy @policy_id names (--policy), or the case's own; NULL after
 * saying which is unknown. @command names the subcommand in messages. */
CgPolicy *
cg_tool_find_policy (CgPolicyRegistry *registry,
                     CgCase           *kase,
                     const char       *policy_id,
                     const char       *command,
                     const char       *arg)
{
  const char *id = policy_id != NULL ? policy_id : cg_case_get_policy (kase);
  CgPolicy *policy = cg_policy_registry_lookup (registry, id);

  if (policy != NULL)
    return policy;

  if (policy_id != NULL)
    fprintf (stderr, "coregroup %s: --policy: no policy “%s” is known (see coregroup policies)\n", command, id);
  else
    fprintf (stderr, "%s: %s\n", arg, CG_TOOL_UNKNOWN_CASE_POLICY);
  return NULL;
}
