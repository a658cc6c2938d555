/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The records a case keeps besides its meetings and contacts: review
 * conferences moved to another day, what the conferences decided, the
 * deadlines acknowledged, the requests to move a review and the concerns
 * escalated, made through the API, read from a document and saved, and
 * refused when the API or the document gets them wrong. */

#include <coregroup/coregroup.h>

#include "test-json-util.h"
#include "test-util.h"

static GDate *
day (const char *text)
{
  GDate *date = cg_date_parse (text, NULL);

  g_assert_nonnull (date);
  return date;
}

static void
assert_date (const GDate *date,
             const char  *expected)
{
  g_autofree char *text = NULL;

  g_assert_nonnull (date);
  text = cg_date_format (date);
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_all_refused (const TestRefused *refused,
                    gsize              n_refused)
{
  test_assert_fixture_refused ("case-records.json", refused, n_refused);
}

static void
test_reschedule (void)
{
  g_autoptr(GDate) booked = day ("2027-01-21");
  g_autoptr(GDate) first_move = day ("2027-01-28");
  g_autoptr(GDate) second_move = day ("2027-02-04");
  g_autoptr(CgConference) conference = cg_conference_new (booked, FALSE);
  GPtrArray *earlier = cg_conference_get_rescheduled_from (conference);
  guint n_date = 0, n_moved = 0;

  g_assert_nonnull (earlier);
  g_assert_cmpuint (earlier->len, ==, 0);

  g_signal_connect (conference, "notify::date", G_CALLBACK (count_notify_cb), &n_date);
  g_signal_connect (conference, "notify::rescheduled-from", G_CALLBACK (count_notify_cb), &n_moved);
  cg_conference_reschedule (conference, first_move);
  cg_conference_reschedule (conference, second_move);
  /* To the day it is booked for: not a move. */
  cg_conference_reschedule (conference, second_move);

  g_assert_cmpuint (n_date, ==, 2);
  g_assert_cmpuint (n_moved, ==, 2);
  assert_date (cg_conference_get_date (conference), "2027-02-04");
  earlier = cg_conference_get_rescheduled_from (conference);
  g_assert_cmpuint (earlier->len, ==, 2);
  assert_date (g_ptr_array_index (earlier, 0), "2027-01-21");
  assert_date (g_ptr_array_index (earlier, 1), "2027-01-28");

  /* A correction is not a move. */
  cg_conference_set_date (conference, first_move);
  g_assert_cmpuint (cg_conference_get_rescheduled_from (conference)->len, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&conference));
}

/* The values the fixture holds, as read from it or from what it saved. */
static void
assert_decisions (CgCase *kase)
{
  GListModel *decisions = cg_case_get_conference_decisions (kase);
  g_autoptr(CgConferenceDecision) seen = g_list_model_get_item (decisions, 0);
  g_autoptr(CgConferenceDecision) alone = g_list_model_get_item (decisions, 1);
  const char *by[] = { "m1", "m2", NULL };

  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);
  assert_date (cg_conference_decision_get_conference (seen), "2026-11-02");
  g_assert_cmpstr (cg_conference_decision_get_rule (seen), ==, "child-seen");
  g_assert_cmpint (cg_conference_decision_get_value (seen), ==, 1);
  g_assert_cmpint (cg_conference_decision_get_unit (seen), ==, CG_TIME_UNIT_WEEKS);
  g_assert_false (cg_conference_decision_get_off (seen));
  g_assert_cmpstrv (cg_conference_decision_get_by (seen), by);
  g_assert_cmpstr (cg_conference_decision_get_reason (seen), ==, "Baby, high risk: seen every week");

  assert_date (cg_conference_decision_get_conference (alone), "2026-12-14");
  g_assert_cmpstr (cg_conference_decision_get_rule (alone), ==, "not-seen-alone");
  g_assert_cmpint (cg_conference_decision_get_value (alone), ==, 0);
  g_assert_true (cg_conference_decision_get_off (alone));
  g_assert_null (cg_conference_decision_get_by (alone));
}

static void
assert_acknowledgements (CgCase *kase)
{
  GListModel *acknowledgements = cg_case_get_acknowledgements (kase);
  g_autoptr(CgAcknowledgement) late = g_list_model_get_item (acknowledgements, 0);

  g_assert_cmpuint (g_list_model_get_n_items (acknowledgements), ==, 1);
  g_assert_cmpstr (cg_acknowledgement_get_rule (late), ==, "minutes-circulated");
  assert_date (cg_acknowledgement_get_due (late), "2026-12-04");
  assert_date (cg_acknowledgement_get_date (late), "2026-12-07");
  g_assert_cmpstr (cg_acknowledgement_get_by (late), ==, "T. Manager");
  g_assert_cmpstr (cg_acknowledgement_get_reason (late), ==, "Minute taker off sick; sent 9 Dec");
}

