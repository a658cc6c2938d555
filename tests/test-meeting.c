/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>

#include <coregroup/coregroup.h>

#include "test-json-util.h"
#include "test-util.h"

typedef struct { guint position, removed, added, calls; } Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Change *c = user_data;

  c->position = position;
  c->removed = removed;
  c->added = added;
  c->calls++;
}

static CgMeeting *
make_meeting (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);

  return cg_meeting_new ("cg1", CG_MEETING_KIND_CORE_GROUP, day);
}

static void
test_meeting_properties (void)
{
  g_autoptr(CgMeeting) meeting = make_meeting ();
  g_autoptr(GDate) next = g_date_new_dmy (17, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) same = g_date_new_dmy (17, G_DATE_DECEMBER, 2026);
  guint n_venue = 0, n_next = 0, n_kind = 0, n_time = 0;

  g_assert_cmpstr (cg_meeting_get_id (meeting), ==, "cg1");
  g_assert_cmpint (cg_meeting_get_kind (meeting), ==, CG_MEETING_KIND_CORE_GROUP);
  g_assert_cmpint (g_date_get_day (cg_meeting_get_date (meeting)), ==, 12);
  g_assert_null (cg_meeting_get_minutes_circulated (meeting));

  g_signal_connect (meeting, "notify::venue", G_CALLBACK (count_notify_cb), &n_venue);
  g_signal_connect (meeting, "notify::next-meeting-date", G_CALLBACK (count_notify_cb), &n_next);
  g_signal_connect (meeting, "notify::kind", G_CALLBACK (count_notify_cb), &n_kind);
  g_signal_connect (meeting, "notify::time", G_CALLBACK (count_notify_cb), &n_time);

  cg_meeting_set_venue (meeting, "Family centre");
  cg_meeting_set_venue (meeting, "Family centre");
  cg_meeting_set_next_meeting_date (meeting, next);
  cg_meeting_set_next_meeting_date (meeting, same);
  cg_meeting_set_kind (meeting, CG_MEETING_KIND_CORE_GROUP);
  cg_meeting_set_kind (meeting, CG_MEETING_KIND_PROFESSIONALS);
  cg_meeting_set_time (meeting, "09:30");
  cg_meeting_set_time (meeting, NULL);

  g_assert_cmpuint (n_venue, ==, 1);
  g_assert_cmpuint (n_next, ==, 1);
  g_assert_cmpuint (n_kind, ==, 1);
  g_assert_cmpuint (n_time, ==, 2);
  g_assert_null (cg_meeting_get_time (meeting));

  cg_meeting_set_chair (meeting, "m1");
  cg_meeting_set_minute_taker (meeting, "m4");
  cg_meeting_set_agreed_chair (meeting, "m1");
  cg_meeting_set_agreed_vice_chair (meeting, "m2");
  cg_meeting_set_child_views (meeting, "Drawing shared by the health visitor");
  cg_meeting_set_minutes_circulated (meeting, next);
  cg_meeting_set_chair_update (meeting, next);
  cg_meeting_set_next_meeting_venue (meeting, "School");
  g_assert_cmpstr (cg_meeting_get_chair (meeting), ==, "m1");
  g_assert_cmpstr (cg_meeting_get_minute_taker (meeting), ==, "m4");
  g_assert_cmpstr (cg_meeting_get_agreed_vice_chair (meeting), ==, "m2");
  g_assert_cmpstr (cg_meeting_get_next_meeting_venue (meeting), ==, "School");
  g_assert_nonnull (cg_meeting_get_child_views (meeting));
  g_assert_true (g_date_compare (cg_meeting_get_chair_update (meeting), next) == 0);

  g_assert_finalize_object (g_steal_pointer (&meeting));
}

static void
test_meeting_bad_time (void)
{
  g_autoptr(CgMeeting) meeting = make_meeting ();

  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*cg_time_of_day_is_valid*");
  cg_meeting_set_time (meeting, "9.30am");
  g_test_assert_expected_messages ();
  g_assert_null (cg_meeting_get_time (meeting));
}

