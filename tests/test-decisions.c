/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the conference decided and what happened around the dates
 * (doc/rules.md, "Conference decisions"): the case's own figures, accepted
 * late items, requests to move the review conference, and escalations.
 * Every due date is hand-worked in the England and Wales calendar. */

#include <string.h>

#include "test-fixtures.h"

#define DECISIONS(entries) "\"conference_decisions\": [" entries "],"
#define DECISION(conference, rule, value, unit, fields) \
  "{ \"conference\": \"" conference "\", \"rule\": \"" rule "\", \"value\": " #value ", \"unit\": \"" unit "\"," \
  " \"reason\": \"Set by the conference\"" fields " }"
#define REVIEW_HELD(date) "\"review_conferences\": [ { \"date\": \"" date "\", \"held\": true } ],"

/* The conference set child-seen to 5 working days for a baby (Suffolk
 * 8.3: "may need to be seen more frequently"). ICPC Mon 2 Nov 2026; seen
 * by the health visitor on Mon 16 Nov. Under the policy's 10 working days
 * that visit is on time and the next falls due on Mon 30 Nov; under the
 * conference's 5 it was due Mon 9 Nov (late), and the next was due Mon 23
 * Nov (overdue on 30 Nov). */
static void
test_decision_sets_child_seen (void)
{
  g_autoptr(CgCase) policy_only = CASE (.icpc = "2026-11-02", .contacts = SEEN ("c1", "2026-11-16", "m2"));
  g_autoptr(CgCase) decided = CASE (.icpc = "2026-11-02", .contacts = SEEN ("c1", "2026-11-16", "m2"),
                                    .extra = DECISIONS (DECISION ("2026-11-02", "child-seen", 5, "working-days",
                                                                  ", \"by\": [\"m1\", \"m2\"]")));
  g_autoptr(CgReport) before = evaluate ("suffolk", policy_only, "2026-11-30");
  g_autoptr(CgReport) after = evaluate ("suffolk", decided, "2026-11-30");
  CgDeadline *first, *next;
  const char * const *responsible;

  assert_entry (before, "child-seen", 0, "2026-11-16", CG_DEADLINE_STATUS_MET, "c1");
  assert_entry (before, "child-seen", 1, "2026-11-30", CG_DEADLINE_STATUS_PENDING, NULL);
  g_assert_null (cg_deadline_get_responsible (entry (before, "child-seen", 0)));

  assert_entry (after, "child-seen", 0, "2026-11-09", CG_DEADLINE_STATUS_LATE, "c1");
  assert_entry (after, "child-seen", 1, "2026-11-23", CG_DEADLINE_STATUS_OVERDUE, NULL);
  g_assert_cmpuint (count_entries (after, "child-seen"), ==, 2);
  g_assert_true (cg_report_needs_action (after));
  g_assert_null (finding (after, "conference-decision-not-allowed", 0));

  first = entry (after, "child-seen", 0);
  next = entry (after, "child-seen", 1);
  g_assert_cmpstr (cg_deadline_get_source (first), ==, "conference of 2 Nov 2026, under Suffolk 8.3");
  g_assert_cmpstr (cg_deadline_get_description (next), ==,
                   "Child seen by a professional member of the core group at least every 5 working days");
  g_assert_cmpstr (cg_deadline_get_explanation (next), ==,
                   "5 working days after the contact of Mon 16 Nov 2026, the figure the initial conference "
                   "of Mon 2 Nov 2026 set: Sat/Sun not counted");
  responsible = cg_deadline_get_responsible (next);
  g_assert_nonnull (responsible);
  g_assert_cmpstr (responsible[0], ==, "m1");
  g_assert_cmpstr (responsible[1], ==, "m2");
  g_assert_null (responsible[2]);

  /* Another rule the decision does not name keeps the policy's figure. */
  g_assert_cmpstr (cg_deadline_get_source (entry (after, "lead-social-worker-visit", 0)), ==, "Suffolk 8.1");
}

/* A review conference tightens child-seen to 3 working days while a count
 * is running. Seen Mon 16 Nov (10 working days: next due Mon 30 Nov);
 * review Wed 18 Nov sets 3: due Mon 23 Nov, the earlier, counted from the
 * review. Seen Wed 25 Nov (late), then every 3 working days: Mon 30 Nov
 * (met on the day), Thu 3 Dec (overdue on Fri 4 Dec). */
