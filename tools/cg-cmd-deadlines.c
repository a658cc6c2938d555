/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup deadlines [--policy ID] [--today YYYY-MM-DD] [--format text|json|csv|ics]
 * [--alarm-days N] [--summary] [--jobs N] PATH... (doc/rules.md, "Deadline
 * entries and findings"; doc/using.md, "Many cases at once"). The text form is for a
 * lead social worker: what is overdue first, then what falls due in the
 * next 10 working days, then the findings, then the record. */

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cg-tool-private.h"

#define LOOKAHEAD_WORKING_DAYS 10

/* "Tue  1 Dec 2026", with the library's names of the days and months in
 * the user's language, and the day padded so that dates line up. */
static char *
day_text (const GDate *date)
{
  /* Translators: a date in a column of the text report: the abbreviated
   * weekday name, the day of the month padded to two places, the
   * abbreviated month name and the year, "Tue  1 Dec 2026". */
  return g_strdup_printf (C_("date in a column", "%s %2u %s %u"),
                          cg_date_get_weekday_name (g_date_get_weekday (date)), (guint) g_date_get_day (date),
                          cg_date_get_month_name (g_date_get_month (date)), (guint) g_date_get_year (date));
}

/* The width of the column of dates, in characters: the widest date
 * day_text writes, where every day of the week falls on one of the 22nd
 * to the 28th of each month. In English every date is 15 characters
 * wide; in Welsh, which names the months in full, they are not. */
static guint
date_width (void)
{
  guint width = 0;

  for (guint month = G_DATE_JANUARY; month <= G_DATE_DECEMBER; month++)
    for (guint day = 22; day <= 28; day++)
      {
        g_autofree char *text = NULL;
        GDate date;

        g_date_clear (&date, 1);
        g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, 2026);
        text = day_text (&date);
        width = MAX (width, (guint) g_utf8_strlen (text, -1));
      }
  return width;
}

/* The start of a line under an entry: its text lines up one column in
 * from the rule. */
static void
begin_detail (guint width)
{
  printf ("  %*s  ", (int) width + 1, "");
}

/* The start of an entry's line: its day, padded to the column's width. */
static void
begin_entry (const GDate *date,
             guint        width)
{
  g_autofree char *text = day_text (date);

  printf ("  ");
  cg_tool_print_padded (text, width);
  printf ("  ");
}

