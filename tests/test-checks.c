/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The checks, one GTest path per check (/rules/<check-id>/...): each fires
 * on a record that breaks it and stays silent on one that keeps it, with
 * the subject, severity and message a social worker reads. Then every
 * check of each policy on the example cases (/checks/example/...). */

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
 * core group, one by the initial conference (a change recorded as a
 * conference's on a day no conference sat is the core group's). */
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
            "    { \"date\": \"2026-11-05\", \"author\": \"Chair\", \"reason\": \"Review\", \"source\": \"conference\","
            "      \"kind\": \"remove-action\", \"target\": \"a2\" } ] }",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")),
    .contacts = SEEN ("c1", "2026-11-18", "m1"));
}

/* A plan holding only the history of changes the history checks read. */
#define HISTORY(changes) "{ \"history\": [ " changes " ] }"
#define CHANGE(date, source, kind, target, fields) \
  "{ \"date\": \"" date "\", \"author\": \"Lead\", \"source\": \"" source "\", \"kind\": \"" kind "\"," \
  "  \"target\": \"" target "\"" fields " }"

static CgReport *
evaluate_history (const char *plan)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .plan = plan);

  return evaluate ("suffolk", kase, TODAY);
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

/* The lead social worker and a parent are one professional: not quorate.
 * A parent alone is none. Two professionals are a quorum. */
static void
test_quorum_one_professional (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," PRESENT ("m3") "," ATTENDANCE ("m2", "absent")) ","
                CG ("cg2", "2026-11-18", PRESENT ("m3")) ","
                CG ("cg3", "2026-11-19", PRESENT ("m1") "," PRESENT ("m4")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_findings_are (report, "quorum", "cg1,cg2", CG_SEVERITY_ERROR,
                       "Core group of 17 Nov 2026 was not quorate: only 1 professional member attended (Suffolk 4.7);"
                       "Core group of 18 Nov 2026 was not quorate: only 0 professional members attended (Suffolk 4.7);");
}

/* A policy may ask for more: with a minimum of three, two professionals
 * are not enough. */
static void
test_quorum_policy_minimum (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = registry_with (
    "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"three\", \"name\": \"Three\","
    "  \"extends\": \"suffolk\", \"checks\": { \"quorum\": { \"minimum\": 3, \"source\": \"Three 1\" } } }", &error);
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," PRESENT ("m2")) ","
                CG ("cg2", "2026-11-18", PRESENT ("m1") "," PRESENT ("m2") "," PRESENT ("m4")));
  g_autoptr(CgReport) report = NULL;

  g_assert_no_error (error);
  report = evaluate_policy (cg_policy_registry_lookup (registry, "three"), kase, TODAY);
  assert_finding (report, "quorum", "cg1", CG_SEVERITY_ERROR,
                  "Core group of 17 Nov 2026 was not quorate: only 2 professional members attended (Three 1)");
}

/* key-worker-absent */

/* Haringey: the key worker or a representative always attends. The key
 * worker is the lead social worker, represented only by their own
 * substitute entry. The health visitor alone is not a representative; nor
 * is the team manager who came in their own right, or chaired (the
 * finding names them, so the record can be corrected if they stood in).
 * The key worker present, or their briefed substitute, is. */
static void
test_key_worker_absent (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m2") "," ATTENDANCE ("m1", "apologies")) ","
                CG ("cg2", "2026-11-18", PRESENT ("m2") "," ATTENDANCE ("m1", "substitute")) ","
                CG_WITH ("cg3", "2026-11-19", PRESENT ("m2") "," PRESENT ("m5"), ", \"chair\": \"m5\"") ","
                CG ("cg4", "2026-11-20", PRESENT ("m1") "," PRESENT ("m2")));
  g_autoptr(CgReport) report = evaluate ("haringey", kase, TODAY);

  assert_findings_are (report, "key-worker-absent", "cg1,cg3", CG_SEVERITY_ERROR,
                       "Core group of 17 Nov 2026 went ahead without the key worker or a substitute for them "
                       "(Haringey, \"Attendance at meetings\");"
                       "Core group of 19 Nov 2026 went ahead without the key worker or a substitute for them "
                       "(Manager attended in their own right; if one stood in for the key worker, record the key "
                       "worker's attendance as substitute) (Haringey, \"Attendance at meetings\");");
}

/* absent-without-report */

/* Suffolk 4.6: a professional who misses a core group sends a written
 * report. The health visitor sent apologies only; the teacher, absent,
 * sent a report; a parent is not asked for one; the team manager sent a
 * substitute. */
static void
test_absent_without_report (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .members = DEFAULT_MEMBERS "," MEMBER ("m6", "Nurse", "school-nurse", ", \"agency\": \"NHS\""),
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," ATTENDANCE ("m2", "apologies") ","
                    "{ \"member\": \"m4\", \"status\": \"absent\", \"written_report\": true },"
                    ATTENDANCE ("m3", "absent") "," ATTENDANCE ("m5", "substitute") ","
                    ATTENDANCE ("m6", "absent")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);
  g_autoptr(CgReport) hertfordshire = evaluate ("hertfordshire", kase, TODAY);
  g_autoptr(CgReport) england = evaluate ("england", kase, TODAY);

  assert_findings_are (report, "absent-without-report", "m2,m6", CG_SEVERITY_WARNING,
                       "Health (no agency recorded) missed the Core group of 17 Nov 2026 and sent no "
                       "written report (Suffolk 4.6);"
                       "Nurse (NHS) missed the Core group of 17 Nov 2026 and sent no written report "
                       "(Suffolk 4.6);");
  /* Hertfordshire asks for notice, a substitute or a summary too. */
  assert_findings (hertfordshire, "absent-without-report", "m2,m6");
  assert_findings (england, "absent-without-report", "");
}

/* child-views-missing */

/* Suffolk 3.3, 6.1: the child's views at every core group. Missing and
 * blank are the same; recorded views are enough. */