static void
test_tightening_cuts_a_running_count_short (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-02",
                                 .contacts = SEEN ("c1", "2026-11-16", "m2") "," SEEN ("c2", "2026-11-25", "m2") ","
                                             SEEN ("c3", "2026-11-30", "m1"),
                                 .extra = REVIEW_HELD ("2026-11-18")
                                          DECISIONS (DECISION ("2026-11-18", "child-seen", 3, "working-days", "")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-04");
  CgDeadline *cut;
  g_autofree char *from = NULL;

  assert_entry (report, "child-seen", 0, "2026-11-16", CG_DEADLINE_STATUS_MET, "c1");
  assert_entry (report, "child-seen", 1, "2026-11-23", CG_DEADLINE_STATUS_LATE, "c2");
  assert_entry (report, "child-seen", 2, "2026-11-30", CG_DEADLINE_STATUS_MET, "c3");
  assert_entry (report, "child-seen", 3, "2026-12-03", CG_DEADLINE_STATUS_OVERDUE, NULL);

  cut = entry (report, "child-seen", 1);
  from = cg_date_format (cg_deadline_get_counted_from (cut));
  g_assert_cmpstr (from, ==, "2026-11-18");
  g_assert_cmpstr (cg_deadline_get_counted_from_event (cut), ==, "review-conference:2026-11-18");
  /* The duty is the same one: its origin does not move with the count. */
  for (guint i = 0; i < 4; i++)
    g_assert_cmpstr (cg_deadline_get_origin (entry (report, "child-seen", i)), ==, "initial-conference");
  g_assert_cmpstr (cg_deadline_get_explanation (cut), ==,
                   "3 working days after the review conference of Wed 18 Nov 2026, which set this figure while "
                   "the count from the contact of Mon 16 Nov 2026 was running, and it ends sooner than that "
                   "count's Mon 30 Nov 2026, so it applies at once: Sat/Sun not counted");
  g_assert_cmpstr (cg_deadline_get_source (cut), ==, "conference of 18 Nov 2026, under Suffolk 8.3");
  /* The count before the review kept the policy's figure. */
  g_assert_cmpstr (cg_deadline_get_source (entry (report, "child-seen", 0)), ==, "Suffolk 8.3");
  /* Each entry is described with its own figure: the series is worded
   * again where the figure changes, and only there. */
  g_assert_cmpstr (cg_deadline_get_description (entry (report, "child-seen", 0)), ==,
                   "Child seen by a professional member of the core group at least every 10 working days");
  for (guint i = 1; i < 4; i++)
    g_assert_cmpstr (cg_deadline_get_description (entry (report, "child-seen", i)), ==,
                     "Child seen by a professional member of the core group at least every 3 working days");
}

/* Haringey lets the conference change the figure either way ("unless a
 * different frequency is stipulated"). Seen Mon 16 Nov (next due Mon 30
 * Nov); a review on Wed 18 Nov sets 15 working days, which would end Wed
 * 9 Dec: later, so the running count keeps Mon 30 Nov. Seen Tue 1 Dec
 * (late); the next count uses 15: due Tue 22 Dec. */
static void
test_relaxation_never_delays_a_running_count (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-02",
                                 .contacts = SEEN ("c1", "2026-11-16", "m2") "," SEEN ("c2", "2026-12-01", "m2"),
                                 .extra = REVIEW_HELD ("2026-11-18")
                                          DECISIONS (DECISION ("2026-11-18", "child-seen", 15, "working-days", "")));
  g_autoptr(CgReport) report = evaluate ("haringey", kase, "2026-12-04");
  CgDeadline *kept;

  assert_entry (report, "child-seen", 1, "2026-11-30", CG_DEADLINE_STATUS_LATE, "c2");
  assert_entry (report, "child-seen", 2, "2026-12-22", CG_DEADLINE_STATUS_PENDING, NULL);
  kept = entry (report, "child-seen", 1);
  g_assert_true (g_str_has_suffix (cg_deadline_get_explanation (kept),
                                   "; the review conference of Wed 18 Nov 2026 set 15 working days, which would "
                                   "end later, on Wed 9 Dec 2026, so this count keeps its date: Sat/Sun not counted"));
  g_assert_true (g_str_has_prefix (cg_deadline_get_source (entry (report, "child-seen", 2)),
                                   "conference of 18 Nov 2026, under Haringey"));
  g_assert_null (finding (report, "conference-decision-not-allowed", 0));
}

