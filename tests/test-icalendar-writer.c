/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* CgIcalendarWriter, and the report's iCalendar (RFC 5545) writers that
 * use it with its defaults (cg_report_to_icalendar, and
 * cg_report_list_to_icalendar for a caseload). The tests read the output
 * back line by line, as a calendar application would. */

#include <string.h>

#include "test-fixtures.h"

/* Reading iCalendar text back. */

/* The physical lines of @text, each of which must end in CRLF: no bare LF
 * or CR anywhere. */
static GStrv
physical_lines (const char *text)
{
  GStrv lines;
  guint n;

  g_assert_true (g_str_has_suffix (text, "\r\n"));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_assert_true (p > text && p[-1] == '\r');
      if (*p == '\r')
        g_assert_true (p[1] == '\n');
    }

  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");   /* after the last CRLF */
  g_clear_pointer (&lines[n - 1], g_free);
  return lines;
}

/* The content lines, unfolded: a physical line that begins with a space
 * continues the one before it, without the space. */
static GPtrArray *
content_lines (GStrv physical)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; physical[i] != NULL; i++)
    {
      if (physical[i][0] == ' ')
        {
          char *joined;

          g_assert_cmpuint (lines->len, >, 0);
          joined = g_strconcat (g_ptr_array_index (lines, lines->len - 1), physical[i] + 1, NULL);
          g_free (g_ptr_array_index (lines, lines->len - 1));
          g_ptr_array_index (lines, lines->len - 1) = joined;
        }
      else
        g_ptr_array_add (lines, g_strdup (physical[i]));
    }

  return lines;
}

/* A calendar read back: its own properties, and one table of properties
 * per VEVENT. A property is keyed by its name and parameters, such as
 * `DTSTART;VALUE=DATE`, and holds its value as written. */
typedef struct
{
  GHashTable *properties;
  GPtrArray  *events;
} Calendar;

static void
calendar_free (Calendar *calendar)
{
  g_hash_table_unref (calendar->properties);
  g_ptr_array_unref (calendar->events);
  g_free (calendar);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Calendar, calendar_free)

static GHashTable *
properties_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
add_property (GHashTable *properties,
              const char *line)
{
  const char *colon = strchr (line, ':');

  g_assert_nonnull (colon);
  if (!g_hash_table_insert (properties, g_strndup (line, (gsize) (colon - line)), g_strdup (colon + 1)))
    g_error ("property given twice: %s", line);
}

static void
assert_has (GHashTable         *properties,
            const char * const *required,
            const char         *what)
{
  for (guint j = 0; required[j] != NULL; j++)
    if (!g_hash_table_contains (properties, required[j]))
      g_error ("%s has no %s", what, required[j]);
}

/* Checks the structure: the calendar opens and closes the text, events
 * lie inside it one after another, never nested, each with at most one
 * alarm inside it, and every event and alarm has the properties the
 * writer promises. An alarm's properties are kept with its event's, as
 * `VALARM.TRIGGER`. */
static Calendar *
calendar_parse (const char *text)
{
  static const char * const required[] = {
    "UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION", "TRANSP", NULL
  };
  static const char * const alarm_required[] = { "VALARM.ACTION", "VALARM.TRIGGER", "VALARM.DESCRIPTION", NULL };
  g_auto(GStrv) physical = physical_lines (text);
  g_autoptr(GPtrArray) lines = content_lines (physical);
  Calendar *calendar = g_new0 (Calendar, 1);
  GHashTable *event = NULL;
  gboolean in_alarm = FALSE, had_alarm = FALSE;

  calendar->properties = properties_new ();
  calendar->events = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  g_assert_cmpuint (lines->len, >=, 2);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");

  for (guint i = 1; i < lines->len - 1; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line, "BEGIN:VEVENT"))
        {
          g_assert_null (event);
          event = properties_new ();
          had_alarm = FALSE;
        }
      else if (g_str_equal (line, "END:VEVENT"))
        {
          g_assert_nonnull (event);
          g_assert_false (in_alarm);
          assert_has (event, required, "an event");
          if (had_alarm)
            assert_has (event, alarm_required, "an alarm");
          g_ptr_array_add (calendar->events, g_steal_pointer (&event));
        }
      else if (g_str_equal (line, "BEGIN:VALARM"))
        {
          g_assert_nonnull (event);
          g_assert_false (in_alarm || had_alarm);
          in_alarm = had_alarm = TRUE;
        }
      else if (g_str_equal (line, "END:VALARM"))
        {
          g_assert_true (in_alarm);
          in_alarm = FALSE;
        }
      else if (in_alarm)
        {
          g_autofree char *prefixed = g_strconcat ("VALARM.", line, NULL);

          g_assert_false (g_str_has_prefix (line, "BEGIN:") || g_str_has_prefix (line, "END:"));
          add_property (event, prefixed);
        }
      else
        {
          g_assert_false (g_str_has_prefix (line, "BEGIN:") || g_str_has_prefix (line, "END:"));
          add_property (event != NULL ? event : calendar->properties, line);
        }
    }

  g_assert_null (event);
  return calendar;
}