static void
print_deadline (CgDeadline *deadline,
                CgCalendar *calendar,
                GDate      *today,
                guint       width,
                gboolean    explain)
{
  const char *source = cg_deadline_get_source (deadline);
  GDate *satisfied_on = cg_deadline_get_satisfied_on (deadline);
  CgDeadlineStatus status = cg_deadline_get_status (deadline);

  begin_entry (cg_deadline_get_due (deadline), width);
  printf ("%-31s %s", cg_deadline_get_rule (deadline), cg_deadline_get_description (deadline));
  if (source != NULL)
    printf (" (%s)", source);
  printf ("\n");

  if (satisfied_on != NULL)
    {
      g_autofree char *done = day_text (satisfied_on);
      int late = cg_calendar_contains (calendar, satisfied_on)
                 ? cg_calendar_count_working_days (calendar, cg_deadline_get_due (deadline), satisfied_on) : 0;

      begin_detail (width);
      if (status == CG_DEADLINE_STATUS_MET)
        /* Translators: under an entry met in time: the id of the meeting,
         * contact or event that met it, and its day, "met by cg2 on Tue  1
         * Dec 2026". */
        printf (_("met by %s on %s"), cg_deadline_get_satisfied_by (deadline), done);
      else
        /* Translators: under an entry met late: the id of the meeting,
         * contact or event that met it, its day, and by how many working
         * days, "LATE by c4 on Mon 30 Nov 2026, 4 working days late". */
        printf (ngettext ("LATE by %s on %s, %d working day late", "LATE by %s on %s, %d working days late",
                          (gulong) ABS (late)),
                cg_deadline_get_satisfied_by (deadline), done, late);
      printf ("\n");
    }
  else if (status == CG_DEADLINE_STATUS_OVERDUE)
    {
      int days = cg_calendar_count_working_days (calendar, cg_deadline_get_due (deadline), today);

      begin_detail (width);
      /* Translators: under an overdue entry: how many working days have
       * passed since it was due. */
      printf (ngettext ("OVERDUE by %d working day", "OVERDUE by %d working days", (gulong) ABS (days)), days);
      printf ("\n");
    }
  else if (cg_deadline_get_window_start (deadline) != NULL)
    {
      g_autofree char *opens = day_text (cg_deadline_get_window_start (deadline));

      begin_detail (width);
      /* Translators: under an entry that cannot be met before a day, as the
       * final core group in the 15 working days before a review
       * conference: "window opens Mon 21 Dec 2026". */
      printf (_("window opens %s"), opens);
      printf ("\n");
    }

  if (cg_deadline_get_responsible (deadline) != NULL)
    {
      g_autofree char *who = g_strjoinv (", ", (char **) cg_deadline_get_responsible (deadline));

      begin_detail (width);
      /* Translators: under an entry: the members who must meet it. */
      printf (_("responsible: %s"), who);
      printf ("\n");
    }

  if (cg_deadline_get_acknowledgement (deadline) != NULL)
    {
      CgAcknowledgement *acknowledgement = cg_deadline_get_acknowledgement (deadline);
      g_autofree char *on = day_text (cg_acknowledgement_get_date (acknowledgement));

      begin_detail (width);
      /* Translators: under a late or overdue entry a named person accepted:
       * who, the day and the reason they gave. */
      printf (_("accepted by %s on %s: %s"), cg_acknowledgement_get_by (acknowledgement), on,
              cg_acknowledgement_get_reason (acknowledgement));
      printf ("\n");
    }

  if (explain && cg_deadline_get_explanation (deadline) != NULL)
    {
      begin_detail (width);
      printf ("%s\n", cg_deadline_get_explanation (deadline));
    }
}

static void
print_open_escalations (CgReport *report,
                        guint     width)
{
  GListModel *open = cg_report_get_open_escalations (report);

  /* Translators: a heading of the text report, in capitals as the others. */
  printf ("\n%s\n", _("OPEN ESCALATIONS"));
  for (guint i = 0; i < g_list_model_get_n_items (open); i++)
    {
      g_autoptr(CgOpenEscalation) item = g_list_model_get_item (open, i);
      CgEscalation *escalation = cg_open_escalation_get_escalation (item);
      CgEscalationStep *step = cg_open_escalation_get_last_step (item);
      g_autofree char *since = day_text (cg_open_escalation_get_since (item));
      const char *concern = cg_tool_enum_word (CG_TYPE_ESCALATION_CONCERN, cg_escalation_get_concern (escalation),
                                               "escalation concern");
      int days = cg_open_escalation_get_working_days (item);
      const char *last_step;

      if (step != NULL)
        last_step = cg_tool_enum_word (CG_TYPE_ESCALATION_STEP_KIND, cg_escalation_step_get_step (step),
                                       "escalation step");
      else
        /* Translators: an escalation's last step, when none has been taken. */
        last_step = _("none yet");

      begin_entry (cg_escalation_get_date (escalation), width);
      printf ("%-31s ", cg_escalation_get_id (escalation));
      if (cg_escalation_get_about (escalation) != NULL)
        /* Translators: an open escalation: its concern ("attendance"), the
         * member it is about and who raised it, "attendance about m6, raised
         * by m1". */
        printf (_("%s about %s, raised by %s"), concern, cg_escalation_get_about (escalation),
                cg_escalation_get_raised_by (escalation));
      else
        /* Translators: an open escalation: its concern and who raised it. */
        printf (_("%s, raised by %s"), concern, cg_escalation_get_raised_by (escalation));
      printf ("\n");

      begin_detail (width);
      /* Translators: under an open escalation: its last step ("conference
       * chair", or "none yet"), the day of it and how long ago that was. */
      printf (ngettext ("last step: %s on %s, %d working day ago", "last step: %s on %s, %d working days ago",
                        (gulong) ABS (days)),
              last_step, since, days);
      printf ("\n");
    }
  if (g_list_model_get_n_items (open) == 0)
    printf ("  %s\n", _("None."));
}

