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
  static const char * const formats[] = { "text", "json", "html", NULL };
  g_autofree char *review_text = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *format = NULL;
  g_autofree char *policy_id = NULL;
  g_auto(GStrv) policy_files = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "review", 0, 0, G_OPTION_ARG_STRING, &review_text, N_("The review conference: its day, or next"), "YYYY-MM-DD|next" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Write as of this day (default: today in Europe/London)"), "YYYY-MM-DD" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default), json, or html (one printable file)"), N_("FORMAT") },
    { "policy", 0, 0, G_OPTION_ARG_STRING, &policy_id, N_("Use this policy instead of the case's own"), N_("ID") },
    { "policy-file", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policy_files, N_("Load a policy file first (may repeat)"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context =
    cg_tool_option_context_new (N_("CASE.json — the report to a review conference"),
                                N_("The period since the previous conference: plan changes and their reasons,\n"
                                   "dissent, outcomes and actions, core groups and attendance, the child seen,\n"
                                   "timescales, findings, escalations, review requests and the core group's\n"
                                   "recommendation. Exit status: 0, or 2 for a usage error or a file that\n"
                                   "cannot be loaded."),
                                entries);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPolicyRegistry) registry = NULL;
  g_autoptr(GDate) today = NULL;
  g_autoptr(GDate) review = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgReviewReport) report = NULL;
  g_autofree char *out = NULL;
  const char *form;
  CgPolicy *policy;

  if (!cg_tool_parse_options (context, &argc, &argv))
    return CG_TOOL_EXIT_USAGE;
  if ((form = cg_tool_check_format (format, formats)) == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return cg_tool_usage_error (_("give exactly one case file"));
  if (review_text == NULL)
    return cg_tool_usage_error (_("--review: give the day of the review conference, or next"));

  today = today_text != NULL ? cg_tool_parse_date ("--today", today_text) : cg_date_new_today ();
  if (today == NULL)
    return CG_TOOL_EXIT_USAGE;
  if (!g_str_equal (review_text, "next") && (review = cg_tool_parse_date ("--review", review_text)) == NULL)
    return CG_TOOL_EXIT_USAGE;

  registry = cg_tool_load_policies ((const char * const *) policy_files);
  if (registry == NULL || (kase = cg_tool_load_case (files[0])) == NULL ||
      (policy = cg_tool_find_policy (registry, kase, policy_id, files[0])) == NULL)
    return CG_TOOL_EXIT_USAGE;

  report = cg_review_report_new (kase, policy, review, today, &error);
  if (report == NULL)
    {
      fprintf (stderr, "%s: %s\n", files[0], error->message);
      return CG_TOOL_EXIT_USAGE;
    }

  if (g_str_equal (form, "json"))
    out = cg_review_report_to_json (report, NULL);
  else if (g_str_equal (form, "html"))
    out = cg_review_report_to_html (report);
  else
    out = cg_review_report_to_text (report);
  fputs (out, stdout);

  return CG_TOOL_EXIT_OK;
}