static const char *
event_property (Calendar   *calendar,
                guint       nth,
                const char *name)
{
  g_assert_cmpuint (nth, <, calendar->events->len);
  return g_hash_table_lookup (g_ptr_array_index (calendar->events, nth), name);
}

/* RFC 5545 3.3.11, read back: \\, \; \, and \n (or \N). */
static char *
unescape_text (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p != '\\')
        {
          g_assert_true (*p != ';' && *p != ',');   /* these must be escaped */
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == 'n' || *p == 'N')
        g_string_append_c (out, '\n');
      else if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (out, *p);
      else
        g_error ("“\\%c” is not an escape in a TEXT value", *p);
    }

  return g_string_free (out, FALSE);
}

/* The time the tests say the files are written: Wed 20 Jan 2027, 10:15
 * in London (GMT, so 10:15 UTC). */
static GDateTime *
written_at (void)
{
  return g_date_time_new_utc (2027, 1, 20, 10, 15, 0);
}

/* @reports written with a writer of the defaults but for the time, and
 * their length checked. */
static char *
write_reports (CgReport **reports,
               guint      n_reports,
               int        alarm_working_days)
{
  g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();
  g_autoptr(GDateTime) when = written_at ();
  gsize length = 0;
  char *text;

  cg_icalendar_writer_set_timestamp (writer, when);
  cg_icalendar_writer_set_alarm_working_days (writer, alarm_working_days);
  text = cg_icalendar_writer_to_data (writer, reports, n_reports, &length);
  g_assert_nonnull (text);
  g_assert_cmpuint (length, ==, strlen (text));
  return text;
}

static char *
write_icalendar (CgReport *report)
{
  return write_reports (&report, 1, CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS);
}

/* A report made by hand, on Wed 20 Jan 2027, for case `T;1,\2`: a deadline
 * of each status, texts with every character a TEXT value escapes, and
 * descriptions whose lines run to 75 octets, one more, or split a
 * two-octet character at the 75th. */
#define EXACT_75 "Fifty-nine characters of description here: no more or less."
#define SPLIT_UTF8 "Sixty-two octets of plain ASCII text come first and then come "
#define LONG_DESCRIPTION \
  "A description long enough to be folded more than once: the core group meets, agrees the " \
  "plan, circulates the minutes to every member, and sees the child at home and at school."

typedef struct
{
  const char       *rule;
  const char       *due;
  CgDeadlineStatus  status;
  const char       *subject;
  const char       *description;
  const char       *source;
} DeadlineSpec;

static const DeadlineSpec hand_made[] = {
  { "first-core-group", "2027-01-06", CG_DEADLINE_STATUS_MET, NULL, "Met", "Local 1" },
  { "child-seen", "2027-01-19", CG_DEADLINE_STATUS_OVERDUE, NULL, "Seen, or not; then\nback\\slash", "Local 1, 2; 3" },
  { "core-group-interval", "2027-01-12", CG_DEADLINE_STATUS_LATE, NULL, "Late", "Local 2" },
  { "minutes-circulated", "2027-01-22", CG_DEADLINE_STATUS_PENDING, "cg1", EXACT_75, "X" },
  { "chair-update", "2027-01-25", CG_DEADLINE_STATUS_PENDING, "cg2", EXACT_75 "!", "X" },
  { "member-change-notice", "2026-12-31", CG_DEADLINE_STATUS_OVERDUE, "e1", SPLIT_UTF8 "é and è", NULL },
  { "review-conference", "2027-02-28", CG_DEADLINE_STATUS_PENDING, NULL, LONG_DESCRIPTION, "Local 7" },
};

/* The upcoming ones, in report order, as the calendar must hold them. */
static const guint hand_made_upcoming[] = { 1, 3, 4, 5, 6 };

static CgReport *
hand_made_report (void)
{
  g_autoptr(GDate) today = date_new ("2027-01-20");
  CgReport *report = cg_report_new ("T;1,\\2", "local", today);

  for (guint i = 0; i < G_N_ELEMENTS (hand_made); i++)
    {
      g_autoptr(GDate) due = date_new (hand_made[i].due);
      g_autoptr(CgDeadline) deadline = g_object_new (CG_TYPE_DEADLINE,
                                                     "rule", hand_made[i].rule,
                                                     "due", due,
                                                     "status", hand_made[i].status,
                                                     "subject", hand_made[i].subject,
                                                     "description", hand_made[i].description,
                                                     "source", hand_made[i].source,
                                                     NULL);

      cg_report_add_deadline (report, deadline);
    }

  return report;
}