static void
test_child_views_missing (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) ","
                CG_WITH ("cg2", "2026-11-18", PRESENT ("m1"), ", \"child_views\": \"  \"") ","
                CG_WITH ("cg3", "2026-11-19", PRESENT ("m1"), ", \"child_views\": \"Wants to stay at school\""));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_findings_are (report, "child-views-missing", "cg1,cg2", CG_SEVERITY_WARNING,
                       "Core group of 17 Nov 2026 did not record the child's views, wishes and feelings "
                       "(Suffolk 3.3, 6.1);"
                       "Core group of 18 Nov 2026 did not record the child's views, wishes and feelings "
                       "(Suffolk 3.3, 6.1);");
}

/* next-meeting-missing */

/* Suffolk 3.5: the date and venue of the next meeting, minuted at the end
 * of each. The message says which is missing. A meeting held on the day
 * the plan ended has no next meeting to arrange. */
static void
test_next_meeting_missing (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .extra = "\"plan_ended\": \"2026-11-20\",",
    .meetings = CG ("cg1", "2026-11-16", PRESENT ("m1")) ","
                CG_WITH ("cg2", "2026-11-17", PRESENT ("m1"), ", \"next_meeting\": { \"date\": \"2026-12-01\" }") ","
                CG_WITH ("cg3", "2026-11-18", PRESENT ("m1"), ", \"next_meeting\": { \"venue\": \"School\" }") ","
                CG_WITH ("cg4", "2026-11-19", PRESENT ("m1"),
                         ", \"next_meeting\": { \"date\": \"2026-12-01\", \"venue\": \"School\" }") ","
                CG ("cg5", "2026-11-20", PRESENT ("m1")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_findings_are (report, "next-meeting-missing", "cg1,cg2,cg3", CG_SEVERITY_WARNING,
                       "Core group of 16 Nov 2026 did not record the date and venue of the next meeting (Suffolk 3.5);"
                       "Core group of 17 Nov 2026 did not record the venue of the next meeting (Suffolk 3.5);"
                       "Core group of 18 Nov 2026 did not record the date of the next meeting (Suffolk 3.5);");
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

/* No chair recorded is reported too; a first meeting chaired by the team
 * manager is right, and later meetings may be chaired by anyone. */
static void
test_first_meeting_chair_team_manager (void)
{
  g_autoptr(CgCase) none = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
  g_autoptr(CgCase) manager = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m5"), ", \"chair\": \"m5\"") ","
                CG_WITH ("cg2", "2026-11-18", PRESENT ("m1"), ", \"chair\": \"m1\""));
  g_autoptr(CgReport) a = evaluate ("haringey", none, TODAY);
  g_autoptr(CgReport) b = evaluate ("haringey", manager, TODAY);

  assert_finding (a, "first-meeting-chair", "cg1", CG_SEVERITY_WARNING,
                  "Core group of 17 Nov 2026, the first, has no chair recorded; it should be chaired by the key "
                  "worker's team manager (Haringey, \"Chairing of meetings\")");
  assert_findings (b, "first-meeting-chair", "");
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

/* Neither agreed, or only the vice chair: the message names what is
 * missing. Both agreed: nothing to report. Only the first meeting is asked. */
static void
test_chair_not_agreed_which (void)
{
  g_autoptr(CgCase) neither = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
  g_autoptr(CgCase) vice_only = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m1"), ", \"agreed_vice_chair\": \"m2\""));
  g_autoptr(CgCase) both = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m1"),
                         ", \"agreed_chair\": \"m5\", \"agreed_vice_chair\": \"m2\"") ","
                CG ("cg2", "2026-11-18", PRESENT ("m1")));
  g_autoptr(CgReport) a = evaluate ("haringey", neither, TODAY);
  g_autoptr(CgReport) b = evaluate ("haringey", vice_only, TODAY);
  g_autoptr(CgReport) c = evaluate ("haringey", both, TODAY);

  g_assert_cmpstr (cg_finding_get_message (finding (a, "chair-not-agreed", 0)), ==,
                   "Core group of 17 Nov 2026, the first, did not agree a chair and vice chair "
                   "(Haringey, \"Frequency of meetings\")");
  g_assert_cmpstr (cg_finding_get_message (finding (b, "chair-not-agreed", 0)), ==,
                   "Core group of 17 Nov 2026, the first, did not agree a chair (Haringey, \"Frequency of meetings\")");
  assert_findings (c, "chair-not-agreed", "");
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

/* Chaired by another member, or with no chair recorded: nothing to say. */
static void
test_chair_is_key_worker_other_chair (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", PRESENT ("m1"), ", \"chair\": \"m2\"") ","
                CG ("cg2", "2026-11-18", PRESENT ("m1")) ","
                CG_WITH ("cg3", "2026-11-19", PRESENT ("m1"), ", \"chair\": \"m1\""));
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, TODAY);

  assert_findings (wales, "chair-is-key-worker", "cg3");
}

/* interpreter-missing */

/* Suffolk 5.1: a member who needs an interpreter attended without one.
 * Provided one, or not attending, there is nothing to report. */
