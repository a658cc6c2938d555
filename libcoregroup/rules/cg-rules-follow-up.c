/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What happens around the dates (doc/rules.md): late items a named person
 * accepted, requests to move the review conference, and professional
 * differences escalated. Records dated after today have not happened yet
 * and are left out, as everywhere else. */

#include "config.h"

#include "domain/cg-case-private.h"
#include "rules/cg-deadline-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

static gboolean
not_after_today (const CgRuleContext *ctx,
                 const GDate         *date)
{
  return date != NULL && g_date_compare (date, ctx->today) <= 0;
}

/* An acknowledgement matches one late or overdue entry by rule and due
 * date, and only one not matched already: a pending or met entry needs no
 * acceptance, and accepting it in advance would hide it. */
void
cg_rules_match_acknowledgements (CgRuleContext *ctx)
{
  GListModel *acknowledgements = cg_case_peek_acknowledgement (ctx->kase);

  for (guint i = 0; i < cg_items_len (acknowledgements); i++)
    {
      g_autoptr(CgAcknowledgement) acknowledgement = g_list_model_get_item (acknowledgements, i);
      gboolean matched = FALSE;

      if (!not_after_today (ctx, cg_acknowledgement_get_date (acknowledgement)))
        continue;

      for (guint j = 0; j < cg_report_get_n_deadlines (ctx->report) && !matched; j++)
        {
          const CgDeadlineRecord *deadline = cg_report_peek_deadline (ctx->report, j);

          if ((deadline->status == CG_DEADLINE_STATUS_LATE || deadline->status == CG_DEADLINE_STATUS_OVERDUE) &&
              deadline->acknowledgement == NULL &&
              g_strcmp0 (deadline->rule, cg_acknowledgement_get_rule (acknowledgement)) == 0 &&
              g_date_compare (&deadline->due, cg_acknowledgement_get_due (acknowledgement)) == 0)
            {
              cg_report_acknowledge (ctx->report, j, acknowledgement);
              matched = TRUE;
            }
        }

      if (!matched)
        g_ptr_array_add (ctx->unmatched, g_steal_pointer (&acknowledgement));
    }
}

/* acknowledgement-unmatched: an acknowledgement for an entry the report
 * does not have, late or overdue: the due date moved, or it was mistyped. */
void
cg_check_acknowledgement_unmatched (const CgRuleContext *ctx,
                                    const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->unmatched->len; i++)
    {
      CgAcknowledgement *acknowledgement = g_ptr_array_index (ctx->unmatched, i);
      g_autofree char *due = cg_rules_describe_date (cg_acknowledgement_get_due (acknowledgement));
      g_autofree char *date = cg_rules_describe_date (cg_acknowledgement_get_date (acknowledgement));
      g_autofree char *text =
        /* Translators: the acknowledgement's date, who made it, a rule id
         * (which stays as it is), the due date it names, and the rule id
         * again. */
        cg_strdup_format (_("The acknowledgement of %s by %s accepts a %s entry due on %s, "
                           "but no late or overdue %s entry is due that day"),
                          date, cg_acknowledgement_get_by (acknowledgement),
                          cg_acknowledgement_get_rule (acknowledgement), due,
                          cg_acknowledgement_get_rule (acknowledgement));

      cg_rules_add_finding (ctx, setting, setting->rule->severity, cg_case_get_id (ctx->kase), text);
    }
}

static gboolean
plan_over_by (const CgRuleContext *ctx,
              const GDate         *date)
{
  GDate *ended = cg_case_get_plan_ended (ctx->kase);

  return ended != NULL && g_date_compare (ended, date) <= 0;
}

/* review-request-open: the chair has not decided yet (Suffolk 7.4: "at the
 * discretion of the chair"). */
