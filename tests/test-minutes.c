/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The minutes of a meeting, through the public API: the first core group
 * in the shape of Haringey Appendix 1, later meetings in that of Appendix
 * 2; every section written, saying so when empty; the record's text
 * escaped in one self-contained HTML file; no member's contact details,
 * whatever the record holds. */

#include <string.h>

#include <coregroup/coregroup.h>

#include "test-util.h"

/* The contact details the fixture's members carry as fields of their own:
 * none may ever be written. */
static const char * const contact_details[] = {
  "Unit 4, Example Road", "01632 960111", "Example Health Centre", "01632 960222",
  "12 Acacia Avenue", "07700 900333", "Acacia", "01632", "07700",
};

static CgMinutes *
minutes_of (CgCase     *kase,
            const char *meeting_id)
{
  g_autoptr(GError) error = NULL;
  CgMinutes *minutes = cg_minutes_new (kase, meeting_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (minutes);
  return minutes;
}

static char *
text_of (CgCase     *kase,
         const char *meeting_id)
{
  g_autoptr(CgMinutes) minutes = minutes_of (kase, meeting_id);

  return cg_minutes_to_text (minutes);
}

static void
assert_contains (const char *text,
                 const char *expected)
{
  if (strstr (text, expected) == NULL)
    {
      g_test_message ("%s", text);
      g_error ("“%s” is not in the text above", expected);
    }
}

static void
assert_lacks (const char *text,
              const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    {
      g_test_message ("%s", text);
      g_error ("“%s” should not be in the text above", unexpected);
    }
}

/* The part of @text from @start up to @end (or the end). */
static char *
section (const char *text,
         const char *start,
         const char *end)
{
  const char *from = strstr (text, start);
  const char *to;

  if (from == NULL)
    {
      g_test_message ("%s", text);
      g_error ("no section “%s” in the text above", start);
    }
  to = end != NULL ? strstr (from + strlen (start), end) : NULL;
  return to != NULL ? g_strndup (from, to - from) : g_strdup (from);
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

/* The first core group by date is cg1, although cg2 comes first in the
 * record and a professionals' meeting came before it. */
static void
test_shape (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  static const struct { const char *id; CgMinutesShape shape; } meetings[] = {
    { "cg1", CG_MINUTES_SHAPE_FIRST_CORE_GROUP },
    { "cg2", CG_MINUTES_SHAPE_LATER_CORE_GROUP },
    { "cg3", CG_MINUTES_SHAPE_LATER_CORE_GROUP },
    { "p1", CG_MINUTES_SHAPE_LATER_CORE_GROUP },
  };

  for (guint i = 0; i < G_N_ELEMENTS (meetings); i++)
    {
      g_autoptr(CgMinutes) minutes = minutes_of (kase, meetings[i].id);
      CgMeeting *meeting = cg_core_group_lookup_meeting (cg_case_get_core_group (kase), meetings[i].id);

      g_test_message ("%s", meetings[i].id);
      g_assert_cmpint (cg_minutes_get_shape (minutes), ==, meetings[i].shape);
      g_assert_true (cg_minutes_get_case (minutes) == kase);
      g_assert_true (cg_minutes_get_meeting (minutes) == meeting);
    }
}

static void
test_shape_sections (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autofree char *first = text_of (kase, "cg1");
  g_autofree char *later = text_of (kase, "cg2");
  g_autofree char *other = text_of (kase, "p1");

  assert_contains (first, "Minutes of the first core group");
  assert_contains (first, "DEVELOPMENT OF THE PROTECTION PLAN");
  assert_contains (first, "Family composition");
  assert_lacks (first, "PROGRESS OF THE PROTECTION PLAN");

  /* Appendix 2: the same record without the family's background. */
  assert_contains (later, "Minutes of the core group");
  assert_contains (later, "PROGRESS OF THE PROTECTION PLAN");
  assert_lacks (later, "Family composition");
  assert_lacks (later, "Brief history");
  assert_lacks (later, "Agencies involved");
  assert_lacks (later, "DEVELOPMENT OF THE PROTECTION PLAN");

  assert_contains (other, "Minutes of the meeting");
  assert_contains (other, "Professionals meeting of Mon 9 Nov 2026");
}

static void
test_unknown_meeting (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgMinutes) minutes = cg_minutes_new (kase, "Robin's review", &error);

  g_assert_null (minutes);
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_cmpstr (error->message, ==, "no meeting with that id");
}

static void
test_first_core_group (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autofree char *text = text_of (kase, "cg1");
  g_autofree char *agencies = section (text, "Agencies involved", "ATTENDANCE");
  g_autofree char *attendance = section (text, "ATTENDANCE", "DEVELOPMENT OF THE PROTECTION PLAN");
  g_autofree char *actions = section (text, "Actions agreed", "DISSENT");
  g_autofree char *dissent = section (text, "DISSENT", "THE CHILD'S VIEWS");
  g_autofree char *information = section (text, "INFORMATION NEEDED", "IF THERE IS NO CHANGE");
  g_autofree char *next = section (text, "NEXT MEETING", "CHAIR AND MINUTE TAKER");
  g_autofree char *chair = section (text, "CHAIR AND MINUTE TAKER", NULL);

  assert_contains (text, "Case TEST-0004");
  assert_contains (text, "Core group of Fri 13 Nov 2026");
  assert_contains (text, "Time: 10:00");
  assert_contains (text, "Venue: Example Family Centre");
  assert_contains (text, "Test Child lives with K. Parent and an older half-brother, 9.");
  assert_contains (text, "- Neglect");
  assert_contains (text, "- Emotional abuse");
  assert_contains (text, "Referred by the nursery in September");

  /* Each agency once, though two members are of Children's Services. */
  g_assert_cmpuint (count (agencies, "Children's Services"), ==, 1);
  assert_contains (agencies, "Recovery Service");

  assert_contains (attendance, "Lead social worker");
  assert_contains (attendance, "Present, with an interpreter");
  assert_contains (attendance, "A. Assistant attended as substitute");
  assert_contains (attendance, "Apologies, written report sent");

  assert_contains (text, "The baby gains weight steadily");
  assert_contains (actions, "Weigh the baby fortnightly");
  assert_contains (actions, "P. Shah");
  assert_contains (actions, "Fri 27 Nov 2026");

  /* The dissent of this meeting, about an outcome named in words. */
  assert_contains (dissent, "K. Parent says the weight loss was one bad week.");
  assert_contains (dissent, "The baby gains weight steadily");
  assert_lacks (dissent, "does not accept the category");

  assert_contains (text, "The baby was seen at home: alert, smiling and feeding well.");
  assert_contains (text, "- Three meals a day at the table");
  assert_contains (text, "Score: 4 out of 10");
  assert_contains (text, "- Nursery place agreed");
  assert_contains (text, "Steady weight gain for three months and every appointment kept.");
  assert_contains (information, "Nursery attendance since September");
  assert_contains (information, "R. Teacher");
  assert_contains (information, "P. Shah");
  assert_contains (text, "The core group asks the conference chair to bring the review forward.");
  assert_contains (next, "Date: Fri 11 Dec 2026");
  assert_contains (next, "Venue: Example Family Centre");
  assert_contains (chair, "Chair: S. Manager");
  assert_contains (chair, "Minute taker: R. Teacher");
}

/* Done, open and overdue are as they were on the meeting's day: a1 was
 * done since cg1, a4 before it; a5 was done only after cg2; a2 was due
 * before cg2 and not done. */
static void
test_later_core_group (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autofree char *text = text_of (kase, "cg2");
  g_autofree char *attendance = section (text, "ATTENDANCE", "PROGRESS OF THE PROTECTION PLAN");
  g_autofree char *completed = section (text, "Actions completed since the core group of Fri 13 Nov 2026",
                                        "Actions still open");
  g_autofree char *open = section (text, "Actions still open", "Actions overdue on the day of the meeting");
  g_autofree char *overdue = section (text, "Actions overdue on the day of the meeting", "DISSENT");
  g_autofree char *dissent = section (text, "DISSENT", "THE CHILD'S VIEWS");
  g_autofree char *information = section (text, "INFORMATION NEEDED", "IF THERE IS NO CHANGE");

  assert_contains (text, "Core group of Fri 11 Dec 2026");
  assert_contains (attendance, "Apologies, written report sent");
  assert_contains (attendance, "Absent, no written report");
  assert_contains (attendance, "A. Assistant attended as substitute");

  assert_contains (completed, "Weigh the baby fortnightly");
  assert_contains (completed, "Fri 20 Nov 2026");
  assert_lacks (completed, "Book the interpreter");
  assert_lacks (completed, "Start the recovery programme");

  assert_contains (open, "Find a nursery place with breakfast");
  assert_contains (open, "Start the recovery programme");
  assert_lacks (open, "Refer K. Parent");
  assert_lacks (open, "Weigh the baby");

  assert_contains (overdue, "Refer K. Parent to the parenting programme");
  assert_contains (overdue, "J. Okafor");
  assert_contains (overdue, "Fri 4 Dec 2026");
  assert_lacks (overdue, "Find a nursery place");

  assert_contains (dissent, "K. Parent does not accept the category of");
  assert_lacks (dissent, "one bad week");

  assert_contains (text, "Score: 0 out of 10");
  assert_contains (information, "The growth clinic's letter");
  assert_contains (information, "P. Shah");
}

/* An action added to the plan after a meeting is not in its minutes. */
static void
test_action_added_later (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  g_autoptr(GDate) due = g_date_new_dmy (29, G_DATE_JANUARY, 2027);
  g_autoptr(GDate) added = g_date_new_dmy (4, G_DATE_JANUARY, 2027);
  g_autoptr(CgAction) action = cg_action_new ("a6", "Arrange a dental check", "m2", due);
  g_autoptr(CgPlanChange) change = cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "J. Okafor", added,
                                                       "Dentist found at last");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (cg_child_protection_plan_add_action (plan, action, change, &error));
  g_assert_no_error (error);

  before = text_of (kase, "cg2");
  after = text_of (kase, "cg3");
  assert_lacks (before, "Arrange a dental check");
  assert_contains (after, "Arrange a dental check");
}