static void
test_interpreter_missing (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .members = DEFAULT_MEMBERS "," MEMBER ("m6", "Father", "parent", ", \"needs_interpreter\": true"),
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," PRESENT ("m3") "," PRESENT ("m6")) ","
                CG ("cg2", "2026-11-18", PRESENT ("m1")
                    ", { \"member\": \"m6\", \"status\": \"present\", \"interpreter\": true }") ","
                CG ("cg3", "2026-11-19", PRESENT ("m1") "," ATTENDANCE ("m6", "apologies")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_finding (report, "interpreter-missing", "cg1", CG_SEVERITY_WARNING,
                  "Father needs an interpreter but attended the Core group of 17 Nov 2026 without one (Suffolk 5.1)");
}

/* not-seen-alone */

/* The plain case: a verbal child seen with a parent present; a pre-verbal
 * child is not asked to be seen alone. */
static void
test_not_seen_alone_pre_verbal (void)
{
  g_autoptr(CgCase) kase = plain_case ();
  g_autoptr(CgCase) baby = baby_case ();
  g_autoptr(CgReport) report = evaluate ("haringey", kase, TODAY);
  g_autoptr(CgReport) baby_report = evaluate ("haringey", baby, TODAY);
  g_autoptr(CgReport) suffolk_baby = evaluate ("suffolk", baby, TODAY);

  assert_finding (report, "not-seen-alone", "c1", CG_SEVERITY_WARNING,
                  "The lead social worker's visit of 18 Nov 2026 did not see the child alone "
                  "(Haringey, \"The key worker\")");
  assert_findings (baby_report, "not-seen-alone", "");
  assert_findings (suffolk_baby, "not-seen-alone", "");
}

/* Only the lead social worker's visits in which the child was seen, up to
 * today, are asked; one seen alone is right. A contact without an id is
 * named by its place in the record. */
static void
test_not_seen_alone_lead_social_worker_visits (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .contacts = "{ \"id\": \"c1\", \"date\": \"2026-11-10\", \"by\": \"m1\", \"seen\": true, \"seen_alone\": true },"
                SEEN ("c2", "2026-11-11", "m2") ","
                "{ \"id\": \"c3\", \"date\": \"2026-11-12\", \"by\": \"m1\", \"seen\": false },"
                SEEN ("c4", "2026-11-23", "m1") ","
                "{ \"date\": \"2026-11-13\", \"by\": \"m1\", \"seen\": true, \"seen_alone\": false }");
  g_autoptr(CgReport) report = evaluate ("haringey", kase, TODAY);

  assert_findings (report, "not-seen-alone", "contacts[4]");
}

/* Suffolk 8.1, some-visits: two lead social worker visits in a row not
 * alone make a finding on the second, and each further one in the run
 * makes another; a visit alone ends the run; the health visitor's contact
 * between them neither ends nor extends it; the record's order does not
 * matter, only the dates. One visit not alone after a visit alone is no
 * finding under Suffolk, and is one under Haringey. */
static void
test_not_seen_alone_some_visits (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .contacts = SEEN ("v3", "2026-11-12", "m1") ","
                SEEN ("v1", "2026-11-06", "m1") ","
                SEEN ("hv", "2026-11-09", "m2") ","
                SEEN ("v2", "2026-11-10", "m1") ","
                "{ \"id\": \"v4\", \"date\": \"2026-11-16\", \"by\": \"m1\", \"seen\": true, \"seen_alone\": true },"
                SEEN ("v5", "2026-11-18", "m1"));
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, TODAY);
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, TODAY);

  assert_findings_are (suffolk, "not-seen-alone", "v2,v3", CG_SEVERITY_WARNING,
                       "The lead social worker's visit of 10 Nov 2026 did not see the child alone: 2 visits in a row "
                       "without seeing them alone (Suffolk 8.1);"
                       "The lead social worker's visit of 12 Nov 2026 did not see the child alone: 3 visits in a row "
                       "without seeing them alone (Suffolk 8.1);");
  assert_findings (haringey, "not-seen-alone", "v1,v2,v3,v5");
}

/* A mode the catalogue does not know is refused with its path. */
static void
test_not_seen_alone_mode_checked (void)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_policy_registry_load_data (registry,
                                                "{\"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\","
                                                " \"name\": \"X\", \"extends\": \"england\", \"checks\":"
                                                " {\"not-seen-alone\": {\"mode\": \"most-visits\", \"source\": \"X\"}}}",
                                                -1, "x.json", &error));
  g_assert_cmpstr (error->message, ==, "x.json: checks.not-seen-alone.mode: not one of every-visit, some-visits");
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

/* Not judged before the first core group, which develops the plan; an
 * empty list and blank text are empty; the policy names the sections
 * (Haringey asks for strengths, not risks). */
static void
test_plan_incomplete_policy_sections (void)
{
  g_autoptr(CgCase) early = CASE (.icpc = "2026-11-05", .meetings = CG ("cg1", "2026-11-25", PRESENT ("m1")));
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe\" } ],"
            "  \"actions\": [ { \"id\": \"a1\", \"description\": \"Weigh\" } ], \"needs\": [],"
            "  \"risks\": [ \"Neglect\" ], \"contingency\": \" \", \"contact_arrangements\": \"Weekly\" }",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
  g_autoptr(CgReport) before = evaluate ("suffolk", early, TODAY);
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, TODAY);
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, TODAY);
  g_autoptr(CgReport) hackney = evaluate ("city-and-hackney", kase, TODAY);
  g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, TODAY);
  g_autoptr(CgReport) hertfordshire = evaluate ("hertfordshire", kase, TODAY);

  assert_findings (before, "plan-incomplete", "");
  /* City & Hackney names needs, risks and strengths but no contingency. */
  assert_findings_are (hackney, "plan-incomplete", "T-1,T-1", CG_SEVERITY_WARNING,
                       "The child protection plan has no needs (City & Hackney, \"The Child Protection Plan\");"
                       "The child protection plan has no strengths (City & Hackney, \"The Child Protection Plan\");");
  /* South East Wales: outcomes, risks, contingency, contact arrangements. */
  assert_findings_are (wales, "plan-incomplete", "T-1", CG_SEVERITY_WARNING,
                       "The child protection plan has no contingency (South East Wales, \"The Core Group should\");");
  assert_findings (hertfordshire, "plan-incomplete", "");
  assert_findings_are (suffolk, "plan-incomplete", "T-1,T-1", CG_SEVERITY_WARNING,
                       "The child protection plan has no needs (Suffolk 7.2);"
                       "The child protection plan has no contingency (Suffolk 7.2);");
  assert_findings_are (haringey, "plan-incomplete", "T-1,T-1,T-1", CG_SEVERITY_WARNING,
                       "The child protection plan has no needs (Haringey, \"The child protection plan\");"
                       "The child protection plan has no strengths (Haringey, \"The child protection plan\");"
                       "The child protection plan has no contingency (Haringey, \"The child protection plan\");");
}