/* What the policy does not allow is not applied, and is an error: Suffolk
 * lets a conference only shorten child-seen (15 is refused, the policy's
 * 10 stays) and not touch first-core-group at all; a check cannot be
 * given a figure, and a rule the policy does not apply cannot be set. */
static void
test_decision_not_allowed (void)
{
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02", .contacts = SEEN ("c1", "2026-11-16", "m2"),
          .extra = DECISIONS (DECISION ("2026-11-02", "child-seen", 15, "working-days", "") ","
                              DECISION ("2026-11-02", "first-core-group", 5, "working-days", "") ","
                              DECISION ("2026-11-02", "school-move-core-group", 5, "working-days", "")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-11-30");
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2026-11-30");
  g_autofree char *refused = NULL;

  assert_entry (report, "child-seen", 0, "2026-11-16", CG_DEADLINE_STATUS_MET, "c1");
  assert_entry (report, "child-seen", 1, "2026-11-30", CG_DEADLINE_STATUS_PENDING, NULL);
  assert_entry (report, "first-core-group", 0, "2026-11-16", CG_DEADLINE_STATUS_OVERDUE, NULL);
  assert_findings_are (report, "conference-decision-not-allowed", "T-1,T-1,T-1", CG_SEVERITY_ERROR,
                       "The initial conference of 2 Nov 2026 set child-seen to 15 working days "
                       "(conference_decisions[0]), but it is longer than the policy's 10 working days, and the "
                       "policy lets a conference only shorten it (Suffolk 8.3); it was not applied, and the figure "
                       "in force before it still counts (Suffolk 3.1, 8.3);"
                       "The initial conference of 2 Nov 2026 set first-core-group to 5 working days "
                       "(conference_decisions[1]), but the policy does not let a conference change it "
                       "(Suffolk 2.1); it was not applied, and the figure in force before it still counts "
                       "(Suffolk 3.1, 8.3);"
                       "The initial conference of 2 Nov 2026 set school-move-core-group to 5 working days "
                       "(conference_decisions[2]), but the policy applies no school-move-core-group rule for a "
                       "conference to set; it was not applied, and the figure in force before it still counts "
                       "(Suffolk 3.1, 8.3);");
  g_assert_true (cg_report_needs_action (report));

  /* Haringey lets the conference change child-seen either way. */
  assert_entry (haringey, "child-seen", 0, "2026-11-23", CG_DEADLINE_STATUS_MET, "c1");
  g_assert_cmpuint (g_list_model_get_n_items (cg_report_get_findings (haringey)), >, 0);
  refused = messages (haringey, "conference-decision-not-allowed");
  g_assert_null (strstr (refused, "child-seen"));
}

/* Under tighten a later conference may go back up to the policy's figure:
 * 5 from the ICPC, 10 again from the review of Wed 18 Nov. */
static void
test_later_conference_decides_again (void)
{
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02", .contacts = SEEN ("c1", "2026-11-06", "m2") "," SEEN ("c2", "2026-11-20", "m2"),
          .extra = REVIEW_HELD ("2026-11-18")
                   DECISIONS (DECISION ("2026-11-02", "child-seen", 5, "working-days", "") ","
                              DECISION ("2026-11-18", "child-seen", 10, "working-days", "")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-11-20");

  /* From Fri 6 Nov with 5: due Fri 13 Nov; seen Fri 20 Nov, late (the
   * review's 10 from 18 Nov would end Wed 2 Dec: later, so kept). From
   * 20 Nov with the review's 10: due Fri 4 Dec. */
  assert_entry (report, "child-seen", 0, "2026-11-09", CG_DEADLINE_STATUS_MET, "c1");
  assert_entry (report, "child-seen", 1, "2026-11-13", CG_DEADLINE_STATUS_LATE, "c2");
  assert_entry (report, "child-seen", 2, "2026-12-04", CG_DEADLINE_STATUS_PENDING, NULL);
  g_assert_cmpstr (cg_deadline_get_source (entry (report, "child-seen", 2)), ==,
                   "conference of 18 Nov 2026, under Suffolk 8.3");
  g_assert_null (finding (report, "conference-decision-not-allowed", 0));
}

/* A decision at a conference after today has not been made yet. */
static void
test_decision_not_yet_made (void)
{
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02", .contacts = SEEN ("c1", "2026-11-16", "m2"),
          .extra = "\"review_conferences\": [ { \"date\": \"2026-12-07\", \"held\": true } ],"
                   DECISIONS (DECISION ("2026-12-07", "child-seen", 3, "working-days", "")));
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-11-20");

  assert_entry (report, "child-seen", 1, "2026-11-30", CG_DEADLINE_STATUS_PENDING, NULL);
}

/* not-seen-alone off: Haringey allows it ("unless recommended otherwise by
 * the child protection conference"), from the conference's day on; Suffolk
 * does not, and says so. */
static void
test_not_seen_alone_turned_off (void)
{
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02",
          .contacts = SEEN ("v1", "2026-11-10", "m1") "," SEEN ("v2", "2026-11-18", "m1") "," SEEN ("v3", "2026-11-24", "m1"),
          .extra = REVIEW_HELD ("2026-11-18")
                   "\"conference_decisions\": [ { \"conference\": \"2026-11-18\", \"rule\": \"not-seen-alone\","
                   " \"off\": true, \"reason\": \"Speech delay: seen with the speech therapist\" } ],");
  g_autoptr(CgReport) haringey = evaluate ("haringey", kase, "2026-11-30");
  g_autoptr(CgReport) suffolk = evaluate ("suffolk", kase, "2026-11-30");

  assert_findings (haringey, "not-seen-alone", "v1");
  g_assert_null (finding (haringey, "conference-decision-not-allowed", 0));
  assert_findings (suffolk, "not-seen-alone", "v2,v3");
  g_assert_true (g_str_has_prefix (cg_finding_get_message (finding (suffolk, "conference-decision-not-allowed", 0)),
                                   "The review conference of 18 Nov 2026 turned not-seen-alone off "
                                   "(conference_decisions[0]), but the policy does not let a conference change it"));
}

