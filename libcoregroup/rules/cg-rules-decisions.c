/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Conference decisions (doc/rules.md, "Conference decisions"): the case's
 * own figures, set by the initial or a review conference. The policy says
 * per rule what a conference may do (conference_may): tighten, change or
 * nothing. Each decision is judged once per evaluation; the deadline rules
 * ask which figure is in force on a day, the not-seen-alone check whether
 * it was turned off, and conference-decision-not-allowed reports the
 * decisions that were not applied. */

#include "config.h"

#include "domain/cg-case-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

static void
decision_free (gpointer data)
{
  CgRuleDecision *self = data;

  g_clear_object (&self->decision);
  g_free (self->refusal);
  g_free (self->source);
  g_free (self->what);
  g_free (self->event);
  g_free (self);
}

/* Decisions by the date of their conference; the record's order among
 * those of one conference, so that the later entry is the one in force. */
static int
compare_decisions (gconstpointer a,
                   gconstpointer b)
{
  const CgRuleDecision *x = *(const CgRuleDecision **) a;
  const CgRuleDecision *y = *(const CgRuleDecision **) b;
  int by_date = g_date_compare (x->date, y->date);

  return by_date != 0 ? by_date : (x->index > y->index) - (x->index < y->index);
}

/* "a change of child-seen to 5 working days", "that the child need not be
 * seen alone". */
static char *
describe_decision (CgConferenceDecision *decision)
{
  g_autofree char *span = NULL;

  if (cg_conference_decision_get_off (decision))
    /* Translators: what a conference decided, in "The review conference of 18
     * Nov 2026 turned not-seen-alone off (...)"; %s is a rule id, which stays
     * as it is. */
    return cg_strdup_format (_("turned %s off"), cg_conference_decision_get_rule (decision));
  if (cg_conference_decision_get_value (decision) <= 0)
    /* Translators: what a conference decided; %s is a rule id. */
    return cg_strdup_format (_("gave %s no figure"), cg_conference_decision_get_rule (decision));

  span = cg_rules_describe_span (cg_conference_decision_get_value (decision),
                                 cg_conference_decision_get_unit (decision));
  /* Translators: what a conference decided: a rule id, which stays as it is,
   * and a span, "5 working days". */
  return cg_strdup_format (_("set %s to %s"), cg_conference_decision_get_rule (decision), span);
}

/* Why the policy does not let @judged apply, or NULL when it does. */
static char *
refusal (const CgRuleContext *ctx,
         CgRuleDecision      *judged)
{
  CgConferenceDecision *decision = judged->decision;
  const CgRuleSetting *setting = judged->setting;
  const char *may;
  g_autofree char *span = NULL;
  GDate under_policy, under_decision;

  if (setting == NULL)
    /* Translators: why a conference decision was not applied; %s is a rule
     * id, which stays as it is. */
    return cg_strdup_format (_("the policy applies no %s rule for a conference to set"),
                             cg_conference_decision_get_rule (decision));

  may = setting->conference_may != NULL ? setting->conference_may : "none";
  if (g_str_equal (may, "none"))
    return g_strdup (_("the policy does not let a conference change it"));

  if (setting->rule->kind == CG_RULE_KIND_CHECK)
    return cg_conference_decision_get_off (decision) ? NULL
           : g_strdup (_("a check can only be turned off"));

  if (cg_conference_decision_get_off (decision) || cg_conference_decision_get_value (decision) <= 0)
    return g_strdup (_("a deadline rule needs a figure, and cannot be turned off"));

  if (g_str_equal (may, "change"))
    return NULL;

  /* tighten: honoured when, counted from the conference, it falls due no
   * later than the policy's own figure would. */
  span = cg_rules_describe_span (setting->value, setting->unit);
  if (!cg_rules_add_interval (ctx->calendar, judged->date, setting->value, setting->unit, &under_policy) ||
      !cg_rules_add_interval (ctx->calendar, judged->date, cg_conference_decision_get_value (decision),
                              cg_conference_decision_get_unit (decision), &under_decision))
    return g_strdup (_("the figure cannot be counted in the calendar"));
  if (g_date_compare (&under_decision, &under_policy) > 0)
    /* Translators: why a conference decision was not applied; %s is the
     * policy's own figure, "10 working days". */
    return cg_strdup_format (_("it is longer than the policy's %s, and the policy lets a conference only shorten it"),
                             span);

  return NULL;
}

