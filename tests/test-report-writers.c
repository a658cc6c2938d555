/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's writers: JSON (cg_report_to_json, cg_report_to_json_line)
 * and iCalendar, RFC 5545 (cg_report_to_icalendar, and
 * cg_report_list_to_icalendar for a caseload). The iCalendar tests read the output back line
 * by line, as a calendar application would. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "test-fixtures.h"

static void
test_json_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *json = cg_report_to_json (report, NULL);

  g_assert_true (g_str_has_prefix (json, "{\n  \"case\" : \"SUF-2026-0417\",\n  \"policy\" : \"suffolk\",\n  \"today\" : \"2027-01-20\""));
  g_assert_nonnull (strstr (json, "\"window_start\" : \"2027-01-14\""));
  g_assert_nonnull (strstr (json, "\"rule\" : \"quorum\",\n      \"severity\" : \"error\",\n      \"subject\" : \"cg3\""));
}

/* One line of JSON Lines: the same object, no layout. */
static void
test_json_line (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *pretty = cg_report_to_json (report, NULL);
  gsize length;
  g_autofree char *line = cg_report_to_json_line (report, &length);
  g_autoptr(JsonNode) a = json_from_string (pretty, NULL);
  g_autoptr(JsonNode) b = json_from_string (line, NULL);

  g_assert_cmpuint (length, ==, strlen (line));
  g_assert_true (g_str_has_prefix (line, "{\"case\":\"SUF-2026-0417\",\"policy\":\"suffolk\""));
  g_assert_true (g_str_has_suffix (line, "}\n"));
  g_assert_true (strchr (line, '\n') == line + length - 1);
  g_assert_true (json_node_equal (a, b));
}

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

/* Checks the structure: the calendar opens and closes the text, events
 * lie inside it one after another, never nested, and every event has
 * the properties the writer promises. */
static Calendar *
calendar_parse (const char *text)
{
  static const char * const required[] = {
    "UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY", "DESCRIPTION", "TRANSP",
  };
  g_auto(GStrv) physical = physical_lines (text);
  g_autoptr(GPtrArray) lines = content_lines (physical);
  Calendar *calendar = g_new0 (Calendar, 1);
  GHashTable *event = NULL;

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
        }
      else if (g_str_equal (line, "END:VEVENT"))
        {
          g_assert_nonnull (event);
          for (guint j = 0; j < G_N_ELEMENTS (required); j++)
            if (!g_hash_table_contains (event, required[j]))
              g_error ("an event has no %s", required[j]);
          g_ptr_array_add (calendar->events, g_steal_pointer (&event));
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

static char *
write_icalendar (CgReport *report)
{
  gsize length = 0;
  char *text = cg_report_to_icalendar (report, &length);

  g_assert_nonnull (text);
  g_assert_cmpuint (length, ==, strlen (text));
  return text;
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
 * the end of a year too; DTSTAMP the report's day. */
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
    g_assert_cmpstr (event_property (calendar, i, "DTSTAMP"), ==, "20270120T000000Z");
}

/* UIDs name the case, the rule, the due date and the subject, so they are
 * unique within a calendar and the same on every export: a deadline that
 * has become overdue since keeps its UID, and importing the newer file
 * updates the event instead of adding another. */
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
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (fixture->text, ==, again);
  g_assert_cmpstr (event_property (calendar, 0, "UID"), ==, "T\\;1\\,\\\\2-child-seen-20270119@coregroup");
  g_assert_cmpstr (event_property (calendar, 1, "UID"), ==, "T\\;1\\,\\\\2-minutes-circulated-20270122-cg1@coregroup");
  for (guint i = 0; i < calendar->events->len; i++)
    g_assert_true (g_hash_table_add (uids, (gpointer) event_property (calendar, i, "UID")));

  /* Between the two days the lead social worker's visit fell overdue. */
  g_assert_cmpuint (calendar_20->events->len, ==, calendar_27->events->len);
  g_assert_cmpstr (event_property (calendar_20, 2, "SUMMARY"), ==, "SUF-2026-0417 lead-social-worker-visit");
  g_assert_cmpstr (event_property (calendar_27, 2, "SUMMARY"), ==, "OVERDUE: SUF-2026-0417 lead-social-worker-visit");
  for (guint i = 0; i < calendar_20->events->len; i++)
    g_assert_cmpstr (event_property (calendar_20, i, "UID"), ==, event_property (calendar_27, i, "UID"));
  g_assert_cmpstr (event_property (calendar_20, 2, "UID"), ==,
                   "SUF-2026-0417-lead-social-worker-visit-20270126@coregroup");
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

  g_test_add_func ("/report/json/suffolk-example", test_json_suffolk_example);
  g_test_add_func ("/report/json/line", test_json_line);
  ADD_HAND_MADE ("/report/icalendar/structure", test_icalendar_structure);
  ADD_HAND_MADE ("/report/icalendar/crlf", test_icalendar_crlf);
  ADD_HAND_MADE ("/report/icalendar/folding", test_icalendar_folding);
  ADD_HAND_MADE ("/report/icalendar/escaping", test_icalendar_escaping);
  ADD_HAND_MADE ("/report/icalendar/upcoming-only", test_icalendar_upcoming_only);
  g_test_add_func ("/report/icalendar/suffolk-example", test_icalendar_suffolk_example);
  ADD_HAND_MADE ("/report/icalendar/dates", test_icalendar_dates);
  ADD_HAND_MADE ("/report/icalendar/uid", test_icalendar_uid);
  g_test_add_func ("/report/icalendar/nothing-upcoming", test_icalendar_nothing_upcoming);
  g_test_add_func ("/report/icalendar/list", test_icalendar_list);

  return g_test_run ();
}