/* The counts that end the report, "0 overdue, 1 accepted, ...". */
static void
print_counts (CgReport *report,
              guint     n_overdue,
              guint     n_accepted,
              guint     n_soon)
{
  guint n_errors = cg_report_count_findings (report, CG_SEVERITY_ERROR);
  guint n_warnings = cg_report_count_findings (report, CG_SEVERITY_WARNING);
  /* Translators: the counts that end the text report are joined with
   * commas: "0 overdue, 1 accepted, 2 due in the next 10 working days, 0
   * errors, 5 warnings". This one counts the entries overdue. */
  g_autofree char *overdue = g_strdup_printf (ngettext ("%u overdue", "%u overdue", n_overdue), n_overdue);
  /* Translators: of the counts that end the report: the entries accepted late or overdue. */
  g_autofree char *accepted = g_strdup_printf (ngettext ("%u accepted", "%u accepted", n_accepted), n_accepted);
  /* Translators: of the counts that end the report: the entries due soon,
   * and the working days the report looks ahead, which the plural follows. */
  g_autofree char *soon = g_strdup_printf (ngettext ("%u due in the next %d working day",
                                                     "%u due in the next %d working days", LOOKAHEAD_WORKING_DAYS),
                                           n_soon, LOOKAHEAD_WORKING_DAYS);
  /* Translators: of the counts that end the report: the findings that are errors. */
  g_autofree char *errors = g_strdup_printf (ngettext ("%u error", "%u errors", n_errors), n_errors);
  /* Translators: of the counts that end the report: the findings that are warnings. */
  g_autofree char *warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings", n_warnings), n_warnings);

  printf ("\n%s, %s, %s, %s, %s\n", overdue, accepted, soon, errors, warnings);
}

/* How each due date was worked out is shown under what needs action
 * (overdue, due soon), and under everything with --explain. */
