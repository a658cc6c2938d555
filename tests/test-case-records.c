/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The records a case keeps besides its meetings and contacts: review
 * conferences moved to another day, through the API, in a document read
 * and saved, and refused when the document gets them wrong. */

#include <string.h>

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

/* The fixture with @from replaced by @to is refused with @code, and the
 * message starts with @path and a colon and never shows @value. */
static void
assert_refused (const char *from,
                const char *to,
                int         code,
                const char *path,
                const char *value)
{
  g_autofree char *text = test_fixture_text ("case-records.json", from, to);
  g_autofree char *prefix = g_strconcat (path, ": ", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);

  g_test_message ("%s → %s", from, to);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  if (value != NULL && strstr (error->message, value) != NULL)
    g_error ("“%s” quotes the document", error->message);
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
}

static void
test_round_trip (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-records.json");
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;
  g_autoptr(CgCase) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  assert_fixture_values (kase);
  saved = cg_case_to_data (kase, NULL);
  reloaded = cg_case_new_from_data (saved, -1, &error);
  g_assert_no_error (error);
  assert_fixture_values (reloaded);
  again = cg_case_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, saved);

  /* A conference never moved is written without the field. */
  test_assert_saved_value (saved, "$.review_conferences[0].rescheduled_from", NULL);
  test_assert_saved_value (saved, "$.review_conferences[1].rescheduled_from", "[\"2027-01-21\",\"2027-01-28\"]");
  test_assert_saved_value (saved, "$.review_conferences[1].x_room", "\"Room 2\"");
}

static void
test_strict_rescheduled_from (void)
{
  assert_refused ("\"2027-01-28\"]", "\"2027-01-32\"]", CG_FORMAT_ERROR_INVALID_DATE,
                  "review_conferences[1].rescheduled_from[1]", "2027-01-32");
  assert_refused ("\"2027-01-28\"]", "\"2427-01-28\"]", CG_FORMAT_ERROR_INVALID_DATE,
                  "review_conferences[1].rescheduled_from[1]", "2427");
  assert_refused ("\"2027-01-28\"]", "20270128]", CG_FORMAT_ERROR_INVALID_TYPE,
                  "review_conferences[1].rescheduled_from[1]", "20270128");
  assert_refused ("[\"2027-01-21\", \"2027-01-28\"]", "\"2027-01-21\"", CG_FORMAT_ERROR_INVALID_TYPE,
                  "review_conferences[1].rescheduled_from", "2027-01-21");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-records/reschedule", test_reschedule);
  g_test_add_func ("/case-records/round-trip", test_round_trip);
  g_test_add_func ("/case-records/strict/rescheduled-from", test_strict_rescheduled_from);

  return g_test_run ();
}