/* The hand-made report written out and read back, for each test that
 * reads it. */
typedef struct
{
  CgReport *report;
  char     *text;
  GStrv     physical;
  Calendar *calendar;
} HandMade;

static void
hand_made_setup (HandMade      *fixture,
                 gconstpointer  data)
{
  fixture->report = hand_made_report ();
  fixture->text = write_icalendar (fixture->report);
  fixture->physical = physical_lines (fixture->text);
  fixture->calendar = calendar_parse (fixture->text);
}

static void
hand_made_teardown (HandMade      *fixture,
                    gconstpointer  data)
{
  g_clear_pointer (&fixture->calendar, calendar_free);
  g_clear_pointer (&fixture->physical, g_strfreev);
  g_clear_pointer (&fixture->text, g_free);
  g_clear_object (&fixture->report);
}

static void
test_icalendar_structure (HandMade      *fixture,
                          gconstpointer  data)
{
  Calendar *calendar = fixture->calendar;
  GStrv physical = fixture->physical;

  g_assert_cmpstr (physical[1], ==, "VERSION:2.0");
  g_assert_cmpstr (g_hash_table_lookup (calendar->properties, "VERSION"), ==, "2.0");
  g_assert_cmpstr (g_hash_table_lookup (calendar->properties, "PRODID"), ==, "-//libcoregroup//coregroup deadlines//EN");
  g_assert_cmpstr (g_hash_table_lookup (calendar->properties, "CALSCALE"), ==, "GREGORIAN");
  g_assert_true (g_str_has_suffix (g_hash_table_lookup (calendar->properties, "X-WR-CALNAME"), " T\\;1\\,\\\\2"));
  for (guint i = 0; i < calendar->events->len; i++)
    g_assert_cmpstr (event_property (calendar, i, "TRANSP"), ==, "TRANSPARENT");
}

/* Every line ends in CRLF, the last one too (physical_lines checks that
 * no bare LF or CR is left), even where a description holds a newline. */
static void
test_icalendar_crlf (HandMade      *fixture,
                     gconstpointer  data)
{
  g_assert_nonnull (strchr (hand_made[1].description, '\n'));
  g_assert_cmpstr (fixture->physical[0], ==, "BEGIN:VCALENDAR");
  g_assert_true (g_str_has_suffix (fixture->text, "\r\nEND:VCALENDAR\r\n"));
}

/* Lines are folded at 75 octets (not characters), as late as they can be
 * without splitting a UTF-8 character; a line of exactly 75 octets is not
 * folded. */
static void
test_icalendar_folding (HandMade      *fixture,
                        gconstpointer  data)
{
  GStrv physical = fixture->physical;
  g_autofree char *long_text = NULL;
  gboolean seen_exact = FALSE, seen_76 = FALSE, seen_utf8 = FALSE;

  for (guint i = 0; physical[i] != NULL; i++)
    {
      gsize octets = strlen (physical[i]);
      gboolean folded = physical[i + 1] != NULL && physical[i + 1][0] == ' ';

      g_assert_cmpuint (octets, <=, 75);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));
      if (folded)
        g_assert_cmpuint (octets, >, 75 - 4);   /* no room left for one more character */

      if (g_str_equal (physical[i], "DESCRIPTION:" EXACT_75 " (X)"))
        seen_exact = !folded;
      if (g_str_equal (physical[i], "DESCRIPTION:" EXACT_75 "! (X")) /* 75 octets */
        seen_76 = folded && g_str_equal (physical[i + 1], " )");
      if (g_str_equal (physical[i], "DESCRIPTION:" SPLIT_UTF8))   /* 74 octets, then é */
        seen_utf8 = folded && g_str_equal (physical[i + 1], " é and è");
    }

  g_assert_true (seen_exact);
  g_assert_true (seen_76);
  g_assert_true (seen_utf8);
  /* Unfolded, the long description is whole again. */
  long_text = unescape_text (event_property (fixture->calendar, 4, "DESCRIPTION"));
  g_assert_cmpstr (long_text, ==, LONG_DESCRIPTION " (Local 7)");
}

/* Commas, semicolons, backslashes and newlines in SUMMARY and DESCRIPTION
 * are escaped, and read back as they were. */
static void
test_icalendar_escaping (HandMade      *fixture,
                         gconstpointer  data)
{
  Calendar *calendar = fixture->calendar;
  const char *summary = event_property (calendar, 0, "SUMMARY");
  const char *description = event_property (calendar, 0, "DESCRIPTION");
  g_autofree char *summary_text = unescape_text (summary);
  g_autofree char *description_text = unescape_text (description);

  g_assert_cmpstr (summary, ==, "OVERDUE: T\\;1\\,\\\\2 child-seen");
  g_assert_cmpstr (description, ==, "Seen\\, or not\\; then\\nback\\\\slash (Local 1\\, 2\\; 3)");
  g_assert_cmpstr (summary_text, ==, "OVERDUE: T;1,\\2 child-seen");
  g_assert_cmpstr (description_text, ==, "Seen, or not; then\nback\\slash (Local 1, 2; 3)");
  /* No source: nothing in parentheses. */
  g_assert_cmpstr (event_property (calendar, 3, "DESCRIPTION"), ==, SPLIT_UTF8 "é and è");
}

