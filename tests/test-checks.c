/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The checks, each under its own GTest path (/rules/<check-id>/...), then
 * every check of each policy on the example cases (/checks/example/...). */

#include "test-fixtures.h"

/* The day the hand-made cases are read on. */
#define TODAY "2026-11-20"

/* A core group on Tue 17 Nov attended by the lead social worker alone and
 * a visit on 18 Nov by the lead social worker, who saw the child with a
 * parent; no plan at all. */
static CgCase *
plain_case (void)
{
  return CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")),
               .contacts = SEEN ("c1", "2026-11-18", "m1"));
}

/* The same for a pre-verbal child, with a plan that lacks actions and
 * contact arrangements and whose history records two removals: one by the
 * core group, one by a conference. */
static CgCase *
baby_case (void)
{
  return CASE (.icpc = "2026-11-05",
    .child = "{ \"name\": \"Baby (fictional)\", \"pre_verbal\": true }",
    .members = MEMBER ("m1", "Lead", "lead-social-worker", ""),
    .plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe\" } ],"
            "  \"needs\": [ \"Meals\" ], \"risks\": [ \"Neglect\" ], \"contingency\": \"Legal meeting\","
            "  \"history\": ["
            "    { \"date\": \"2026-11-17\", \"author\": \"Lead\", \"reason\": \"Done with\", \"source\": \"core-group\","
            "      \"kind\": \"remove-action\", \"target\": \"a1\" },"
            "    { \"date\": \"2026-11-18\", \"author\": \"Chair\", \"reason\": \"Review\", \"source\": \"conference\","
            "      \"kind\": \"remove-action\", \"target\": \"a2\" } ] }",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")),
    .contacts = SEEN ("c1", "2026-11-18", "m1"));
}

/* quorum */

/* Suffolk 4.7 quorum, with a substitute counting as present (doc/json-format.md). */
static void
test_quorum_substitutes (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") ", " ATTENDANCE ("m2", "substitute")) ","
                CG ("cg2", "2026-12-15", PRESENT ("m1") "," PRESENT ("m3")
                    ", { \"member\": \"m2\", \"status\": \"apologies\", \"written_report\": true }"));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-16");
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2026-12-16");

  assert_finding (report, "quorum", "cg2", CG_SEVERITY_ERROR,
                  "Core group of 15 Dec 2026 was not quorate: only 1 professional member attended (Suffolk 4.7)");
  /* Haringey has no quorum rule: the same record gives no quorum finding. */
  assert_findings (haringey, "quorum", "");
}

/* first-meeting-chair, chair-not-agreed, chair-is-key-worker */

/* A first core group chaired by the key worker, which agreed a chair but
 * no vice chair. */
static CgCase *
case_chaired_by_key_worker (void)
{
  return CASE (.icpc = "2026-11-05",
    .meetings = "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-11-17\", \"chair\": \"m1\","
                "  \"agreed_chair\": \"m1\", \"attendance\": [" PRESENT ("m1") "] }");
}

/* Haringey: the team manager chairs the first core group. */
static void
test_first_meeting_chair_key_worker (void)
{
  g_autoptr(CgCase) kase = case_chaired_by_key_worker ();
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, TODAY);
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, TODAY);

  assert_finding (haringey, "first-meeting-chair", "cg1", CG_SEVERITY_WARNING,
                  "Core group of 17 Nov 2026, the first, was chaired by Lead, not the key worker's team manager "
                  "(Haringey, \"Chairing of meetings\")");
  assert_findings (wales, "first-meeting-chair", "");
}

/* Haringey: the first core group agrees a chair and vice chair. */
static void
test_chair_not_agreed_vice_chair (void)
{
  g_autoptr(CgCase) kase = case_chaired_by_key_worker ();
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, TODAY);

  assert_finding (haringey, "chair-not-agreed", "cg1", CG_SEVERITY_WARNING,
                  "Core group of 17 Nov 2026, the first, did not agree a vice chair (Haringey, \"Frequency of meetings\")");
}

/* South East Wales: separate key working from chairing. */
static void
test_chair_is_key_worker (void)
{
  g_autoptr(CgCase) kase = case_chaired_by_key_worker ();
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, TODAY);

  assert_finding (wales, "chair-is-key-worker", "cg1", CG_SEVERITY_INFO,
                  "Core group of 17 Nov 2026 was chaired by the key worker; good practice is for another member "
                  "to chair (South East Wales, \"The Core Group should\" (AWCPP good practice))");
}

/* not-seen-alone */

/* The plain case: a verbal child seen with a parent present; a pre-verbal
 * child is not asked to be seen alone. */
static void
test_not_seen_alone_pre_verbal (void)
{
  g_autoptr(CgCase) kase = plain_case ();
  g_autoptr(CgCase) baby = baby_case ();
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);
  g_autoptr(CgReport) baby_report = evaluate ("suffolk", baby, TODAY);

  assert_finding (report, "not-seen-alone", "c1", CG_SEVERITY_WARNING,
                  "The lead social worker's visit of 18 Nov 2026 did not see the child alone (Suffolk 8.1)");
  assert_findings (baby_report, "not-seen-alone", "");
}

