/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Fields of a case document that the library does not know are written
 * back on save, also after the API has replaced the item that carried
 * them: completing or revising an action, revising an outcome, recording
 * a member's attendance again. */

#include <coregroup/coregroup.h>

#include "test-json-util.h"
#include "test-util.h"

/* case-unknown-fields.json has an unknown field on outcome o1
 * (x_goal_ref), action a1 (x_ticket) and m2's attendance at cg1 (x_note).
 * @from, if not NULL, is replaced by @to in the text before loading. */
static CgCase *
load_fixture_with (const char *from,
                   const char *to)
{
  g_autofree char *text = test_fixture_text ("case-unknown-fields.json", from, to);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  return kase;
}

static CgCase *
load_fixture (void)
{
  return load_fixture_with (NULL, NULL);
}

/* Checks the value at @path in the document @kase saves. */
static void
assert_saved (CgCase     *kase,
              const char *path,
              const char *expected)
{
  g_autofree char *saved = cg_case_to_data (kase, NULL);

  test_assert_saved_value (saved, path, expected);
}

static CgPlanChange *
new_change (CgPlanChangeSource  source,
            const char         *reason)
{
  /* A conference's change is dated on the fixture's initial conference:
   * on a day no conference sat it would count as the core group's. */
  g_autoptr(GDate) today = source == CG_PLAN_CHANGE_SOURCE_CONFERENCE
                           ? g_date_new_dmy (5, G_DATE_NOVEMBER, 2026)
                           : g_date_new_dmy (1, G_DATE_DECEMBER, 2026);

  return cg_plan_change_new (source, "J. Okafor", today, reason);
}

static void
test_complete_action (void)
{
  g_autoptr(CgCase) kase = load_fixture ();
  g_autoptr(CgPlanChange) change = new_change (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "Weighed at clinic");
  g_autoptr(GDate) done = g_date_new_dmy (30, G_DATE_NOVEMBER, 2026);
  g_autoptr(GError) error = NULL;

  cg_child_protection_plan_complete_action (cg_case_get_plan (kase), "a1", done, change, &error);
  g_assert_no_error (error);

  assert_saved (kase, "$.plan.actions[0].completed", "\"2026-11-30\"");
  assert_saved (kase, "$.plan.actions[0].x_ticket", "41");
}

static void
test_revise_action (void)
{
  g_autoptr(CgCase) kase = load_fixture ();
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  g_autoptr(CgPlanChange) change = new_change (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "Weight still falling");
  g_autoptr(GDate) due = g_date_new_dmy (8, G_DATE_DECEMBER, 2026);
  g_autoptr(CgAction) weekly = NULL;
  g_autoptr(GError) error = NULL;

  weekly = cg_action_new_revision (cg_child_protection_plan_lookup_action (plan, "a1"),
                                   "Weigh A. weekly", "m2", due);
  cg_child_protection_plan_revise_action (plan, weekly, change, &error);
  g_assert_no_error (error);

  assert_saved (kase, "$.plan.actions[0].description", "\"Weigh A. weekly\"");
  assert_saved (kase, "$.plan.actions[0].x_ticket", "41");
}

static void
test_revise_outcome (void)
{
  g_autoptr(CgCase) kase = load_fixture ();
  g_autoptr(CgPlanChange) change = new_change (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "Review conference");
  g_autoptr(CgOutcome) revised = cg_outcome_new ("o1", "A. gains weight steadily",
                                                 "Weight on the 25th centile by review");
  g_autoptr(GError) error = NULL;

  cg_child_protection_plan_revise_outcome (cg_case_get_plan (kase), revised, change, &error);
  g_assert_no_error (error);

  assert_saved (kase, "$.plan.outcomes[0].description", "\"A. gains weight steadily\"");
  assert_saved (kase, "$.plan.outcomes[0].x_goal_ref", "\"G-17\"");
}

static void
test_set_attendance (void)
{
  g_autoptr(CgCase) kase = load_fixture ();
  CgMeeting *meeting = cg_core_group_lookup_meeting (cg_case_get_core_group (kase), "cg1");
  g_autoptr(CgAttendance) present = cg_attendance_new ("m2", CG_ATTENDANCE_STATUS_PRESENT);

  cg_meeting_set_attendance (meeting, present);

  assert_saved (kase, "$.meetings[0].attendance[1].status", "\"present\"");
  assert_saved (kase, "$.meetings[0].attendance[1].x_note", "\"sent by email\"");
}

/* An item that replaces another and was itself read from a document keeps
 * its own value of an unknown field. */
static void
test_replacement_keeps_its_own (void)
{
  g_autoptr(CgCase) kase = load_fixture ();
  g_autoptr(CgCase) other = load_fixture_with ("\"G-17\"", "\"G-99\"");
  CgOutcome *revised = cg_child_protection_plan_lookup_outcome (cg_case_get_plan (other), "o1");
  g_autoptr(CgPlanChange) change = new_change (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "Review conference");
  g_autoptr(GError) error = NULL;

  cg_child_protection_plan_revise_outcome (cg_case_get_plan (kase), revised, change, &error);
  g_assert_no_error (error);

  assert_saved (kase, "$.plan.outcomes[0].x_goal_ref", "\"G-99\"");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/unknown-fields/complete-action", test_complete_action);
  g_test_add_func ("/unknown-fields/revise-action", test_revise_action);
  g_test_add_func ("/unknown-fields/revise-outcome", test_revise_outcome);
  g_test_add_func ("/unknown-fields/set-attendance", test_set_attendance);
  g_test_add_func ("/unknown-fields/replacement-keeps-its-own", test_replacement_keeps_its_own);

  return g_test_run ();
}