/* One event per deadline still to be met, pending or overdue, in the
 * report's order; met and late ones are done with. Only overdue ones say
 * so in their summary. */
static void
test_icalendar_upcoming_only (HandMade      *fixture,
                              gconstpointer  data)
{
  Calendar *calendar = fixture->calendar;

  g_assert_cmpuint (calendar->events->len, ==, G_N_ELEMENTS (hand_made_upcoming));
  for (guint i = 0; i < G_N_ELEMENTS (hand_made_upcoming); i++)
    {
      const DeadlineSpec *spec = &hand_made[hand_made_upcoming[i]];
      g_autofree char *summary = g_strdup_printf ("%sT\\;1\\,\\\\2 %s",
                                                  spec->status == CG_DEADLINE_STATUS_OVERDUE ? "OVERDUE: " : "",
                                                  spec->rule);

      g_assert_cmpstr (event_property (calendar, i, "SUMMARY"), ==, summary);
    }
  g_assert_null (strstr (fixture->text, "first-core-group"));
  g_assert_null (strstr (fixture->text, "core-group-interval"));
}

/* @days after @date in the basic form of a DATE value, YYYYMMDD. */
static char *
basic_date (const GDate *date,
            guint        days)
{
  GDate day = *date;
  g_autofree char *iso = NULL;
  g_auto(GStrv) parts = NULL;

  g_date_add_days (&day, days);
  iso = cg_date_format (&day);
  parts = g_strsplit (iso, "-", -1);
  return g_strjoinv ("", parts);
}

/* The Suffolk example on 20 Jan 2027: each upcoming deadline, and only
 * those, is an all-day event on its due date, ending the next day. */
static void
test_icalendar_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *text = write_icalendar (report);
  g_autoptr(Calendar) calendar = calendar_parse (text);
  GListModel *deadlines = cg_report_get_deadlines (report);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);
      g_autofree char *start = basic_date (cg_deadline_get_due (deadline), 0);
      g_autofree char *end = basic_date (cg_deadline_get_due (deadline), 1);

      if (cg_deadline_get_status (deadline) == CG_DEADLINE_STATUS_MET ||
          cg_deadline_get_status (deadline) == CG_DEADLINE_STATUS_LATE)
        continue;
      g_assert_cmpstr (event_property (calendar, n, "DTSTART;VALUE=DATE"), ==, start);
      g_assert_cmpstr (event_property (calendar, n, "DTEND;VALUE=DATE"), ==, end);
      g_assert_true (g_str_has_suffix (event_property (calendar, n, "SUMMARY"), cg_deadline_get_rule (deadline)));
      n++;
    }

  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpuint (calendar->events->len, ==, n);
  g_assert_cmpstr (event_property (calendar, 0, "DESCRIPTION"), ==,
                   "Minutes circulated within 15 working days of the core group of 22 Dec 2026 (Suffolk 4.3)");
}

/* Several reports, one calendar: every report's events, in turn. */
static void
test_icalendar_list (void)
{
  g_autoptr(CgCase) suffolk = load_example ("suffolk-neglect.json");
  g_autoptr(CgCase) haringey = load_example ("haringey-school-move.json");
  g_autoptr(CgReport) first = evaluate ("suffolk", suffolk, "2027-01-20");
  g_autoptr(CgReport) second = evaluate ("haringey", haringey, "2027-01-20");
  CgReport *reports[] = { first, second };
  g_autofree char *one = write_icalendar (first);
  g_autofree char *two = write_icalendar (second);
  gsize length;
  g_autofree char *text = cg_report_list_to_icalendar (reports, G_N_ELEMENTS (reports), &length);
  g_autoptr(Calendar) calendar = calendar_parse (text);
  g_autoptr(Calendar) calendar_one = calendar_parse (one);
  g_autoptr(Calendar) calendar_two = calendar_parse (two);
  g_autofree char *empty = cg_report_list_to_icalendar (NULL, 0, NULL);

  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_cmpuint (calendar->events->len, ==, calendar_one->events->len + calendar_two->events->len);
  g_assert_cmpstr (event_property (calendar, 0, "UID"), ==, event_property (calendar_one, 0, "UID"));
  g_assert_cmpstr (event_property (calendar, calendar_one->events->len, "UID"), ==,
                   event_property (calendar_two, 0, "UID"));
  g_assert_nonnull (strstr (empty, "BEGIN:VCALENDAR"));
  g_assert_null (strstr (empty, "BEGIN:VEVENT"));
}