static void
print_text (CgReport   *report,
            CgPolicy   *policy,
            CgCase     *kase,
            CgCalendar *calendar,
            gboolean    explain_all)
{
  GListModel *deadlines = cg_report_get_deadlines (report);
  GListModel *findings = cg_report_get_findings (report);
  GDate *today = cg_report_get_today (report);
  g_autofree char *today_text = day_text (today);
  g_autofree char *horizon_text = NULL;
  guint width = date_width ();
  guint severity_width = cg_tool_enum_word_width (CG_TYPE_SEVERITY, "severity");
  GDate horizon;
  guint n_overdue = 0, n_soon = 0, n_accepted = 0;

  /* In the calendar's last days the look-ahead stops at its end. */
  if (!cg_calendar_try_add_working_days (calendar, today, LOOKAHEAD_WORKING_DAYS, &horizon))
    cg_calendar_get_last_date (calendar, &horizon);
  horizon_text = day_text (&horizon);

  /* Translators: the first line of the text report: the case's id and the child's name. */
  printf (_("Case %s: %s"), cg_case_get_id (kase),
          cg_case_get_child_name (kase) != NULL ? cg_case_get_child_name (kase) : "");
  printf ("\n");
  /* Translators: the policy's name and id, and the day the report is worked out as of. */
  printf (_("Policy: %s (%s), as of %s"), cg_policy_get_name (policy), cg_policy_get_id (policy), today_text);
  printf ("\n\n");

  /* Translators: a heading of the text report, in capitals as the others:
   * the entries overdue that nobody has accepted. */
  printf ("%s\n", _("OVERDUE"));
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (cg_deadline_get_status (deadline) == CG_DEADLINE_STATUS_OVERDUE &&
          !cg_deadline_is_acknowledged (deadline))
        {
          print_deadline (deadline, calendar, today, width, TRUE);
          n_overdue++;
        }
    }
  if (n_overdue == 0)
    printf ("  %s\n", _("Nothing is overdue."));

  /* Late or overdue, and accepted by a named person: listed apart, so
   * that what still needs action stands alone above. */
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (!cg_deadline_is_acknowledged (deadline))
        continue;
      if (n_accepted++ == 0)
        /* Translators: a heading of the text report: the entries met late,
         * or overdue, that a named person has accepted. */
        printf ("\n%s\n", _("ACCEPTED LATE OR OVERDUE"));
      print_deadline (deadline, calendar, today, width, TRUE);
    }

  printf ("\n");
  /* Translators: a heading of the text report: the number of working days
   * it looks ahead, and the last of them. */
  printf (ngettext ("DUE IN THE NEXT %d WORKING DAY (to %s)", "DUE IN THE NEXT %d WORKING DAYS (to %s)",
                    LOOKAHEAD_WORKING_DAYS),
          LOOKAHEAD_WORKING_DAYS, horizon_text);
  printf ("\n");
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (cg_deadline_get_status (deadline) == CG_DEADLINE_STATUS_PENDING &&
          g_date_compare (cg_deadline_get_due (deadline), &horizon) <= 0)
        {
          print_deadline (deadline, calendar, today, width, TRUE);
          n_soon++;
        }
    }
  if (n_soon == 0)
    printf ("  %s\n", _("Nothing falls due."));

  /* Translators: a heading of the text report. */
  printf ("\n%s\n", _("FINDINGS"));
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CgFinding) finding = g_list_model_get_item (findings, i);

      printf ("  ");
      cg_tool_print_padded (cg_tool_enum_word (CG_TYPE_SEVERITY, cg_finding_get_severity (finding), "severity"),
                            severity_width);
      printf ("  %-31s %s\n", cg_finding_get_rule (finding), cg_finding_get_message (finding));
    }
  if (g_list_model_get_n_items (findings) == 0)
    printf ("  %s\n", _("None."));

  print_open_escalations (report, width);

  /* Translators: a heading of the text report: what falls due after the
   * look-ahead, and what was met (in time, or late and not accepted). */
  printf ("\n%s\n", _("LATER AND THE RECORD"));
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);
      CgDeadlineStatus status = cg_deadline_get_status (deadline);

      if (status == CG_DEADLINE_STATUS_MET ||
          (status == CG_DEADLINE_STATUS_LATE && !cg_deadline_is_acknowledged (deadline)) ||
          (status == CG_DEADLINE_STATUS_PENDING && g_date_compare (cg_deadline_get_due (deadline), &horizon) > 0))
        print_deadline (deadline, calendar, today, width, explain_all);
    }

  print_counts (report, n_overdue, n_accepted, n_soon);
}

/* family-record-mismatch, for each case whose policy lists it: the
 * library compares the case with the others of its family in the run. */
static void
check_families (GPtrArray *cases)
{
  g_autoptr(GPtrArray) loaded = g_ptr_array_new ();

  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);

      if (entry->report != NULL && cg_case_get_family (entry->kase) != NULL)
        g_ptr_array_add (loaded, entry->kase);
    }

  for (guint i = 0; loaded->len > 1 && i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);
      const char *source;

      if (entry->report == NULL || !CG_IS_RULE_POLICY (entry->policy))
        continue;
      source = cg_rule_policy_get_source (CG_RULE_POLICY (entry->policy), "family-record-mismatch");
      if (source != NULL)
        cg_report_check_family (entry->report, entry->kase, loaded, source);
    }
}

/* The writer for --format ics: reminders @alarm_days working days ahead,
 * and DTSTAMP the time of writing, or SOURCE_DATE_EPOCH when that is set
 * (reproducible-builds.org), so that two runs can give the same bytes.
 * NULL, with the message printed, when SOURCE_DATE_EPOCH is not a time. */
