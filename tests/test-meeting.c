/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <coregroup/coregroup.h>

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

  return g_test_run ();
}
