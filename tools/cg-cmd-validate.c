/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup validate [--format text|json] PATH...: loads each case
 * document and reports the first error in each, naming the file and the
 * field path. A PATH is a file, a directory of them or "-". */

#include <stdio.h>
#include <string.h>

#include "cg-tool-private.h"

/* {"file": ..., "valid": false, "path": ..., "line": ..., "column": ...,
 * "message": ...}: the message of a format error starts with the field
 * path, then for a JSON syntax error "line N, column M: ". */
static void
print_json_error (const char   *file,
                  const GError *error)
{
  g_autofree char *path = NULL;
  const char *rest = error->message;
  const char *colon;
  guint line = 0, column = 0;
  int used = 0;

  /* An error reading the file names the file, not a field. */
  if (error->domain == G_IO_ERROR)
    {
      if (g_str_has_prefix (rest, file) && g_str_has_prefix (rest + strlen (file), ": "))
        rest += strlen (file) + 2;
    }
  else if ((colon = strstr (rest, ": ")) != NULL)
    {
      path = g_strndup (rest, (gsize) (colon - rest));
      rest = colon + 2;
    }

  if (sscanf (rest, "line %u, column %u: %n", &line, &column, &used) == 2 && used > 0)
    rest += used;
  else
    line = column = 0;

  fputs ("{\"file\": ", stdout);
  cg_tool_print_json_string (file);
  fputs (", \"valid\": false, \"path\": ", stdout);
  if (path != NULL)
    cg_tool_print_json_string (path);
  else
    fputs ("null", stdout);
  if (line > 0)
    printf (", \"line\": %u, \"column\": %u", line, column);
  else
    fputs (", \"line\": null, \"column\": null", stdout);
  fputs (", \"message\": ", stdout);
  cg_tool_print_json_string (rest);
  fputs ("}\n", stdout);
}

int
cg_cmd_validate (int    argc,
                 char **argv)
{
  gboolean quiet = FALSE;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print nothing for valid files", NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (default), or json (one line a file)", "FORMAT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("PATH… — check case documents");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  gboolean json;
  int status = CG_TOOL_EXIT_OK;

  g_option_context_set_summary (context,
                                "Loads each case document strictly and reports the first error in\n"
                                "each, naming the file and the field. A PATH is a case file, a\n"
                                "directory (every *.json file below it) or - for standard input.\n"
                                "Exit status 2 if any is invalid.");
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
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json"))
    {
      fprintf (stderr, "coregroup validate: --format: “%s” is not text or json\n", format);
      return CG_TOOL_EXIT_USAGE;
    }
  json = format != NULL && g_str_equal (format, "json");

  cases = cg_tool_expand_paths (files);
  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(CgCase) kase = cg_tool_case_load (entry, &load_error);

      if (kase == NULL)
        {
          status = CG_TOOL_EXIT_USAGE;
          if (json)
            print_json_error (entry->path, load_error);
          else
            cg_tool_print_load_error (entry->path, load_error);
          continue;
        }

      if (json)
        {
          fputs ("{\"file\": ", stdout);
          cg_tool_print_json_string (entry->path);
          fputs (", \"valid\": true}\n", stdout);
        }
      else if (!quiet)
        printf ("%s: valid (case %s, policy %s, %u members, %u meetings, %u contacts)\n",
                entry->path, cg_case_get_id (kase), cg_case_get_policy (kase),
                g_list_model_get_n_items (cg_core_group_get_members (cg_case_get_core_group (kase))),
                g_list_model_get_n_items (cg_core_group_get_meetings (cg_case_get_core_group (kase))),
                g_list_model_get_n_items (cg_case_get_contacts (kase)));
    }

  return status;
}