static void
test_attendance_replace_or_append (void)
{
  g_autoptr(CgMeeting) meeting = make_meeting ();
  g_autoptr(CgAttendance) lsw = cg_attendance_new ("m1", CG_ATTENDANCE_STATUS_PRESENT);
  g_autoptr(CgAttendance) hv = cg_attendance_new ("m2", CG_ATTENDANCE_STATUS_APOLOGIES);
  g_autoptr(CgAttendance) hv_sub = cg_attendance_new ("m2", CG_ATTENDANCE_STATUS_SUBSTITUTE);
  GListModel *model = cg_meeting_get_attendance (meeting);
  Change change = { 0 };

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &change);

  cg_meeting_set_attendance (meeting, lsw);
  cg_meeting_set_attendance (meeting, hv);
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (change.removed, ==, 0);

  /* A second entry for the same member replaces the first, in place. */
  cg_meeting_set_attendance (meeting, hv_sub);
  g_assert_cmpuint (change.calls, ==, 3);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_true (cg_meeting_lookup_attendance (meeting, "m2") == hv_sub);
  g_assert_null (cg_meeting_lookup_attendance (meeting, "m9"));

  g_assert_true (cg_meeting_remove_attendance (meeting, "m1"));
  g_assert_false (cg_meeting_remove_attendance (meeting, "m1"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (change.calls, ==, 4);
}

/* doc/json-format.md: a substitute counts as present for quorum. */
static void
test_attendance_attended (void)
{
  static const struct { CgAttendanceStatus status; gboolean attended; } table[] = {
    { CG_ATTENDANCE_STATUS_PRESENT, TRUE },
    { CG_ATTENDANCE_STATUS_SUBSTITUTE, TRUE },
    { CG_ATTENDANCE_STATUS_APOLOGIES, FALSE },
    { CG_ATTENDANCE_STATUS_ABSENT, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(CgAttendance) entry = cg_attendance_new ("m1", table[i].status);

      g_assert_cmpint (cg_attendance_get_attended (entry), ==, table[i].attended);
    }
}

static void
test_attendance_properties (void)
{
  g_autoptr(CgAttendance) entry = cg_attendance_new ("m4", CG_ATTENDANCE_STATUS_APOLOGIES);
  guint n_report = 0, n_status = 0;

  g_signal_connect (entry, "notify::written-report", G_CALLBACK (count_notify_cb), &n_report);
  g_signal_connect (entry, "notify::status", G_CALLBACK (count_notify_cb), &n_status);

  cg_attendance_set_written_report (entry, TRUE);
  cg_attendance_set_written_report (entry, TRUE);
  cg_attendance_set_status (entry, CG_ATTENDANCE_STATUS_ABSENT);
  cg_attendance_set_status (entry, CG_ATTENDANCE_STATUS_ABSENT);
  cg_attendance_set_substitute (entry, "T. Colleague");
  cg_attendance_set_interpreter (entry, TRUE);

  g_assert_cmpuint (n_report, ==, 1);
  g_assert_cmpuint (n_status, ==, 1);
  g_assert_cmpstr (cg_attendance_get_member_id (entry), ==, "m4");
  g_assert_cmpstr (cg_attendance_get_substitute (entry), ==, "T. Colleague");
  g_assert_true (cg_attendance_get_interpreter (entry));
  g_assert_true (cg_attendance_get_written_report (entry));
  g_assert_finalize_object (g_steal_pointer (&entry));
}

/* What the minutes templates ask a meeting to agree (Haringey Appendix 1
 * and 2), through the API. */
static void
test_meeting_record (void)
{
  g_autoptr(CgMeeting) meeting = make_meeting ();
  g_autoptr(CgInformationRequest) letter = cg_information_request_new ("Growth clinic letter", "m2");
  g_autoptr(CgInformationRequest) attendance = cg_information_request_new ("Nursery attendance", "m4");
  const char *goals[] = { "Meals at the table", NULL };
  const char *none[] = { NULL };
  GListModel *information = cg_meeting_get_information_needed (meeting);
  guint n_goals = 0, n_score = 0;
  Change change = { 0 };

  g_assert_null (cg_meeting_get_family_goals (meeting));
  g_assert_cmpint (cg_meeting_get_scaling_score (meeting), ==, CG_MEETING_SCALING_SCORE_NONE);
  g_assert_null (cg_meeting_get_progress_needed (meeting));
  g_assert_null (cg_meeting_get_plan_end_conditions (meeting));
  g_assert_null (cg_meeting_get_if_no_change (meeting));
  g_assert_cmpuint (g_list_model_get_n_items (information), ==, 0);
  g_assert_true (g_list_model_get_item_type (information) == CG_TYPE_INFORMATION_REQUEST);

  g_signal_connect (meeting, "notify::family-goals", G_CALLBACK (count_notify_cb), &n_goals);
  g_signal_connect (meeting, "notify::scaling-score", G_CALLBACK (count_notify_cb), &n_score);
  g_signal_connect (information, "items-changed", G_CALLBACK (items_changed_cb), &change);

  cg_meeting_set_family_goals (meeting, goals);
  cg_meeting_set_family_goals (meeting, goals);
  g_assert_cmpstrv (cg_meeting_get_family_goals (meeting), goals);
  /* An empty list is no list. */
  cg_meeting_set_family_goals (meeting, none);
  g_assert_null (cg_meeting_get_family_goals (meeting));
  g_assert_cmpuint (n_goals, ==, 2);

  /* 0 is a score: the family is nowhere near where it needs to be. */
  cg_meeting_set_scaling_score (meeting, 0);
  cg_meeting_set_scaling_score (meeting, 0);
  g_assert_cmpint (cg_meeting_get_scaling_score (meeting), ==, 0);
  cg_meeting_set_scaling_score (meeting, 10);
  g_assert_cmpuint (n_score, ==, 2);
  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*score <= 10*");
  cg_meeting_set_scaling_score (meeting, 11);
  g_test_assert_expected_messages ();
  g_assert_cmpint (cg_meeting_get_scaling_score (meeting), ==, 10);

  cg_meeting_set_progress_needed (meeting, goals);
  cg_meeting_set_plan_end_conditions (meeting, "Three months of steady weight gain");
  cg_meeting_set_if_no_change (meeting, "Legal planning meeting");
  g_assert_cmpstrv (cg_meeting_get_progress_needed (meeting), goals);
  g_assert_cmpstr (cg_meeting_get_plan_end_conditions (meeting), ==, "Three months of steady weight gain");
  g_assert_cmpstr (cg_meeting_get_if_no_change (meeting), ==, "Legal planning meeting");

  cg_meeting_add_information_request (meeting, letter);
  cg_meeting_add_information_request (meeting, attendance);
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (information), ==, 2);
  g_assert_true (cg_meeting_remove_information_request (meeting, 0));
  g_assert_false (cg_meeting_remove_information_request (meeting, 1));
  g_assert_cmpuint (change.calls, ==, 3);
  g_assert_cmpuint (change.removed, ==, 1);
  {
    g_autoptr(CgInformationRequest) left = g_list_model_get_item (information, 0);

    g_assert_true (left == attendance);
    g_assert_cmpstr (cg_information_request_get_what (left), ==, "Nursery attendance");
    g_assert_cmpstr (cg_information_request_get_by (left), ==, "m4");
  }

  g_assert_finalize_object (g_steal_pointer (&meeting));
}

/* A request for information names a member of the core group, whether it
 * comes through the API or from a document. */
static void
test_meeting_record_member (void)
{
  g_autoptr(CgCase) kase = cg_case_new ("C-1");
  CgCoreGroup *group = cg_case_get_core_group (kase);
  g_autoptr(CgMember) lsw = cg_member_new ("m1", "J. Okafor", CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER);
  g_autoptr(CgMeeting) meeting = make_meeting ();
  g_autoptr(CgInformationRequest) known = cg_information_request_new ("Home visit notes", "m1");
  g_autoptr(CgInformationRequest) unknown = cg_information_request_new ("GP records", "m9");
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_core_group_add_member (group, lsw, NULL));
  cg_meeting_add_information_request (meeting, known);
  cg_meeting_add_information_request (meeting, unknown);
  g_assert_false (cg_core_group_add_meeting (group, meeting, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_true (g_str_has_suffix (error->message, ".information_needed[1].by: not a member of the core group"));
  g_clear_error (&error);

  g_assert_true (cg_meeting_remove_information_request (meeting, 1));
  g_assert_true (cg_core_group_add_meeting (group, meeting, &error));
  g_assert_no_error (error);
  g_assert_true (cg_case_validate (kase, &error));
}

static void
assert_minutes_fixture (CgCase *kase)
{
  CgCoreGroup *group = cg_case_get_core_group (kase);
  CgMeeting *first = cg_core_group_lookup_meeting (group, "cg1");
  CgMeeting *later = cg_core_group_lookup_meeting (group, "cg2");
  CgMeeting *empty = cg_core_group_lookup_meeting (group, "cg3");
  GListModel *information = cg_meeting_get_information_needed (first);
  g_autoptr(CgInformationRequest) nursery = g_list_model_get_item (information, 1);
  const char *goals[] = { "Three meals a day at the table", "Every health appointment kept", NULL };
  const char *progress[] = { "Weight back on the growth chart", "Nursery place agreed", NULL };

  g_assert_cmpstrv (cg_meeting_get_family_goals (first), goals);
  g_assert_cmpint (cg_meeting_get_scaling_score (first), ==, 4);
  g_assert_cmpstrv (cg_meeting_get_progress_needed (first), progress);
  g_assert_cmpstr (cg_meeting_get_plan_end_conditions (first), ==,
                   "Steady weight gain for three months and every appointment kept.");
  g_assert_cmpstr (cg_meeting_get_if_no_change (first), ==,
                   "The core group asks the conference chair to bring the review forward.");
  g_assert_cmpuint (g_list_model_get_n_items (information), ==, 2);
  g_assert_cmpstr (cg_information_request_get_what (nursery), ==, "Nursery attendance since September");
  g_assert_cmpstr (cg_information_request_get_by (nursery), ==, "m4");

  g_assert_cmpint (cg_meeting_get_scaling_score (later), ==, 0);
  g_assert_null (cg_meeting_get_plan_end_conditions (later));

  g_assert_cmpint (cg_meeting_get_scaling_score (empty), ==, CG_MEETING_SCALING_SCORE_NONE);
  g_assert_null (cg_meeting_get_family_goals (empty));
  g_assert_cmpuint (g_list_model_get_n_items (cg_meeting_get_information_needed (empty)), ==, 0);

  g_assert_cmpstr (cg_case_get_background_family_composition (kase), ==,
                   "Test Child lives with K. Parent and an older half-brother, 9.");
  g_assert_cmpstr (cg_case_get_background_brief_history (kase), ==,
                   "Referred by the nursery in September after weight loss and missed appointments.");
}

/* Read, saved and read again the same; unknown fields of the new objects
 * are kept; what was not recorded is not written. */
static void
test_meeting_record_round_trip (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autoptr(CgCase) reloaded = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;

  assert_minutes_fixture (kase);
  saved = test_save_and_reload (kase, &reloaded);
  assert_minutes_fixture (reloaded);

  test_assert_saved_value (saved, "$.meetings[2].scaling_score", "4");
  test_assert_saved_value (saved, "$.meetings[0].scaling_score", "0");
  test_assert_saved_value (saved, "$.meetings[0].plan_end_conditions", NULL);
  test_assert_saved_value (saved, "$.meetings[2].information_needed[1].x_due", "\"2026-11-27\"");
  test_assert_saved_value (saved, "$.meetings[3].scaling_score", NULL);
  test_assert_saved_value (saved, "$.meetings[3].family_goals", NULL);
  test_assert_saved_value (saved, "$.meetings[3].information_needed", NULL);
  test_assert_saved_value (saved, "$.background.x_background_source", "\"ICPC report\"");
  test_assert_saved_value (saved, "$.members[2].address", "\"12 Acacia Avenue\"");

  /* A case with no background is written without the object. */
  cg_case_set_background_family_composition (reloaded, NULL);
  cg_case_set_background_brief_history (reloaded, NULL);
  again = cg_case_to_data (reloaded, NULL);
  test_assert_saved_value (again, "$.background.family_composition", NULL);
  test_assert_saved_value (again, "$.background.x_background_source", "\"ICPC report\"");
}

static void
test_meeting_record_strict (void)
{
  static const TestRefused bad[] = {
    { "\"scaling_score\": 4", "\"scaling_score\": 11", CG_FORMAT_ERROR_INVALID_VALUE,
      "meetings[2].scaling_score", "11" },
    { "\"scaling_score\": 4", "\"scaling_score\": -1", CG_FORMAT_ERROR_INVALID_VALUE,
      "meetings[2].scaling_score", NULL },
    { "\"scaling_score\": 4", "\"scaling_score\": 4.5", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[2].scaling_score", "4.5" },
    { "\"scaling_score\": 4", "\"scaling_score\": \"4\"", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[2].scaling_score", NULL },
    { "[\"Three meals a day at the table\", \"Every health appointment kept\"]",
      "\"Three meals a day at the table\"", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[2].family_goals", "Three meals" },
    { "\"Nursery place agreed\"]", "2]", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[2].progress_needed[1]", NULL },
    { "\"plan_end_conditions\": \"Steady weight gain for three months and every appointment kept.\"",
      "\"plan_end_conditions\": 3", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[2].plan_end_conditions", NULL },
    { "\"if_no_change\": \"The lead social worker asks for a legal planning meeting.\"",
      "\"if_no_change\": true", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[0].if_no_change", NULL },
    /* The member who brings it is a member of the core group. */
    { "\"by\": \"m4\", \"x_due\"", "\"by\": \"m9\", \"x_due\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "meetings[2].information_needed[1].by", "m9" },
    { "\"by\": \"m4\", \"x_due\"", "\"x_due\"", CG_FORMAT_ERROR_MISSING_FIELD,
      "meetings[2].information_needed[1].by", NULL },
    { "\"by\": \"m4\", \"x_due\"", "\"by\": 4, \"x_due\"", CG_FORMAT_ERROR_INVALID_TYPE,
      "meetings[2].information_needed[1].by", NULL },
    { "{ \"what\": \"The growth clinic's letter\", \"by\": \"m2\" }", "{ \"by\": \"m2\" }",
      CG_FORMAT_ERROR_MISSING_FIELD, "meetings[0].information_needed[0].what", NULL },
    { "\"what\": \"The growth clinic's letter\"", "\"what\": \"\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "meetings[0].information_needed[0].what", NULL },
    { "{ \"what\": \"The growth clinic's letter\", \"by\": \"m2\" }", "\"The growth clinic's letter\"",
      CG_FORMAT_ERROR_INVALID_TYPE, "meetings[0].information_needed[0]", "growth clinic" },
    { "\"information_needed\": [\n        { \"what\": \"The growth",
      "\"information_needed\": {}, \"x_old\": [\n        { \"what\": \"The growth",
      CG_FORMAT_ERROR_INVALID_TYPE, "meetings[0].information_needed", NULL },
    /* The family's background is an object of strings. */
    { "\"background\": {", "\"background\": \"none\", \"x_background\": {", CG_FORMAT_ERROR_INVALID_TYPE,
      "background", "none" },
    { "\"brief_history\": \"Referred by the nursery in September after weight loss and missed appointments.\"",
      "\"brief_history\": 1", CG_FORMAT_ERROR_INVALID_TYPE, "background.brief_history", NULL },
    { "\"family_composition\": \"Test Child lives with K. Parent and an older half-brother, 9.\"",
      "\"family_composition\": [\"K. Parent\"]", CG_FORMAT_ERROR_INVALID_TYPE,
      "background.family_composition", "K. Parent" },
  };

  test_assert_fixture_refused ("case-minutes.json", bad, G_N_ELEMENTS (bad));
}

/* A loaded meeting keeps its attendance as records until asked for
 * (libcoregroup/util/cg-item-list.c): what the API gives is the same
 * as for attendance made through it. Each entry is made once and kept,
 * changes to it are what the rules and the writer see, and removing or
 * replacing an entry never made works as for any other. */
static CgMeeting *
first_meeting (CgCase *kase)
{
  return g_list_model_get_item (cg_core_group_get_meetings (cg_case_get_core_group (kase)), 0);
}

static void
test_attendance_read_as_records (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  g_autoptr(CgMeeting) meeting = first_meeting (kase);
  GListModel *attendance = cg_meeting_get_attendance (meeting);
  g_autofree char *before = cg_case_to_data (kase, NULL);
  g_autofree char *unchanged = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *removed = NULL;
  g_autoptr(CgAttendance) first = NULL;
  g_autoptr(CgAttendance) again = NULL;
  g_autoptr(CgAttendance) replacement = cg_attendance_new ("m6", CG_ATTENDANCE_STATUS_PRESENT);
  g_autoptr(CgAttendance) last = NULL;
  Change change = { 0, };

  /* cg2: m1 present, m2 apologies with a report, m3 present with an
   * interpreter, m4 by a substitute, m6 absent. */
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 5);
  g_assert_cmpuint (cg_core_group_count_professionals_present (cg_case_get_core_group (kase), meeting), ==, 2);

  /* Writing does not need the entries made, and writes the same. */
  unchanged = cg_case_to_data (kase, NULL);
  g_assert_cmpstr (unchanged, ==, before);

  first = g_list_model_get_item (attendance, 0);
  again = g_list_model_get_item (attendance, 0);
  g_assert_true (first == again);
  g_assert_true (cg_meeting_lookup_attendance (meeting, "m1") == first);
  g_assert_cmpstr (cg_attendance_get_member_id (first), ==, "m1");
  g_assert_true (cg_attendance_get_interpreter (cg_meeting_lookup_attendance (meeting, "m3")));
  g_assert_cmpstr (cg_attendance_get_substitute (cg_meeting_lookup_attendance (meeting, "m4")), ==, "A. Assistant");
  g_free (unchanged);
  unchanged = cg_case_to_data (kase, NULL);
  g_assert_cmpstr (unchanged, ==, before);

  /* The entry made is the record from then on. */
  cg_attendance_set_status (first, CG_ATTENDANCE_STATUS_ABSENT);
  g_assert_cmpuint (cg_core_group_count_professionals_present (cg_case_get_core_group (kase), meeting), ==, 1);
  changed = cg_case_to_data (kase, NULL);
  test_assert_saved_value (changed, "$.meetings[0].attendance[0].status", "\"absent\"");

  /* An entry never made, removed and replaced. */
  g_signal_connect (attendance, "items-changed", G_CALLBACK (items_changed_cb), &change);
  g_assert_true (cg_meeting_remove_attendance (meeting, "m2"));
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (attendance), ==, 4);
  g_assert_null (cg_meeting_lookup_attendance (meeting, "m2"));
  cg_meeting_set_attendance (meeting, replacement);
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 3);
  g_assert_cmpuint (change.removed, ==, 1);
  last = g_list_model_get_item (attendance, 3);
  g_assert_true (last == replacement);
  removed = cg_case_to_data (kase, NULL);
  test_assert_saved_value (removed, "$.meetings[0].attendance[1].member", "\"m3\"");
  test_assert_saved_value (removed, "$.meetings[0].attendance[2].substitute", "\"A. Assistant\"");
  test_assert_saved_value (removed, "$.meetings[0].attendance[3].status", "\"present\"");
  test_assert_saved_value (removed, "$.meetings[0].attendance[3].member", "\"m6\"");
  {
    g_autoptr(JsonNode) root = json_from_string (removed, NULL);
    JsonObject *cg2 = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "meetings"), 0);

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cg2, "attendance")), ==, 4);
  }
  g_assert_cmpuint (cg_core_group_count_professionals_present (cg_case_get_core_group (kase), meeting), ==, 2);
}

/* Threads reading a loaded case at once (a caseload's reports and a front
 * end) each get the one entry made for a record. */
typedef struct {
  CgCase *kase;
  int     waiting;
} Readers;

static gpointer
read_attendance (gpointer data)
{
  Readers *readers = data;
  GListModel *meetings = cg_core_group_get_meetings (cg_case_get_core_group (readers->kase));
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  g_atomic_int_add (&readers->waiting, -1);
  while (g_atomic_int_get (&readers->waiting) > 0)
    g_thread_yield ();

  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CgMeeting) meeting = g_list_model_get_item (meetings, i);
      GListModel *attendance = cg_meeting_get_attendance (meeting);

      for (guint j = 0; j < g_list_model_get_n_items (attendance); j++)
        g_ptr_array_add (entries, g_list_model_get_item (attendance, j));
    }
  return entries;
}