/* chair-absent, attendance-not-recorded: checks of the record itself,
 * applied by every built-in policy. */

static const char * const every_policy[] = {
  "england", "wales", "scotland", "northern-ireland", "suffolk", "haringey", "city-and-hackney",
  "south-east-wales", "hertfordshire",
};

/* The chair recorded absent (cg1) or sending apologies (cg2) cannot have
 * chaired; a chair present (cg3), or a chair with no entry, raises nothing
 * here. */
static void
test_chair_absent (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG_WITH ("cg1", "2026-11-17", ATTENDANCE ("m2", "absent") "," PRESENT ("m1"), ", \"chair\": \"m2\"") ","
                CG_WITH ("cg2", "2026-11-18", ATTENDANCE ("m5", "apologies") "," PRESENT ("m1"), ", \"chair\": \"m5\"") ","
                CG_WITH ("cg3", "2026-11-19", PRESENT ("m5") "," PRESENT ("m1"), ", \"chair\": \"m5\"") ","
                CG_WITH ("cg4", "2026-11-20", PRESENT ("m1"), ", \"chair\": \"m4\""));

  for (guint i = 0; i < G_N_ELEMENTS (every_policy); i++)
    {
      g_autoptr(CgReport) report = evaluate (every_policy[i], kase, TODAY);

      g_test_message ("%s", every_policy[i]);
      assert_findings (report, "chair-absent", "cg1,cg2");
    }
}

/* A professional member with no attendance entry is reported for each
 * core group; a parent is not, nor a member with any entry at all. */
static void
test_attendance_not_recorded (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," PRESENT ("m2") "," ATTENDANCE ("m4", "apologies") ","
                    ATTENDANCE ("m5", "substitute")) ","
                CG ("cg2", "2026-11-18", PRESENT ("m1") "," PRESENT ("m2") "," PRESENT ("m4")));

  for (guint i = 0; i < G_N_ELEMENTS (every_policy); i++)
    {
      g_autoptr(CgReport) report = evaluate (every_policy[i], kase, TODAY);

      g_test_message ("%s", every_policy[i]);
      assert_findings (report, "attendance-not-recorded", "m5");
    }
}

/* Members join and leave as the events say: the new health visitor (m6)
 * from the change of professional on 1 Dec, when m2 leaves; the new
 * school's teacher (m7) from the school move on 2 Dec. */
static void
test_attendance_not_recorded_membership (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .members = DEFAULT_MEMBERS "," MEMBER ("m6", "New HV", "health-visitor", "") ","
               MEMBER ("m7", "New Teacher", "teacher", ", \"agency\": \"Oak Lane Primary\""),
    .events = "{ \"id\": \"e1\", \"kind\": \"professional-change\", \"date\": \"2026-12-01\","
              "  \"previous_member\": \"m2\", \"new_member\": \"m6\" },"
              "{ \"id\": \"e2\", \"kind\": \"school-move\", \"date\": \"2026-12-02\", \"school\": \"Oak Lane Primary\" }",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1") "," PRESENT ("m2") "," PRESENT ("m4") "," PRESENT ("m5")) ","
                CG ("cg2", "2026-12-15", PRESENT ("m1") "," PRESENT ("m4") "," PRESENT ("m5")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-20");

  assert_findings (report, "attendance-not-recorded", "m6,m7");
}

/* Dates that cannot all be right: minutes before their meeting (cg2), a
 * core group before the initial conference (cg0), a core group and a
 * contact after the plan ended (cg9, c2), an action done before the plan
 * (a1). Minutes on the day of the meeting, a professionals' meeting before
 * the conference and a contact on the day the plan ended are fine. */
static void
test_record_date_inconsistent (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .extra = "\"plan_ended\": \"2026-12-10\",",
    .plan = "{ \"actions\": [ { \"id\": \"a1\", \"description\": \"Weigh\", \"completed\": \"2026-11-01\" },"
            "  { \"id\": \"a2\", \"description\": \"Refer\", \"completed\": \"2026-11-06\" } ] }",
    .meetings = "{ \"id\": \"cg0\", \"kind\": \"core-group\", \"date\": \"2026-11-02\" },"
                "{ \"id\": \"pm\", \"kind\": \"professionals\", \"date\": \"2026-11-03\" },"
                "{ \"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2026-11-17\", \"minutes_circulated\": \"2026-11-17\" },"
                "{ \"id\": \"cg2\", \"kind\": \"core-group\", \"date\": \"2026-11-24\", \"minutes_circulated\": \"2026-11-20\" },"
                "{ \"id\": \"cg9\", \"kind\": \"core-group\", \"date\": \"2026-12-15\" }",
    .contacts = "{ \"id\": \"c1\", \"date\": \"2026-12-10\", \"by\": \"m1\", \"seen\": true },"
                "{ \"id\": \"c2\", \"date\": \"2026-12-11\", \"by\": \"m1\", \"seen\": true }");

  for (guint i = 0; i < G_N_ELEMENTS (every_policy); i++)
    {
      g_autoptr(CgReport) report = evaluate (every_policy[i], kase, "2027-01-20");

      g_test_message ("%s", every_policy[i]);
      assert_findings_are (report, "record-date-inconsistent", "cg0,cg2,cg9,c2,a1", CG_SEVERITY_ERROR,
                           "meetings[0].date: a core group before the initial conference that set up the plan (the record's own consistency);"
                           "meetings[3].minutes_circulated: the minutes were circulated before the meeting was held (the record's own consistency);"
                           "meetings[4].date: a core group after the plan ended (the record's own consistency);"
                           "contacts[1].date: a contact after the plan ended (the record's own consistency);"
                           "plan.actions[0].completed: done before the initial conference made the plan (the record's own consistency);");
    }
}

