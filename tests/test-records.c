/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Contact records, review conferences and case events. */

#include <coregroup/coregroup.h>

#include "test-util.h"

static void
test_contact_record (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (6, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgContactRecord) visit = cg_contact_record_new (day, "m1");
  const char *risks[] = { "Little food in the house", "Bruise on arm", NULL };
  guint n_seen = 0, n_risks = 0;

  g_assert_cmpstr (cg_contact_record_get_by (visit), ==, "m1");
  g_assert_null (cg_contact_record_get_id (visit));
  /* Not seen until recorded as seen. */
  g_assert_false (cg_contact_record_get_seen (visit));

  g_signal_connect (visit, "notify::seen", G_CALLBACK (count_notify_cb), &n_seen);
  g_signal_connect (visit, "notify::risk-indicators", G_CALLBACK (count_notify_cb), &n_risks);
  cg_contact_record_set_seen (visit, TRUE);
  cg_contact_record_set_seen (visit, TRUE);
  cg_contact_record_set_risk_indicators (visit, risks);
  cg_contact_record_set_risk_indicators (visit, risks);
  g_assert_cmpuint (n_seen, ==, 1);
  g_assert_cmpuint (n_risks, ==, 1);
  g_assert_cmpstrv (cg_contact_record_get_risk_indicators (visit), risks);

  cg_contact_record_set_id (visit, "c1");
  cg_contact_record_set_time (visit, "14:30");
  cg_contact_record_set_place (visit, "Home");
  cg_contact_record_set_seen_alone (visit, TRUE);
  cg_contact_record_set_unannounced (visit, TRUE);
  cg_contact_record_set_interaction (visit, "Played on the floor");
  cg_contact_record_set_development (visit, "Alert, babbling");
  cg_contact_record_set_parenting_capacity (visit, "Warm");
  cg_contact_record_set_family_environment (visit, "No change");
  g_assert_cmpstr (cg_contact_record_get_time (visit), ==, "14:30");
  g_assert_cmpstr (cg_contact_record_get_family_environment (visit), ==, "No change");
  g_assert_true (cg_contact_record_get_unannounced (visit));

  cg_contact_record_set_risk_indicators (visit, NULL);
  g_assert_null (cg_contact_record_get_risk_indicators (visit));
  g_assert_cmpuint (n_risks, ==, 2);
  g_assert_finalize_object (g_steal_pointer (&visit));
}

static void
test_conference (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (4, G_DATE_FEBRUARY, 2027);
  g_autoptr(GDate) earlier = g_date_new_dmy (21, G_DATE_JANUARY, 2027);
  g_autoptr(CgConference) review = cg_conference_new (day, FALSE);
  guint n_held = 0, n_date = 0;

  g_signal_connect (review, "notify::held", G_CALLBACK (count_notify_cb), &n_held);
  g_signal_connect (review, "notify::date", G_CALLBACK (count_notify_cb), &n_date);
  cg_conference_set_held (review, TRUE);
  cg_conference_set_held (review, TRUE);
  /* Brought forward (Suffolk 7.4). */
  cg_conference_set_date (review, earlier);
  cg_conference_set_date (review, earlier);
  g_assert_cmpuint (n_held, ==, 1);
  g_assert_cmpuint (n_date, ==, 1);
  g_assert_cmpint (g_date_get_day (cg_conference_get_date (review)), ==, 21);
}

static void
test_case_event (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (25, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) reported = g_date_new_dmy (27, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgCaseEvent) change = cg_case_event_new ("e1", CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE, day);
  guint n_reported = 0;

  g_assert_cmpstr (cg_case_event_get_id (change), ==, "e1");
  g_assert_cmpint (cg_case_event_get_kind (change), ==, CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE);
  g_assert_null (cg_case_event_get_reported_on (change));

  g_signal_connect (change, "notify::reported-on", G_CALLBACK (count_notify_cb), &n_reported);
  cg_case_event_set_reported_on (change, reported);
  cg_case_event_set_reported_on (change, reported);
  g_assert_cmpuint (n_reported, ==, 1);

  cg_case_event_set_description (change, "Father returned home");
  cg_case_event_set_school (change, NULL);
  cg_case_event_set_agency (change, "NHS");
  cg_case_event_set_previous_member (change, "m2");
  cg_case_event_set_new_member (change, "m6");
  g_assert_cmpstr (cg_case_event_get_description (change), ==, "Father returned home");
  g_assert_cmpstr (cg_case_event_get_new_member (change), ==, "m6");
  g_assert_cmpstr (cg_case_event_get_previous_member (change), ==, "m2");
  g_assert_finalize_object (g_steal_pointer (&change));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/records/contact-record", test_contact_record);
  g_test_add_func ("/records/conference", test_conference);
  g_test_add_func ("/records/case-event", test_case_event);

  return g_test_run ();
}
