/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup minutes --meeting MEETING-ID [--format html|text] CASE.json: the
 * minutes of one meeting of a case, on standard output (CgMinutes). The
 * HTML form is one printable file that fetches and runs nothing. */

#include <stdio.h>

#include "cg-tool-private.h"

int
cg_cmd_minutes (int    argc,
                char **argv)
{
  static const char * const formats[] = { "text", "html", NULL };
  g_autofree char *meeting_id = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_id, N_("The meeting to write the minutes of"), N_("MEETING-ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or html (one printable file)"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("CASE.json — the minutes of a meeting"),
                                N_("The first core group's minutes follow Haringey Appendix 1, later\n"
                                   "meetings' Appendix 2.\n\n"
                                   "Exit status: 0 when the minutes were written, 2 for a usage error,\n"
                                   "a file that cannot be loaded or a meeting the case does not have."),
                                entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgMinutes) minutes = NULL;
  g_autofree char *output = NULL;
  const char *form;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (meeting_id == NULL)
    return cg_tool_usage_error (_("give the meeting with --meeting MEETING-ID"));
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return cg_tool_usage_error (_("give exactly one case file"));

  kase = cg_tool_load_case (files[0]);
  if (kase == NULL)
    return CG_TOOL_EXIT_USAGE;

  /* The message does not quote the id: it may name the child's family. */
  minutes = cg_minutes_new (kase, meeting_id, &error);
  if (minutes == NULL)
    {
      fprintf (stderr, "%s: --meeting: %s\n", files[0], error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  output = g_str_equal (form, "html") ? cg_minutes_to_html (minutes) : cg_minutes_to_text (minutes);
  fputs (output, stdout);
  return CG_TOOL_EXIT_OK;
}
