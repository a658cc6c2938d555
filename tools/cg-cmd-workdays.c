/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup workdays [--division D] [--format text|json] DATE N
 * coregroup workdays [--division D] [--format text|json] --between DATE1 DATE2
 * (doc/rules.md, "Working days"; doc/json-format.md, "The command line's
 * JSON"). N may be negative, which GOptionContext would take for an
 * option: it leaves the options it does not know in argv, and those that
 * are not numbers are refused here. */

#include <stdio.h>
#include <stdlib.h>
#include <errno.h>

#include "cg-tool-private.h"

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

  cg_tool_usage_error (_("%s is outside the years the calendar covers (1900-2199)"), text);
  return FALSE;
}

/* The arguments GOptionContext left, in order: an unknown option is an
 * error, a negative number is an argument, and so is anything after "--". */
static GPtrArray *
collect_arguments (int    argc,
                   char **argv)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  gboolean options_ended = FALSE;

  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (!options_ended && g_str_equal (arg, "--"))
        options_ended = TRUE;
      else if (!options_ended && arg[0] == '-' && arg[1] != '\0' && !g_ascii_isdigit (arg[1]))
        {
          cg_tool_usage_error (_("Unknown option %s"), arg);
          return NULL;
        }
      else
        g_ptr_array_add (args, (gpointer) arg);
    }

  return g_steal_pointer (&args);
}

/* The text form prints the one figure asked for; the JSON form gives both
 * dates and the count between them, whichever was asked for:
 * {"division", "from", "to", "working_days"}. */
static void
print_result (const char  *format,
              CgDivision   division,
              const GDate *from,
              const GDate *to,
              int          working_days,
              gboolean     between)
{
  g_autofree char *from_text = cg_date_format (from);
  g_autofree char *to_text = cg_date_format (to);
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (g_str_equal (format, "text"))
    {
      if (between)
        printf ("%d\n", working_days);
      else
        printf ("%s\n", to_text);
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  cg_tool_json_add_string (builder, "division", cg_tool_enum_nick (CG_TYPE_DIVISION, division));
  cg_tool_json_add_string (builder, "from", from_text);
  cg_tool_json_add_string (builder, "to", to_text);
  json_builder_set_member_name (builder, "working_days");
  json_builder_add_int_value (builder, working_days);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  cg_tool_print_json (root);
}

int
cg_cmd_workdays (int    argc,
                 char **argv)
{
  static const char * const formats[] = { "text", "json", NULL };
  g_autofree char *division_text = NULL;
  g_autofree char *format = NULL;
  gboolean between = FALSE;
  const GOptionEntry entries[] = {
    { "division", 0, 0, G_OPTION_ARG_STRING, &division_text,
      N_("Count in this bank-holiday division: england-and-wales (default), scotland or northern-ireland"),
      N_("DIVISION") },
    { "between", 0, 0, G_OPTION_ARG_NONE, &between,
      N_("Print the number of working days after DATE1 up to and including DATE2"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      N_("text (default) or json (both dates and the working days between them)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("DATE N — the Nth working day after DATE\n"
                                   "  coregroup workdays [OPTION…] --between DATE1 DATE2 — working days between two dates"),
                                N_("The first form prints the Nth working day after DATE (N may be negative:\n"
                                   "before it). The second prints the number of working days after DATE1 up\n"
                                   "to and including DATE2 (negative when DATE2 is earlier). Dates are\n"
                                   "YYYY-MM-DD, from 1900 to 2199.\n\n"
                                   "Exit status: 0, or 2 for a usage error or a date outside the calendar."),
                                entries);
  CgDivision division = CG_DIVISION_ENGLAND_AND_WALES;
  g_autoptr(GPtrArray) args = NULL;
  g_autoptr(CgCalendar) calendar = NULL;
  g_autoptr(GDate) first = NULL;
  const char *date_text;
  const char *second_text;
  const char *form;

  g_option_context_set_ignore_unknown_options (context, TRUE);
  if (!cg_tool_parse_options (context, &argc, &argv) || (args = collect_arguments (argc, argv)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (division_text != NULL && !cg_tool_parse_division (division_text, &division))
    return CG_TOOL_EXIT_USAGE;
  if (args->len != 2)
    return cg_tool_usage_error (between ? _("give two dates, DATE1 and DATE2")
                                        : _("give a DATE and a number of working days N"));
  date_text = g_ptr_array_index (args, 0);
  second_text = g_ptr_array_index (args, 1);

  if (between)
    /* Translators: the first date of "workdays --between DATE1 DATE2", as
     * its usage line names it, before what is wrong with it. */
    first = cg_tool_parse_date (_("DATE1"), date_text);
  else
    /* Translators: the date of "workdays DATE N", as its usage line names
     * it, before what is wrong with it. */
    first = cg_tool_parse_date (_("DATE"), date_text);
  if (first == NULL)
    return CG_TOOL_EXIT_USAGE;

  calendar = cg_calendar_new (division);
  if (!check_span (calendar, first, date_text))
    return CG_TOOL_EXIT_USAGE;

  if (between)
    {
      /* Translators: the second date of "workdays --between DATE1 DATE2". */
      g_autoptr(GDate) second = cg_tool_parse_date (_("DATE2"), second_text);

      if (second == NULL || !check_span (calendar, second, second_text))
        return CG_TOOL_EXIT_USAGE;
      print_result (form, division, first, second,
                    cg_calendar_count_working_days (calendar, first, second), TRUE);
    }
  else
    {
      GDate result;
      int n;

      if (!parse_count (second_text, &n))
        return cg_tool_usage_error (_("N: “%s” is not a whole number"), second_text);

      if (!cg_calendar_try_add_working_days (calendar, first, n, &result))
        return cg_tool_usage_error (ngettext ("N: %d working day from %s is outside the years the calendar covers",
                                              "N: %d working days from %s is outside the years the calendar covers",
                                              (gulong) ABS (n)),
                                    n, date_text);
      print_result (form, division, first, &result, n, FALSE);
    }

  return CG_TOOL_EXIT_OK;
}