static CgCase *
empty_case (void)
{
  static const char text[] =
    "{ \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"C-1\", \"policy\": \"suffolk\",\n"
    "  \"child\": { \"name\": \"A. Child\" }, \"initial_conference\": \"2026-11-02\",\n"
    "  \"members\": [ { \"id\": \"m1\", \"name\": \"J. Okafor\", \"role\": \"lead-social-worker\" } ],\n"
    "  \"meetings\": [ { \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-11-13\" },\n"
    "                { \"id\": \"cg2\", \"kind\": \"core-group\", \"date\": \"2026-12-11\" } ] }\n";
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  return kase;
}

/* Every section is written, saying so when the meeting recorded nothing. */
static void
test_empty_sections (void)
{
  static const char * const every[] = {
    "No attendance was recorded.",
    "No dissent was recorded at this meeting.",
    "No views of the child were recorded.",
    "No family goals were recorded.",
    "No scaling score was recorded.",
    "No progress needed was recorded.",
    "No conditions for ending the plan were recorded.",
    "No information needed was recorded.",
    "Nothing was recorded about what happens if there is no change.",
    "Time: Not recorded.",
    "Chair: Not recorded.",
    "Minute taker: Not recorded.",
  };
  static const char * const first_only[] = {
    "No family composition was recorded.",
    "No category was recorded.",
    "No brief history was recorded.",
    "No agencies were recorded.",
    "No outcomes were recorded.",
    "No actions were recorded.",
  };
  static const char * const later_only[] = {
    "Actions completed since the core group of Fri 13 Nov 2026",
    "No actions were recorded as completed.",
    "No open actions were recorded.",
    "No action was overdue on the day of the meeting.",
  };
  g_autoptr(CgCase) kase = empty_case ();
  g_autoptr(CgMinutes) first = minutes_of (kase, "cg1");
  g_autoptr(CgMinutes) later = minutes_of (kase, "cg2");
  g_autofree char *first_text = cg_minutes_to_text (first);
  g_autofree char *first_html = cg_minutes_to_html (first);
  g_autofree char *later_text = cg_minutes_to_text (later);
  g_autofree char *later_html = cg_minutes_to_html (later);
  g_autofree char *next = section (later_text, "NEXT MEETING", "CHAIR AND MINUTE TAKER");

  for (guint i = 0; i < G_N_ELEMENTS (every); i++)
    {
      g_auto(GStrv) parts = g_strsplit (every[i], ": ", 2);

      assert_contains (first_text, every[i]);
      assert_contains (later_text, every[i]);
      /* In HTML a field is a term and its description. */
      for (guint j = 0; parts[j] != NULL; j++)
        {
          assert_contains (first_html, parts[j]);
          assert_contains (later_html, parts[j]);
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (first_only); i++)
    {
      assert_contains (first_text, first_only[i]);
      assert_contains (first_html, first_only[i]);
      assert_lacks (later_text, first_only[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (later_only); i++)
    {
      assert_contains (later_text, later_only[i]);
      assert_contains (later_html, later_only[i]);
      assert_lacks (first_text, later_only[i]);
    }
  assert_contains (next, "Date: Not recorded.");
  assert_contains (next, "Venue: Not recorded.");
  assert_contains (first_html, "<p class=\"empty\">No family goals were recorded.</p>");
}

static void
test_html (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autoptr(CgMinutes) minutes = minutes_of (kase, "cg2");
  g_autofree char *html = cg_minutes_to_html (minutes);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  assert_contains (html, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "style-src 'unsafe-inline'\">");
  assert_lacks (html, "<script");
  assert_lacks (html, "http://");
  assert_lacks (html, "https://");
  assert_lacks (html, "<link");
  assert_lacks (html, "<img");

  /* The record's text is escaped, never markup. */
  assert_contains (html, "The nursery said the baby &lt;b&gt;smiles&lt;/b&gt; at breakfast &amp; naps well.");
  assert_lacks (html, "<b>");
  assert_contains (html, "The growth clinic&#39;s letter");
  assert_contains (html, "Core group of Fri 11 Dec 2026");
  assert_contains (html, "TEST-0004");
}

/* Whatever fields a member has, the minutes name them by name, role and
 * agency only: they go to every member of the core group. */
static void
test_no_contact_details (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  GListModel *meetings = cg_core_group_get_meetings (cg_case_get_core_group (kase));
  g_autofree char *saved = cg_case_to_data (kase, NULL);

  /* The fixture does carry them, and a save keeps them. */
  assert_contains (saved, "12 Acacia Avenue");
  assert_contains (saved, "07700 900333");

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CgMeeting) meeting = g_list_model_get_item (meetings, i);
      g_autoptr(CgMinutes) minutes = minutes_of (kase, cg_meeting_get_id (meeting));
      g_autofree char *text = cg_minutes_to_text (minutes);
      g_autofree char *html = cg_minutes_to_html (minutes);

      for (guint j = 0; j < G_N_ELEMENTS (contact_details); j++)
        {
          assert_lacks (text, contact_details[j]);
          assert_lacks (html, contact_details[j]);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/minutes/shape", test_shape);
  g_test_add_func ("/minutes/shape/sections", test_shape_sections);
  g_test_add_func ("/minutes/unknown-meeting", test_unknown_meeting);
  g_test_add_func ("/minutes/first-core-group", test_first_core_group);
  g_test_add_func ("/minutes/later-core-group", test_later_core_group);
  g_test_add_func ("/minutes/action-added-later", test_action_added_later);
  g_test_add_func ("/minutes/empty-sections", test_empty_sections);
  g_test_add_func ("/minutes/html", test_html);
  g_test_add_func ("/minutes/no-contact-details", test_no_contact_details);

  return g_test_run ();
}
