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

/* "FILE: valid (case ID, policy ID, 3 members, 2 meetings, 1 contact)". */
static void
print_valid (const char *file,
             CgCase     *kase)
{
  CgCoreGroup *group = cg_case_get_core_group (kase);
  guint n_members = g_list_model_get_n_items (cg_core_group_get_members (group));
  guint n_meetings = g_list_model_get_n_items (cg_core_group_get_meetings (group));
  guint n_contacts = g_list_model_get_n_items (cg_case_get_contacts (kase));
  g_autofree char *members = g_strdup_printf (ngettext ("%u member", "%u members", n_members), n_members);
  g_autofree char *meetings = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n_meetings), n_meetings);
  g_autofree char *contacts = g_strdup_printf (ngettext ("%u contact", "%u contacts", n_contacts), n_contacts);

  /* Translators: FILE: valid (case ID, policy ID, "3 members", "2 meetings", "1 contact"). */
  printf (_("%s: valid (case %s, policy %s, %s, %s, %s)\n"), file, cg_case_get_id (kase),
          cg_case_get_policy (kase), members, meetings, contacts);
}

int
cg_cmd_validate (int    argc,
                 char **argv)
{
  static const char * const formats[] = { "text", "json", NULL };
  gboolean quiet = FALSE;
  g_autofree char *format = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print nothing for valid files"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default), or json (one line a file)"), N_("FORMAT") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("PATH… — check case documents"),
                                N_("Loads each case document strictly and reports the first error in\n"
                                   "each, naming the file and the field. A PATH is a case file, a\n"
                                   "directory (every *.json file below it) or - for standard input.\n"
                                   "Exit status 2 if any is invalid."),
                                entries);
  g_autoptr(GPtrArray) cases = NULL;
  const char *form;
  gboolean json;
  int status = CG_TOOL_EXIT_OK;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (files == NULL)
    return cg_tool_usage_error (_("no case files given"));
  json = g_str_equal (form, "json");

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
        print_valid (entry->path, kase);
    }

  return status;
}