/* A policy of one rule and the follow-up checks, so that the exit status
 * depends on nothing else. */
#define MINUTES_POLICY \
  "{ \"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"minutes\", \"name\": \"Minutes only\"," \
  "  \"division\": \"england-and-wales\"," \
  "  \"deadlines\": { \"minutes-circulated\": { \"value\": 15, \"unit\": \"working-days\", \"source\": \"X 4.3\" } }," \
  "  \"checks\": { \"acknowledgement-unmatched\": { \"source\": \"X\" } } }"

#define ACKNOWLEDGEMENT(due, date) \
  "{ \"rule\": \"minutes-circulated\", \"due\": \"" due "\", \"date\": \"" date "\"," \
  " \"by\": \"T. Manager (fictional)\", \"reason\": \"Minute taker off sick\" }"

/* Core group Tue 10 Nov, minutes due Tue 1 Dec and not sent by 10 Dec. An
 * acknowledgement accepts the overdue entry: it keeps its status, gains the
 * acknowledgement, and no longer needs action. One for a due date the
 * report does not have warns; one dated after today is not yet made. */
static void
test_acknowledged_overdue_entry (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = registry_with (MINUTES_POLICY, &error);
  CgPolicy *policy = cg_policy_registry_lookup (registry, "minutes");
  g_autoptr(CgCase) plain = CASE (.icpc = "2026-11-02", .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1")));
  g_autoptr(CgCase) accepted =
    CASE (.icpc = "2026-11-02", .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1")),
          .extra = "\"acknowledgements\": [" ACKNOWLEDGEMENT ("2026-12-01", "2026-12-03") "],");
  g_autoptr(CgCase) mistyped =
    CASE (.icpc = "2026-11-02", .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1")),
          .extra = "\"acknowledgements\": [" ACKNOWLEDGEMENT ("2026-12-02", "2026-12-03") ","
                                             ACKNOWLEDGEMENT ("2026-12-01", "2026-12-11") "],");
  g_autoptr(CgReport) a = NULL, b = NULL, c = NULL;
  CgAcknowledgement *acknowledgement;

  g_assert_no_error (error);
  a = evaluate_policy (policy, plain, "2026-12-10");
  b = evaluate_policy (policy, accepted, "2026-12-10");
  c = evaluate_policy (policy, mistyped, "2026-12-10");

  assert_entry (a, "minutes-circulated", 0, "2026-12-01", CG_DEADLINE_STATUS_OVERDUE, NULL);
  g_assert_true (cg_report_needs_action (a));
  g_assert_cmpuint (cg_report_count_overdue (a), ==, 1);

  assert_entry (b, "minutes-circulated", 0, "2026-12-01", CG_DEADLINE_STATUS_OVERDUE, NULL);
  acknowledgement = cg_deadline_get_acknowledgement (entry (b, "minutes-circulated", 0));
  g_assert_nonnull (acknowledgement);
  g_assert_cmpstr (cg_acknowledgement_get_reason (acknowledgement), ==, "Minute taker off sick");
  g_assert_false (cg_report_needs_action (b));
  g_assert_cmpuint (cg_report_count_overdue (b), ==, 0);
  g_assert_cmpuint (cg_report_count_acknowledged (b), ==, 1);
  g_assert_null (finding (b, "acknowledgement-unmatched", 0));

  g_assert_false (cg_deadline_is_acknowledged (entry (c, "minutes-circulated", 0)));
  g_assert_true (cg_report_needs_action (c));
  assert_finding (c, "acknowledgement-unmatched", "T-1", CG_SEVERITY_WARNING,
                  "The acknowledgement of 3 Dec 2026 by T. Manager (fictional) accepts a minutes-circulated entry "
                  "due on 2 Dec 2026, but no late or overdue minutes-circulated entry is due that day (X)");
}

/* An acknowledgement never hides an entry still pending. */
static void
test_acknowledgement_of_a_pending_entry_is_unmatched (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = registry_with (MINUTES_POLICY, &error);
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02", .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1")),
          .extra = "\"acknowledgements\": [" ACKNOWLEDGEMENT ("2026-12-01", "2026-11-20") "],");
  g_autoptr(CgReport) report = NULL;

  g_assert_no_error (error);
  report = evaluate_policy (cg_policy_registry_lookup (registry, "minutes"), kase, "2026-11-25");
  assert_entry (report, "minutes-circulated", 0, "2026-12-01", CG_DEADLINE_STATUS_PENDING, NULL);
  g_assert_false (cg_deadline_is_acknowledged (entry (report, "minutes-circulated", 0)));
  assert_findings (report, "acknowledgement-unmatched", "T-1");
}

