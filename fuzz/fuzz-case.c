/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The case loader: load, save, reload, compare, then evaluate under every
 * built-in policy and write each report as JSON and iCalendar.
 *
 * A document that loads must come back out: its saved form must load again
 * and save to the same bytes. A loaded case must evaluate under any policy
 * without a warning or critical. Either failing is a crash. */

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-common.h"

/* Read-only after LLVMFuzzerInitialize: lookups do not change it. */
static CgPolicyRegistry *builtin;

static void
free_builtin (void)
{
  g_clear_object (&builtin);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  cg_fuzz_init ();
  builtin = cg_policy_registry_new_builtin ();
  atexit (free_builtin);
  return 0;
}

/* Parsing the report back is a third of the work for a small case, so it
 * is done for the case's own policy only. */
static void
check_report (CgReport *report,
              gboolean  parse)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autofree char *ics = NULL;
  gsize json_length, ics_length;

  json = cg_report_to_json (report, &json_length);
  cg_fuzz_check (json != NULL && strlen (json) == json_length, "report JSON length");
  cg_fuzz_check (g_utf8_validate (json, (gssize) json_length, NULL), "report JSON is UTF-8");
  cg_fuzz_check (!parse || json_parser_load_from_data (parser, json, (gssize) json_length, NULL),
                 "report JSON parses");

  ics = cg_report_to_icalendar (report, &ics_length);
  cg_fuzz_check (ics != NULL && strlen (ics) == ics_length, "report iCalendar length");
  cg_fuzz_check (g_utf8_validate (ics, (gssize) ics_length, NULL), "report iCalendar is UTF-8");
  cg_fuzz_check (g_str_has_prefix (ics, "BEGIN:VCALENDAR\r\n"), "report iCalendar begins a calendar");
}

static void
evaluate (CgCase      *kase,
          const GDate *today)
{
  GListModel *policies = cg_policy_registry_get_policies (builtin);

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgReport) report = cg_policy_evaluate (policy, kase, today, &error);

      cg_fuzz_check ((report == NULL) != (error == NULL), "evaluate sets an error or gives a report");
      if (report != NULL)
        check_report (report, g_strcmp0 (cg_policy_get_id (policy), cg_case_get_policy (kase)) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgCase) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  gsize saved_length, resaved_length;
  GDate today;
  GDate *icpc;

  kase = cg_case_new_from_data (cg_fuzz_data (data), (gssize) size, &error);
  cg_fuzz_check ((kase == NULL) != (error == NULL), "load sets an error or gives a case");
  if (kase == NULL)
    return 0;

  cg_fuzz_check (cg_case_validate (kase, NULL), "a loaded case validates");

  saved = cg_case_to_data (kase, &saved_length);
  cg_fuzz_check (saved != NULL && strlen (saved) == saved_length, "saved length");
  again = cg_case_new_from_data (saved, (gssize) saved_length, &error);
  if (again == NULL)
    {
      g_printerr ("the saved case does not load again: %s\n%s\n", error->message, saved);
      cg_fuzz_fail (__FILE__, __LINE__, "round trip: the saved case loads");
    }
  resaved = cg_case_to_data (again, &resaved_length);
  if (resaved_length != saved_length || memcmp (saved, resaved, saved_length) != 0)
    {
      g_printerr ("first save:\n%s\nsecond save:\n%s\n", saved, resaved);
      cg_fuzz_fail (__FILE__, __LINE__, "round trip: the saved case saves to the same bytes");
    }

  /* As of a fixed day, and as of a day somewhere in the case's first
   * three years that the input decides. */
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 20, G_DATE_JANUARY, 2027);
  evaluate (kase, &today);

  icpc = cg_case_get_initial_conference (kase);
  if (icpc != NULL && g_date_valid (icpc))
    cg_fuzz_set_julian (&today, (gint64) g_date_get_julian (icpc) - 30 + cg_fuzz_hash (data, size) % 1100);
  else
    cg_fuzz_set_julian (&today, (gint64) g_date_get_julian (&today) + cg_fuzz_hash (data, size) % 1100);
  evaluate (kase, &today);

  return 0;
}
