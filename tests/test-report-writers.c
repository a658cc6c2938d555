/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report's writers: JSON (cg_report_to_json). */

#include <string.h>

#include "test-fixtures.h"

static void
test_json_suffolk_example (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, "2027-01-20");
  g_autofree char *json = cg_report_to_json (report, NULL);

  g_assert_true (g_str_has_prefix (json, "{\n  \"case\" : \"SUF-2026-0417\",\n  \"policy\" : \"suffolk\",\n  \"today\" : \"2027-01-20\""));
  g_assert_nonnull (strstr (json, "\"window_start\" : \"2027-01-14\""));
  g_assert_nonnull (strstr (json, "\"rule\" : \"quorum\",\n      \"severity\" : \"error\",\n      \"subject\" : \"cg3\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report/json/suffolk-example", test_json_suffolk_example);

  return g_test_run ();
}