/* Records dated after the day of evaluation are shown, and ignored by the
 * rules: the action done "in 2027" is still overdue on 20 Nov 2026. */
static void
test_record_after_today (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .plan = "{ \"actions\": [ { \"id\": \"a1\", \"description\": \"Weigh\", \"due\": \"2026-11-12\","
            "  \"completed\": \"2027-11-13\" } ] }",
    .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")) "," CG ("cg2", "2026-11-25", PRESENT ("m1")),
    .contacts = "{ \"date\": \"2026-11-30\", \"by\": \"m1\", \"seen\": true }",
    .events = "{ \"id\": \"e1\", \"kind\": \"significant-change\", \"date\": \"2026-11-20\" }");

  for (guint i = 0; i < G_N_ELEMENTS (every_policy); i++)
    {
      g_autoptr(CgReport) report = evaluate (every_policy[i], kase, TODAY);

      g_test_message ("%s", every_policy[i]);
      assert_findings (report, "record-after-today", "cg2,contacts[0],a1");
    }

  {
    g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, TODAY);

    assert_findings (suffolk, "action-overdue", "a1");
  }
}

/* plan-language */

static CgReport *
evaluate_plan (const char *policy,
               const char *plan)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .plan = plan);

  return evaluate (policy, kase, TODAY);
}

/* Suffolk 7.1: the procedures' words, found as whole words whatever their
 * case, each once, in the order the item uses them, with plainer words;
 * a term of two words is found with a hyphen or a space between them. */
static void
test_plan_language_jargon (void)
{
  g_autoptr(CgReport) report = evaluate_plan ("suffolk",
    "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"The ICPC asked for a CP plan after the s47 enquiry\","
    "                    \"measure\": \"No more cp concerns\" } ],"
    "  \"needs\": [ \"Safeguarding at school\" ],"
    "  \"risks\": [ \"Concerns raised at the strategy discussion, from the multi agency chronology\" ] }");

  assert_findings_are (report, "plan-language", "o1,plan.needs[0],plan.risks[0]", CG_SEVERITY_INFO,
                       "Outcome o1 may be hard for the family to understand: it uses ICPC (say: first child "
                       "protection conference), CP (say: child protection) and s47 (say: child protection enquiry) "
                       "(Suffolk 7.1);"
                       "The need at plan.needs[0] may be hard for the family to understand: it uses Safeguarding "
                       "(say: keeping the child safe) (Suffolk 7.1);"
                       "The risk at plan.risks[0] may be hard for the family to understand: it uses strategy "
                       "discussion (say: professionals' meeting about the child's safety), multi agency (say: the "
                       "services working together) and chronology (say: list of what happened and when) "
                       "(Suffolk 7.1);");
}

/* An abbreviation is not found inside another word (TAF in "staff", CIN in
 * "cinema", LAC in "black", CP in "CPP"), nor, for MASH, LAC and TAF, in
 * lower case, where it is an everyday word. */
static void
test_plan_language_whole_words (void)
{
  g_autoptr(CgReport) report = evaluate_plan ("suffolk",
    "{ \"actions\": ["
    "    { \"id\": \"a1\", \"description\": \"Staff at the cinema make mash with black beans\" },"
    "    { \"id\": \"a2\", \"description\": \"Put the CPP dates and the MASH phone number in the diary\" } ] }");

  assert_findings_are (report, "plan-language", "a2", CG_SEVERITY_INFO,
                       "Action a2 may be hard for the family to understand: it uses CPP (say: child protection "
                       "plan) and MASH (say: children's services' first contact team) (Suffolk 7.1);");
}

/* A term is found where the text uses all of it, not where its first
 * word first appears ("core" of the core group before the core
 * assessment), once however often it is used, and where it ends the text. */
static void
test_plan_language_first_word (void)
{
  g_autoptr(CgReport) report = evaluate_plan ("suffolk",
    "{ \"actions\": ["
    "    { \"id\": \"a1\", \"description\": \"The core group books a core assessment, then a Core Assessment "
    "again, at the LADO\" } ] }");

  assert_findings_are (report, "plan-language", "a1", CG_SEVERITY_INFO,
                       "Action a1 may be hard for the family to understand: it uses core assessment (say: "
                       "assessment of what the child and family need) and LADO (say: officer who looks into "
                       "worries about adults who work with children) (Suffolk 7.1);");
}

/* 26 words of one syllable in one sentence, with an initial ("K.") that
 * does not end it: too long, but easy to read (206.835 - 1.015 × 26 -
 * 84.6 × 1 = 95.8). The same sentence without its last word is 25 words,
 * as many as the policy allows. */
static void
test_plan_language_long_sentence (void)
{
  g_autoptr(CgReport) report = evaluate_plan ("suffolk",
    "{ \"strengths\": ["
    "    \"K. and the kids will see us at home each week and we will ask how you are and what help you want from us now.\","
    "    \"K. and the kids will see us at home each week and we will ask how you are and what help you want from us.\" ] }");

  assert_findings_are (report, "plan-language", "plan.strengths[0]", CG_SEVERITY_INFO,
                       "The strength at plan.strengths[0] may be hard for the family to understand: its longest "
                       "sentence has 26 words, more than 25 (Suffolk 7.1);");
}

/* Two sentences of 12 and 8 words, 20 in all, of 66 syllables as the rule
 * of thumb counts them (doc/rules.md): Professionals 4, will 1, regularly
 * 4, evaluate 3 (silent e), parenting 3, capacity 4, and 1, household 3,
 * circumstances 4, throughout 2, the 1, intervention 4; Recommendations 5,
 * concerning 3, educational 5, opportunities 5, will 1, be 1,
 * communicated 5 (-ed after t is said), collaboratively 7. Reading ease
 * 206.835 - 1.015 × 20 / 2 - 84.6 × 66 / 20 = -82.5. The first sentence
 * alone, under 20 words, gets no score. The contingency plan and the
 * arrangements for seeing the child are read too. */
