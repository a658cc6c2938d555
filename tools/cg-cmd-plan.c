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
  static const char * const formats[] = { "text", "html", NULL };
  g_autofree char *audience = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "for", 0, 0, G_OPTION_ARG_STRING, &audience, N_("Whose copy: a member's id, family or professionals"), N_("READER") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or html (one printable file)"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("CASE.json — a member's own copy of the plan"),
                                N_("The family's copy leaves out what is for professionals only, and no\n"
                                   "copy gives a member's address or phone to a reader they are withheld\n"
                                   "from. Exit status 2 for a usage error, a file that cannot be loaded or\n"
                                   "a reader who is not a member."),
                                entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgPlanCopy) copy = NULL;
  g_autofree char *document = NULL;
  const char *form;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (audience == NULL)
    return cg_tool_usage_error (_("--for: say whose copy (a member's id, family or professionals)"));
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return cg_tool_usage_error (_("give exactly one case file"));

  kase = cg_tool_load_case (files[0]);
  if (kase == NULL)
    return CG_TOOL_EXIT_USAGE;

  copy = cg_plan_copy_new (kase, audience, &error);
  if (copy == NULL)
    {
      fprintf (stderr, "%s: --for: %s\n", files[0], error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  document = g_str_equal (form, "html") ? cg_plan_copy_to_html (copy) : cg_plan_copy_to_text (copy);
  fputs (document, stdout);
  return CG_TOOL_EXIT_OK;
}