static void
test_attendance_made_once (void)
{
  g_autofree char *text = test_fixture_text ("case-minutes.json", NULL, NULL);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);
      GThread *threads[2];
      Readers readers = { kase, G_N_ELEMENTS (threads) };
      g_autoptr(GPtrArray) a = NULL;
      g_autoptr(GPtrArray) b = NULL;

      g_assert_no_error (error);
      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        threads[t] = g_thread_new ("read", read_attendance, &readers);
      a = g_thread_join (threads[0]);
      b = g_thread_join (threads[1]);
      g_assert_cmpuint (a->len, ==, 11);
      g_assert_cmpuint (b->len, ==, a->len);
      for (guint i = 0; i < a->len; i++)
        g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
      g_assert_cmpstr (cg_attendance_get_substitute (g_ptr_array_index (a, 3)), ==, "A. Assistant");
    }
}

/* A meeting with a hundred thousand attendance entries (a hostile or
 * broken document) is read, checked for a member named twice, and
 * evaluated in time in proportion to its size: finding a member's entry
 * goes through an index, where a scan per entry made reading and checking 50,000
 * entries take 23 seconds. */
static void
test_attendance_long (void)
{
  const guint n = 100000;
  g_autoptr(GString) members = g_string_new ("\"members\": [");
  g_autoptr(GString) attendance = g_string_new ("\"attendance\": [");
  g_autofree char *with_members = NULL;
  g_autofree char *text = NULL;
  g_autofree char *twice = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgCase) refused = NULL;
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  g_autoptr(CgReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgMeeting) meeting = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (members, "{ \"id\": \"t%u\", \"name\": \"Teacher %u\", \"role\": \"teacher\" }, ", i, i);
      g_string_append_printf (attendance, "%s{ \"member\": \"t%u\", \"status\": \"%s\" }",
                              i > 0 ? ", " : "", i, i % 2 == 0 ? "present" : "apologies");
    }
  /* The first meeting's own entries are kept under a name the library
   * does not know. */
  g_string_append (attendance, "], \"x_attendance\": [");
  with_members = test_fixture_text ("case-minutes.json", "\"members\": [", members->str);
  {
    g_auto(GStrv) parts = g_strsplit (with_members, "\"attendance\": [", 2);

    text = g_strconcat (parts[0], attendance->str, parts[1], NULL);
  }

  kase = cg_case_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  meeting = first_meeting (kase);
  g_assert_cmpuint (g_list_model_get_n_items (cg_meeting_get_attendance (meeting)), ==, n);
  g_assert_cmpint (cg_attendance_get_status (cg_meeting_lookup_attendance (meeting, "t99999")), ==,
                   CG_ATTENDANCE_STATUS_APOLOGIES);
  g_assert_cmpuint (cg_core_group_count_professionals_present (cg_case_get_core_group (kase), meeting), ==, n / 2);
  report = cg_policy_evaluate (cg_policy_registry_lookup (registry, "suffolk"), kase, today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  /* The same member twice, far apart: refused, naming the second. */
  {
    g_auto(GStrv) parts = g_strsplit (text, "\"member\": \"t99999\"", 2);

    twice = g_strconcat (parts[0], "\"member\": \"t7\"", parts[1], NULL);
  }
  refused = cg_case_new_from_data (twice, -1, &error);
  g_assert_null (refused);
  g_assert_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_DUPLICATE_ID);
  g_assert_cmpstr (error->message, ==, "meetings[0].attendance[99999].member: a second attendance entry for the same member");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/meeting/properties", test_meeting_properties);
  g_test_add_func ("/meeting/bad-time", test_meeting_bad_time);
  g_test_add_func ("/meeting/attendance/replace-or-append", test_attendance_replace_or_append);
  g_test_add_func ("/meeting/attendance/attended", test_attendance_attended);
  g_test_add_func ("/meeting/attendance/properties", test_attendance_properties);
  g_test_add_func ("/meeting/attendance/read-as-records", test_attendance_read_as_records);
  g_test_add_func ("/meeting/attendance/made-once", test_attendance_made_once);
  g_test_add_func ("/meeting/attendance/long", test_attendance_long);
  g_test_add_func ("/meeting/record", test_meeting_record);
  g_test_add_func ("/meeting/record/member", test_meeting_record_member);
  g_test_add_func ("/meeting/record/round-trip", test_meeting_record_round_trip);
  g_test_add_func ("/meeting/record/strict", test_meeting_record_strict);

  return g_test_run ();
}
