/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Outcomes, actions, dissent and plan changes: immutable value objects. */

#include <coregroup/coregroup.h>

static void
test_outcome (void)
{
  g_autoptr(CgOutcome) outcome = cg_outcome_new ("o1", "A. gains weight", "25th centile");

  g_assert_cmpstr (cg_outcome_get_id (outcome), ==, "o1");
  g_assert_cmpstr (cg_outcome_get_description (outcome), ==, "A. gains weight");
  g_assert_cmpstr (cg_outcome_get_measure (outcome), ==, "25th centile");
  g_assert_cmpint (cg_outcome_get_audience (outcome), ==, CG_AUDIENCE_EVERYONE);
  g_assert_finalize_object (g_steal_pointer (&outcome));
}

static void
test_outcome_is_immutable (void)
{
  g_autoptr(CgOutcome) outcome = cg_outcome_new ("o1", "A. gains weight", NULL);

  /* Outcomes change only through a conference (Suffolk 7.3), so the object
   * itself cannot be edited after construction. */
  g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*construct*description*");
  g_object_set (outcome, "description", "Changed", NULL);
  g_test_assert_expected_messages ();
  g_assert_cmpstr (cg_outcome_get_description (outcome), ==, "A. gains weight");
}

static void
test_action_revision_and_overdue (void)
{
  g_autoptr(GDate) due = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) later = g_date_new_dmy (15, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) before = g_date_new_dmy (30, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) after = g_date_new_dmy (2, G_DATE_DECEMBER, 2026);
  g_autoptr(CgAction) action = g_object_new (CG_TYPE_ACTION, "id", "a1", "description", "Weigh A.",
                                             "owner", "m2", "outcome", "o1", "due", due, NULL);
  g_autoptr(CgAction) revised = cg_action_new_revision (action, "Weigh A. weekly", NULL, later);

  /* Drift (Suffolk 3.2): overdue only after the due day, and only if not done. */
  g_assert_false (cg_action_is_overdue (action, before));
  g_assert_false (cg_action_is_overdue (action, due));
  g_assert_true (cg_action_is_overdue (action, after));

  g_assert_cmpstr (cg_action_get_id (revised), ==, "a1");
  g_assert_cmpstr (cg_action_get_outcome (revised), ==, "o1");
  g_assert_null (cg_action_get_owner (revised));
  g_assert_cmpstr (cg_action_get_description (revised), ==, "Weigh A. weekly");
  g_assert_cmpint (cg_action_get_audience (revised), ==, CG_AUDIENCE_EVERYONE);
  g_assert_false (cg_action_is_overdue (revised, after));
  /* The original is untouched. */
  g_assert_cmpstr (cg_action_get_description (action), ==, "Weigh A.");
  g_assert_true (g_date_compare (cg_action_get_due (action), due) == 0);
}

static void
test_action_done_is_never_overdue (void)
{
  g_autoptr(GDate) due = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) done = g_date_new_dmy (20, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  g_autoptr(CgAction) action = g_object_new (CG_TYPE_ACTION, "id", "a1", "description", "x",
                                             "due", due, "completed", done, NULL);
  g_autoptr(CgAction) undated = cg_action_new ("a2", "No due date", NULL, NULL);

  g_assert_false (cg_action_is_overdue (action, today));
  g_assert_false (cg_action_is_overdue (undated, today));
}

static void
test_dissent (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgDissent) dissent = g_object_new (CG_TYPE_DISSENT, "date", day, "member", "m3",
                                               "text", "Disagrees", "about", "a1",
                                               "meeting", "cg1", NULL);

  g_assert_cmpstr (cg_dissent_get_member (dissent), ==, "m3");
  g_assert_cmpstr (cg_dissent_get_text (dissent), ==, "Disagrees");
  g_assert_cmpstr (cg_dissent_get_about (dissent), ==, "a1");
  g_assert_cmpstr (cg_dissent_get_meeting (dissent), ==, "cg1");
  g_assert_cmpint (g_date_get_day (cg_dissent_get_date (dissent)), ==, 12);
}

static void
test_plan_change (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgPlanChange) change =
    cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "Chair", day, "Review decision");

  g_assert_cmpint (cg_plan_change_get_source (change), ==, CG_PLAN_CHANGE_SOURCE_CONFERENCE);
  g_assert_cmpstr (cg_plan_change_get_author (change), ==, "Chair");
  g_assert_cmpstr (cg_plan_change_get_reason (change), ==, "Review decision");
  g_assert_cmpint (cg_plan_change_get_kind (change), ==, CG_PLAN_CHANGE_KIND_UNSPECIFIED);
  g_assert_null (cg_plan_change_get_target (change));
  g_assert_null (cg_plan_change_get_summary (change));
  g_assert_null (cg_plan_change_get_meeting (change));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan-items/outcome", test_outcome);
  g_test_add_func ("/plan-items/outcome-is-immutable", test_outcome_is_immutable);
  g_test_add_func ("/plan-items/action/revision-and-overdue", test_action_revision_and_overdue);
  g_test_add_func ("/plan-items/action/done-is-never-overdue", test_action_done_is_never_overdue);
  g_test_add_func ("/plan-items/dissent", test_dissent);
  g_test_add_func ("/plan-items/plan-change", test_plan_change);

  return g_test_run ();
}
