/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The deadline report in the form of `coregroup deadlines --format json`
 * (doc/rules.md, "Deadline entries and findings"). */

#include "config.h"

#include "formats/cg-formats-private.h"
#include "rules/cg-deadline-private.h"
#include "rules/cg-finding-private.h"
#include "util/cg-util-private.h"
#include "util/cg-item-list-private.h"

/* Shared with the report to a review conference, which lists entries
 * and findings in the same form. */
void
cg_report_json_add_deadline (CgJsonOut     *out,
                             gconstpointer  deadline)
{
  const CgDeadlineRecord *entry = deadline;
  g_autofree char *satisfied_text = cg_deadline_record_dup_satisfied_text (entry);
  g_autofree char *explanation = cg_deadline_record_dup_explanation (entry);

  cg_json_out_begin_object (out, NULL);
  cg_json_out_string (out, "rule", entry->rule);
  cg_json_out_date (out, "due", cg_day_get (&entry->due));
  cg_json_out_date (out, "window_start", cg_day_get (&entry->window_start));
  cg_json_out_enum (out, "status", CG_TYPE_DEADLINE_STATUS, entry->status);
  cg_json_out_string (out, "satisfied_by", entry->satisfied_by);
  cg_json_out_date (out, "satisfied_on", cg_day_get (&entry->satisfied_on));
  cg_json_out_string (out, "satisfied_text", satisfied_text);
  cg_json_out_string (out, "subject", entry->subject);
  cg_json_out_string (out, "description", entry->description);
  cg_json_out_string (out, "source", entry->source);
  cg_json_out_date (out, "counted_from", cg_day_get (&entry->counted_from));
  cg_json_out_string (out, "counted_from_event", entry->counted_from_event);
  cg_json_out_string (out, "origin", entry->origin);
  cg_json_out_string (out, "explanation", explanation);
  cg_json_out_strv (out, "responsible", (const char * const *) entry->responsible);
  if (entry->acknowledgement != NULL)
    {
      CgAcknowledgement *acknowledgement = entry->acknowledgement;

      cg_json_out_begin_object (out, "acknowledged");
      cg_json_out_date (out, "date", cg_acknowledgement_get_date (acknowledgement));
      cg_json_out_string (out, "by", cg_acknowledgement_get_by (acknowledgement));
      cg_json_out_string (out, "reason", cg_acknowledgement_get_reason (acknowledgement));
      cg_json_out_end_object (out);
    }
  cg_json_out_end_object (out);
}

void
cg_report_json_add_open_escalation (CgJsonOut        *out,
                                    CgOpenEscalation *open)
{
  CgEscalation *escalation = cg_open_escalation_get_escalation (open);
  CgEscalationStep *step = cg_open_escalation_get_last_step (open);

  cg_json_out_begin_object (out, NULL);
  cg_json_out_string (out, "id", cg_escalation_get_id (escalation));
  cg_json_out_date (out, "date", cg_escalation_get_date (escalation));
  cg_json_out_string (out, "raised_by", cg_escalation_get_raised_by (escalation));
  cg_json_out_enum (out, "concern", CG_TYPE_ESCALATION_CONCERN, cg_escalation_get_concern (escalation));
  cg_json_out_string (out, "about", cg_escalation_get_about (escalation));
  if (step != NULL)
    cg_json_out_enum (out, "last_step", CG_TYPE_ESCALATION_STEP_KIND, cg_escalation_step_get_step (step));
  cg_json_out_date (out, "since", cg_open_escalation_get_since (open));
  cg_json_out_int (out, "working_days", cg_open_escalation_get_working_days (open));
  cg_json_out_end_object (out);
}

void
cg_report_json_add_finding (CgJsonOut     *out,
                            gconstpointer  finding)
{
  const CgFindingRecord *record = finding;

  cg_json_out_begin_object (out, NULL);
  cg_json_out_string (out, "rule", record->rule);
  cg_json_out_enum (out, "severity", CG_TYPE_SEVERITY, record->severity);
  cg_json_out_string (out, "subject", record->subject);
  cg_json_out_string (out, "message", record->message);
  cg_json_out_string (out, "source", record->source);
  cg_json_out_end_object (out);
}

/* The report object both forms write. */
static void
write_members (CgReport  *self,
               CgJsonOut *out)
{
  GListModel *deadlines, *findings, *escalations;

  deadlines = cg_report_get_deadlines (self);
  findings = cg_report_get_findings (self);
  escalations = cg_report_peek_open_escalations (self);

  cg_json_out_begin_object (out, NULL);
  cg_json_out_string (out, "case", cg_report_get_case_id (self));
  cg_json_out_string (out, "policy", cg_report_get_policy_id (self));
  cg_json_out_date (out, "today", cg_report_get_today (self));

  cg_report_json_add_all (out, "deadlines", deadlines, (CgReportJsonAddFunc) cg_report_json_add_deadline);

  cg_report_json_add_all (out, "findings", findings, (CgReportJsonAddFunc) cg_report_json_add_finding);

  cg_report_json_add_all (out, "open_escalations", escalations, (CgReportJsonAddFunc) cg_report_json_add_open_escalation);
  cg_json_out_end_object (out);
}

/* Laid out, or on one line for JSON Lines. */
static char *
write_report (CgReport *self,
              gboolean  one_line,
              gsize    *length)
{
  CgJsonOut out;

  cg_json_out_init_text (&out, !one_line);
  write_members (self, &out);
  return cg_json_out_steal_text (&out, length);
}

/**
 * cg_report_to_json:
 * @self: a report
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the report as JSON in the form of
 * `coregroup deadlines --format json`: the case id, policy id and day of
 * evaluation, then `deadlines` (each with `rule`, `due`, `status`, and
 * `satisfied_by`/`satisfied_on` with `satisfied_text`, the same in words
 * that name people, `window_start`, `subject`, `description`
 * and `source` where known, and how the due date was counted:
 * `counted_from`, `counted_from_event` and `explanation`; and `origin`,
 * what the duty arises from) and `findings` (each with `rule`, `severity`,
 * `subject`, `message` and `source`).
 *
 * Returns: (transfer full): the JSON text
 */
char *
cg_report_to_json (CgReport *self,
                   gsize    *length)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return write_report (self, FALSE, length);
}

/**
 * cg_report_to_json_line:
 * @self: a report
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the report as [method@CoreGroup.Report.to_json] does, but on
 * one line with no layout, ending in a newline: one line of the JSON
 * Lines `coregroup deadlines --format json` writes over several cases.
 *
 * Returns: (transfer full): the JSON text
 */
char *
cg_report_to_json_line (CgReport *self,
                        gsize    *length)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return write_report (self, TRUE, length);
}

void
cg_report_json_add_all (CgJsonOut          *out,
                        const char         *name,
                        GListModel         *items,
                        CgReportJsonAddFunc add)
{
  CgItemList *list = items != NULL ? CG_ITEM_LIST (items) : NULL;
  gboolean records = list != NULL && cg_item_list_get_record_kind (list) != NULL;

  cg_json_out_begin_array (out, name);
  for (guint i = 0; i < cg_item_list_get_len (list); i++)
    add (out, records ? (gpointer) cg_item_list_peek_record (list, i) : cg_item_list_peek (list, i));
  cg_json_out_end_array (out);
}