#define REQUEST(decision) \
  "\"review_requests\": [ { \"date\": \"2026-11-18\", \"by\": \"m1\", \"direction\": \"earlier\"," \
  " \"reason\": \"Risk fell (Suffolk 7.4)\"" decision " } ],"
#define AGREED ", \"decision\": \"agreed\", \"decided_on\": \"2026-11-20\", \"decided_by\": \"Chair (fictional)\""

/* A request waits for the chair (info); an agreed one must be followed by
 * a rescheduled review conference within 10 working days of the decision
 * (Fri 20 Nov + 10 = Fri 4 Dec): warned from Mon 7 Dec, not on Fri 4 Dec,
 * and not once the review conference booked for 1 Feb was moved to 11 Jan. */
static void
test_review_requests (void)
{
  g_autoptr(CgCase) open = CASE (.icpc = "2026-11-02", .extra = REQUEST (""));
  g_autoptr(CgCase) waiting =
    CASE (.icpc = "2026-11-02",
          .extra = "\"review_conferences\": [ { \"date\": \"2027-02-01\", \"held\": false } ]," REQUEST (AGREED));
  g_autoptr(CgCase) moved =
    CASE (.icpc = "2026-11-02",
          .extra = "\"review_conferences\": [ { \"date\": \"2027-01-11\", \"held\": false,"
                   " \"rescheduled_from\": [\"2027-02-01\"] } ]," REQUEST (AGREED));
  g_autoptr(CgReport) a = evaluate ("suffolk", open, "2026-11-25");
  g_autoptr(CgReport) b = evaluate ("suffolk", waiting, "2026-12-04");
  g_autoptr(CgReport) c = evaluate ("suffolk", waiting, "2026-12-07");
  g_autoptr(CgReport) d = evaluate ("suffolk", moved, "2026-12-07");

  assert_finding (a, "review-request-open", "review_requests[0]", CG_SEVERITY_INFO,
                  "The request of 18 Nov 2026 by Lead to hold the review conference earlier is waiting for the "
                  "chair's decision (Suffolk 7.4, 7.5)");
  g_assert_null (finding (b, "review-request-open", 0));
  g_assert_null (finding (b, "review-request-not-actioned", 0));
  assert_finding (c, "review-request-not-actioned", "review_requests[0]", CG_SEVERITY_WARNING,
                  "The chair agreed on 20 Nov 2026 to hold the review conference earlier, but no review conference "
                  "has been rescheduled within 10 working days of the decision (Suffolk 7.4, 7.5)");
  g_assert_null (finding (d, "review-request-not-actioned", 0));
}