/* DTSTART is the due date as a DATE value; DTEND the day after, across
 * the end of a year too; DTSTAMP the time the file is written. */
static void
test_icalendar_dates (HandMade      *fixture,
                      gconstpointer  data)
{
  Calendar *calendar = fixture->calendar;

  g_assert_cmpstr (event_property (calendar, 0, "DTSTART;VALUE=DATE"), ==, "20270119");
  g_assert_cmpstr (event_property (calendar, 0, "DTEND;VALUE=DATE"), ==, "20270120");
  g_assert_cmpstr (event_property (calendar, 3, "DTSTART;VALUE=DATE"), ==, "20261231");
  g_assert_cmpstr (event_property (calendar, 3, "DTEND;VALUE=DATE"), ==, "20270101");
  g_assert_cmpstr (event_property (calendar, 4, "DTEND;VALUE=DATE"), ==, "20270301");
  for (guint i = 0; i < calendar->events->len; i++)
    g_assert_cmpstr (event_property (calendar, i, "DTSTAMP"), ==, "20270120T101500Z");
}

/* DTSTAMP is in UTC whatever zone the time was given in; with none given,
 * it is the moment of writing, as cg_report_to_icalendar writes it. */
static void
test_icalendar_dtstamp (void)
{
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(GDate) due = date_new ("2027-01-22");
  g_autoptr(CgReport) report = cg_report_new ("T-1", "local", today);
  g_autoptr(CgDeadline) pending = cg_deadline_new ("child-seen", due, NULL, today);
  g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();
  g_autoptr(GTimeZone) summer = g_time_zone_new_identifier ("+01:00");
  g_autoptr(GDateTime) bst = g_date_time_new (summer, 2027, 6, 1, 10, 0, 30);
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;
  g_autofree char *in_summer = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *default_text = NULL;
  g_autofree char *earliest = NULL;
  g_autofree char *latest = NULL;
  g_autoptr(Calendar) summer_calendar = NULL;
  g_autoptr(Calendar) now_calendar = NULL;
  g_autoptr(Calendar) default_calendar = NULL;

  cg_report_add_deadline (report, pending);
  cg_icalendar_writer_set_timestamp (writer, bst);
  in_summer = cg_icalendar_writer_to_data (writer, &report, 1, NULL);
  summer_calendar = calendar_parse (in_summer);
  g_assert_cmpstr (event_property (summer_calendar, 0, "DTSTAMP"), ==, "20270601T090030Z");

  cg_icalendar_writer_set_timestamp (writer, NULL);
  before = g_date_time_new_now_utc ();
  now_text = cg_icalendar_writer_to_data (writer, &report, 1, NULL);
  default_text = cg_report_to_icalendar (report, NULL);
  after = g_date_time_new_now_utc ();
  earliest = g_date_time_format (before, "%Y%m%dT%H%M%SZ");
  latest = g_date_time_format (after, "%Y%m%dT%H%M%SZ");
  now_calendar = calendar_parse (now_text);
  default_calendar = calendar_parse (default_text);
  g_assert_cmpstr (event_property (now_calendar, 0, "DTSTAMP"), >=, earliest);
  g_assert_cmpstr (event_property (now_calendar, 0, "DTSTAMP"), <=, latest);
  g_assert_cmpstr (event_property (default_calendar, 0, "DTSTAMP"), >=, earliest);
  g_assert_cmpstr (event_property (default_calendar, 0, "DTSTAMP"), <=, latest);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The writer's options: reminders two working days ahead and the time of
 * writing by default; each property notifies only when it changes. */
static void
test_icalendar_writer_properties (void)
{
  g_autoptr(CgIcalendarWriter) writer = cg_icalendar_writer_new ();
  g_autoptr(GDateTime) when = written_at ();
  g_autoptr(GDateTime) same = written_at ();
  g_autoptr(GDateTime) got = NULL;
  guint notified = 0;
  int days = 0;

  g_assert_cmpint (cg_icalendar_writer_get_alarm_working_days (writer), ==, 2);
  g_assert_null (cg_icalendar_writer_get_timestamp (writer));
  g_signal_connect (writer, "notify", G_CALLBACK (count_notify), &notified);

  cg_icalendar_writer_set_alarm_working_days (writer, 2);
  g_assert_cmpuint (notified, ==, 0);
  g_object_set (writer, "alarm-working-days", 5, NULL);
  g_object_get (writer, "alarm-working-days", &days, NULL);
  g_assert_cmpint (days, ==, 5);
  g_assert_cmpuint (notified, ==, 1);

  cg_icalendar_writer_set_timestamp (writer, when);
  cg_icalendar_writer_set_timestamp (writer, same);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (writer, "timestamp", &got, NULL);
  g_assert_true (g_date_time_equal (got, when));
  cg_icalendar_writer_set_timestamp (writer, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_finalize_object (g_steal_pointer (&writer));
}

/* Each pending event has a reminder at nine in the morning two working
 * days before it, as a duration before the start of the all-day event:
 * minutes due Fri 22 Jan, on Wed 20 Jan (-P1DT15H); the chair's update
 * due Mon 25 Jan, on Thu 21 Jan (-P3DT15H); the review due Sun 28 Feb, on
 * Thu 25 Feb (-P2DT15H). The overdue ones (events 0 and 3) have none. */
static void
test_icalendar_alarm (HandMade      *fixture,
                      gconstpointer  data)
{
  Calendar *calendar = fixture->calendar;
  g_autofree char *reminder = unescape_text (event_property (calendar, 1, "VALARM.DESCRIPTION"));

  g_assert_cmpstr (event_property (calendar, 1, "VALARM.ACTION"), ==, "DISPLAY");
  g_assert_cmpstr (event_property (calendar, 1, "VALARM.TRIGGER"), ==, "-P1DT15H");
  g_assert_cmpstr (event_property (calendar, 2, "VALARM.TRIGGER"), ==, "-P3DT15H");
  g_assert_cmpstr (event_property (calendar, 4, "VALARM.TRIGGER"), ==, "-P2DT15H");
  g_assert_cmpstr (reminder, ==, "T;1,\\2 minutes-circulated: due in 2 working days");
  g_assert_null (event_property (calendar, 0, "VALARM.TRIGGER"));
  g_assert_null (event_property (calendar, 3, "VALARM.TRIGGER"));
}

/* How many working days ahead is an option: 1 is Thu 21 Jan for the
 * minutes due Fri 22 Jan (-PT15H); 0 the morning of the due day (PT9H);
 * -1 no reminder at all. */
static void
test_icalendar_alarm_days (HandMade      *fixture,
                           gconstpointer  data)
{
  g_autofree char *one = write_reports (&fixture->report, 1, 1);
  g_autofree char *zero = write_reports (&fixture->report, 1, 0);
  g_autofree char *none = write_reports (&fixture->report, 1, -1);
  g_autoptr(Calendar) one_calendar = calendar_parse (one);
  g_autoptr(Calendar) zero_calendar = calendar_parse (zero);
  g_autofree char *one_reminder = unescape_text (event_property (one_calendar, 1, "VALARM.DESCRIPTION"));
  g_autofree char *zero_reminder = unescape_text (event_property (zero_calendar, 1, "VALARM.DESCRIPTION"));

  g_assert_cmpstr (event_property (one_calendar, 1, "VALARM.TRIGGER"), ==, "-PT15H");
  g_assert_cmpstr (one_reminder, ==, "T;1,\\2 minutes-circulated: due in 1 working day");
  g_assert_cmpstr (event_property (zero_calendar, 1, "VALARM.TRIGGER"), ==, "PT9H");
  g_assert_cmpstr (zero_reminder, ==, "T;1,\\2 minutes-circulated: due today");
  g_assert_null (strstr (none, "VALARM"));
}

/* Working days before the due date are counted in the report's calendar:
 * the Suffolk example's visit due Tue 26 Jan is reminded on Fri 22 Jan
 * (-P3DT15H), or on Thu 21 Jan (-P4DT15H) when the authority is closed on
 * Mon 25 Jan. */
static void
test_icalendar_alarm_in_the_report_calendar (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgCalendar) own = calendar_closed_on ("2027-01-25");
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(CgReport) plain = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(CgReport) closed = NULL;
  g_autofree char *plain_text = write_icalendar (plain);
  g_autofree char *closed_text = NULL;
  g_autoptr(Calendar) plain_calendar = calendar_parse (plain_text);
  g_autoptr(Calendar) closed_calendar = NULL;

  closed = cg_policy_evaluate_with_calendar (builtin_policy ("suffolk"), kase, own, today, NULL);
  closed_text = write_icalendar (closed);
  closed_calendar = calendar_parse (closed_text);

  g_assert_cmpstr (event_property (plain_calendar, 2, "SUMMARY"), ==, "SUF-2026-0417 lead-social-worker-visit");
  g_assert_cmpstr (event_property (plain_calendar, 2, "VALARM.TRIGGER"), ==, "-P3DT15H");
  g_assert_cmpstr (event_property (closed_calendar, 2, "SUMMARY"), ==, "SUF-2026-0417 lead-social-worker-visit");
  g_assert_cmpstr (event_property (closed_calendar, 2, "VALARM.TRIGGER"), ==, "-P4DT15H");
}

/* The event with @uid in @calendar, or -1. */
static int
find_uid (Calendar   *calendar,
          const char *uid)
{
  for (guint i = 0; i < calendar->events->len; i++)
    if (g_str_equal (event_property (calendar, i, "UID"), uid))
      return (int) i;
  return -1;
}

/* UIDs name the case, the rule and what the duty arises from, never the
 * due date: the same on every export, and the same on a later day, when
 * the lead social worker's visit has fallen overdue. The parts are
 * percent-encoded, so a case id needs no TEXT escaping. */
static void
test_icalendar_uid (HandMade      *fixture,
                    gconstpointer  data)
{
  Calendar *calendar = fixture->calendar;
  g_autofree char *again = write_icalendar (fixture->report);
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) on_20 = evaluate ("suffolk", kase, "2027-01-20");
  g_autoptr(CgReport) on_27 = evaluate ("suffolk", kase, "2027-01-27");
  g_autofree char *text_20 = write_icalendar (on_20);
  g_autofree char *text_27 = write_icalendar (on_27);
  g_autoptr(Calendar) calendar_20 = calendar_parse (text_20);
  g_autoptr(Calendar) calendar_27 = calendar_parse (text_27);

  g_assert_cmpstr (fixture->text, ==, again);
  /* Made by hand without an origin: the subject, or nothing, stands in. */
  g_assert_cmpstr (event_property (calendar, 0, "UID"), ==, "T%3B1%2C%5C2/child-seen/@coregroup");
  g_assert_cmpstr (event_property (calendar, 1, "UID"), ==, "T%3B1%2C%5C2/minutes-circulated/cg1@coregroup");

  g_assert_cmpuint (calendar_20->events->len, ==, calendar_27->events->len);
  g_assert_cmpstr (event_property (calendar_20, 2, "SUMMARY"), ==, "SUF-2026-0417 lead-social-worker-visit");
  g_assert_cmpstr (event_property (calendar_27, 2, "SUMMARY"), ==, "OVERDUE: SUF-2026-0417 lead-social-worker-visit");
  for (guint i = 0; i < calendar_20->events->len; i++)
    g_assert_cmpstr (event_property (calendar_20, i, "UID"), ==, event_property (calendar_27, i, "UID"));
  g_assert_cmpstr (event_property (calendar_20, 2, "UID"), ==,
                   "SUF-2026-0417/lead-social-worker-visit/initial-conference@coregroup");
  g_assert_cmpstr (event_property (calendar_20, 0, "UID"), ==, "SUF-2026-0417/minutes-circulated/cg2@coregroup");
}

