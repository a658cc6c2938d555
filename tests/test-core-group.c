/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <coregroup/coregroup.h>

static CgCoreGroup *
make_group (void)
{
  static const struct { const char *id; CgMemberRole role; } people[] = {
    { "m1", CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER },
    { "m2", CG_MEMBER_ROLE_HEALTH_VISITOR },
    { "m3", CG_MEMBER_ROLE_PARENT },
    { "m4", CG_MEMBER_ROLE_TEACHER },
    { "m5", CG_MEMBER_ROLE_ADVOCATE },
  };
  CgCoreGroup *group = cg_core_group_new ();

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(CgMember) member = cg_member_new (people[i].id, NULL, people[i].role);
      g_autoptr(GError) error = NULL;

      g_assert_true (cg_core_group_add_member (group, member, &error));
      g_assert_no_error (error);
    }

  return group;
}

static CgMeeting *
make_meeting (const char *id)
{
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);

  return cg_meeting_new (id, CG_MEETING_KIND_CORE_GROUP, day);
}

static void
attend (CgMeeting          *meeting,
        const char         *member,
        CgAttendanceStatus  status)
{
  g_autoptr(CgAttendance) entry = cg_attendance_new (member, status);

  cg_meeting_set_attendance (meeting, entry);
}

static void
test_members (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  g_autoptr(CgMember) twin = cg_member_new ("m2", "Other", CG_MEMBER_ROLE_GP);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (cg_core_group_get_members (group)), ==, 5);
  g_assert_cmpstr (cg_member_get_id (cg_core_group_get_lead_social_worker (group)), ==, "m1");
  g_assert_null (cg_core_group_lookup_member (group, "m9"));

  g_assert_false (cg_core_group_add_member (group, twin, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (g_list_model_get_n_items (cg_core_group_get_members (group)), ==, 5);
  g_assert_cmpint (cg_member_get_role (cg_core_group_lookup_member (group, "m2")), ==,
                   CG_MEMBER_ROLE_HEALTH_VISITOR);

  g_assert_finalize_object (g_steal_pointer (&group));
}

static void
test_no_lead_social_worker (void)
{
  g_autoptr(CgCoreGroup) group = cg_core_group_new ();

  g_assert_null (cg_core_group_get_lead_social_worker (group));
}

/* What messages and front ends call a member: their name, or the id as
 * given for a member with none, or an id the group does not know. */
static void
test_member_name (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  g_autoptr(CgMember) named = cg_member_new ("m6", "Ali Nurse (fictional)", CG_MEMBER_ROLE_SCHOOL_NURSE);

  g_assert_true (cg_core_group_add_member (group, named, NULL));
  g_assert_cmpstr (cg_core_group_get_member_name (group, "m6"), ==, "Ali Nurse (fictional)");
  g_assert_cmpstr (cg_core_group_get_member_name (group, "m2"), ==, "m2");
  g_assert_cmpstr (cg_core_group_get_member_name (group, "m9"), ==, "m9");
  g_assert_null (cg_core_group_get_member_name (group, NULL));
}

/* The team manager: the first member in the role, or none. */
static void
test_team_manager (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  g_autoptr(CgMember) manager = cg_member_new ("m7", "Morgan Lead (fictional)", CG_MEMBER_ROLE_TEAM_MANAGER);
  g_autoptr(CgMember) second = cg_member_new ("m8", "Other Manager", CG_MEMBER_ROLE_TEAM_MANAGER);

  g_assert_null (cg_core_group_get_team_manager (group));
  g_assert_true (cg_core_group_add_member (group, manager, NULL));
  g_assert_true (cg_core_group_add_member (group, second, NULL));
  g_assert_true (cg_core_group_get_team_manager (group) == manager);
}

static void
test_meeting_references (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  g_autoptr(CgMeeting) cg1 = make_meeting ("cg1");
  g_autoptr(CgMeeting) stranger = make_meeting ("cg2");
  g_autoptr(CgMeeting) bad_chair = make_meeting ("cg3");
  g_autoptr(CgMeeting) again = make_meeting ("cg1");
  g_autoptr(GError) error = NULL;

  attend (cg1, "m1", CG_ATTENDANCE_STATUS_PRESENT);
  cg_meeting_set_chair (cg1, "m1");
  g_assert_true (cg_core_group_add_meeting (group, cg1, &error));
  g_assert_no_error (error);

  attend (stranger, "m1", CG_ATTENDANCE_STATUS_PRESENT);
  attend (stranger, "m9", CG_ATTENDANCE_STATUS_PRESENT);
  g_assert_false (cg_core_group_add_meeting (group, stranger, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_true (g_str_has_suffix (error->message, "attendance[1].member: not a member of the core group"));
  g_clear_error (&error);

  cg_meeting_set_chair (bad_chair, "m8");
  g_assert_false (cg_core_group_add_meeting (group, bad_chair, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_clear_error (&error);

  g_assert_false (cg_core_group_add_meeting (group, again, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID);

  g_assert_cmpuint (g_list_model_get_n_items (cg_core_group_get_meetings (group)), ==, 1);
  g_assert_true (cg_core_group_lookup_meeting (group, "cg1") == cg1);
  g_assert_true (cg_core_group_remove_meeting (group, "cg1"));
  g_assert_false (cg_core_group_remove_meeting (group, "cg1"));
  g_assert_null (cg_core_group_lookup_meeting (group, "cg1"));
}

/* Suffolk 4.7: quorate with at least two professional members. A briefed
 * substitute counts as present (doc/json-format.md); parents and advocates,
 * and members who sent apologies, do not. */
/* A meeting without a date cannot be recorded. */
static void
test_meeting_needs_a_date (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  g_autoptr(CgMeeting) undated = g_object_new (CG_TYPE_MEETING, "id", "cg9", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_core_group_add_meeting (group, undated, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_cmpuint (g_list_model_get_n_items (cg_core_group_get_meetings (group)), ==, 0);
}

static void
test_professionals_present (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  g_autoptr(CgMeeting) meeting = make_meeting ("cg1");

  attend (meeting, "m1", CG_ATTENDANCE_STATUS_PRESENT);
  attend (meeting, "m3", CG_ATTENDANCE_STATUS_PRESENT);
  attend (meeting, "m5", CG_ATTENDANCE_STATUS_PRESENT);
  attend (meeting, "m4", CG_ATTENDANCE_STATUS_APOLOGIES);
  g_assert_cmpuint (cg_core_group_count_professionals_present (group, meeting), ==, 1);

  attend (meeting, "m2", CG_ATTENDANCE_STATUS_SUBSTITUTE);
  g_assert_cmpuint (cg_core_group_count_professionals_present (group, meeting), ==, 2);

  attend (meeting, "m4", CG_ATTENDANCE_STATUS_PRESENT);
  attend (meeting, "m1", CG_ATTENDANCE_STATUS_ABSENT);
  g_assert_cmpuint (cg_core_group_count_professionals_present (group, meeting), ==, 2);
}

static void
test_models_are_read_only (void)
{
  g_autoptr(CgCoreGroup) group = make_group ();
  GListModel *members = cg_core_group_get_members (group);

  /* Not a GListStore: bindings cannot add members behind the group's checks. */
  g_assert_false (G_IS_LIST_STORE (members));
  g_assert_true (g_list_model_get_item_type (members) == CG_TYPE_MEMBER);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core-group/members", test_members);
  g_test_add_func ("/core-group/no-lead-social-worker", test_no_lead_social_worker);
  g_test_add_func ("/core-group/member-name", test_member_name);
  g_test_add_func ("/core-group/team-manager", test_team_manager);
  g_test_add_func ("/core-group/meeting-references", test_meeting_references);
  g_test_add_func ("/core-group/meeting-needs-a-date", test_meeting_needs_a_date);
  g_test_add_func ("/core-group/professionals-present", test_professionals_present);
  g_test_add_func ("/core-group/models-are-read-only", test_models_are_read_only);

  return g_test_run ();
}