static CgIcalendarWriter *
icalendar_writer (int alarm_days)
{
  g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  cg_icalendar_writer_set_alarm_working_days (writer, alarm_days);
  if (epoch != NULL)
    {
      g_autoptr(GDateTime) stamp = NULL;
      guint64 seconds;

      if (g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
        stamp = g_date_time_new_from_unix_utc ((gint64) seconds);
      if (stamp == NULL)
        {
          /* Translators: SOURCE_DATE_EPOCH is the name of an environment variable */
          cg_tool_usage_error (_("SOURCE_DATE_EPOCH: “%s” is not a number of seconds since 1970"), epoch);
          return NULL;
        }
      cg_icalendar_writer_set_timestamp (writer, stamp);
    }

  return g_steal_pointer (&writer);
}

/* A case's JSON line as soon as it is evaluated, while the workers go on
 * with the rest, so that writing is not all left to the end: only up to
 * the first case of a family, whose report the rest of the run may
 * change (check_families); a case that failed is said after the run. */
static gboolean
stream_json_line (CgToolCase *entry,
                  gpointer    data)
{
  g_autofree char *json = NULL;

  if (entry->report == NULL)
    return TRUE;
  if (cg_case_get_family (entry->kase) != NULL)
    return FALSE;

  json = cg_report_to_json_line (entry->report, NULL);
  fputs (json, stdout);
  entry->written = TRUE;
  /* Nothing else needs the case once it is written but whether its
   * report asks for action: dropped now, its memory goes back to the
   * worker that made it for the cases still to come. */
  entry->needs_action = cg_report_needs_action (entry->report);
  g_clear_object (&entry->report);
  g_clear_object (&entry->kase);
  g_clear_object (&entry->policy);
  return TRUE;
}

/* The reports in path order, in @format, but for those written already;
 * text and JSON of one case as they always were. @writer writes the ics
 * format. */
static void
print_reports (GPtrArray         *cases,
               const char        *format,
               gboolean           explain,
               CgIcalendarWriter *writer)
{
  g_autoptr(GPtrArray) reports = g_ptr_array_new ();
  gboolean several = cases->len > 1;

  if (g_str_equal (format, "csv"))
    {
      cg_tool_print_csv (cases);
      return;
    }

  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);

      if (entry->report != NULL && !entry->written)
        g_ptr_array_add (reports, entry);
    }

  if (g_str_equal (format, "ics"))
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new ();
      g_autofree char *ics = NULL;
      gsize length;

      for (guint i = 0; i < reports->len; i++)
        g_ptr_array_add (list, ((CgToolCase *) g_ptr_array_index (reports, i))->report);
      ics = cg_icalendar_writer_to_data (writer, (CgReport **) list->pdata, list->len, &length);
      fwrite (ics, 1, length, stdout);
      return;
    }

  for (guint i = 0; i < reports->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (reports, i);

      if (g_str_equal (format, "json"))
        {
          g_autofree char *json = several ? cg_report_to_json_line (entry->report, NULL)
                                          : cg_report_to_json (entry->report, NULL);

          fputs (json, stdout);
        }
      else
        {
          if (i > 0)
            printf ("\n%s\n\n", "========================================================================");
          print_text (entry->report, entry->policy, entry->kase, cg_report_get_calendar (entry->report), explain);
        }
    }
}

