/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup: the command-line front end of libcoregroup.
 *
 * Each subcommand lives in its own cg-cmd-*.c file and is listed in
 * `commands` below; this file only dispatches. */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "cg-tool-private.h"

typedef struct
{
  const char        *name;
  const char        *summary;
  CgToolCommandFunc  func;
} CgToolCommand;

static const CgToolCommand commands[] = {
  { "validate", N_("Check case documents and report errors by field"), cg_cmd_validate },
  { "deadlines", N_("Say what is due, met, late and overdue in a case"), cg_cmd_deadlines },
  { "minutes", N_("Write the minutes of a meeting, as text or printable HTML"), cg_cmd_minutes },
  { "plan", N_("Print a member's own copy of the plan"), cg_cmd_plan },
  { "policies", N_("List the known local and national policies"), cg_cmd_policies },
  { "report", N_("Write the report to a review conference"), cg_cmd_report },
  { "workdays", N_("Count working days in a UK bank-holiday division"), cg_cmd_workdays },
  { NULL, NULL, NULL },
};

static const CgToolCommand *
find_command (const char *name)
{
  for (guint i = 0; commands[i].name != NULL; i++)
    if (g_str_equal (name, commands[i].name))
      return &commands[i];
  return NULL;
}

static int
run_command (const CgToolCommand  *command,
             int                   argc,
             char                **argv)
{
  /* Usage lines read "coregroup deadlines [OPTION…] PATH…". */
  g_autofree char *name = g_strconcat ("coregroup ", command->name, NULL);

  g_set_prgname (name);
  return command->func (argc, argv);
}

/* The commands, each with its summary, for the top-level --help. */
static char *
list_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; commands[i].name != NULL; i++)
    g_string_append_printf (text, "\n  %-10s %s", commands[i].name, _(commands[i].summary));
  return g_string_free (text, FALSE);
}

/* The user's locale, as GNOME tools set it. When none is set, or the one
 * set is missing from the system (cy_GB.UTF-8 with no locale data), the C
 * library stays in "C", where gettext ignores LANGUAGE: C.UTF-8 instead
 * keeps the messages' UTF-8 and lets LANGUAGE, or else the language of the
 * missing locale, choose them. A "C" or "POSIX" the user asked for is
 * kept, untranslated as POSIX wants (doc/using.md, "Languages"). */
static void
set_locale (void)
{
  const char *asked = g_getenv ("LC_ALL");

  if (asked == NULL || *asked == '\0')
    asked = g_getenv ("LC_MESSAGES");
  if (asked == NULL || *asked == '\0')
    asked = g_getenv ("LANG");

  if (setlocale (LC_ALL, "") != NULL && asked != NULL && *asked != '\0')
    return;

  if (asked != NULL && *asked != '\0')
    g_setenv ("LANGUAGE", asked, FALSE);
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int    argc,
      char **argv)
{
  gboolean version = FALSE;
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *summary = NULL;
  const CgToolCommand *command;
  const char *locale_dir = g_getenv ("COREGROUP_LOCALEDIR");

  set_locale ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL && *locale_dir != '\0' ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("coregroup");

  /* The summary, listing the commands, is translated as it is built. */
  summary = list_commands ();
  context = cg_tool_option_context_new (N_("COMMAND [ARG…]"), NULL, entries);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, N_("Run “coregroup COMMAND --help” for a command's options."));
  /* Options after the command are the command's own. */
  g_option_context_set_strict_posix (context, TRUE);
  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;

  if (version)
    {
      printf ("coregroup %u.%u.%u\n", cg_get_major_version (),
              cg_get_minor_version (), cg_get_micro_version ());
      return CG_TOOL_EXIT_OK;
    }

  if (argc < 2)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      fputs (help, stderr);
      return CG_TOOL_EXIT_USAGE;
    }

  /* "coregroup help" is "coregroup --help"; "coregroup help COMMAND" is
   * "coregroup COMMAND --help". */
  if (g_str_equal (argv[1], "help"))
    {
      char *help_argv[] = { argc > 2 ? argv[2] : NULL, (char *) "--help", NULL };
      g_autofree char *help = NULL;

      if (argc > 2 && (command = find_command (argv[2])) != NULL)
        return run_command (command, 2, help_argv);
      if (argc > 2)
        return cg_tool_usage_error (_("unknown command “%s”"), argv[2]);

      help = g_option_context_get_help (context, TRUE, NULL);
      fputs (help, stdout);
      return CG_TOOL_EXIT_OK;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      cg_tool_usage_error (_("unknown command “%s”"), argv[1]);
      fprintf (stderr, "\n%s", help);
      return CG_TOOL_EXIT_USAGE;
    }

  return run_command (command, argc - 1, argv + 1);
}