void
cg_rules_judge_decisions (CgRuleContext *ctx,
                          GHashTable    *deadlines,
                          GHashTable    *checks)
{
  GListModel *decisions = cg_case_peek_decision (ctx->kase);
  GDate *icpc = cg_case_get_initial_conference (ctx->kase);

  ctx->decisions = g_ptr_array_new_with_free_func (decision_free);

  for (guint i = 0; i < cg_items_len (decisions); i++)
    {
      CgRuleDecision *judged = g_new0 (CgRuleDecision, 1);
      const CgRuleDescriptor *rule;
      g_autofree char *when = NULL;

      judged->decision = g_list_model_get_item (decisions, i);
      judged->index = i;
      judged->date = cg_conference_decision_get_conference (judged->decision);

      /* A conference after today has not sat yet. */
      if (judged->date == NULL || g_date_compare (judged->date, ctx->today) > 0)
        {
          decision_free (judged);
          continue;
        }

      rule = cg_rule_catalogue_lookup (cg_conference_decision_get_rule (judged->decision));
      if (rule != NULL)
        judged->setting = g_hash_table_lookup (rule->kind == CG_RULE_KIND_DEADLINE ? deadlines : checks, rule->id);

      when = cg_rules_describe_date (judged->date);
      if (icpc != NULL && g_date_compare (judged->date, icpc) == 0)
        {
          judged->what = g_strdup (ctx->initial);
          judged->event = g_strdup ("initial-conference");
        }
      else
        {
          judged->what = g_strdup (ctx->review);
          judged->event = cg_rules_review_event (judged->date);
        }
      /* Translators: where a deadline's figure came from: "conference", a
       * date, and the paragraph the policy cites ("Suffolk 8.3") or "the
       * policy". */
      judged->source = cg_strdup_format (_("%s of %s, under %s"), ctx->conference, when,
                                         judged->setting != NULL && judged->setting->source != NULL
                                          ? judged->setting->source : _("the policy"));
      judged->refusal = refusal (ctx, judged);
      judged->allowed = judged->refusal == NULL;
      g_ptr_array_add (ctx->decisions, judged);
    }

  g_ptr_array_sort (ctx->decisions, compare_decisions);
}

/* The last decision allowed for @rule at a conference on or before @day. */
const CgRuleDecision *
cg_rules_decision_in_force (const CgRuleContext *ctx,
                            const char          *rule,
                            const GDate         *day)
{
  const CgRuleDecision *found = NULL;

  for (guint i = 0; ctx->decisions != NULL && i < ctx->decisions->len; i++)
    {
      const CgRuleDecision *judged = g_ptr_array_index (ctx->decisions, i);

      if (g_date_compare (judged->date, day) > 0)
        break;
      if (judged->allowed && g_str_equal (cg_conference_decision_get_rule (judged->decision), rule))
        found = judged;
    }

  return found;
}

/* conference-decision-not-allowed: a decision the policy does not let a
 * conference make was not applied; the figure in force before it stays. */
void
cg_check_conference_decision_not_allowed (const CgRuleContext *ctx,
                                          const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->decisions->len; i++)
    {
      const CgRuleDecision *judged = g_ptr_array_index (ctx->decisions, i);
      g_autofree char *day = NULL;
      g_autofree char *what = NULL;
      g_autofree char *text = NULL;
      const char *rule_source;

      if (judged->allowed)
        continue;

      day = cg_rules_describe_date (judged->date);
      what = describe_decision (judged->decision);
      rule_source = judged->setting != NULL ? judged->setting->source : NULL;
      if (rule_source != NULL)
        /* Translators: a conference ("the review conference"), its date, what
         * it decided ("set child-seen to 5 working days"), the decision's
         * place in the record (keep conference_decisions[%u] as it is), why
         * it was refused, and the paragraph the policy cites. */
        text = cg_strdup_format (_("%s of %s %s (conference_decisions[%u]), but %s (%s); it was not applied, "
                                  "and the figure in force before it still counts"),
                                 judged->what, day, what, judged->index, judged->refusal, rule_source);
      else
        /* Translators: as above, with no paragraph cited. */
        text = cg_strdup_format (_("%s of %s %s (conference_decisions[%u]), but %s; it was not applied, "
                                  "and the figure in force before it still counts"),
                                 judged->what, day, what, judged->index, judged->refusal);
      text[0] = g_ascii_toupper (text[0]);
      cg_rules_add_finding (ctx, setting, setting->rule->severity, cg_case_get_id (ctx->kase), text);
    }
}