int
cg_cmd_deadlines (int    argc,
                  char **argv)
{
  static const char * const formats[] = { "text", "json", "csv", "ics", NULL };
  g_autofree char *policy_id = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *format = NULL;
  g_auto(GStrv) policy_files = NULL;
  g_auto(GStrv) files = NULL;
  gboolean explain = FALSE;
  gboolean summary = FALSE;
  gboolean stream;
  int alarm_days = G_MININT;
  int jobs = (int) g_get_num_processors ();
  const GOptionEntry entries[] = {
    { "explain", 0, 0, G_OPTION_ARG_NONE, &explain, N_("Say how every due date was worked out, not only those that need action"), NULL },
    { "policy", 0, 0, G_OPTION_ARG_STRING, &policy_id, N_("Use this policy instead of each case's own"), N_("ID") },
    { "policy-file", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policy_files, N_("Load a policy file first (may repeat)"), N_("FILE") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Evaluate as of this day (default: today in Europe/London)"), "YYYY-MM-DD" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default), json (JSON Lines over several cases), csv (one row a deadline entry), or ics (one iCalendar of the deadlines still to meet)"), N_("FORMAT") },
    { "alarm-days", 0, 0, G_OPTION_ARG_INT, &alarm_days,
      N_("With --format ics, remind this many working days before each due date (default 2; 0 on the day, -1 never)"),
      N_("N") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary, N_("Print a caseload summary instead of each case's report"), NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, N_("Evaluate on this many threads (default: one a core); the output is the same"), N_("N") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("PATH… — what is due, met, late and overdue"),
                                N_("Each PATH is a case file, a directory (every *.json file below it,\n"
                                   "in path order) or - for standard input.\n\n"
                                   "Exit status: 0 when nothing is overdue and no finding is an error,\n"
                                   "1 otherwise, 2 for a usage error or a file that cannot be loaded."),
                                entries);
  g_autoptr(CgPolicyRegistry) registry = NULL;
  g_autoptr(GDate) today = NULL;
  g_autoptr(CgCalendar) calendar = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(CgIcalendarWriter) writer = NULL;
  const char *form;
  gboolean failed;
  guint n_evaluated = 0;
  int status = CG_TOOL_EXIT_OK;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (files == NULL || files[0] == NULL)
    return cg_tool_usage_error (_("give at least one case file or directory"));
  if (jobs < 1)
    return cg_tool_usage_error (_("--jobs: give at least 1"));
  if (alarm_days != G_MININT && !g_str_equal (form, "ics"))
    return cg_tool_usage_error (_("--alarm-days: only with --format ics"));
  if (alarm_days != G_MININT && (alarm_days < -1 || alarm_days > 1000))
    return cg_tool_usage_error (_("--alarm-days: give 0 to 1000 working days, or -1 for no reminders"));
  if (g_str_equal (form, "ics") &&
      (writer = icalendar_writer (alarm_days != G_MININT ? alarm_days
                                                         : CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS)) == NULL)
    return CG_TOOL_EXIT_USAGE;

  today = today_text != NULL ? cg_tool_parse_date ("--today", today_text) : cg_date_new_today ();
  if (today == NULL)
    return CG_TOOL_EXIT_USAGE;

  /* The three divisions' calendars cover the same years. */
  calendar = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  if (!cg_calendar_contains (calendar, today))
    return cg_tool_usage_error (_("--today: outside the years the calendar covers"));

  /* Loaded once, and shared by the workers. */
  registry = cg_tool_load_policies ((const char * const *) policy_files);
  if (registry == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (policy_id != NULL && cg_policy_registry_lookup (registry, policy_id) == NULL)
    return cg_tool_usage_error (_("--policy: no policy “%s” is known (see coregroup policies)"), policy_id);

  cases = cg_tool_expand_paths (files);
  if (cases->len == 0)
    return cg_tool_usage_error (_("no case files found"));

  /* Not to a terminal, where the lines would cross the progress line. */
  stream = !summary && g_str_equal (form, "json") && cases->len > 1 && !isatty (STDOUT_FILENO);
  cg_tool_evaluate_cases (cases, policy_id, registry, today, (guint) jobs,
                          stream ? stream_json_line : NULL, NULL);
  failed = cg_tool_print_case_errors (cases);
  check_families (cases);

  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);

      if (entry->report != NULL || entry->written)
        n_evaluated++;
      if (entry->written ? entry->needs_action : entry->report != NULL && cg_report_needs_action (entry->report))
        status = CG_TOOL_EXIT_FINDINGS;
    }

  /* Nothing evaluated, nothing to write: not even an empty calendar. */
  if (n_evaluated == 0)
    ;
  else if (summary)
    cg_tool_print_summary (cases, today);
  else
    print_reports (cases, form, explain, writer);

  return failed ? CG_TOOL_EXIT_USAGE : status;
}
