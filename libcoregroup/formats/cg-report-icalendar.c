/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Upcoming deadlines as an iCalendar (RFC 5545) file a calendar app can
 * import: one all-day event per pending or overdue deadline. */

#include "config.h"

#include <string.h>

#include <coregroup/coregroup.h>

/* RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped. */
static void
append_text (GString    *out,
             const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
}

/* RFC 5545 3.1: lines end in CRLF and are folded at 75 octets, without
 * splitting a UTF-8 character. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize column = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize width = (gsize) (g_utf8_next_char (p) - p);

      if (column + width > 75)
        {
          g_string_append (out, "\r\n ");
          column = 1;
        }
      g_string_append_len (out, p, (gssize) width);
      column += width;
    }
  g_string_append (out, "\r\n");
}

static char *
ical_date (const GDate *date)
{
  return g_strdup_printf ("%04u%02u%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

/* The events of one report: one per deadline still to be met. */
static void
append_events (GString  *out,
               GString  *line,
               CgReport *report)
{
  GListModel *deadlines = cg_report_get_deadlines (report);
  g_autofree char *stamp = ical_date (cg_report_get_today (report));

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);
      CgDeadlineStatus status = cg_deadline_get_status (deadline);
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      GDate next;

      /* What is done, and what a named person accepted, needs no diary entry. */
      if ((status != CG_DEADLINE_STATUS_PENDING && status != CG_DEADLINE_STATUS_OVERDUE) ||
          cg_deadline_is_acknowledged (deadline))
        continue;

      start = ical_date (cg_deadline_get_due (deadline));
      next = *cg_deadline_get_due (deadline);
      g_date_add_days (&next, 1);
      end = ical_date (&next);

      append_line (out, "BEGIN:VEVENT");
      g_string_assign (line, "UID:");
      append_text (line, cg_report_get_case_id (report));
      g_string_append_printf (line, "-%s-%s", cg_deadline_get_rule (deadline), start);
      if (cg_deadline_get_subject (deadline) != NULL)
        {
          g_string_append_c (line, '-');
          append_text (line, cg_deadline_get_subject (deadline));
        }
      g_string_append (line, "@coregroup");
      append_line (out, line->str);
      g_string_printf (line, "DTSTAMP:%sT000000Z", stamp);
      append_line (out, line->str);
      g_string_printf (line, "DTSTART;VALUE=DATE:%s", start);
      append_line (out, line->str);
      g_string_printf (line, "DTEND;VALUE=DATE:%s", end);
      append_line (out, line->str);
      g_string_assign (line, "SUMMARY:");
      if (status == CG_DEADLINE_STATUS_OVERDUE)
        g_string_append (line, "OVERDUE: ");
      append_text (line, cg_report_get_case_id (report));
      g_string_append (line, " ");
      append_text (line, cg_deadline_get_rule (deadline));
      append_line (out, line->str);
      g_string_assign (line, "DESCRIPTION:");
      append_text (line, cg_deadline_get_description (deadline));
      if (cg_deadline_get_source (deadline) != NULL)
        {
          g_string_append (line, " (");
          append_text (line, cg_deadline_get_source (deadline));
          g_string_append (line, ")");
        }
      append_line (out, line->str);
      append_line (out, "TRANSP:TRANSPARENT");
      append_line (out, "END:VEVENT");
    }
}

/* One calendar around the events of @reports, named @name. */
static char *
write_calendar (CgReport   **reports,
                guint        n_reports,
                const char  *name,
                gsize       *length)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//libcoregroup//coregroup deadlines//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  g_string_assign (line, "X-WR-CALNAME:");
  append_text (line, name);
  append_line (out, line->str);

  for (guint i = 0; i < n_reports; i++)
    append_events (out, line, reports[i]);

  append_line (out, "END:VCALENDAR");

  if (length != NULL)
    *length = out->len;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * cg_report_to_icalendar:
 * @self: a report
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the deadlines still to be met (pending and overdue) as an
 * iCalendar file (RFC 5545): one all-day event on each due date, named
 * after the rule and marked overdue where it is, with what must happen and
 * the citation in its description. Event UIDs are stable across runs, so
 * importing a newer export updates the events instead of duplicating them.
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
cg_report_to_icalendar (CgReport *self,
                        gsize    *length)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  name = g_strconcat ("Core group deadlines, case ", cg_report_get_case_id (self), NULL);
  return write_calendar (&self, 1, name, length);
}

/**
 * cg_report_list_to_icalendar:
 * @reports: (array length=n_reports): the reports on a caseload
 * @n_reports: the number of reports
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the deadlines still to be met of every report in @reports as one
 * iCalendar file, in the form of [method@CoreGroup.Report.to_icalendar]:
 * the events of each report in turn, in one calendar. Each event's
 * summary and UID name its case, so the cases stay apart in the calendar.
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
cg_report_list_to_icalendar (CgReport **reports,
                             guint      n_reports,
                             gsize     *length)
{
  g_return_val_if_fail (reports != NULL || n_reports == 0, NULL);
  for (guint i = 0; i < n_reports; i++)
    g_return_val_if_fail (CG_IS_REPORT (reports[i]), NULL);

  return write_calendar (reports, n_reports, "Core group deadlines, caseload", length);
}
