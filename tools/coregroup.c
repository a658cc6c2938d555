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
  { "validate", "Check case documents and report errors by field", cg_cmd_validate },
  { "deadlines", "Say what is due, met, late and overdue in a case", cg_cmd_deadlines },
  { "minutes", "Write the minutes of a meeting, as text or printable HTML", cg_cmd_minutes },
  { "plan", "Print a member's own copy of the plan", cg_cmd_plan },
  { "policies", "List the known local and national policies", cg_cmd_policies },
  { "report", "Write the report to a review conference", cg_cmd_report },
  { "workdays", "Count working days in a UK bank-holiday division", cg_cmd_workdays },
  { NULL, NULL, NULL },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "Usage: coregroup COMMAND [OPTION…] [ARG…]\n\nCommands:\n");
  for (guint i = 0; commands[i].name != NULL; i++)
    fprintf (stream, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf (stream, "\nRun “coregroup COMMAND --help” for a command's options.\n");
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
  const char *locale_dir = g_getenv ("COREGROUP_LOCALEDIR");

  set_locale ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL && *locale_dir != '\0' ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    {
      print_usage (stderr);
      return CG_TOOL_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return CG_TOOL_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("coregroup %u.%u.%u\n", cg_get_major_version (),
              cg_get_minor_version (), cg_get_micro_version ());
      return CG_TOOL_EXIT_OK;
    }

  for (guint i = 0; commands[i].name != NULL; i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        /* Usage lines read "coregroup deadlines [OPTION…] PATH…". */
        g_autofree char *name = g_strconcat ("coregroup ", commands[i].name, NULL);

        g_set_prgname (name);
        return commands[i].func (argc - 1, argv + 1);
      }

  fprintf (stderr, "coregroup: unknown command “%s”\n\n", argv[1]);
  print_usage (stderr);
  return CG_TOOL_EXIT_USAGE;
}