/* plan-incomplete */

/* Suffolk 7.2: each required section that is empty, once the first core
 * group has been held. */
static void
test_plan_incomplete_sections (void)
{
  g_autoptr(CgCase) kase = plain_case ();
  g_autoptr(CgCase) baby = baby_case ();
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);
  g_autoptr(CgReport) baby_report = evaluate ("suffolk", baby, TODAY);

  /* No plan at all. */
  assert_findings_are (report, "plan-incomplete", "T-1,T-1,T-1,T-1,T-1,T-1", CG_SEVERITY_WARNING,
                       "The child protection plan has no outcomes (Suffolk 7.2);"
                       "The child protection plan has no actions (Suffolk 7.2);"
                       "The child protection plan has no needs (Suffolk 7.2);"
                       "The child protection plan has no risks (Suffolk 7.2);"
                       "The child protection plan has no contingency (Suffolk 7.2);"
                       "The child protection plan has no contact-arrangements (Suffolk 7.2);");
  /* The plan as given. */
  assert_findings_are (baby_report, "plan-incomplete", "T-1,T-1", CG_SEVERITY_WARNING,
                       "The child protection plan has no actions (Suffolk 7.2);"
                       "The child protection plan has no contact-arrangements (Suffolk 7.2);");
}

/* agreed-item-removed */

/* Suffolk 2.3, 3.4: a removal recorded as the core group's, not one by a
 * conference. */
static void
test_agreed_item_removed_by_core_group (void)
{
  g_autoptr(CgCase) baby = baby_case ();
  g_autoptr(CgReport) baby_report = evaluate ("suffolk", baby, TODAY);

  assert_finding (baby_report, "agreed-item-removed", "a1", CG_SEVERITY_ERROR,
                  "The core group removed agreed action “a1” on 17 Nov 2026; only a conference may (Suffolk 2.3, 3.4)");
}

/* The example cases, as a social worker would read them on 20 Jan 2027:
 * every check of each policy, firing and not firing. */
static void
test_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");

  assert_findings (report, "quorum", "cg3");
  assert_findings (report, "absent-without-report", "m4,m4,m6");
  assert_findings (report, "child-views-missing", "cg3");
  assert_findings (report, "next-meeting-missing", "cg3");
  assert_findings (report, "interpreter-missing", "cg3");
  assert_findings (report, "not-seen-alone", "c6");
  assert_findings (report, "action-overdue", "a2");
  assert_findings (report, "attendance-concern", "m4");
  assert_findings (report, "plan-incomplete", "");
  assert_findings (report, "agreed-item-removed", "");
  assert_findings (report, "outcome-changed-outside-conference", "");
  assert_findings (report, "change-without-reason", "");
  /* Not Suffolk checks. */
  assert_findings (report, "key-worker-absent", "");
  assert_findings (report, "chair-is-key-worker", "");
}

static void
test_haringey_example (void)
{
  g_autoptr(CgCase) kase = load_example ("haringey-school-move.json");
  g_autoptr(CgReport) report = evaluate ("haringey", kase, "2027-01-20");
  g_autoptr(CgReport) as_suffolk = evaluate ("suffolk", kase, "2027-01-20");

  assert_findings (report, "key-worker-absent", "cg3");
  assert_findings (report, "first-meeting-chair", "");
  assert_findings (report, "chair-not-agreed", "");
  assert_findings (report, "not-seen-alone", "c7");
  assert_findings (report, "plan-incomplete", "");

  /* Its history has an outcome added by the core group and a change with
   * no reason: Suffolk's checks report them (Suffolk 7.3, 2.3). */
  assert_findings (as_suffolk, "outcome-changed-outside-conference", "o2");
  assert_findings (as_suffolk, "change-without-reason", "a3");
  assert_findings (as_suffolk, "agreed-item-removed", "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rules/quorum/substitutes", test_quorum_substitutes);
  g_test_add_func ("/rules/first-meeting-chair/key-worker", test_first_meeting_chair_key_worker);
  g_test_add_func ("/rules/chair-not-agreed/vice-chair", test_chair_not_agreed_vice_chair);
  g_test_add_func ("/rules/chair-is-key-worker/key-worker", test_chair_is_key_worker);
  g_test_add_func ("/rules/not-seen-alone/pre-verbal", test_not_seen_alone_pre_verbal);
  g_test_add_func ("/rules/plan-incomplete/sections", test_plan_incomplete_sections);
  g_test_add_func ("/rules/agreed-item-removed/by-core-group", test_agreed_item_removed_by_core_group);
  g_test_add_func ("/checks/example/suffolk-neglect", test_suffolk_example);
  g_test_add_func ("/checks/example/haringey-school-move", test_haringey_example);

  return g_test_run ();
}