#define MISSED_TWICE \
  CG ("cg1", "2026-11-10", PRESENT ("m1") "," PRESENT ("m4") "," ATTENDANCE ("m2", "absent")) "," \
  CG ("cg2", "2026-11-24", PRESENT ("m1") "," PRESENT ("m4") "," ATTENDANCE ("m2", "absent"))
#define ESCALATION(resolved) \
  "\"escalations\": [ { \"id\": \"x1\", \"date\": \"2026-11-25\", \"raised_by\": \"m1\", \"concern\": \"attendance\"," \
  " \"about\": \"m2\", \"steps\": [ { \"date\": \"2026-11-25\", \"step\": \"core-group\" }," \
  " { \"date\": \"2026-12-01\", \"step\": \"agency-managers\" } ], \"resolved\": " resolved " } ],"

/* The health visitor missed two core groups in a row (Suffolk 4.8). Once
 * escalated, the finding says so and drops to info; the report lists the
 * open escalation with its last step (agency managers, Tue 1 Dec) and the
 * working days since (to Tue 8 Dec: 5). Resolved, it is a warning again. */
static void
test_escalation_covers_attendance_concern (void)
{
  g_autoptr(CgCase) plain = CASE (.icpc = "2026-11-02", .meetings = MISSED_TWICE);
  g_autoptr(CgCase) escalated = CASE (.icpc = "2026-11-02", .meetings = MISSED_TWICE, .extra = ESCALATION ("null"));
  g_autoptr(CgCase) resolved = CASE (.icpc = "2026-11-02", .meetings = MISSED_TWICE,
                                     .extra = ESCALATION ("\"2026-12-04\""));
  g_autoptr(CgReport) a = evaluate ("suffolk", plain, "2026-12-08");
  g_autoptr(CgReport) b = evaluate ("suffolk", escalated, "2026-12-08");
  g_autoptr(CgReport) c = evaluate ("suffolk", resolved, "2026-12-08");
  g_autoptr(CgOpenEscalation) open = NULL;
  CgFinding *concern;

  g_assert_cmpint (cg_finding_get_severity (finding (a, "attendance-concern", 0)), ==, CG_SEVERITY_WARNING);
  g_assert_cmpuint (g_list_model_get_n_items (cg_report_get_open_escalations (a)), ==, 0);

  concern = finding (b, "attendance-concern", 0);
  g_assert_cmpint (cg_finding_get_severity (concern), ==, CG_SEVERITY_INFO);
  g_assert_nonnull (strstr (cg_finding_get_message (concern), "; escalated on 25 Nov 2026: agency managers (Suffolk 4.8)"));
  g_assert_cmpuint (g_list_model_get_n_items (cg_report_get_open_escalations (b)), ==, 1);
  open = g_list_model_get_item (cg_report_get_open_escalations (b), 0);
  g_assert_cmpstr (cg_escalation_get_id (cg_open_escalation_get_escalation (open)), ==, "x1");
  g_assert_cmpint (cg_escalation_step_get_step (cg_open_escalation_get_last_step (open)), ==,
                   CG_ESCALATION_STEP_KIND_AGENCY_MANAGERS);
  g_assert_cmpint (cg_open_escalation_get_working_days (open), ==, 5);

  g_assert_cmpint (cg_finding_get_severity (finding (c, "attendance-concern", 0)), ==, CG_SEVERITY_WARNING);
  g_assert_cmpuint (g_list_model_get_n_items (cg_report_get_open_escalations (c)), ==, 0);
}

/* Drift on an action escalated: action-overdue drops to info. A step
 * dated after today is not taken yet. */
