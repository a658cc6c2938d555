/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* coregroup report --review YYYY-MM-DD|next [--today D] [--format html|json|text] CASE:
 * the lead social worker's report to a review conference (CgReviewReport). */

#include <stdio.h>
#include <string.h>

#include "cg-tool-private.h"

int
cg_cmd_report (int    argc,
               char **argv)
{
  g_autofree char *review_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *format = NULL;
  g_autofree char *policy_id = NULL;
  g_auto(GStrv) policy_files = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "review", 0, 0, G_OPTION_ARG_STRING, &review_text, "The review conference: its day, or next", "YYYY-MM-DD|next" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, "Write as of this day (default: today in Europe/London)", "YYYY-MM-DD" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, "text (default), json, or html (one printable file)", "FORMAT" },
    { "policy", 0, 0, G_OPTION_ARG_STRING, &policy_id, "Use this policy instead of the case's own", "ID" },
    { "policy-file", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policy_files, "Load a policy file first (may repeat)", "FILE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("CASE.json — the report to a review conference");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = NULL;
  g_autoptr(GDate) today = NULL;
  g_autoptr(GDate) review = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgReviewReport) report = NULL;
  g_autofree char *out = NULL;
  CgPolicy *policy;

  g_option_context_set_summary (context,
                                "The period since the previous conference: plan changes and their reasons,\n"
                                "dissent, outcomes and actions, core groups and attendance, the child seen,\n"
                                "timescales, findings, escalations, review requests and the core group's\n"
                                "recommendation. Exit status: 0, or 2 for a usage error or a file that\n"
                                "cannot be loaded.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "coregroup report: %s\n", error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      fprintf (stderr, "coregroup report: give exactly one case file\n");
      return CG_TOOL_EXIT_USAGE;
    }
  if (review_text == NULL)
    {
      fprintf (stderr, "coregroup report: --review: give the day of the review conference, or next\n");
      return CG_TOOL_EXIT_USAGE;
    }
  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json") &&
      !g_str_equal (format, "html"))
    {
      fprintf (stderr, "coregroup report: --format: “%s” is not text, json or html\n", format);
      return CG_TOOL_EXIT_USAGE;
    }

  today = today_text != NULL ? cg_tool_parse_date ("--today", today_text) : cg_date_new_today ();
  if (today == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (!g_str_equal (review_text, "next") && (review = cg_tool_parse_date ("--review", review_text)) == NULL)
    return CG_TOOL_EXIT_USAGE;

  registry = cg_tool_load_policies ((const char * const *) policy_files);
  if (registry == NULL || (kase = cg_tool_load_case (files[0])) == NULL ||
      (policy = cg_tool_find_policy (registry, kase, policy_id, "report", files[0])) == NULL)
    return CG_TOOL_EXIT_USAGE;

  report = cg_review_report_new (kase, policy, review, today, &error);
  if (report == NULL)
    {
      fprintf (stderr, "%s: %s\n", files[0], error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  if (format != NULL && g_str_equal (format, "json"))
    out = cg_review_report_to_json (report, NULL);
  else if (format != NULL && g_str_equal (format, "html"))
    out = cg_review_report_to_html (report);
  else
    out = cg_review_report_to_text (report);
  fputs (out, stdout);

  return CG_TOOL_EXIT_OK;
}