void
cg_check_review_request_open (const CgRuleContext *ctx,
                              const CgRuleSetting *setting)
{
  GListModel *requests = cg_case_peek_review_request (ctx->kase);

  for (guint i = 0; i < cg_items_len (requests); i++)
    {
      CgReviewRequest *request = cg_items_peek (requests, i);
      g_autofree char *subject = NULL;
      g_autofree char *date = NULL;
      g_autofree char *text = NULL;

      if (cg_review_request_get_decision (request) != CG_REVIEW_DECISION_OPEN ||
          !not_after_today (ctx, cg_review_request_get_date (request)) || plan_over_by (ctx, ctx->today))
        continue;

      subject = cg_strdup_format ("review_requests[%u]", i);
      date = cg_rules_describe_date (cg_review_request_get_date (request));
      if (cg_review_request_get_direction (request) == CG_REVIEW_DIRECTION_EARLIER)
        /* Translators: the request's date, who made it, and the conference it
         * asks to move ("the review conference"). */
        text = cg_strdup_format (_("The request of %s by %s to hold %s earlier is waiting for the chair's decision"),
                                 date, cg_rules_member_name (ctx->group, cg_review_request_get_by (request)),
                                 ctx->review);
      else
        /* Translators: as above, for a request to hold it later. */
        text = cg_strdup_format (_("The request of %s by %s to hold %s later is waiting for the chair's decision"),
                                 date, cg_rules_member_name (ctx->group, cg_review_request_get_by (request)),
                                 ctx->review);
      cg_rules_add_finding (ctx, setting, setting->rule->severity, subject, text);
    }
}

/* Whether a review conference that was due when @request was made has
 * been moved the way it asked. */
static gboolean
rescheduled_for (const CgRuleContext *ctx,
                 CgReviewRequest     *request)
{
  GListModel *reviews = cg_case_peek_conference (ctx->kase);

  for (guint i = 0; i < cg_items_len (reviews); i++)
    {
      CgConference *review = cg_items_peek (reviews, i);
      GPtrArray *earlier = cg_conference_get_rescheduled_from (review);
      const GDate *original, *previous;
      int moved;

      if (earlier->len == 0)
        continue;
      original = g_ptr_array_index (earlier, 0);
      previous = g_ptr_array_index (earlier, earlier->len - 1);
      moved = g_date_compare (cg_conference_get_date (review), previous);
      if (g_date_compare (original, cg_review_request_get_date (request)) >= 0 &&
          (cg_review_request_get_direction (request) == CG_REVIEW_DIRECTION_EARLIER ? moved < 0 : moved > 0))
        return TRUE;
    }

  return FALSE;
}

/* review-request-not-actioned: the chair agreed to move the review
 * conference, and no review conference was moved within the timescale. */
void
cg_check_review_request_not_actioned (const CgRuleContext *ctx,
                                      const CgRuleSetting *setting)
{
  GListModel *requests = cg_case_peek_review_request (ctx->kase);

  for (guint i = 0; i < cg_items_len (requests); i++)
    {
      CgReviewRequest *request = cg_items_peek (requests, i);
      GDate *decided = cg_review_request_get_decided_on (request);
      g_autofree char *subject = NULL;
      g_autofree char *when = NULL;
      g_autofree char *span = NULL;
      g_autofree char *text = NULL;
      GDate limit;

      if (cg_review_request_get_decision (request) != CG_REVIEW_DECISION_AGREED ||
          !not_after_today (ctx, decided) || plan_over_by (ctx, decided) ||
          !cg_rules_add_interval (ctx->calendar, decided, setting->value, setting->unit, &limit) ||
          g_date_compare (&limit, ctx->today) >= 0 || plan_over_by (ctx, &limit) ||
          rescheduled_for (ctx, request))
        continue;

      subject = cg_strdup_format ("review_requests[%u]", i);
      when = cg_rules_describe_date (decided);
      span = cg_rules_describe_span (setting->value, setting->unit);
      if (cg_review_request_get_direction (request) == CG_REVIEW_DIRECTION_EARLIER)
        /* Translators: the day the chair decided, the conference ("the review
         * conference"), the same without "the" after "no" ("review
         * conference"), and a span ("10 working days"). */
        text = cg_strdup_format (_("The chair agreed on %s to hold %s earlier, but no %s has been "
                                  "rescheduled within %s of the decision"),
                                 when, ctx->review, ctx->any_review, span);
      else
        /* Translators: as above, for a request to hold it later. */
        text = cg_strdup_format (_("The chair agreed on %s to hold %s later, but no %s has been "
                                  "rescheduled within %s of the decision"),
                                 when, ctx->review, ctx->any_review, span);
      cg_rules_add_finding (ctx, setting, setting->rule->severity, subject, text);
    }
}

