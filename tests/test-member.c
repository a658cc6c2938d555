/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <coregroup/coregroup.h>

#include "test-json-util.h"
#include "test-util.h"

static void
test_member_new (void)
{
  g_autoptr(CgMember) member = cg_member_new ("m2", "P. Shah", CG_MEMBER_ROLE_HEALTH_VISITOR);

  g_assert_cmpstr (cg_member_get_id (member), ==, "m2");
  g_assert_cmpstr (cg_member_get_name (member), ==, "P. Shah");
  g_assert_cmpint (cg_member_get_role (member), ==, CG_MEMBER_ROLE_HEALTH_VISITOR);
  g_assert_null (cg_member_get_agency (member));
  g_assert_false (cg_member_get_needs_interpreter (member));
  g_assert_true (cg_member_get_professional (member));

  g_assert_finalize_object (g_steal_pointer (&member));
}

static void
test_member_notify_once (void)
{
  g_autoptr(CgMember) member = cg_member_new ("m1", "J. Okafor", CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER);
  guint n_name = 0, n_agency = 0, n_interp = 0;

  g_signal_connect (member, "notify::name", G_CALLBACK (count_notify_cb), &n_name);
  g_signal_connect (member, "notify::agency", G_CALLBACK (count_notify_cb), &n_agency);
  g_signal_connect (member, "notify::needs-interpreter", G_CALLBACK (count_notify_cb), &n_interp);

  cg_member_set_name (member, "J. Okafor-Reid");
  cg_member_set_name (member, "J. Okafor-Reid");
  g_object_set (member, "name", "J. Okafor-Reid", NULL);
  g_assert_cmpuint (n_name, ==, 1);

  cg_member_set_agency (member, "Children's Services");
  cg_member_set_agency (member, "Children's Services");
  cg_member_set_agency (member, NULL);
  g_assert_cmpuint (n_agency, ==, 2);
  g_assert_null (cg_member_get_agency (member));

  cg_member_set_needs_interpreter (member, 5);
  cg_member_set_needs_interpreter (member, TRUE);
  g_assert_cmpuint (n_interp, ==, 1);
  g_assert_true (cg_member_get_needs_interpreter (member));
}

static void
test_member_professional_follows_role (void)
{
  g_autoptr(CgMember) member = cg_member_new ("m3", "K. Child", CG_MEMBER_ROLE_PARENT);
  guint n_role = 0, n_prof = 0;

  g_assert_false (cg_member_get_professional (member));
  g_signal_connect (member, "notify::role", G_CALLBACK (count_notify_cb), &n_role);
  g_signal_connect (member, "notify::professional", G_CALLBACK (count_notify_cb), &n_prof);

  /* Parent to carer: still not professional, so only the role changes. */
  cg_member_set_role (member, CG_MEMBER_ROLE_CARER);
  g_assert_cmpuint (n_role, ==, 1);
  g_assert_cmpuint (n_prof, ==, 0);

  cg_member_set_role (member, CG_MEMBER_ROLE_TEACHER);
  g_assert_cmpuint (n_role, ==, 2);
  g_assert_cmpuint (n_prof, ==, 1);
  g_assert_true (cg_member_get_professional (member));
}

/* doc/rules.md, "Member roles": fifteen professional roles, eight others. */
static void
test_member_role_table (void)
{
  static const CgMemberRole professional[] = {
    CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER, CG_MEMBER_ROLE_SOCIAL_WORKER, CG_MEMBER_ROLE_TEAM_MANAGER,
    CG_MEMBER_ROLE_CONFERENCE_CHAIR, CG_MEMBER_ROLE_HEALTH_VISITOR, CG_MEMBER_ROLE_MIDWIFE,
    CG_MEMBER_ROLE_SCHOOL_NURSE, CG_MEMBER_ROLE_GP, CG_MEMBER_ROLE_TEACHER, CG_MEMBER_ROLE_POLICE,
    CG_MEMBER_ROLE_PROBATION, CG_MEMBER_ROLE_SUBSTANCE_MISUSE_WORKER,
    CG_MEMBER_ROLE_DOMESTIC_ABUSE_WORKER, CG_MEMBER_ROLE_MENTAL_HEALTH_WORKER,
    CG_MEMBER_ROLE_OTHER_PROFESSIONAL,
  };
  static const CgMemberRole family[] = {
    CG_MEMBER_ROLE_PARENT, CG_MEMBER_ROLE_CARER, CG_MEMBER_ROLE_CHILD,
    CG_MEMBER_ROLE_FAMILY_MEMBER, CG_MEMBER_ROLE_FOSTER_CARER, CG_MEMBER_ROLE_ADVOCATE,
    CG_MEMBER_ROLE_INTERPRETER, CG_MEMBER_ROLE_SUPPORTER,
  };
  g_autoptr(GEnumClass) klass = g_type_class_ref (CG_TYPE_MEMBER_ROLE);

  for (guint i = 0; i < G_N_ELEMENTS (professional); i++)
    g_assert_true (cg_member_role_is_professional (professional[i]));
  for (guint i = 0; i < G_N_ELEMENTS (family); i++)
    g_assert_false (cg_member_role_is_professional (family[i]));

  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (professional) + G_N_ELEMENTS (family));
  g_assert_cmpstr (g_enum_get_value (klass, CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER)->value_nick, ==,
                   "lead-social-worker");
  g_assert_cmpstr (g_enum_get_value (klass, CG_MEMBER_ROLE_SUBSTANCE_MISUSE_WORKER)->value_nick, ==,
                   "substance-misuse-worker");

  g_assert_true (cg_member_role_is_social_care (CG_MEMBER_ROLE_TEAM_MANAGER));
  g_assert_false (cg_member_role_is_social_care (CG_MEMBER_ROLE_HEALTH_VISITOR));
}

