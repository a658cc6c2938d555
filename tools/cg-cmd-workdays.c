/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup workdays [--division D] DATE N
 * coregroup workdays [--division D] --between DATE1 DATE2
 * (doc/rules.md, "Working days"). Options are read by hand because
 * N may be negative, which GOptionContext would take for an option. */

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>

#include "cg-tool-private.h"

static const char usage[] =
  "Usage: coregroup workdays [--division DIVISION] DATE N\n"
  "       coregroup workdays [--division DIVISION] --between DATE1 DATE2\n"
  "\n"
  "The first form prints the Nth working day after DATE (N may be negative:\n"
  "before it). The second prints the number of working days after DATE1 up\n"
  "to and including DATE2 (negative when DATE2 is earlier).\n"
  "DIVISION is england-and-wales (the default), scotland or northern-ireland.\n";

static gboolean
parse_count (const char *text,
             int        *n)
{
  char *end = NULL;
  long value;

  errno = 0;
  value = strtol (text, &end, 10);
  if (*text == '\0' || *end != '\0' || errno != 0 || value < -100000 || value > 100000)
    return FALSE;

  *n = (int) value;
  return TRUE;
}

static gboolean
check_span (CgCalendar  *calendar,
            const GDate *date,
            const char  *text)
{
  if (cg_calendar_contains (calendar, date))
    return TRUE;

  fprintf (stderr, "coregroup workdays: %s is outside the years the calendar covers (1900-2199)\n", text);
  return FALSE;
}

int
cg_cmd_workdays (int    argc,
                 char **argv)
{
  CgDivision division = CG_DIVISION_ENGLAND_AND_WALES;
  gboolean between = FALSE;
  const char *args[2];
  guint n_args = 0;
  g_autoptr(CgCalendar) calendar = NULL;
  g_autoptr(GDate) first = NULL;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          fputs (usage, stdout);
          return CG_TOOL_EXIT_OK;
        }
      else if (g_str_equal (arg, "--between"))
        between = TRUE;
      else if (g_str_equal (arg, "--division") && i + 1 < argc)
        {
          if (!cg_tool_parse_division (argv[++i], &division))
            return CG_TOOL_EXIT_USAGE;
        }
      else if (g_str_has_prefix (arg, "--division="))
        {
          if (!cg_tool_parse_division (arg + strlen ("--division="), &division))
            return CG_TOOL_EXIT_USAGE;
        }
      else if (arg[0] == '-' && !g_ascii_isdigit (arg[1]))
        {
          fprintf (stderr, "coregroup workdays: unknown option “%s”\n\n%s", arg, usage);
          return CG_TOOL_EXIT_USAGE;
        }
      else if (n_args < G_N_ELEMENTS (args))
        args[n_args++] = arg;
      else
        {
          fprintf (stderr, "coregroup workdays: too many arguments\n\n%s", usage);
          return CG_TOOL_EXIT_USAGE;
        }
    }

  if (n_args != 2)
    {
      fputs (usage, stderr);
      return CG_TOOL_EXIT_USAGE;
    }

  first = cg_tool_parse_date ("DATE", args[0]);
  if (first == NULL)
    return CG_TOOL_EXIT_USAGE;

  calendar = cg_calendar_new (division);
  if (!check_span (calendar, first, args[0]))
    return CG_TOOL_EXIT_USAGE;

  if (between)
    {
      g_autoptr(GDate) second = cg_tool_parse_date ("DATE2", args[1]);

      if (second == NULL || !check_span (calendar, second, args[1]))
        return CG_TOOL_EXIT_USAGE;
      printf ("%d\n", cg_calendar_count_working_days (calendar, first, second));
    }
  else
    {
      GDate result;
      g_autofree char *text = NULL;
      int n;

      if (!parse_count (args[1], &n))
        {
          fprintf (stderr, "coregroup workdays: N: “%s” is not a whole number\n", args[1]);
          return CG_TOOL_EXIT_USAGE;
        }

      if (!cg_calendar_try_add_working_days (calendar, first, n, &result))
        {
          fprintf (stderr, "coregroup workdays: N: %d working days from %s is outside the years the calendar covers\n", n, args[0]);
          return CG_TOOL_EXIT_USAGE;
        }
      text = cg_date_format (&result);
      printf ("%s\n", text);
    }

  return CG_TOOL_EXIT_OK;
}
