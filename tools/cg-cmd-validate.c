/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup validate CASE.json...: loads each case document and reports
 * the first error in each, naming the file and the field path. */

#include <stdio.h>

#include "cg-tool-private.h"

int
cg_cmd_validate (int    argc,
                 char **argv)
{
  gboolean quiet = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print nothing for valid files", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "CASE.json…" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("CASE.json… — check case documents");
  g_autoptr(GError) error = NULL;
  int status = CG_TOOL_EXIT_OK;

  g_option_context_set_summary (context,
                                "Loads each case document strictly and reports the first error in\n"
                                "each, naming the file and the field. Exit status 2 if any is invalid.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "coregroup validate: %s\n", error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  if (files == NULL)
    {
      fprintf (stderr, "coregroup validate: no case files given\n");
      return CG_TOOL_EXIT_USAGE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(CgCase) kase = cg_tool_load_case (files[i]);

      if (kase == NULL)
        {
          status = CG_TOOL_EXIT_USAGE;
          continue;
        }

      if (!quiet)
        printf ("%s: valid (case %s, policy %s, %u members, %u meetings, %u contacts)\n",
                files[i], cg_case_get_id (kase), cg_case_get_policy (kase),
                g_list_model_get_n_items (cg_core_group_get_members (cg_case_get_core_group (kase))),
                g_list_model_get_n_items (cg_core_group_get_meetings (cg_case_get_core_group (kase))),
                g_list_model_get_n_items (cg_case_get_contacts (kase)));
    }

  return status;
}