static void
assert_review_requests (CgCase *kase)
{
  GListModel *requests = cg_case_get_review_requests (kase);
  g_autoptr(CgReviewRequest) sooner = g_list_model_get_item (requests, 0);
  g_autoptr(CgReviewRequest) later = g_list_model_get_item (requests, 1);

  g_assert_cmpuint (g_list_model_get_n_items (requests), ==, 2);
  assert_date (cg_review_request_get_date (sooner), "2027-01-10");
  g_assert_cmpstr (cg_review_request_get_by (sooner), ==, "m1");
  g_assert_cmpint (cg_review_request_get_direction (sooner), ==, CG_REVIEW_DIRECTION_EARLIER);
  g_assert_cmpstr (cg_review_request_get_reason (sooner), ==, "Risk increased: new partner with a conviction");
  g_assert_cmpint (cg_review_request_get_decision (sooner), ==, CG_REVIEW_DECISION_AGREED);
  assert_date (cg_review_request_get_decided_on (sooner), "2027-01-12");
  g_assert_cmpstr (cg_review_request_get_decided_by (sooner), ==, "Conference chair");

  g_assert_cmpint (cg_review_request_get_direction (later), ==, CG_REVIEW_DIRECTION_LATER);
  g_assert_cmpint (cg_review_request_get_decision (later), ==, CG_REVIEW_DECISION_OPEN);
  g_assert_null (cg_review_request_get_decided_on (later));
  g_assert_null (cg_review_request_get_decided_by (later));
}

static void
assert_escalations (CgCase *kase)
{
  GListModel *escalations = cg_case_get_escalations (kase);
  g_autoptr(CgEscalation) absent = g_list_model_get_item (escalations, 0);
  g_autoptr(CgEscalation) drift = g_list_model_get_item (escalations, 1);
  GListModel *steps = cg_escalation_get_steps (absent);
  g_autoptr(CgEscalationStep) raised = g_list_model_get_item (steps, 0);

  g_assert_cmpuint (g_list_model_get_n_items (escalations), ==, 2);
  g_assert_cmpstr (cg_escalation_get_id (absent), ==, "x1");
  assert_date (cg_escalation_get_date (absent), "2027-01-05");
  g_assert_cmpstr (cg_escalation_get_raised_by (absent), ==, "m4");
  g_assert_cmpint (cg_escalation_get_concern (absent), ==, CG_ESCALATION_CONCERN_ATTENDANCE);
  g_assert_cmpstr (cg_escalation_get_about (absent), ==, "m6");
  g_assert_null (cg_escalation_get_resolved (absent));
  g_assert_null (cg_escalation_get_outcome (absent));
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 2);
  assert_date (cg_escalation_step_get_date (raised), "2027-01-05");
  g_assert_cmpint (cg_escalation_step_get_step (raised), ==, CG_ESCALATION_STEP_KIND_CORE_GROUP);
  g_assert_cmpstr (cg_escalation_step_get_note (raised), ==, "Raised at the core group");
  g_assert_cmpint (cg_escalation_step_get_step (cg_escalation_get_last_step (absent)), ==,
                   CG_ESCALATION_STEP_KIND_AGENCY_MANAGERS);
  g_assert_null (cg_escalation_step_get_note (cg_escalation_get_last_step (absent)));

  g_assert_cmpint (cg_escalation_get_concern (drift), ==, CG_ESCALATION_CONCERN_DRIFT);
  g_assert_cmpstr (cg_escalation_get_about (drift), ==, "a1");
  assert_date (cg_escalation_get_resolved (drift), "2026-12-20");
  g_assert_cmpstr (cg_escalation_get_outcome (drift), ==, "Programme place found; a1 restarted");
}

static void
assert_fixture_values (CgCase *kase)
{
  GListModel *conferences = cg_case_get_review_conferences (kase);
  g_autoptr(CgConference) held = g_list_model_get_item (conferences, 0);
  g_autoptr(CgConference) moved = g_list_model_get_item (conferences, 1);
  GPtrArray *earlier;

  g_assert_cmpuint (g_list_model_get_n_items (conferences), ==, 2);
  g_assert_cmpuint (cg_conference_get_rescheduled_from (held)->len, ==, 0);
  earlier = cg_conference_get_rescheduled_from (moved);
  g_assert_cmpuint (earlier->len, ==, 2);
  assert_date (g_ptr_array_index (earlier, 0), "2027-01-21");
  assert_date (g_ptr_array_index (earlier, 1), "2027-01-28");
  assert_decisions (kase);
  assert_acknowledgements (kase);
  assert_review_requests (kase);
  assert_escalations (kase);
}

static void
test_round_trip (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-records.json");
  g_autoptr(CgCase) reloaded = NULL;
  g_autofree char *saved = NULL;

  assert_fixture_values (kase);
  saved = test_save_and_reload (kase, &reloaded);
  assert_fixture_values (reloaded);

  /* A conference never moved is written without the field. */
  test_assert_saved_value (saved, "$.review_conferences[0].rescheduled_from", NULL);
  test_assert_saved_value (saved, "$.review_conferences[1].rescheduled_from", "[\"2027-01-21\",\"2027-01-28\"]");
  test_assert_saved_value (saved, "$.review_conferences[1].x_room", "\"Room 2\"");
  test_assert_saved_value (saved, "$.conference_decisions[0].x_minute", "\"ICPC item 4\"");
  /* A decision that turns its rule off has no interval to write. */
  test_assert_saved_value (saved, "$.conference_decisions[1].value", NULL);
  test_assert_saved_value (saved, "$.conference_decisions[1].unit", NULL);
  test_assert_saved_value (saved, "$.conference_decisions[1].by", NULL);
  test_assert_saved_value (saved, "$.conference_decisions[0].off", NULL);
  test_assert_saved_value (saved, "$.conference_decisions[0].unit", "\"weeks\"");
  test_assert_saved_value (saved, "$.acknowledgements[0].x_ref", "7");
  /* An open request is written with a null decision and no day. */
  test_assert_saved_value (saved, "$.review_requests[0].decision", "\"agreed\"");
  test_assert_saved_value (saved, "$.review_requests[1].decision", "null");
  test_assert_saved_value (saved, "$.review_requests[1].decided_on", NULL);
  test_assert_saved_value (saved, "$.review_requests[1].x_ticket", "\"R-3\"");
  /* An open escalation: resolved null, no outcome. */
  test_assert_saved_value (saved, "$.escalations[0].resolved", "null");
  test_assert_saved_value (saved, "$.escalations[0].outcome", NULL);
  test_assert_saved_value (saved, "$.escalations[0].steps[1].note", NULL);
  test_assert_saved_value (saved, "$.escalations[0].steps[0].x_step", "1");
  test_assert_saved_value (saved, "$.escalations[0].x_escalation", "\"E-1\"");
  test_assert_saved_value (saved, "$.escalations[1].resolved", "\"2026-12-20\"");
}

