/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup plan --for MEMBER-ID|family|professionals [--format html|text] CASE.json:
 * the copy of the plan a member, the family or the professionals may read
 * (CgPlanCopy; Haringey, "The child protection plan"; Suffolk 5.5). */

#include <stdio.h>

#include "cg-tool-private.h"

int
cg_cmd_plan (int    argc,
             char **argv)
{
  g_autofree char *audience = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "for", 0, 0, G_OPTION_ARG_STRING, &audience, "Whose copy: a member's id, family or professionals", "READER" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (default) or html (one printable file)", "FORMAT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("CASE.json — a member's own copy of the plan");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgPlanCopy) copy = NULL;
  g_autofree char *document = NULL;

  g_option_context_set_summary (context,
                                "The family's copy leaves out what is for professionals only, and no\n"
                                "copy gives a member's address or phone to a reader they are withheld\n"
                                "from. Exit status 2 for a usage error, a file that cannot be loaded or\n"
                                "a reader who is not a member.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "coregroup plan: %s\n", error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  if (audience == NULL)
    {
      fprintf (stderr, "coregroup plan: --for: say whose copy (a member's id, family or professionals)\n");
      return CG_TOOL_EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      fprintf (stderr, "coregroup plan: give exactly one case file\n");
      return CG_TOOL_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "html"))
    {
      fprintf (stderr, "coregroup plan: --format: “%s” is not text or html\n", format);
      return CG_TOOL_EXIT_USAGE;
    }

  kase = cg_tool_load_case (files[0]);
  if (kase == NULL)
    return CG_TOOL_EXIT_USAGE;

  copy = cg_plan_copy_new (kase, audience, &error);
  if (copy == NULL)
    {
      fprintf (stderr, "%s: --for: %s\n", files[0], error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  document = format != NULL && g_str_equal (format, "html") ? cg_plan_copy_to_html (copy)
                                                             : cg_plan_copy_to_text (copy);
  fputs (document, stdout);
  return CG_TOOL_EXIT_OK;
}