static void
test_escalation_covers_action_overdue (void)
{
  const char *plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe home\" } ],"
                     " \"actions\": [ { \"id\": \"a1\", \"description\": \"Referral\", \"owner\": \"m2\","
                     " \"outcome\": \"o1\", \"due\": \"2026-11-20\" } ] }";
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02", .plan = plan,
          .extra = "\"escalations\": [ { \"id\": \"x1\", \"date\": \"2026-11-27\", \"raised_by\": \"m1\","
                   " \"concern\": \"drift\", \"about\": \"a1\", \"steps\": [ { \"date\": \"2026-12-20\","
                   " \"step\": \"conference-chair\" } ] } ],");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2026-12-01");
  g_autoptr(CgOpenEscalation) open = NULL;

  assert_finding (report, "action-overdue", "a1", CG_SEVERITY_INFO,
                  "Action “Referral” (Health) was due on 20 Nov 2026 and is not done; escalated on 27 Nov 2026 "
                  "(Suffolk 3.2)");
  open = g_list_model_get_item (cg_report_get_open_escalations (report), 0);
  g_assert_null (cg_open_escalation_get_last_step (open));
  g_assert_cmpint (cg_open_escalation_get_working_days (open), ==, 2);
  assert_finding (report, "record-after-today", "x1", CG_SEVERITY_WARNING,
                  "Step 1 of escalation x1 is dated 20 Dec 2026, after the day of evaluation (1 Dec 2026): every "
                  "rule ignores it until then; a mistyped year is the usual cause (the record's own consistency)");
}

/* The JSON report gives acknowledged, responsible and the open
 * escalations; iCalendar leaves an acknowledged entry out. */
static void
test_report_writers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = registry_with (MINUTES_POLICY, &error);
  g_autoptr(CgCase) kase =
    CASE (.icpc = "2026-11-02", .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1")) "," CG ("cg2", "2026-11-17", PRESENT ("m1")),
          .extra = "\"acknowledgements\": [" ACKNOWLEDGEMENT ("2026-12-01", "2026-12-03") "],");
  g_autoptr(CgReport) report = NULL;
  g_autofree char *json = NULL;
  g_autofree char *ics = NULL;

  g_assert_no_error (error);
  report = evaluate_policy (cg_policy_registry_lookup (registry, "minutes"), kase, "2026-12-10");
  json = cg_report_to_json (report, NULL);
  g_assert_nonnull (strstr (json, "\"acknowledged\" : {\n        \"date\" : \"2026-12-03\",\n"
                                  "        \"by\" : \"T. Manager (fictional)\",\n"
                                  "        \"reason\" : \"Minute taker off sick\"\n      }"));
  g_assert_nonnull (strstr (json, "\"open_escalations\" : []"));

  ics = cg_report_to_icalendar (report, NULL);
  g_assert_null (strstr (ics, "DTSTART;VALUE=DATE:20261201"));
  g_assert_nonnull (strstr (ics, "DTSTART;VALUE=DATE:20261208"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/decisions/child-seen-set-by-the-conference", test_decision_sets_child_seen);
  g_test_add_func ("/decisions/tightening-cuts-a-running-count-short", test_tightening_cuts_a_running_count_short);
  g_test_add_func ("/decisions/relaxation-never-delays-a-running-count", test_relaxation_never_delays_a_running_count);
  g_test_add_func ("/decisions/not-allowed", test_decision_not_allowed);
  g_test_add_func ("/decisions/later-conference-decides-again", test_later_conference_decides_again);
  g_test_add_func ("/decisions/not-yet-made", test_decision_not_yet_made);
  g_test_add_func ("/decisions/not-seen-alone-turned-off", test_not_seen_alone_turned_off);
  g_test_add_func ("/acknowledgements/overdue-entry", test_acknowledged_overdue_entry);
  g_test_add_func ("/acknowledgements/pending-entry-is-unmatched", test_acknowledgement_of_a_pending_entry_is_unmatched);
  g_test_add_func ("/review-requests/open-and-not-actioned", test_review_requests);
  g_test_add_func ("/escalations/cover-attendance-concern", test_escalation_covers_attendance_concern);
  g_test_add_func ("/escalations/cover-action-overdue", test_escalation_covers_action_overdue);
  g_test_add_func ("/follow-up/report-writers", test_report_writers);

  return g_test_run ();
}