static void
test_plan_language_reading_ease (void)
{
  g_autoptr(CgReport) report = evaluate_plan ("suffolk",
    "{ \"contingency\": \"Professionals will regularly evaluate parenting capacity and household circumstances "
    "throughout the intervention. Recommendations concerning educational opportunities will be communicated "
    "collaboratively.\","
    "  \"contact_arrangements\": \"Professionals will regularly evaluate parenting capacity and household "
    "circumstances throughout the intervention.\" }");

  assert_findings_are (report, "plan-language", "plan.contingency", CG_SEVERITY_INFO,
                       "The contingency plan may be hard for the family to understand: its reading ease is -82, "
                       "below 50 (Suffolk 7.1);");
}

/* An item for professionals only is not the family's to read, so its
 * words are not judged; an entry's path counts every entry. */
static void
test_plan_language_professionals_only (void)
{
  g_autoptr(CgReport) report = evaluate_plan ("suffolk",
    "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"ICPC and MASH agree the CP plan\","
    "                    \"audience\": \"professionals\" } ],"
    "  \"actions\": [ { \"id\": \"a1\", \"description\": \"LADO referral\", \"audience\": \"professionals\" } ],"
    "  \"risks\": [ { \"text\": \"s47 enquiry into the father\", \"audience\": \"professionals\" },"
    "              \"The LADO is looking into the coach\" ] }");

  assert_findings_are (report, "plan-language", "plan.risks[1]", CG_SEVERITY_INFO,
                       "The risk at plan.risks[1] may be hard for the family to understand: it uses LADO (say: "
                       "officer who looks into worries about adults who work with children) (Suffolk 7.1);");
}

/* City & Hackney applies it with the catalogue's figures; a policy may
 * set its own; Haringey does not apply it. */
static void
test_plan_language_policies (void)
{
  const char *plan = "{ \"actions\": [ { \"id\": \"a1\", \"description\": "
                     "\"Tell the school about the new plan and ask them to call if they see any marks\" } ] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = registry_with (
    "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"short\", \"name\": \"Short\","
    "  \"extends\": \"suffolk\", \"checks\": { \"plan-language\": { \"max_sentence_words\": 10,"
    "  \"source\": \"Short 7.1\" } } }", &error);
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05", .plan = plan);
  g_autoptr(CgReport) hackney = evaluate_plan ("city-and-hackney", plan);
  g_autoptr(CgReport) haringey = evaluate_plan ("haringey",
    "{ \"actions\": [ { \"id\": \"a1\", \"description\": \"ICPC\" } ] }");
  g_autoptr(CgReport) shorter = NULL;

  g_assert_no_error (error);
  shorter = evaluate_policy (cg_policy_registry_lookup (registry, "short"), kase, TODAY);
  assert_findings (hackney, "plan-language", "");
  assert_findings (haringey, "plan-language", "");
  assert_findings_are (shorter, "plan-language", "a1", CG_SEVERITY_INFO,
                       "Action a1 may be hard for the family to understand: its longest sentence has 17 words, "
                       "more than 10 (Short 7.1);");
}

/* action-overdue */

/* Suffolk 3.2: an agreed action past its due date and not done. Done
 * late, due today, or with no due date is not overdue. */
static void
test_action_overdue (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .plan = "{ \"actions\": ["
            "  { \"id\": \"a1\", \"description\": \"Weigh\", \"owner\": \"m2\", \"due\": \"2026-11-17\" },"
            "  { \"id\": \"a2\", \"description\": \"Refer\", \"owner\": \"m1\", \"due\": \"2026-11-17\","
            "    \"completed\": \"2026-11-18\" },"
            "  { \"id\": \"a3\", \"description\": \"Visit\", \"owner\": \"m1\", \"due\": \"2026-11-20\" },"
            "  { \"id\": \"a4\", \"description\": \"Review\" },"
            "  { \"id\": \"a5\", \"description\": \"Book\", \"due\": \"2026-11-19\" } ] }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_findings_are (report, "action-overdue", "a1,a5", CG_SEVERITY_WARNING,
                       "Action “Weigh” (Health) was due on 17 Nov 2026 and is not done (Suffolk 3.2);"
                       "Action “Book” (no owner) was due on 19 Nov 2026 and is not done (Suffolk 3.2);");
}

/* attendance-concern */

/* Suffolk 4.8: a professional who misses two core groups in a row, once
 * per run, at the meeting where the run reached two. The health visitor
 * misses cg1-cg3 (one finding, at cg2); the teacher misses cg1, attends
 * cg2, then misses cg3 and cg4 (one finding, at cg4). A parent is not
 * counted, nor is a member left off the attendance lists. */