/* A late visit moves the next due dates: the same events, by UID, on new
 * days, and none added. The Suffolk example on Wed 20 Jan 2027: the child
 * was to be seen by Tue 19 Jan and the lead social worker is to visit by
 * Tue 26 Jan. The lead social worker sees the child on Wed 20 Jan, a day
 * late for the first: next due Wed 3 Feb (10 working days) and Wed 10 Feb
 * (15). */
static void
test_icalendar_late_visit_keeps_the_uid (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) before = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *text_before = write_icalendar (before);
  g_autoptr(Calendar) calendar_before = calendar_parse (text_before);
  g_autoptr(GDate) visited = date_new ("2027-01-20");
  g_autoptr(CgContactRecord) visit = cg_contact_record_new (visited, "m1");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) after = NULL;
  g_autofree char *text_after = NULL;
  g_autoptr(Calendar) calendar_after = NULL;
  const char *seen = "SUF-2026-0417/child-seen/initial-conference@coregroup";
  const char *visits = "SUF-2026-0417/lead-social-worker-visit/initial-conference@coregroup";

  cg_contact_record_set_id (visit, "c7");
  cg_contact_record_set_seen (visit, TRUE);
  g_assert_true (cg_case_add_contact (kase, visit, &error));
  g_assert_no_error (error);
  after = evaluate ("suffolk", kase, "2027-01-20");
  assert_entry (after, "child-seen", 5, "2027-01-19", CG_DEADLINE_STATUS_LATE, "c7");
  text_after = write_icalendar (after);
  calendar_after = calendar_parse (text_after);

  g_assert_cmpstr (event_property (calendar_before, find_uid (calendar_before, seen), "DTSTART;VALUE=DATE"), ==,
                   "20270119");
  g_assert_cmpstr (event_property (calendar_after, find_uid (calendar_after, seen), "DTSTART;VALUE=DATE"), ==,
                   "20270203");
  g_assert_cmpstr (event_property (calendar_before, find_uid (calendar_before, visits), "DTSTART;VALUE=DATE"), ==,
                   "20270126");
  g_assert_cmpstr (event_property (calendar_after, find_uid (calendar_after, visits), "DTSTART;VALUE=DATE"), ==,
                   "20270210");

  /* No event appears or goes: each UID before is one after. */
  g_assert_cmpuint (calendar_before->events->len, ==, calendar_after->events->len);
  for (guint i = 0; i < calendar_before->events->len; i++)
    g_assert_cmpint (find_uid (calendar_after, event_property (calendar_before, i, "UID")), >=, 0);
}