/* The words for each step of an escalation route, as the documents name
 * them, in the order of CgEscalationStepKind. */
static const char * const step_words[] = {
  NC_("escalation step", "core group"),
  NC_("escalation step", "lead social worker and manager"),
  NC_("escalation step", "own agency"),
  NC_("escalation step", "agency managers"),
  NC_("escalation step", "conference chair"),
  NC_("escalation step", "resolving professional differences"),
  NC_("escalation step", "multi-agency supervision"),
  NC_("escalation step", "LSCP escalation"),
  NC_("escalation step", "legal advice"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (step_words) == CG_ESCALATION_STEP_KIND_LEGAL_ADVICE + 1);

/* The last step taken by @today, or NULL when none was. */
static CgEscalationStep *
last_step_by (CgEscalation *escalation,
              const GDate  *today)
{
  GListModel *steps = cg_escalation_get_steps (escalation);
  CgEscalationStep *last = NULL;

  for (guint i = 0; i < cg_items_len (steps); i++)
    {
      CgEscalationStep *step = cg_items_peek (steps, i);
      GDate *date = cg_escalation_step_get_date (step);

      if (g_date_compare (date, today) <= 0 &&
          (last == NULL || g_date_compare (date, cg_escalation_step_get_date (last)) >= 0))
        last = step;
    }

  return last;
}

/* "escalated on 5 Jan 2027: agency managers". */
char *
cg_rules_describe_escalation (CgEscalation *escalation,
                              const GDate  *today)
{
  CgEscalationStep *last = last_step_by (escalation, today);
  g_autofree char *when = cg_rules_describe_date (cg_escalation_get_date (escalation));

  if (last == NULL)
    /* Translators: follows a concern in a finding: "...; escalated on 5 Jan
     * 2027". */
    return cg_strdup_format (_("escalated on %s"), when);
  /* Translators: follows a concern in a finding: the date, and the last step
   * taken ("agency managers"). */
  return cg_strdup_format (_("escalated on %s: %s"), when,
                           cg_dpgettext2 ("escalation step", step_words[cg_escalation_step_get_step (last)]));
}

/* The open escalation that covers a concern about @about (a member or an
 * action id), or about any member of @agency. */
CgEscalation *
cg_rules_covering_escalation (const CgRuleContext *ctx,
                              const char          *about,
                              const char          *agency)
{
  GListModel *escalations = cg_case_peek_escalation (ctx->kase);

  for (guint i = 0; i < cg_items_len (escalations); i++)
    {
      g_autoptr(CgEscalation) escalation = g_list_model_get_item (escalations, i);
      const char *subject = cg_escalation_get_about (escalation);
      CgMember *member;

      if (subject == NULL || !cg_escalation_is_open (escalation, ctx->today))
        continue;
      if (g_strcmp0 (subject, about) == 0)
        return escalation;  /* the case's list keeps it */

      member = agency != NULL ? cg_core_group_lookup_member (ctx->group, subject) : NULL;
      if (member != NULL && g_strcmp0 (cg_member_get_agency (member), agency) == 0)
        return escalation;
    }

  return NULL;
}

/* The report lists every escalation open today with its last step and how
 * many working days have passed since it. */
void
cg_rules_list_open_escalations (CgRuleContext *ctx)
{
  GListModel *escalations = cg_case_peek_escalation (ctx->kase);

  for (guint i = 0; i < cg_items_len (escalations); i++)
    {
      CgEscalation *escalation = cg_items_peek (escalations, i);
      g_autoptr(CgOpenEscalation) open = NULL;
      CgEscalationStep *last;
      const GDate *since;

      if (!cg_escalation_is_open (escalation, ctx->today))
        continue;

      last = last_step_by (escalation, ctx->today);
      since = last != NULL ? cg_escalation_step_get_date (last) : cg_escalation_get_date (escalation);
      open = cg_open_escalation_new (escalation, last, since,
                                     cg_calendar_count_working_days (ctx->calendar, since, ctx->today));
      cg_report_add_open_escalation (ctx->report, open);
    }
}