static void
test_attendance_concern (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
    .members = MEMBER ("m1", "Lead", "lead-social-worker", "") ","
               MEMBER ("m2", "Health", "health-visitor", ", \"agency\": \"NHS\"") ","
               MEMBER ("m3", "Parent", "parent", "") ","
               MEMBER ("m4", "Teacher", "teacher", "") ","
               MEMBER ("m5", "Manager", "team-manager", ""),
    .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1") "," ATTENDANCE ("m2", "apologies") ","
                    ATTENDANCE ("m3", "absent") "," ATTENDANCE ("m4", "absent")) ","
                CG ("cg2", "2026-11-11", PRESENT ("m1") "," ATTENDANCE ("m2", "absent") ","
                    ATTENDANCE ("m3", "absent") "," PRESENT ("m4")) ","
                CG ("cg3", "2026-11-12", PRESENT ("m1") "," ATTENDANCE ("m2", "absent") ","
                    ATTENDANCE ("m3", "absent") "," ATTENDANCE ("m4", "apologies")) ","
                CG ("cg4", "2026-11-13", PRESENT ("m1") "," PRESENT ("m2") "," ATTENDANCE ("m4", "absent")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_findings_are (report, "attendance-concern", "m2,m4", CG_SEVERITY_WARNING,
                       "Health (NHS) has missed 2 core groups in a row, the last being the Core group of 11 Nov 2026; "
                       "the lead social worker tells the chair of the previous conference (Suffolk 4.8);"
                       "Teacher (no agency recorded) has missed 2 core groups in a row, the last being the Core group "
                       "of 13 Nov 2026; the lead social worker tells the chair of the previous conference (Suffolk 4.8);");

  /* Each policy names its own escalation route; Haringey's guidance has
   * no missed-meetings concern. */
  {
    g_autoptr(CgReport) wales = evaluate ("south-east-wales", kase, TODAY);
    g_autoptr(CgReport) herts = evaluate ("hertfordshire", kase, TODAY);
    g_autoptr(CgReport) haringey = evaluate ("haringey", kase, TODAY);

    assert_findings (wales, "attendance-concern", "m2,m4");
    g_assert_true (g_str_has_suffix (cg_finding_get_message (finding (wales, "attendance-concern", 0)),
                                     "; discuss it with the key worker and their manager, then between core group "
                                     "members, then with agency managers or designated safeguarding professionals; "
                                     "consider the Resolving Professional Differences protocol or multi-agency "
                                     "supervision (South East Wales, \"Escalation Process\")"));
    assert_findings (herts, "attendance-concern", "m2,m4");
    g_assert_true (g_str_has_suffix (cg_finding_get_message (finding (herts, "attendance-concern", 0)),
                                     "; discuss it within the core group, follow it up within your own agency, then "
                                     "escalate through the LSCP's escalation process (Hertfordshire, \"Professional "
                                     "Difference & Escalation\")"));
    assert_findings (haringey, "attendance-concern", "");
  }
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

/* An outcome removed by the core group too; revising an action is not a
 * removal. */
static void
test_agreed_item_removed_outcome (void)
{
  g_autoptr(CgReport) report = evaluate_history (HISTORY (
    CHANGE ("2026-11-17", "core-group", "remove-outcome", "o2", ", \"reason\": \"Met\"") ","
    CHANGE ("2026-11-18", "core-group", "revise-action", "a1", ", \"reason\": \"Later\"")));

  assert_finding (report, "agreed-item-removed", "o2", CG_SEVERITY_ERROR,
                  "The core group removed agreed outcome “o2” on 17 Nov 2026; only a conference may (Suffolk 2.3, 3.4)");
}

/* outcome-changed-outside-conference */

/* Suffolk 7.3: outcomes change only through a conference. An outcome added
 * or revised by the core group is reported; by a conference it is not,
 * and the core group may change actions. */
static void
test_outcome_changed_outside_conference (void)
{
  g_autoptr(CgReport) report = evaluate_history (HISTORY (
    CHANGE ("2026-11-17", "core-group", "add-outcome", "o2", ", \"reason\": \"New risk\"") ","
    CHANGE ("2026-11-17", "core-group", "revise-outcome", "o1", ", \"reason\": \"Clearer\"") ","
    CHANGE ("2026-11-05", "conference", "revise-outcome", "o1", ", \"reason\": \"Review\"") ","
    CHANGE ("2026-11-18", "core-group", "add-action", "a1", ", \"reason\": \"Agreed\"")));

  assert_findings_are (report, "outcome-changed-outside-conference", "o2,o1", CG_SEVERITY_ERROR,
                       "Outcome “o2” was added by the core group on 17 Nov 2026; outcomes change only "
                       "through a conference (Suffolk 7.3);"
                       "Outcome “o1” was changed by the core group on 17 Nov 2026; outcomes change only "
                       "through a conference (Suffolk 7.3);");
}

/* change-without-reason */

/* Suffolk 2.3, 3.4: every change to the plan has its reason. Missing and
 * blank are the same; a change with no target is named by its place. */
static void
test_change_without_reason (void)
{
  g_autoptr(CgReport) report = evaluate_history (HISTORY (
    CHANGE ("2026-11-17", "core-group", "add-action", "a1", "") ","
    CHANGE ("2026-11-18", "conference", "revise-action", "a1", ", \"reason\": \"Agreed\"") ","
    "{ \"date\": \"2026-11-19\", \"author\": \"Chair\", \"source\": \"conference\", \"kind\": \"update-section\","
    "  \"reason\": \" \" }"));

  assert_findings_are (report, "change-without-reason", "a1,plan.history[2]", CG_SEVERITY_ERROR,
                       "The change to the plan on 17 Nov 2026 by Lead has no recorded reason (Suffolk 2.3, 3.4);"
                       "The change to the plan on 19 Nov 2026 by Chair has no recorded reason (Suffolk 2.3, 3.4);");
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
  /* One visit not alone, after visits alone: Suffolk asks for more. */
  assert_findings (report, "not-seen-alone", "");
  assert_findings (report, "action-overdue", "a2");
  assert_findings (report, "attendance-concern", "m4");
  assert_findings (report, "plan-incomplete", "");
  /* Two long sentences; the risk for professionals only is not read. */
  assert_findings (report, "plan-language", "plan.contingency,plan.contact_arrangements");
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

  assert_findings (report, "key-worker-absent", "cg2,cg3");
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

/* cg_report_check_family: a joint meeting's date compared across two
 * cases of one family; a case of another family, or none, is passed over. */
static void
test_family_record_mismatch (void)
{
  g_autoptr(CgCase) first = load_example ("suffolk-neglect.json");
  g_autoptr(CgCase) second = load_example ("suffolk-neglect.json");
  g_autoptr(CgCase) stranger = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", first, "2027-01-20");
  g_autoptr(GPtrArray) family = g_ptr_array_new ();
  g_autoptr(CgMeeting) meeting = NULL;
  g_autoptr(CgFinding) finding = NULL;
  guint n = g_list_model_get_n_items (cg_report_get_findings (report));

  g_ptr_array_add (family, first);
  g_ptr_array_add (family, second);
  g_ptr_array_add (family, stranger);
  g_assert_cmpuint (cg_report_check_family (report, first, family, "here"), ==, 0);

  cg_case_set_family (first, "F-1");
  cg_case_set_family (second, "F-1");
  cg_case_set_family (stranger, "F-2");
  g_assert_cmpuint (cg_report_check_family (report, first, family, "here"), ==, 0);

  meeting = g_list_model_get_item (cg_core_group_get_meetings (cg_case_get_core_group (stranger)), 1);
  g_date_add_days (cg_meeting_get_date (meeting), 1);
  g_assert_cmpuint (cg_report_check_family (report, first, family, "here"), ==, 0);
  g_clear_object (&meeting);

  meeting = g_list_model_get_item (cg_core_group_get_meetings (cg_case_get_core_group (second)), 1);
  g_date_add_days (cg_meeting_get_date (meeting), 1);
  g_assert_cmpuint (cg_report_check_family (report, first, family, "here"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_report_get_findings (report)), ==, n + 1);

  /* The finding names the other case and what differs, no more. */
  for (guint i = 0; i < n + 1; i++)
    {
      g_autoptr(CgFinding) item = g_list_model_get_item (cg_report_get_findings (report), i);

      if (g_str_equal (cg_finding_get_rule (item), "family-record-mismatch"))
        finding = g_steal_pointer (&item);
    }
  g_assert_nonnull (finding);
  g_assert_cmpint (cg_finding_get_severity (finding), ==, CG_SEVERITY_WARNING);
  g_assert_cmpstr (cg_finding_get_subject (finding), ==, "cg2");
  g_assert_cmpstr (cg_finding_get_source (finding), ==, "here");
  g_assert_cmpstr (cg_finding_get_message (finding), ==,
                   "The joint meeting cg2 is recorded differently in case SUF-2026-0417: date");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rules/quorum/substitutes", test_quorum_substitutes);
  g_test_add_func ("/rules/quorum/one-professional", test_quorum_one_professional);
  g_test_add_func ("/rules/quorum/policy-minimum", test_quorum_policy_minimum);
  g_test_add_func ("/rules/key-worker-absent/only-the-key-worker-or-their-substitute", test_key_worker_absent);
  g_test_add_func ("/rules/absent-without-report/professionals", test_absent_without_report);
  g_test_add_func ("/rules/child-views-missing/missing-or-blank", test_child_views_missing);
  g_test_add_func ("/rules/next-meeting-missing/date-or-venue", test_next_meeting_missing);
  g_test_add_func ("/rules/first-meeting-chair/key-worker", test_first_meeting_chair_key_worker);
  g_test_add_func ("/rules/first-meeting-chair/team-manager", test_first_meeting_chair_team_manager);
  g_test_add_func ("/rules/chair-not-agreed/vice-chair", test_chair_not_agreed_vice_chair);
  g_test_add_func ("/rules/chair-not-agreed/which", test_chair_not_agreed_which);
  g_test_add_func ("/rules/chair-is-key-worker/key-worker", test_chair_is_key_worker);
  g_test_add_func ("/rules/chair-is-key-worker/other-chair", test_chair_is_key_worker_other_chair);
  g_test_add_func ("/rules/interpreter-missing/present-without-one", test_interpreter_missing);
  g_test_add_func ("/rules/not-seen-alone/pre-verbal", test_not_seen_alone_pre_verbal);
  g_test_add_func ("/rules/not-seen-alone/lead-social-worker-visits", test_not_seen_alone_lead_social_worker_visits);
  g_test_add_func ("/rules/not-seen-alone/some-visits", test_not_seen_alone_some_visits);
  g_test_add_func ("/rules/not-seen-alone/mode-checked", test_not_seen_alone_mode_checked);
  g_test_add_func ("/rules/plan-incomplete/sections", test_plan_incomplete_sections);
  g_test_add_func ("/rules/plan-incomplete/policy-sections", test_plan_incomplete_policy_sections);
  g_test_add_func ("/rules/plan-language/jargon", test_plan_language_jargon);
  g_test_add_func ("/rules/plan-language/whole-words", test_plan_language_whole_words);
  g_test_add_func ("/rules/plan-language/first-word", test_plan_language_first_word);
  g_test_add_func ("/rules/plan-language/long-sentence", test_plan_language_long_sentence);
  g_test_add_func ("/rules/plan-language/reading-ease", test_plan_language_reading_ease);
  g_test_add_func ("/rules/plan-language/professionals-only", test_plan_language_professionals_only);
  g_test_add_func ("/rules/plan-language/policies", test_plan_language_policies);
  g_test_add_func ("/rules/action-overdue/not-done", test_action_overdue);
  g_test_add_func ("/rules/chair-absent/absent-or-apologies", test_chair_absent);
  g_test_add_func ("/rules/attendance-not-recorded/professionals", test_attendance_not_recorded);
  g_test_add_func ("/rules/attendance-not-recorded/membership", test_attendance_not_recorded_membership);
  g_test_add_func ("/rules/record-date-inconsistent/each-kind", test_record_date_inconsistent);
  g_test_add_func ("/rules/record-after-today/shown-and-ignored", test_record_after_today);
  g_test_add_func ("/rules/attendance-concern/in-a-row", test_attendance_concern);
  g_test_add_func ("/rules/agreed-item-removed/by-core-group", test_agreed_item_removed_by_core_group);
  g_test_add_func ("/rules/agreed-item-removed/outcome", test_agreed_item_removed_outcome);
  g_test_add_func ("/rules/outcome-changed-outside-conference/by-core-group", test_outcome_changed_outside_conference);
  g_test_add_func ("/rules/change-without-reason/missing-or-blank", test_change_without_reason);
  g_test_add_func ("/checks/example/suffolk-neglect", test_suffolk_example);
  g_test_add_func ("/checks/example/haringey-school-move", test_haringey_example);
  g_test_add_func ("/checks/family-record-mismatch", test_family_record_mismatch);

  return g_test_run ();
}