/* Contact details, and whom they are withheld from (Suffolk 5.5). */
static void
test_member_contact_details (void)
{
  g_autoptr(CgMember) member = cg_member_new ("m3", "K. Mother", CG_MEMBER_ROLE_PARENT);
  const char *from[] = { "m4", "m6", NULL };
  const char *none[] = { NULL };
  guint n_address = 0, n_phone = 0, n_withhold = 0;

  g_assert_null (cg_member_get_address (member));
  g_assert_null (cg_member_get_phone (member));
  g_assert_null (cg_member_get_withhold_from (member));
  g_assert_false (cg_member_withholds_from (member, "m4"));

  g_signal_connect (member, "notify::address", G_CALLBACK (count_notify_cb), &n_address);
  g_signal_connect (member, "notify::phone", G_CALLBACK (count_notify_cb), &n_phone);
  g_signal_connect (member, "notify::withhold-from", G_CALLBACK (count_notify_cb), &n_withhold);

  cg_member_set_address (member, "Room 3, Example Refuge");
  cg_member_set_address (member, "Room 3, Example Refuge");
  cg_member_set_phone (member, "07700 900003");
  cg_member_set_withhold_from (member, from);
  cg_member_set_withhold_from (member, from);
  g_assert_cmpuint (n_address, ==, 1);
  g_assert_cmpuint (n_phone, ==, 1);
  g_assert_cmpuint (n_withhold, ==, 1);
  g_assert_cmpstr (cg_member_get_address (member), ==, "Room 3, Example Refuge");
  g_assert_cmpstrv (cg_member_get_withhold_from (member), from);
  g_assert_true (cg_member_withholds_from (member, "m6"));
  g_assert_false (cg_member_withholds_from (member, "m3"));

  /* An empty list is none. */
  cg_member_set_withhold_from (member, none);
  g_assert_null (cg_member_get_withhold_from (member));
  g_assert_cmpuint (n_withhold, ==, 2);
}

static void
test_member_id_required (void)
{
  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (cg_member_new (NULL, "Nobody", CG_MEMBER_ROLE_GP));
  g_test_assert_expected_messages ();
}

/* A loaded case keeps one copy of a text its records repeat (two members
 * of Children's Services, an id named by every attendance entry): a
 * change to one record is its own, and the others keep the text. */
static void
test_member_shared_text (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-minutes.json");
  CgCoreGroup *group = cg_case_get_core_group (kase);
  CgMember *lead = cg_core_group_lookup_member (group, "m1");
  CgMember *manager = cg_core_group_lookup_member (group, "m5");
  g_autofree char *saved = NULL;

  g_assert_cmpstr (cg_member_get_agency (lead), ==, "Children's Services");
  g_assert_true (cg_member_get_agency (lead) == cg_member_get_agency (manager));

  cg_member_set_agency (lead, "Early Help");
  g_assert_cmpstr (cg_member_get_agency (lead), ==, "Early Help");
  g_assert_cmpstr (cg_member_get_agency (manager), ==, "Children's Services");
  saved = cg_case_to_data (kase, NULL);
  test_assert_saved_value (saved, "$.members[0].agency", "\"Early Help\"");
  test_assert_saved_value (saved, "$.members[4].agency", "\"Children's Services\"");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/member/new", test_member_new);
  g_test_add_func ("/member/shared-text", test_member_shared_text);
  g_test_add_func ("/member/notify-once", test_member_notify_once);
  g_test_add_func ("/member/professional-follows-role", test_member_professional_follows_role);
  g_test_add_func ("/member/role-table", test_member_role_table);
  g_test_add_func ("/member/contact-details", test_member_contact_details);
  g_test_add_func ("/member/id-required", test_member_id_required);

  return g_test_run ();
}