/* No two events of a calendar share a UID: over the whole caseload of
 * examples, and where a policy made two entries of one rule with nothing
 * to tell them apart (the second gets "/2"). */
static void
test_icalendar_uids_unique (void)
{
  static const struct { const char *file; const char *policy; } examples[] = {
    { "suffolk-neglect.json", "suffolk" },
    { "haringey-school-move.json", "haringey" },
    { "south-east-wales-emotional-abuse.json", "south-east-wales" },
    { "city-and-hackney-physical-abuse.json", "city-and-hackney" },
    { "suffolk-baby-conference-decisions.json", "suffolk" },
  };
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *text = NULL;
  g_autoptr(Calendar) calendar = NULL;
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(GDate) due = date_new ("2027-01-22");
  g_autoptr(CgReport) twice = cg_report_new ("T-1", "local", today);
  g_autoptr(CgDeadline) one = cg_deadline_new ("home-visit", due, NULL, today);
  g_autoptr(CgDeadline) other = cg_deadline_new ("home-visit", due, NULL, today);
  g_autofree char *twice_text = NULL;
  g_autoptr(Calendar) twice_calendar = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autoptr(CgCase) kase = load_example (examples[i].file);

      g_ptr_array_add (reports, evaluate (examples[i].policy, kase, "2027-01-20"));
    }
  text = write_reports ((CgReport **) reports->pdata, reports->len, 2);
  calendar = calendar_parse (text);
  g_assert_cmpuint (calendar->events->len, >, 15);
  for (guint i = 0; i < calendar->events->len; i++)
    g_assert_true (g_hash_table_add (uids, (gpointer) event_property (calendar, i, "UID")));

  cg_report_add_deadline (twice, one);
  cg_report_add_deadline (twice, other);
  twice_text = write_icalendar (twice);
  twice_calendar = calendar_parse (twice_text);
  g_assert_cmpstr (event_property (twice_calendar, 0, "UID"), ==, "T-1/home-visit/@coregroup");
  g_assert_cmpstr (event_property (twice_calendar, 1, "UID"), ==, "T-1/home-visit//2@coregroup");
}