static void
test_strict_rescheduled_from (void)
{
  static const TestRefused bad[] = {
    { "\"2027-01-28\"]", "\"2027-01-32\"]", CG_FORMAT_ERROR_INVALID_DATE,
      "review_conferences[1].rescheduled_from[1]", "2027-01-32" },
    { "\"2027-01-28\"]", "\"2427-01-28\"]", CG_FORMAT_ERROR_INVALID_DATE,
      "review_conferences[1].rescheduled_from[1]", "2427" },
    { "\"2027-01-28\"]", "20270128]", CG_FORMAT_ERROR_INVALID_TYPE,
      "review_conferences[1].rescheduled_from[1]", "20270128" },
    { "[\"2027-01-21\", \"2027-01-28\"]", "\"2027-01-21\"", CG_FORMAT_ERROR_INVALID_TYPE,
      "review_conferences[1].rescheduled_from", "2027-01-21" },
  };

  assert_all_refused (bad, G_N_ELEMENTS (bad));
}

static void
test_strict_decisions (void)
{
  static const TestRefused bad[] = {
    { "\"2026-11-02\", \"rule\"", "\"2026-11-31\", \"rule\"", CG_FORMAT_ERROR_INVALID_DATE,
      "conference_decisions[0].conference", "2026-11-31" },
    /* Not the day of a conference, and a review conference not held. */
    { "\"2026-11-02\", \"rule\"", "\"2026-11-03\", \"rule\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "conference_decisions[0].conference", "2026-11-03" },
    { "\"2026-12-14\", \"rule\"", "\"2027-02-04\", \"rule\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "conference_decisions[1].conference", "2027-02-04" },
    { "\"2026-11-02\", \"rule\"", "null, \"rule\"", CG_FORMAT_ERROR_MISSING_FIELD,
      "conference_decisions[0].conference", NULL },
    { "[\"m1\", \"m2\"]", "[\"m1\", \"m9\"]", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "conference_decisions[0].by[1]", "m9" },
    { "[\"m1\", \"m2\"]", "[\"m1\", 2]", CG_FORMAT_ERROR_INVALID_TYPE,
      "conference_decisions[0].by[1]", NULL },
    { "\"child-seen\"", "\"child-seen-weekly\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].rule", "weekly" },
    { "\"unit\": \"weeks\"", "\"unit\": \"fortnights\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].unit", "fortnights" },
    { "\"value\": 1,", "\"value\": 0,", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].value", NULL },
    { "\"value\": 1,", "\"value\": 1001,", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].value", "1001" },
    { "\"value\": 1,", "\"value\": 1.5,", CG_FORMAT_ERROR_INVALID_TYPE,
      "conference_decisions[0].value", "1.5" },
    { "\"value\": 1,", "\"value\": \"1\",", CG_FORMAT_ERROR_INVALID_TYPE,
      "conference_decisions[0].value", NULL },
    /* An interval is a value and a unit. */
    { "\"unit\": \"weeks\",", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "conference_decisions[0].unit", NULL },
    { "\"value\": 1,", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "conference_decisions[0].value", NULL },
    /* Either an interval or off, never both, never neither. */
    { "\"unit\": \"weeks\",", "\"unit\": \"weeks\", \"off\": true,", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].off", NULL },
    { "\"off\": true,", "\"value\": 2, \"unit\": \"weeks\", \"off\": true,", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[1].off", NULL },
    { "\"off\": true,", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "conference_decisions[1].value", NULL },
    { "\"off\": true,", "\"off\": false,", CG_FORMAT_ERROR_MISSING_FIELD,
      "conference_decisions[1].value", NULL },
    { "\"off\": true,", "\"off\": \"yes\",", CG_FORMAT_ERROR_INVALID_TYPE,
      "conference_decisions[1].off", "yes" },
    /* Only not-seen-alone can be off, only a deadline rule has an interval. */
    { "\"not-seen-alone\"", "\"child-seen\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[1].off", "child-seen" },
    { "\"not-seen-alone\"", "\"quorum\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[1].off", "quorum" },
    { "\"child-seen\"", "\"quorum\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].value", "quorum" },
    { "\"reason\": \"Baby, high risk: seen every week\",", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "conference_decisions[0].reason", NULL },
    { "\"reason\": \"Baby, high risk: seen every week\",", "\"reason\": \"\",", CG_FORMAT_ERROR_INVALID_VALUE,
      "conference_decisions[0].reason", NULL },
    { "\"conference_decisions\": [", "\"conference_decisions\": [ 1,", CG_FORMAT_ERROR_INVALID_TYPE,
      "conference_decisions[0]", NULL },
  };

  assert_all_refused (bad, G_N_ELEMENTS (bad));
}

static void
test_strict_acknowledgements (void)
{
  static const TestRefused bad[] = {
    /* A rule of the catalogue, and a deadline rule. */
    { "\"minutes-circulated\", \"due\"", "\"minutes-sent\", \"due\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "acknowledgements[0].rule", "minutes-sent" },
    { "\"minutes-circulated\", \"due\"", "\"quorum\", \"due\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "acknowledgements[0].rule", "quorum" },
    { "\"rule\": \"minutes-circulated\", ", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "acknowledgements[0].rule", NULL },
    { "\"due\": \"2026-12-04\"", "\"due\": \"04/12/2026\"", CG_FORMAT_ERROR_INVALID_DATE,
      "acknowledgements[0].due", "04/12/2026" },
    { "\"due\": \"2026-12-04\", ", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "acknowledgements[0].due", NULL },
    { "\"date\": \"2026-12-07\"", "\"date\": \"2026-12-32\"", CG_FORMAT_ERROR_INVALID_DATE,
      "acknowledgements[0].date", "2026-12-32" },
    { "\"date\": \"2026-12-07\",\n", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "acknowledgements[0].date", NULL },
    { "\"by\": \"T. Manager\"", "\"by\": null", CG_FORMAT_ERROR_MISSING_FIELD,
      "acknowledgements[0].by", NULL },
    { "\"by\": \"T. Manager\"", "\"by\": [\"T. Manager\"]", CG_FORMAT_ERROR_INVALID_TYPE,
      "acknowledgements[0].by", "Manager" },
    { "\"reason\": \"Minute taker off sick; sent 9 Dec\"", "\"reason\": \"\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "acknowledgements[0].reason", NULL },
    { "\"acknowledgements\": [", "\"acknowledgements\": [ \"late\",", CG_FORMAT_ERROR_INVALID_TYPE,
      "acknowledgements[0]", "late" },
  };

  assert_all_refused (bad, G_N_ELEMENTS (bad));
}

static void
test_strict_review_requests (void)
{
  static const TestRefused bad[] = {
    { "\"2027-01-10\", \"by\"", "\"10 Jan 2027\", \"by\"", CG_FORMAT_ERROR_INVALID_DATE,
      "review_requests[0].date", "Jan" },
    { "\"by\": \"m1\", \"direction\"", "\"by\": \"m8\", \"direction\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "review_requests[0].by", "m8" },
    { "\"by\": \"m1\", \"direction\"", "\"direction\"", CG_FORMAT_ERROR_MISSING_FIELD,
      "review_requests[0].by", NULL },
    { "\"direction\": \"earlier\"", "\"direction\": \"sooner\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "review_requests[0].direction", "sooner" },
    { "\"direction\": \"later\",", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "review_requests[1].direction", NULL },
    { "\"reason\": \"Nursery report not ready\", ", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "review_requests[1].reason", NULL },
    /* Open is null, never written out. */
    { "\"decision\": null", "\"decision\": \"open\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "review_requests[1].decision", "open" },
    { "\"decision\": \"agreed\"", "\"decision\": \"accepted\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "review_requests[0].decision", "accepted" },
    { "\"decision\": \"agreed\"", "\"decision\": true", CG_FORMAT_ERROR_INVALID_TYPE,
      "review_requests[0].decision", NULL },
    /* A decided request has its day, an open one has none. */
    { "\"decided_on\": \"2027-01-12\", ", "", CG_FORMAT_ERROR_MISSING_FIELD,
      "review_requests[0].decided_on", NULL },
    { "\"decision\": null", "\"decision\": null, \"decided_on\": \"2027-01-21\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "review_requests[1].decided_on", "2027-01-21" },
    { "\"decision\": \"agreed\", ", "", CG_FORMAT_ERROR_INVALID_VALUE,
      "review_requests[0].decided_on", "2027-01-12" },
    { "\"decided_on\": \"2027-01-12\"", "\"decided_on\": \"2027-13-12\"", CG_FORMAT_ERROR_INVALID_DATE,
      "review_requests[0].decided_on", "2027-13-12" },
    { "\"decided_by\": \"Conference chair\"", "\"decided_by\": 7", CG_FORMAT_ERROR_INVALID_TYPE,
      "review_requests[0].decided_by", NULL },
  };

  assert_all_refused (bad, G_N_ELEMENTS (bad));
}

static void
test_strict_escalations (void)
{
  static const TestRefused bad[] = {
    { "\"id\": \"x1\", ", "", CG_FORMAT_ERROR_MISSING_FIELD, "escalations[0].id", NULL },
    { "\"id\": \"x2\"", "\"id\": \"x1\"", CG_FORMAT_ERROR_DUPLICATE_ID, "escalations[1].id", "x1" },
    { "\"date\": \"2027-01-05\", \"raised_by\"", "\"date\": \"2027-1-5\", \"raised_by\"",
      CG_FORMAT_ERROR_INVALID_DATE, "escalations[0].date", "2027-1-5" },
    { "\"raised_by\": \"m4\"", "\"raised_by\": \"m44\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "escalations[0].raised_by", "m44" },
    { "\"raised_by\": \"m4\", ", "", CG_FORMAT_ERROR_MISSING_FIELD, "escalations[0].raised_by", NULL },
    { "\"concern\": \"attendance\"", "\"concern\": \"absence\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "escalations[0].concern", "absence" },
    { "\"concern\": \"drift\", ", "", CG_FORMAT_ERROR_MISSING_FIELD, "escalations[1].concern", NULL },
    /* About a member or an action, nothing else. */
    { "\"about\": \"m6\"", "\"about\": \"m9\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "escalations[0].about", "m9" },
    { "\"about\": \"a1\"", "\"about\": \"cg1\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "escalations[1].about", "cg1" },
    { "\"step\": \"agency-managers\"", "\"step\": \"agency-directors\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "escalations[0].steps[1].step", "directors" },
    { "\"step\": \"agency-managers\"", "\"step\": null", CG_FORMAT_ERROR_MISSING_FIELD,
      "escalations[0].steps[1].step", NULL },
    { "\"date\": \"2027-01-12\", \"step\"", "\"date\": \"2027-02-30\", \"step\"", CG_FORMAT_ERROR_INVALID_DATE,
      "escalations[0].steps[1].date", "2027-02-30" },
    { "{ \"date\": \"2027-01-05\", \"step\"", "{ \"step\"", CG_FORMAT_ERROR_MISSING_FIELD,
      "escalations[0].steps[0].date", NULL },
    { "\"note\": \"Raised at the core group\"", "\"note\": [\"Raised\"]", CG_FORMAT_ERROR_INVALID_TYPE,
      "escalations[0].steps[0].note", "Raised" },
    { "\"steps\": [ { \"date\": \"2026-12-01\", \"step\": \"lead-social-worker-and-manager\" } ]",
      "\"steps\": { \"date\": \"2026-12-01\" }", CG_FORMAT_ERROR_INVALID_TYPE, "escalations[1].steps", NULL },
    { "\"resolved\": \"2026-12-20\"", "\"resolved\": \"yesterday\"", CG_FORMAT_ERROR_INVALID_DATE,
      "escalations[1].resolved", "yesterday" },
    { "\"resolved\": \"2026-12-20\"", "\"resolved\": false", CG_FORMAT_ERROR_INVALID_TYPE,
      "escalations[1].resolved", NULL },
    { "\"outcome\": null", "\"outcome\": 3", CG_FORMAT_ERROR_INVALID_TYPE, "escalations[0].outcome", NULL },
  };

  assert_all_refused (bad, G_N_ELEMENTS (bad));
}

/* A case with members m1 and m2, an initial conference on 2 November 2026,
 * a review held on 14 December and one booked for 4 February 2027. */
static CgCase *
new_case (void)
{
  g_autoptr(CgCase) kase = cg_case_new ("TEST-0004");
  CgCoreGroup *group = cg_case_get_core_group (kase);
  g_autoptr(CgMember) lsw = cg_member_new ("m1", "J. Okafor", CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER);
  g_autoptr(CgMember) hv = cg_member_new ("m2", "P. Shah", CG_MEMBER_ROLE_HEALTH_VISITOR);
  g_autoptr(GDate) icpc = day ("2026-11-02");
  g_autoptr(GDate) held = day ("2026-12-14");
  g_autoptr(GDate) booked = day ("2027-02-04");
  g_autoptr(CgConference) first_review = cg_conference_new (held, TRUE);
  g_autoptr(CgConference) second_review = cg_conference_new (booked, FALSE);
  g_autoptr(GError) error = NULL;

  cg_core_group_add_member (group, lsw, &error);
  g_assert_no_error (error);
  cg_core_group_add_member (group, hv, &error);
  g_assert_no_error (error);
  cg_case_set_initial_conference (kase, icpc);
  cg_case_add_review_conference (kase, first_review);
  cg_case_add_review_conference (kase, second_review);
  return g_steal_pointer (&kase);
}

static void
test_decision (void)
{
  g_autoptr(GDate) icpc = day ("2026-11-02");
  g_autoptr(CgConferenceDecision) decision = cg_conference_decision_new (icpc, "child-seen", "Seen weekly");
  const char *by[] = { "m1", NULL };
  const char *none[] = { NULL };
  guint n_value = 0, n_unit = 0, n_by = 0;

  g_assert_cmpint (cg_conference_decision_get_value (decision), ==, 0);
  g_assert_cmpint (cg_conference_decision_get_unit (decision), ==, CG_TIME_UNIT_WORKING_DAYS);
  g_assert_false (cg_conference_decision_get_off (decision));
  g_assert_null (cg_conference_decision_get_by (decision));

  g_signal_connect (decision, "notify::value", G_CALLBACK (count_notify_cb), &n_value);
  g_signal_connect (decision, "notify::unit", G_CALLBACK (count_notify_cb), &n_unit);
  g_signal_connect (decision, "notify::by", G_CALLBACK (count_notify_cb), &n_by);
  cg_conference_decision_set_interval (decision, 1, CG_TIME_UNIT_WEEKS);
  cg_conference_decision_set_interval (decision, 1, CG_TIME_UNIT_WEEKS);
  g_assert_cmpuint (n_value, ==, 1);
  g_assert_cmpuint (n_unit, ==, 1);
  /* 0 clears the interval, unit and all. */
  cg_conference_decision_set_interval (decision, 0, CG_TIME_UNIT_MONTHS);
  g_assert_cmpint (cg_conference_decision_get_value (decision), ==, 0);
  g_assert_cmpint (cg_conference_decision_get_unit (decision), ==, CG_TIME_UNIT_WORKING_DAYS);

  cg_conference_decision_set_by (decision, by);
  cg_conference_decision_set_by (decision, by);
  g_assert_cmpstrv (cg_conference_decision_get_by (decision), by);
  cg_conference_decision_set_by (decision, none);
  g_assert_null (cg_conference_decision_get_by (decision));
  g_assert_cmpuint (n_by, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&decision));
}

static void
assert_not_added (CgCase               *kase,
                  CgConferenceDecision *decision,
                  int                   code,
                  const char           *message)
{
  GListModel *decisions = cg_case_get_conference_decisions (kase);
  guint n = g_list_model_get_n_items (decisions);
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_case_add_conference_decision (kase, decision, &error));
  g_assert_error (error, CG_CASE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, n);
}

static void
test_add_decision (void)
{
  g_autoptr(CgCase) kase = new_case ();
  g_autoptr(GDate) icpc = day ("2026-11-02");
  g_autoptr(GDate) held = day ("2026-12-14");
  g_autoptr(GDate) booked = day ("2027-02-04");
  g_autoptr(GDate) no_conference = day ("2026-11-20");
  g_autoptr(CgConferenceDecision) decision = cg_conference_decision_new (icpc, "child-seen", "Seen weekly");
  g_autoptr(CgConferenceDecision) off = cg_conference_decision_new (held, "not-seen-alone", "Speech delay");
  g_autoptr(GError) error = NULL;
  const char *by[] = { "m2", "m7", NULL };

  /* Neither an interval nor off, then both. */
  assert_not_added (kase, decision, CG_CASE_ERROR_INVALID,
                    "decision.value: a decision sets an interval or turns its rule off");
  cg_conference_decision_set_interval (decision, 1, CG_TIME_UNIT_WEEKS);
  cg_conference_decision_set_off (decision, TRUE);
  assert_not_added (kase, decision, CG_CASE_ERROR_INVALID,
                    "decision.off: a decision sets an interval or turns its rule off, not both");
  cg_conference_decision_set_off (decision, FALSE);

  cg_conference_decision_set_by (decision, by);
  assert_not_added (kase, decision, CG_CASE_ERROR_UNKNOWN_MEMBER,
                    "decision.by[1]: not a member of the core group");
  cg_conference_decision_set_by (decision, NULL);

  /* A day no conference sat, and a review conference not yet held. */
  cg_conference_decision_set_conference (decision, no_conference);
  assert_not_added (kase, decision, CG_CASE_ERROR_UNKNOWN_MEMBER,
                    "decision.conference: not the day of the initial conference or of a held review conference");
  cg_conference_decision_set_conference (decision, booked);
  assert_not_added (kase, decision, CG_CASE_ERROR_UNKNOWN_MEMBER,
                    "decision.conference: not the day of the initial conference or of a held review conference");

  cg_conference_decision_set_conference (decision, icpc);
  g_assert_true (cg_case_add_conference_decision (kase, decision, &error));
  g_assert_no_error (error);
  cg_conference_decision_set_off (off, TRUE);
  g_assert_true (cg_case_add_conference_decision (kase, off, &error));
  g_assert_no_error (error);
  g_assert_true (cg_case_validate (kase, &error));
  g_assert_no_error (error);

  /* Changed after it was added: only validating finds it, by its path. */
  cg_conference_decision_set_conference (off, booked);
  g_assert_false (cg_case_validate (kase, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_true (g_str_has_prefix (error->message, "conference_decisions[1].conference: "));
}

static void
test_add_acknowledgement (void)
{
  g_autoptr(CgCase) kase = new_case ();
  g_autoptr(GDate) due = day ("2026-12-04");
  g_autoptr(GDate) today = day ("2026-12-07");
  g_autoptr(CgAcknowledgement) late = cg_acknowledgement_new ("minutes-circulated", due, today,
                                                              "T. Manager", "Minute taker off sick");
  g_autoptr(CgAcknowledgement) undated = g_object_new (CG_TYPE_ACKNOWLEDGEMENT,
                                                       "rule", "minutes-circulated", "due", due,
                                                       "by", "T. Manager", "reason", "Off sick", NULL);
  g_autoptr(GError) error = NULL;
  guint n_reason = 0;

  g_assert_false (cg_case_add_acknowledgement (kase, undated, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "acknowledgement.date: an acknowledgement needs the day it was made");
  g_clear_error (&error);

  cg_acknowledgement_set_by (late, "");
  g_assert_false (cg_case_add_acknowledgement (kase, late, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "acknowledgement.by: "));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_acknowledgements (kase)), ==, 0);

  g_signal_connect (late, "notify::reason", G_CALLBACK (count_notify_cb), &n_reason);
  cg_acknowledgement_set_by (late, "T. Manager");
  cg_acknowledgement_set_reason (late, "Minute taker off sick; sent 9 Dec");
  cg_acknowledgement_set_reason (late, "Minute taker off sick; sent 9 Dec");
  g_assert_cmpuint (n_reason, ==, 1);
  g_assert_true (cg_case_add_acknowledgement (kase, late, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_acknowledgements (kase)), ==, 1);

  /* Cleared after it was added: only validating finds it. */
  cg_acknowledgement_set_reason (late, NULL);
  g_assert_false (cg_case_validate (kase, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "acknowledgements[0].reason: "));
}

static void
test_review_request (void)
{
  g_autoptr(GDate) asked = day ("2027-01-10");
  g_autoptr(GDate) decided = day ("2027-01-12");
  g_autoptr(CgReviewRequest) sooner = cg_review_request_new (asked, "m1", CG_REVIEW_DIRECTION_EARLIER,
                                                             "Risk increased");
  guint n_decision = 0, n_decided_on = 0;

  g_assert_cmpint (cg_review_request_get_decision (sooner), ==, CG_REVIEW_DECISION_OPEN);
  g_signal_connect (sooner, "notify::decision", G_CALLBACK (count_notify_cb), &n_decision);
  g_signal_connect (sooner, "notify::decided-on", G_CALLBACK (count_notify_cb), &n_decided_on);

  cg_review_request_decide (sooner, CG_REVIEW_DECISION_DECLINED, decided, "Conference chair");
  cg_review_request_decide (sooner, CG_REVIEW_DECISION_DECLINED, decided, "Conference chair");
  g_assert_cmpint (cg_review_request_get_decision (sooner), ==, CG_REVIEW_DECISION_DECLINED);
  assert_date (cg_review_request_get_decided_on (sooner), "2027-01-12");
  g_assert_cmpstr (cg_review_request_get_decided_by (sooner), ==, "Conference chair");
  g_assert_cmpuint (n_decision, ==, 1);
  g_assert_cmpuint (n_decided_on, ==, 1);

  /* Reopened. */
  cg_review_request_decide (sooner, CG_REVIEW_DECISION_OPEN, NULL, NULL);
  g_assert_cmpint (cg_review_request_get_decision (sooner), ==, CG_REVIEW_DECISION_OPEN);
  g_assert_null (cg_review_request_get_decided_on (sooner));
  g_assert_null (cg_review_request_get_decided_by (sooner));
  g_assert_cmpuint (n_decision, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&sooner));
}

static void
test_add_review_request (void)
{
  g_autoptr(CgCase) kase = new_case ();
  g_autoptr(GDate) asked = day ("2027-01-10");
  g_autoptr(GDate) decided = day ("2027-01-12");
  g_autoptr(CgReviewRequest) stranger = cg_review_request_new (asked, "m9", CG_REVIEW_DIRECTION_EARLIER,
                                                               "Risk increased");
  g_autoptr(CgReviewRequest) undated = g_object_new (CG_TYPE_REVIEW_REQUEST,
                                                     "date", asked, "by", "m1", "reason", "Risk increased",
                                                     "decision", CG_REVIEW_DECISION_AGREED, NULL);
  g_autoptr(CgReviewRequest) open = g_object_new (CG_TYPE_REVIEW_REQUEST,
                                                  "date", asked, "by", "m1", "reason", "Risk increased",
                                                  "decided-on", decided, NULL);
  g_autoptr(CgReviewRequest) sooner = cg_review_request_new (asked, "m2", CG_REVIEW_DIRECTION_EARLIER,
                                                             "Risk increased");
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_case_add_review_request (kase, stranger, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_cmpstr (error->message, ==, "review request.by: not a member of the core group");
  g_clear_error (&error);

  g_assert_false (cg_case_add_review_request (kase, undated, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "review request.decided_on: a decided review request needs the day it was decided");
  g_clear_error (&error);

  g_assert_false (cg_case_add_review_request (kase, open, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "review request.decided_on: an open review request has no day of decision");
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_review_requests (kase)), ==, 0);

  g_assert_true (cg_case_add_review_request (kase, sooner, &error));
  g_assert_no_error (error);
  cg_review_request_decide (sooner, CG_REVIEW_DECISION_AGREED, decided, NULL);
  g_assert_true (cg_case_validate (kase, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_review_requests (kase)), ==, 1);
}

static void
test_escalation (void)
{
  g_autoptr(GDate) raised = day ("2027-01-05");
  g_autoptr(GDate) later = day ("2027-01-12");
  g_autoptr(GDate) settled = day ("2027-01-20");
  g_autoptr(GDate) before = day ("2027-01-04");
  g_autoptr(GDate) after = day ("2027-01-21");
  g_autoptr(CgEscalation) escalation = cg_escalation_new ("x1", raised, "m1", CG_ESCALATION_CONCERN_OTHER);
  g_autoptr(CgEscalationStep) chair = cg_escalation_step_new (later, CG_ESCALATION_STEP_KIND_CONFERENCE_CHAIR);
  g_autoptr(CgEscalationStep) legal = cg_escalation_step_new (later, CG_ESCALATION_STEP_KIND_LEGAL_ADVICE);
  g_autoptr(CgEscalationStep) first = cg_escalation_step_new (raised, CG_ESCALATION_STEP_KIND_CORE_GROUP);
  guint n_resolved = 0, n_outcome = 0;

  g_assert_null (cg_escalation_get_last_step (escalation));
  g_assert_cmpuint (g_list_model_get_n_items (cg_escalation_get_steps (escalation)), ==, 0);

  /* The latest day wins, and of two on that day the one recorded later,
   * whatever order the steps were recorded in. */
  cg_escalation_add_step (escalation, chair);
  g_assert_true (cg_escalation_get_last_step (escalation) == chair);
  cg_escalation_add_step (escalation, legal);
  g_assert_true (cg_escalation_get_last_step (escalation) == legal);
  cg_escalation_add_step (escalation, first);
  g_assert_true (cg_escalation_get_last_step (escalation) == legal);
  g_assert_cmpuint (g_list_model_get_n_items (cg_escalation_get_steps (escalation)), ==, 3);

  /* Open from the day it was raised until the day it was resolved. */
  g_assert_false (cg_escalation_is_open (escalation, before));
  g_assert_true (cg_escalation_is_open (escalation, raised));
  g_assert_true (cg_escalation_is_open (escalation, after));

  g_signal_connect (escalation, "notify::resolved", G_CALLBACK (count_notify_cb), &n_resolved);
  g_signal_connect (escalation, "notify::outcome", G_CALLBACK (count_notify_cb), &n_outcome);
  cg_escalation_resolve (escalation, settled, "Agreed at the agencies' meeting");
  cg_escalation_resolve (escalation, settled, "Agreed at the agencies' meeting");
  g_assert_cmpuint (n_resolved, ==, 1);
  g_assert_cmpuint (n_outcome, ==, 1);
  g_assert_true (cg_escalation_is_open (escalation, later));
  g_assert_false (cg_escalation_is_open (escalation, settled));
  g_assert_false (cg_escalation_is_open (escalation, after));

  /* Reopened. */
  cg_escalation_resolve (escalation, NULL, NULL);
  g_assert_true (cg_escalation_is_open (escalation, after));
  g_assert_null (cg_escalation_get_outcome (escalation));

  cg_escalation_step_set_note (first, "Raised at the core group");
  g_assert_cmpstr (cg_escalation_step_get_note (first), ==, "Raised at the core group");
  g_assert_finalize_object (g_steal_pointer (&escalation));
}

static void
test_add_escalation (void)
{
  g_autoptr(CgCase) kase = new_case ();
  g_autoptr(GDate) raised = day ("2027-01-05");
  g_autoptr(GDate) due = day ("2027-01-08");
  g_autoptr(CgAction) programme = cg_action_new ("a1", "Attend the programme weekly", "m2", due);
  g_autoptr(CgPlanChange) change = cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "Conference chair",
                                                       raised, "Agreed at the review");
  g_autoptr(CgEscalation) absent = cg_escalation_new ("x1", raised, "m1", CG_ESCALATION_CONCERN_ATTENDANCE);
  g_autoptr(CgEscalation) again = cg_escalation_new ("x1", raised, "m2", CG_ESCALATION_CONCERN_DRIFT);
  g_autoptr(CgEscalation) stranger = cg_escalation_new ("x2", raised, "m9", CG_ESCALATION_CONCERN_OTHER);
  g_autoptr(CgEscalation) drift = cg_escalation_new ("x3", raised, "m2", CG_ESCALATION_CONCERN_DRIFT);
  g_autoptr(GError) error = NULL;

  cg_child_protection_plan_add_action (cg_case_get_plan (kase), programme, change, &error);
  g_assert_no_error (error);

  cg_escalation_set_about (absent, "m7");
  g_assert_false (cg_case_add_escalation (kase, absent, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_cmpstr (error->message, ==, "escalation “x1”.about: not a member of the core group or an action of the plan");
  g_clear_error (&error);
  cg_escalation_set_about (absent, "m2");
  g_assert_true (cg_case_add_escalation (kase, absent, &error));
  g_assert_no_error (error);

  g_assert_false (cg_case_add_escalation (kase, again, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID);
  g_clear_error (&error);

  g_assert_false (cg_case_add_escalation (kase, stranger, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_cmpstr (error->message, ==, "escalation “x2”.raised_by: not a member of the core group");
  g_clear_error (&error);

  /* About an action of the plan. */
  cg_escalation_set_about (drift, "a1");
  g_assert_true (cg_case_add_escalation (kase, drift, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_escalations (kase)), ==, 2);
  g_assert_true (cg_case_validate (kase, &error));
  g_assert_no_error (error);

  /* Changed after it was added: only validating finds it. */
  cg_escalation_set_about (drift, "a2");
  g_assert_false (cg_case_validate (kase, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_true (g_str_has_prefix (error->message, "escalations[1].about: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-records/reschedule", test_reschedule);
  g_test_add_func ("/case-records/round-trip", test_round_trip);
  g_test_add_func ("/case-records/decision", test_decision);
  g_test_add_func ("/case-records/add-decision", test_add_decision);
  g_test_add_func ("/case-records/add-acknowledgement", test_add_acknowledgement);
  g_test_add_func ("/case-records/review-request", test_review_request);
  g_test_add_func ("/case-records/add-review-request", test_add_review_request);
  g_test_add_func ("/case-records/escalation", test_escalation);
  g_test_add_func ("/case-records/add-escalation", test_add_escalation);
  g_test_add_func ("/case-records/strict/rescheduled-from", test_strict_rescheduled_from);
  g_test_add_func ("/case-records/strict/decisions", test_strict_decisions);
  g_test_add_func ("/case-records/strict/acknowledgements", test_strict_acknowledgements);
  g_test_add_func ("/case-records/strict/review-requests", test_strict_review_requests);
  g_test_add_func ("/case-records/strict/escalations", test_strict_escalations);

  return g_test_run ();
}
