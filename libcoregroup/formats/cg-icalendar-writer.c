/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Upcoming deadlines as an iCalendar (RFC 5545) file a calendar app can
 * import or subscribe to: one all-day event per pending or overdue
 * deadline, with a reminder some working days before it. */

#include "config.h"

#include <coregroup/coregroup.h>

#include "rules/cg-deadline-private.h"
#include "util/cg-i18n-private.h"

/**
 * CgIcalendarWriter:
 *
 * Writes the deadlines of one or more reports that are still to be met
 * (pending and overdue) as one iCalendar file (RFC 5545): an all-day
 * event on each due date, named after the case and the rule and marked
 * overdue where it is, with what must happen and the citation in its
 * description.
 *
 * Each event's UID is made of the case id, the rule and what the duty
 * arises from ([property@CoreGroup.Deadline:origin]), never of its due
 * date: when a late visit or a conference decision moves a due date, a
 * calendar that imports the newer file, or subscribes to it, moves the
 * event instead of keeping the old one beside a new one. Each pending
 * event has a reminder (`VALARM`) at nine in the morning, a number of
 * working days before its due date in the calendar its report was counted
 * in ([property@CoreGroup.IcalendarWriter:alarm-working-days]). `DTSTAMP`
 * is the time of writing, in UTC.
 *
 * ```c
 * g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();
 * g_autofree char *ics = NULL;
 * gsize length;
 *
 * cg_icalendar_writer_set_alarm_working_days (writer, 3);
 * ics = cg_icalendar_writer_to_data (writer, reports, n_reports, &length);
 * ```
 *
 * [method@CoreGroup.Report.to_icalendar] and
 * [func@CoreGroup.Report.list_to_icalendar] write with the defaults.
 */

struct _CgIcalendarWriter
{
  GObject    parent_instance;
  int        alarm_working_days;
  GDateTime *timestamp;
};

enum {
  PROP_0,
  PROP_ALARM_WORKING_DAYS,
  PROP_TIMESTAMP,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgIcalendarWriter, cg_icalendar_writer, G_TYPE_OBJECT)

static void
cg_icalendar_writer_finalize (GObject *object)
{
  CgIcalendarWriter *self = CG_ICALENDAR_WRITER (object);

  g_clear_pointer (&self->timestamp, g_date_time_unref);

  G_OBJECT_CLASS (cg_icalendar_writer_parent_class)->finalize (object);
}

