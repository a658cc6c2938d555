/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report to a review conference through the public API: the period it
 * covers, what it takes from the record, and how it writes it. */

#include <string.h>

#include "test-fixtures.h"

#define HISTORY(date, reason_field) \
  "{ \"date\": \"" date "\", \"author\": \"Chair\", \"source\": \"core-group\", \"kind\": \"add-action\"," \
  " \"target\": \"a1\", \"summary\": \"Added action a1\"" reason_field " }"

/* ICPC Mon 2 Nov 2026, a review held Mon 1 Feb 2027 and one booked for
 * Mon 2 Aug 2027. The changes of 10 Nov (with a reason holding markup)
 * and of 1 Dec (with none) are in the first period; the one of 3 Feb is
 * in the second. */
static CgCase *
reviewed_case (void)
{
  return CASE (.icpc = "2026-11-02",
               .plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe at home\" } ],"
                       " \"actions\": [ { \"id\": \"a1\", \"description\": \"Referral\", \"owner\": \"m2\","
                       " \"outcome\": \"o1\", \"due\": \"2026-11-20\", \"completed\": \"2026-11-19\" } ],"
                       " \"dissent\": [ { \"date\": \"2026-11-10\", \"member\": \"m3\", \"text\": \"I do not agree\","
                       " \"about\": \"categories\", \"meeting\": \"cg1\" } ],"
                       " \"history\": [ " HISTORY ("2026-11-10", ", \"reason\": \"Agreed <at> cg1 & minuted\"") ","
                       HISTORY ("2026-12-01", "") "," HISTORY ("2027-02-03", ", \"reason\": \"After the review\"") " ] }",
               .meetings = CG ("cg1", "2026-11-10", PRESENT ("m1") "," PRESENT ("m2") "," ATTENDANCE ("m4", "absent")),
               .contacts = SEEN ("c1", "2026-11-05", "m2") "," SEEN ("c2", "2026-11-25", "m1"),
               .extra = "\"review_conferences\": [ { \"date\": \"2027-02-01\", \"held\": true },"
                        " { \"date\": \"2027-08-02\", \"held\": false,"
                        "   \"recommendation\": { \"plan\": \"end\", \"reason\": \"Risk has fallen\" } } ],");
}

static void
test_period_and_content (void)
{
  g_autoptr(CgCase) kase = reviewed_case ();
  g_autoptr(GDate) review = date_new ("2027-02-01");
  g_autoptr(GDate) today = date_new ("2027-03-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReviewReport) report = cg_review_report_new (kase, builtin_policy ("suffolk"), review, today, &error);
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *html = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_assert_no_error (error);
  start = cg_date_format (cg_review_report_get_period_start (report));
  end = cg_date_format (cg_review_report_get_period_end (report));
  g_assert_cmpstr (start, ==, "2026-11-02");
  g_assert_cmpstr (end, ==, "2027-02-01");
  g_assert_true (cg_review_report_get_booked (report));

  json = cg_review_report_to_json (report, NULL);
  text = cg_review_report_to_text (report);
  html = cg_review_report_to_html (report);
  g_assert_nonnull (strstr (json, "\"reason\" : \"Agreed <at> cg1 & minuted\""));
  g_assert_null (strstr (json, "After the review"));
  g_assert_nonnull (strstr (text, "Reason: Agreed <at> cg1 & minuted"));
  g_assert_nonnull (strstr (text, "Reason: NO REASON RECORDED"));
  g_assert_nonnull (strstr (text, "1 record of dissent, from Parent (1); about categories (1)."));
  g_assert_nonnull (strstr (text, "Mon 2 Nov 2026 (the initial conference) to Mon 1 Feb 2027"));
  g_assert_nonnull (strstr (html, "<td>Agreed &lt;at&gt; cg1 &amp; minuted</td>"));
  g_assert_null (strstr (html, "<at>"));
  g_assert_nonnull (strstr (html, "I do not agree"));
  g_assert_nonnull (strstr (text, "No recommendation of the core group is recorded for this conference."));
}

/* The next review: the one booked on or after today; its period starts at
 * the review held, and its recommendation is quoted. */
static void
test_next_review (void)
{
  g_autoptr(CgCase) kase = reviewed_case ();
  g_autoptr(GDate) today = date_new ("2027-03-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReviewReport) report = cg_review_report_new (kase, builtin_policy ("suffolk"), NULL, today, &error);
  g_autofree char *conference = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  conference = cg_date_format (cg_review_report_get_conference_date (report));
  g_assert_cmpstr (conference, ==, "2027-08-02");
  text = cg_review_report_to_text (report);
  g_assert_nonnull (strstr (text, "Mon 1 Feb 2027 (the last review conference held)"));
  g_assert_nonnull (strstr (text, "Recommendation: The plan can end"));
  g_assert_nonnull (strstr (text, "After the review"));
  g_assert_null (strstr (text, "Agreed <at>"));
  g_assert_nonnull (strstr (text, "No core group was held in the period."));
}

static void
test_no_such_review (void)
{
  g_autoptr(CgCase) kase = reviewed_case ();
  g_autoptr(GDate) review = date_new ("2027-05-05");
  g_autoptr(GDate) today = date_new ("2027-03-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReviewReport) report = cg_review_report_new (kase, builtin_policy ("suffolk"), review, today, &error);

  g_assert_null (report);
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "review_conferences: "));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review-report/period-and-content", test_period_and_content);
  g_test_add_func ("/review-report/next-review", test_next_review);
  g_test_add_func ("/review-report/no-such-review", test_no_such_review);

  return g_test_run ();
}
