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
  g_autofree char *meeting_id = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_STRING, &meeting_id, "The meeting to write the minutes of", "MEETING-ID" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (default) or html (one printable file)", "FORMAT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("CASE.json — the minutes of a meeting");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgMinutes) minutes = NULL;
  g_autofree char *output = NULL;
  gboolean html;

  g_option_context_set_summary (context,
                                "The first core group's minutes follow Haringey Appendix 1, later\n"
                                "meetings' Appendix 2.\n\n"
                                "Exit status: 0 when the minutes were written, 2 for a usage error,\n"
                                "a file that cannot be loaded or a meeting the case does not have.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "coregroup minutes: %s\n", error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  if (meeting_id == NULL)
    {
      fprintf (stderr, "coregroup minutes: give the meeting with --meeting MEETING-ID\n");
      return CG_TOOL_EXIT_USAGE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      fprintf (stderr, "coregroup minutes: give exactly one case file\n");
      return CG_TOOL_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "html"))
    {
      fprintf (stderr, "coregroup minutes: --format: “%s” is not text or html\n", format);
      return CG_TOOL_EXIT_USAGE;
    }
  html = format != NULL && g_str_equal (format, "html");

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

  output = html ? cg_minutes_to_html (minutes) : cg_minutes_to_text (minutes);
  fputs (output, stdout);
  return CG_TOOL_EXIT_OK;
}