static void
cg_icalendar_writer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CgIcalendarWriter *self = CG_ICALENDAR_WRITER (object);

  switch (prop_id)
    {
    case PROP_ALARM_WORKING_DAYS:
      g_value_set_int (value, self->alarm_working_days);
      break;

    case PROP_TIMESTAMP:
      g_value_set_boxed (value, self->timestamp);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_icalendar_writer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CgIcalendarWriter *self = CG_ICALENDAR_WRITER (object);

  switch (prop_id)
    {
    case PROP_ALARM_WORKING_DAYS:
      cg_icalendar_writer_set_alarm_working_days (self, g_value_get_int (value));
      break;

    case PROP_TIMESTAMP:
      cg_icalendar_writer_set_timestamp (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_icalendar_writer_class_init (CgIcalendarWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_icalendar_writer_finalize;
  object_class->get_property = cg_icalendar_writer_get_property;
  object_class->set_property = cg_icalendar_writer_set_property;

  /**
   * CgIcalendarWriter:alarm-working-days:
   *
   * How many working days before its due date each pending event's
   * reminder goes off, at nine in the morning, counted in the calendar of
   * the event's report (see [method@CoreGroup.Report.get_calendar]); 0
   * reminds on the due date itself, and -1 writes no reminder. An overdue
   * event has none: its day has passed.
   */
  properties [PROP_ALARM_WORKING_DAYS] =
    g_param_spec_int ("alarm-working-days", NULL, NULL,
                      -1, 1000, CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CgIcalendarWriter:timestamp:
   *
   * The time the file is said to be written (each event's `DTSTAMP`, in
   * UTC), or %NULL for the moment [method@CoreGroup.IcalendarWriter.to_data]
   * is called. Set it to make the output reproducible, as tests and
   * `SOURCE_DATE_EPOCH` do.
   */
  properties [PROP_TIMESTAMP] =
    g_param_spec_boxed ("timestamp", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_icalendar_writer_init (CgIcalendarWriter *self)
{
  self->alarm_working_days = CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS;
}

/**
 * cg_icalendar_writer_new:
 *
 * Creates a writer with reminders
 * %CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS working days before each
 * due date, stamped with the time of writing.
 *
 * Returns: (transfer full): a new writer
 */
CgIcalendarWriter *
cg_icalendar_writer_new (void)
{
  return g_object_new (CG_TYPE_ICALENDAR_WRITER, NULL);
}

/**
 * cg_icalendar_writer_get_alarm_working_days:
 * @self: a writer
 *
 * Gets how many working days before its due date each reminder goes off.
 *
 * Returns: the working days, or -1 for no reminders
 */
int
cg_icalendar_writer_get_alarm_working_days (CgIcalendarWriter *self)
{
  g_return_val_if_fail (CG_IS_ICALENDAR_WRITER (self), -1);

  return self->alarm_working_days;
}

/**
 * cg_icalendar_writer_set_alarm_working_days:
 * @self: a writer
 * @days: working days before the due date, from 0 to 1000, or -1 for no
 *   reminders
 *
 * Sets how many working days before its due date each pending event's
 * reminder goes off; see [property@CoreGroup.IcalendarWriter:alarm-working-days].
 */
void
cg_icalendar_writer_set_alarm_working_days (CgIcalendarWriter *self,
                                            int                days)
{
  g_return_if_fail (CG_IS_ICALENDAR_WRITER (self));
  g_return_if_fail (days >= -1 && days <= 1000);

  if (self->alarm_working_days == days)
    return;

  self->alarm_working_days = days;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ALARM_WORKING_DAYS]);
}

/**
 * cg_icalendar_writer_get_timestamp:
 * @self: a writer
 *
 * Gets the time the file is said to be written.
 *
 * Returns: (transfer none) (nullable): the time, or %NULL for the time of
 *   writing
 */
GDateTime *
cg_icalendar_writer_get_timestamp (CgIcalendarWriter *self)
{
  g_return_val_if_fail (CG_IS_ICALENDAR_WRITER (self), NULL);

  return self->timestamp;
}

/**
 * cg_icalendar_writer_set_timestamp:
 * @self: a writer
 * @timestamp: (nullable): the time to write as each event's `DTSTAMP`, or
 *   %NULL for the time of writing
 *
 * Sets the time the file is said to be written; see
 * [property@CoreGroup.IcalendarWriter:timestamp].
 */
void
cg_icalendar_writer_set_timestamp (CgIcalendarWriter *self,
                                   GDateTime         *timestamp)
{
  g_return_if_fail (CG_IS_ICALENDAR_WRITER (self));

  if (self->timestamp == timestamp ||
      (self->timestamp != NULL && timestamp != NULL && g_date_time_equal (self->timestamp, timestamp)))
    return;

  g_clear_pointer (&self->timestamp, g_date_time_unref);
  self->timestamp = timestamp != NULL ? g_date_time_ref (timestamp) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TIMESTAMP]);
}

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

/* One part of a UID, percent-encoded (RFC 3986) so that the parts, joined
 * by "/", can be told apart whatever they hold; what is left needs no
 * TEXT escaping either. */
static void
append_uid_part (GString    *uid,
                 const char *part)
{
  g_autofree char *escaped = g_uri_escape_string (part != NULL ? part : "", NULL, FALSE);

  g_string_append (uid, escaped);
}

/* "SUF-2026-0417/child-seen/initial-conference@coregroup": the case, the
 * rule and what the duty arises from, unique within @uids (an entry a
 * policy made without an origin or a subject may share them with another:
 * the second gets "/2"). */
static void
append_uid (GString                *line,
            CgReport               *report,
            const CgDeadlineRecord *deadline,
            GHashTable             *uids)
{
  const char *origin = deadline->origin;
  g_autoptr(GString) uid = g_string_new (NULL);
  gsize length;

  if (origin == NULL)
    origin = deadline->subject;
  if (origin == NULL)
    origin = deadline->counted_from_event;

  append_uid_part (uid, cg_report_get_case_id (report));
  g_string_append_c (uid, '/');
  append_uid_part (uid, deadline->rule);
  g_string_append_c (uid, '/');
  append_uid_part (uid, origin);
  length = uid->len;
  for (guint n = 2; g_hash_table_contains (uids, uid->str); n++)
    {
      g_string_truncate (uid, length);
      g_string_append_printf (uid, "/%u", n);
    }
  g_hash_table_add (uids, g_strdup (uid->str));

  g_string_append_printf (line, "UID:%s@coregroup", uid->str);
}

/* RFC 5545 3.6.6: a reminder at nine in the morning, @days working days
 * before @due, as a duration before the start of the all-day event (its
 * first moment, local time), so that it follows the event if a calendar
 * moves it. FALSE when the day falls outside @calendar. */
static gboolean
append_trigger (GString     *line,
                CgCalendar  *calendar,
                const GDate *due,
                int          days)
{
  GDate alarm;
  guint32 before;

  if (!cg_calendar_contains (calendar, due) || !cg_calendar_try_add_working_days (calendar, due, -days, &alarm))
    return FALSE;

  before = g_date_get_julian (due) - g_date_get_julian (&alarm);
  if (before == 0)
    g_string_append (line, "TRIGGER:PT9H");
  else if (before == 1)
    g_string_append (line, "TRIGGER:-PT15H");
  else
    g_string_append_printf (line, "TRIGGER:-P%uDT15H", before - 1);
  return TRUE;
}

static void
append_alarm (GString                *out,
              GString                *line,
              CgReport               *report,
              const CgDeadlineRecord *deadline,
              int                     days)
{
  g_autofree char *what = g_strdup_printf ("%s %s", cg_report_get_case_id (report), deadline->rule);
  g_autofree char *reminder = NULL;

  g_string_truncate (line, 0);
  if (!append_trigger (line, cg_report_get_calendar (report), &deadline->due, days))
    return;

  if (days == 0)
    /* Translators: a calendar reminder; %s is the case id and the rule, "SUF-2026-0417 child-seen" */
    reminder = g_strdup_printf (_("%s: due today"), what);
  else
    /* Translators: a calendar reminder; %s is the case id and the rule, "SUF-2026-0417 child-seen" */
    reminder = g_strdup_printf (cg_ngettext ("%s: due in %d working day", "%s: due in %d working days",
                                             (gulong) days),
                                what, days);

  append_line (out, "BEGIN:VALARM");
  append_line (out, "ACTION:DISPLAY");
  append_line (out, line->str);
  g_string_assign (line, "DESCRIPTION:");
  append_text (line, reminder);
  append_line (out, line->str);
  append_line (out, "END:VALARM");
}

/* The events of one report: one per deadline still to be met. */
static void
append_events (CgIcalendarWriter *self,
               GString           *out,
               GString           *line,
               CgReport          *report,
               const char        *stamp,
               GHashTable        *uids)
{
  for (guint i = 0; i < cg_report_get_n_deadlines (report); i++)
    {
      const CgDeadlineRecord *deadline = cg_report_peek_deadline (report, i);
      CgDeadlineStatus status = deadline->status;
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      GDate next;

      /* What is done, and what a named person accepted, needs no diary entry. */
      if ((status != CG_DEADLINE_STATUS_PENDING && status != CG_DEADLINE_STATUS_OVERDUE) ||
          deadline->acknowledgement != NULL)
        continue;

      start = ical_date (&deadline->due);
      next = deadline->due;
      g_date_add_days (&next, 1);
      end = ical_date (&next);

      append_line (out, "BEGIN:VEVENT");
      g_string_truncate (line, 0);
      append_uid (line, report, deadline, uids);
      append_line (out, line->str);
      g_string_printf (line, "DTSTAMP:%s", stamp);
      append_line (out, line->str);
      g_string_printf (line, "DTSTART;VALUE=DATE:%s", start);
      append_line (out, line->str);
      g_string_printf (line, "DTEND;VALUE=DATE:%s", end);
      append_line (out, line->str);
      g_string_assign (line, "SUMMARY:");
      if (status == CG_DEADLINE_STATUS_OVERDUE)
        /* Translators: starts the title of a calendar event for an overdue deadline */
        g_string_append (line, _("OVERDUE: "));
      append_text (line, cg_report_get_case_id (report));
      g_string_append (line, " ");
      append_text (line, deadline->rule);
      append_line (out, line->str);
      g_string_assign (line, "DESCRIPTION:");
      append_text (line, deadline->description);
      if (deadline->source != NULL)
        {
          g_string_append (line, " (");
          append_text (line, deadline->source);
          g_string_append (line, ")");
        }
      append_line (out, line->str);
      append_line (out, "TRANSP:TRANSPARENT");
      if (status == CG_DEADLINE_STATUS_PENDING && self->alarm_working_days >= 0)
        append_alarm (out, line, report, deadline, self->alarm_working_days);
      append_line (out, "END:VEVENT");
    }
}

/**
 * cg_icalendar_writer_to_data:
 * @self: a writer
 * @reports: (array length=n_reports): the reports, such as those of a caseload
 * @n_reports: the number of reports
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the deadlines still to be met of every report in @reports as one
 * iCalendar file: the events of each report in turn, in one calendar
 * named after the case when there is one report, after the caseload
 * otherwise. Each event's summary and UID name its case, so the cases
 * stay apart in the calendar, and no two events of the file share a UID.
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
cg_icalendar_writer_to_data (CgIcalendarWriter  *self,
                             CgReport          **reports,
                             guint               n_reports,
                             gsize              *length)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GHashTable) uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (CG_IS_ICALENDAR_WRITER (self), NULL);
  g_return_val_if_fail (reports != NULL || n_reports == 0, NULL);
  for (guint i = 0; i < n_reports; i++)
    g_return_val_if_fail (CG_IS_REPORT (reports[i]), NULL);

  if (self->timestamp == NULL)
    now = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (self->timestamp != NULL ? self->timestamp : now);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, "PRODID:-//libcoregroup//coregroup deadlines//EN");
  append_line (out, "CALSCALE:GREGORIAN");
  g_string_assign (line, "X-WR-CALNAME:");
  if (n_reports == 1)
    {
      /* Translators: the name of a calendar; %s is a case id */
      g_autofree char *name = g_strdup_printf (_("Core group deadlines, case %s"), cg_report_get_case_id (reports[0]));

      append_text (line, name);
    }
  else
    append_text (line, _("Core group deadlines, caseload"));
  append_line (out, line->str);

  for (guint i = 0; i < n_reports; i++)
    append_events (self, out, line, reports[i], stamp, uids);

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
 * iCalendar file (RFC 5545), as a [class@CoreGroup.IcalendarWriter] with
 * its defaults does: one all-day event on each due date, named after the
 * rule and marked overdue where it is, with what must happen and the
 * citation in its description, and a reminder two working days before a
 * pending one. Event UIDs stay the same across runs and when a due date
 * moves, so importing a newer export updates the events instead of
 * duplicating them.
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
cg_report_to_icalendar (CgReport *self,
                        gsize    *length)
{
  g_autoptr(CgIcalendarWriter) writer = NULL;

  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  writer = cg_icalendar_writer_new ();
  return cg_icalendar_writer_to_data (writer, &self, 1, length);
}

/**
 * cg_report_list_to_icalendar:
 * @reports: (array length=n_reports): the reports on a caseload
 * @n_reports: the number of reports
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the deadlines still to be met of every report in @reports as one
 * iCalendar file, in the form of [method@CoreGroup.Report.to_icalendar]:
 * the events of each report in turn, in one calendar (see
 * [method@CoreGroup.IcalendarWriter.to_data]).
 *
 * Returns: (transfer full): the iCalendar text
 */
char *
cg_report_list_to_icalendar (CgReport **reports,
                             guint      n_reports,
                             gsize     *length)
{
  g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();

  return cg_icalendar_writer_to_data (writer, reports, n_reports, length);
}