/* Nothing still to meet: a calendar with no events. */
static void
test_icalendar_nothing_upcoming (void)
{
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(CgReport) report = cg_report_new ("T-1", "suffolk", today);
  g_autoptr(GDate) due = date_new ("2027-01-06");
  g_autoptr(GDate) done = date_new ("2027-01-05");
  g_autoptr(CgDeadline) met = cg_deadline_new ("first-core-group", due, done, today);
  g_autofree char *text = NULL;
  g_autoptr(Calendar) calendar = NULL;

  cg_report_add_deadline (report, met);
  text = write_icalendar (report);
  calendar = calendar_parse (text);
  g_assert_cmpuint (calendar->events->len, ==, 0);
  g_assert_null (strstr (text, "VEVENT"));
}

#define ADD_HAND_MADE(path, func) \
  g_test_add (path, HandMade, NULL, hand_made_setup, func, hand_made_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD_HAND_MADE ("/report/icalendar/structure", test_icalendar_structure);
  ADD_HAND_MADE ("/report/icalendar/crlf", test_icalendar_crlf);
  ADD_HAND_MADE ("/report/icalendar/folding", test_icalendar_folding);
  ADD_HAND_MADE ("/report/icalendar/escaping", test_icalendar_escaping);
  ADD_HAND_MADE ("/report/icalendar/upcoming-only", test_icalendar_upcoming_only);
  g_test_add_func ("/report/icalendar/suffolk-example", test_icalendar_suffolk_example);
  ADD_HAND_MADE ("/report/icalendar/dates", test_icalendar_dates);
  g_test_add_func ("/report/icalendar/dtstamp", test_icalendar_dtstamp);
  g_test_add_func ("/icalendar-writer/properties", test_icalendar_writer_properties);
  ADD_HAND_MADE ("/report/icalendar/alarm", test_icalendar_alarm);
  ADD_HAND_MADE ("/report/icalendar/alarm-days", test_icalendar_alarm_days);
  g_test_add_func ("/report/icalendar/alarm-in-the-report-calendar", test_icalendar_alarm_in_the_report_calendar);
  ADD_HAND_MADE ("/report/icalendar/uid", test_icalendar_uid);
  g_test_add_func ("/report/icalendar/late-visit-keeps-the-uid", test_icalendar_late_visit_keeps_the_uid);
  g_test_add_func ("/report/icalendar/uids-unique", test_icalendar_uids_unique);
  g_test_add_func ("/report/icalendar/nothing-upcoming", test_icalendar_nothing_upcoming);
  g_test_add_func ("/report/icalendar/list", test_icalendar_list);

  return g_test_run ();
}
