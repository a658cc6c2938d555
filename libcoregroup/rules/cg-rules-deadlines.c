/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The deadline rules (doc/rules.md, "Deadline rules"). Each produces entries
 * with the rule id, due date, status, what satisfied it and when, and the
 * citation the policy gives. Records dated after "today" have not happened
 * yet as far as the evaluation is concerned, and are ignored. */

#include "config.h"

#include <string.h>

#include "domain/cg-meeting-private.h"
#include "domain/cg-case-private.h"
#include "rules/cg-explanation-private.h"
#include "rules/cg-report-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

/* Something that happened on a day and may satisfy a deadline. @event
 * names it as the start of the next count, where that differs from @id
 * (a review conference is "review-conference:YYYY-MM-DD"). For the
 * entry it satisfies (CgDeadline:satisfied-text), @done says what
 * happened, one of the phrases below, or @seen_by who saw the child;
 * both are borrowed. */
typedef struct
{
  GDate       date;
  char       *id;
  char       *event;
  const char *done;
  CgMember   *seen_by;
} Occurrence;

/* What an occurrence did, before " on <day>"; translated when the
 * entry's text is read. */
/* Translators: how a deadline was met, before " on <day>" (see "%s on %s") */
static const char core_group_held[] = N_("core group held");
/* Translators: how a deadline was met, before " on <day>" (see "%s on %s") */
static const char review_held[] = N_("review held");
/* Translators: how a deadline was met, before " on <day>" (see "%s on %s") */
static const char minutes_circulated[] = N_("minutes circulated");
/* Translators: how a deadline was met, before " on <day>" (see "%s on %s") */
static const char reported_to_the_chair[] = N_("reported to the conference chair");
/* Translators: how a deadline was met, before " on <day>" (see "%s on %s") */
static const char core_group_told[] = N_("core group told");
/* Translators: how a deadline was met, before " on <day>" (see "%s on %s") */
static const char chair_updated[] = N_("lead social worker updated by the chair");

static void
occurrence_clear (gpointer data)
{
  g_free (((Occurrence *) data)->id);
  g_free (((Occurrence *) data)->event);
}

static GArray *
occurrences_new (void)
{
  GArray *array = g_array_new (FALSE, FALSE, sizeof (Occurrence));

  g_array_set_clear_func (array, occurrence_clear);
  return array;
}

static void
occurrences_add (GArray      *array,
                 const GDate *date,
                 char        *id,
                 const char  *done,
                 CgMember    *seen_by)
{
  Occurrence occurrence = { *date, id, NULL, done, seen_by };

  g_array_append_val (array, occurrence);
}

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  return g_date_compare (&((const Occurrence *) a)->date, &((const Occurrence *) b)->date);
}

/* Where a count starts: the day, what to call it in the explanation
 * ("the core group"), and its id for counted_from_event. */
typedef struct
{
  const GDate *date;
  const char  *what;
  const char  *event;
} Start;

/* One count that gives a due date, with the figure it used. A conference
 * decision in force on the day the count starts gives the figure; one at a
 * conference inside a running count brings its due date forward when its
 * figure ends sooner (doc/rules.md, "Conference decisions"). */
typedef struct
{
  Start                 from;
  int                   value;
  CgTimeUnit            unit;
  GDate                 due;
  const CgRuleDecision *decision;  /* whose figure gave due; NULL for the policy's */
  gboolean              cut_short; /* the decision came inside the count */
  Start                 running;   /* when cut short: the count it replaced */
  GDate                 running_due;
  const CgRuleDecision *later;     /* a decision inside the count whose figure ends later */
  GDate                 later_due;
} Count;

/* The figure in force for a count starting on @day: the last decision
 * allowed on or before it, or the policy's (its second interval after the
 * first occurrence, where it has one). */
static void
figure_at (const CgRuleContext *ctx,
           const CgRuleSetting *setting,
           const GDate         *day,
           gboolean             first,
           Count               *count)
{
  const CgRuleDecision *decision = cg_rules_decision_in_force (ctx, setting->rule->id, day);

  count->decision = decision;
  if (decision != NULL)
    {
      count->value = cg_conference_decision_get_value (decision->decision);
      count->unit = cg_conference_decision_get_unit (decision->decision);
    }
  else
    {
      count->value = first || !setting->then.set ? setting->value : setting->then.value;
      count->unit = first || !setting->then.set ? setting->unit : setting->then.unit;
    }
}

/* Works out the count from @start, satisfied on @satisfied_on (NULL while
 * it is not). FALSE when the due date falls outside the calendar. */
static gboolean
count_from (const CgRuleContext *ctx,
            const CgRuleSetting *setting,
            const Start         *start,
            gboolean             first,
            const GDate         *satisfied_on,
            Count               *count)
{
  *count = (Count) { *start };
  figure_at (ctx, setting, start->date, first, count);
  if (!cg_rules_add_interval (ctx->calendar, start->date, count->value, count->unit, &count->due))
    return FALSE;

  for (guint i = 0; i < ctx->decisions->len; i++)
    {
      const CgRuleDecision *decision = g_ptr_array_index (ctx->decisions, i);
      GDate due;

      if (!decision->allowed || decision->setting != setting ||
          g_date_compare (decision->date, start->date) <= 0 ||
          (satisfied_on != NULL && g_date_compare (decision->date, satisfied_on) > 0))
        continue;
      if (!cg_rules_add_interval (ctx->calendar, decision->date, cg_conference_decision_get_value (decision->decision),
                                  cg_conference_decision_get_unit (decision->decision), &due))
        continue;

      if (g_date_compare (&due, &count->due) < 0)
        {
          if (!count->cut_short)
            {
              count->running = count->from;
              count->running_due = count->due;
            }
          count->from = (Start) { decision->date, decision->what, decision->event };
          count->value = cg_conference_decision_get_value (decision->decision);
          count->unit = cg_conference_decision_get_unit (decision->decision);
          count->due = due;
          count->decision = decision;
          count->cut_short = TRUE;
          count->later = NULL;
        }
      else if (!count->cut_short && count->later == NULL)
        {
          count->later = decision;
          count->later_due = due;
        }
    }

  return TRUE;
}

/* A count that is a window before @anchor (the final core group before a
 * review): the figure in force on the anchor's day, counted back. */
static void
window_figure (const CgRuleContext *ctx,
               const CgRuleSetting *setting,
               const Start         *anchor,
               Count               *count)
{
  *count = (Count) { *anchor };
  figure_at (ctx, setting, anchor->date, TRUE, count);
}

/* How the count's due date was worked out, with where its figure came
 * from when a conference set it; put into words when it is read. */
static CgExplanation *
explain (const CgRuleContext *ctx,
         const Count         *count,
         const GDate         *window_start)
{
  CgExplanation *explanation = cg_explanation_new (ctx->calendar, count->from.date, count->from.what,
                                                   window_start != NULL ? -count->value : count->value,
                                                   count->unit, window_start, &count->due);

  if (count->cut_short)
    cg_explanation_note_cut_short (explanation, count->running.what, count->running.date, &count->running_due);
  else if (count->later != NULL)
    cg_explanation_note_later (explanation, count->later->what, count->later->date,
                               cg_conference_decision_get_value (count->later->decision),
                               cg_conference_decision_get_unit (count->later->decision), &count->later_due);
  else if (count->decision != NULL)
    cg_explanation_note_decision (explanation, count->decision->what, count->decision->date);

  return explanation;
}

/* @origin names the duty whatever its due date (CgDeadline:origin): a
 * recurring rule's first start, or a one-off duty's subject. */
static void
add_entry (const CgRuleContext *ctx,
           const CgRuleSetting *setting,
           gboolean             ends_with_plan,
           const Count         *count,
           const GDate         *window_start,
           const Occurrence    *satisfied,
           const char          *origin,
           const char          *subject,
           const char          *description)
{
  CgDeadlineFields fields;
  const GDate *satisfied_on = satisfied != NULL ? &satisfied->date : NULL;
  const CgRuleDecision *decision = count->decision;
  GDate *ended = cg_case_get_plan_ended (ctx->kase);
  /* A recurring duty ends with the plan: what it had become by the end is
   * what it stays, whatever today is. */
  const GDate *as_of = ends_with_plan && ended != NULL && g_date_compare (ended, ctx->today) < 0
                       ? ended : ctx->today;

  fields.rule = setting->rule->id;
  fields.due = &count->due;
  fields.window_start = window_start;
  fields.status = cg_deadline_compute_status (&count->due, satisfied_on, as_of);
  fields.satisfied_by = satisfied != NULL ? satisfied->id : NULL;
  fields.satisfied_on = satisfied_on;
  fields.satisfied_done = satisfied != NULL ? satisfied->done : NULL;
  fields.seen_by = satisfied != NULL ? satisfied->seen_by : NULL;
  fields.subject = subject;
  fields.description = description;
  fields.source = decision != NULL ? decision->source : setting->source;
  fields.counted_from = count->from.date;
  fields.counted_from_event = count->from.event;
  fields.origin = origin;
  fields.explanation = explain (ctx, count, window_start);
  fields.responsible = decision != NULL ? cg_conference_decision_get_by (decision->decision) : NULL;
  cg_report_add_deadline_fields (ctx->report, &fields);
}

static gboolean
after_plan_end (const CgRuleContext *ctx,
                const GDate         *date)
{
  GDate *ended = cg_case_get_plan_ended (ctx->kase);

  return ended != NULL && g_date_compare (date, ended) > 0;
}

/* An occurrence due on the day the plan ended or later is kept only if it
 * was met by the end: no duty left unmet follows the end. */
static gboolean
due_with_plan_over (const CgRuleContext *ctx,
                    const GDate         *due)
{
  GDate *ended = cg_case_get_plan_ended (ctx->kase);

  return ended != NULL && g_date_compare (due, ended) >= 0;
}

/* "Minutes circulated within 15 working days of the core group of ...". */
static char *
describe (const char  *what,
          const Count *count,
          const char  *from)
{
  g_autofree char *span = cg_rules_describe_span (count->value, count->unit);

  /* Translators: a deadline's description: what is due ("Minutes
   * circulated"), the span ("15 working days") and what it is counted from
   * ("the core group of 3 Feb 2027"). */
  return cg_strdup_format (_("%s within %s of %s"), what, span, from);
}

/* A deadline an interval after @from, met by a date the record gives
 * (minutes circulated, a report made), if that date is not after today;
 * @done_text says what was done then ("minutes circulated"). */
static void
add_recorded (const CgRuleContext *ctx,
              const CgRuleSetting *setting,
              const GDate         *from,
              const char          *what,
              const GDate         *recorded,
              const char          *id,
              const char          *duty,
              const char          *from_text,
              const char          *done_text)
{
  Start start = { from, what, id };
  gboolean happened = recorded != NULL && g_date_compare (recorded, ctx->today) <= 0;
  Occurrence done = { { 0 }, (char *) id, NULL, done_text, NULL };
  g_autofree char *description = NULL;
  Count count;

  if (!count_from (ctx, setting, &start, TRUE, happened ? recorded : NULL, &count))
    return;
  if (happened)
    done.date = *recorded;
  description = describe (duty, &count, from_text);
  add_entry (ctx, setting, FALSE, &count, NULL, happened ? &done : NULL, id, id, description);
}

/* What a recurring rule asks, for its entries' descriptions. */
typedef enum
{
  EVERY_CORE_GROUP,
  EVERY_CHILD_SEEN,
  EVERY_VISIT,
  EVERY_REVIEW,
} Every;

/* The description of an entry of a recurring rule: what it asks at least
 * every span of the count's figure ("Core group at least every 6 weeks"),
 * or @policy_wording where the policy's own figure applies and says more. */
static char *
describe_every (const CgRuleContext *ctx,
                Every                every,
                const char          *policy_wording,
                const Count         *count)
{
  g_autofree char *span = NULL;

  if (policy_wording != NULL && count->decision == NULL)
    return g_strdup (policy_wording);

  span = cg_rules_describe_span (count->value, count->unit);
  switch (every)
    {
    case EVERY_CORE_GROUP:
      /* Translators: %s is a span, "6 weeks". */
      return cg_strdup_format (_("Core group at least every %s"), span);
    case EVERY_CHILD_SEEN:
      /* Translators: %s is a span, "10 working days". */
      return cg_strdup_format (_("Child seen by a professional member of the core group at least every %s"), span);
    case EVERY_VISIT:
      /* Translators: %s is a span, "4 weeks". */
      return cg_strdup_format (_("Lead social worker sees the child face to face at least every %s"), span);
    case EVERY_REVIEW:
    default:
      /* Translators: "Review conference" and a span, "6 months". */
      return cg_strdup_format (_("%s at least every %s"), ctx->review_title, span);
    }
}

/* A recurring rule (doc/rules.md): the first occurrence is due an interval
 * after @start, each next one an interval after the day the previous one
 * actually happened. One entry per occurrence in the record, plus the next
 * pending or overdue one; nothing falls due after the plan ended. */
static void
recurring (const CgRuleContext *ctx,
           const CgRuleSetting *setting,
           const Start         *start,
           const char          *occurrence_what,
           GArray              *occurrences,
           Every                every,
           const char          *policy_wording)
{
  Start from = *start;
  gboolean first = TRUE;
  guint next = 0;
  /* The description, worded again only when the figure changes (a
   * conference decision): a series is mostly one figure. */
  g_autofree char *description = NULL;
  Count described = { 0 };

  g_array_sort (occurrences, compare_occurrences);

  for (;;)
    {
      const Occurrence *occurrence = NULL;
      Count count;

      while (next < occurrences->len &&
             g_date_compare (&g_array_index (occurrences, Occurrence, next).date, from.date) <= 0)
        next++;
      if (next < occurrences->len)
        occurrence = &g_array_index (occurrences, Occurrence, next);

      /* What happened after the end satisfies nothing: the occurrence
       * running at the end stays unmet, if it fell due before it. */
      if (occurrence != NULL && after_plan_end (ctx, &occurrence->date))
        occurrence = NULL;

      if (!count_from (ctx, setting, &from, first, occurrence != NULL ? &occurrence->date : NULL, &count))
        break;
      if (description == NULL || count.value != described.value || count.unit != described.unit ||
          (count.decision == NULL) != (described.decision == NULL))
        {
          g_free (description);
          description = describe_every (ctx, every, policy_wording, &count);
          described = count;
        }

      if (occurrence == NULL)
        {
          if (!due_with_plan_over (ctx, &count.due))
            add_entry (ctx, setting, TRUE, &count, NULL, NULL, start->event, NULL, description);
          break;
        }

      add_entry (ctx, setting, TRUE, &count, NULL, occurrence, start->event, NULL, description);
      from = (Start) { &occurrence->date, occurrence_what,
                       occurrence->event != NULL ? occurrence->event : occurrence->id };
      first = FALSE;
      next++;
    }
}

static GArray *
core_group_occurrences (const CgRuleContext *ctx)
{
  GArray *occurrences = occurrences_new ();

  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);

      occurrences_add (occurrences, cg_meeting_get_date (meeting),
                       g_strdup (cg_meeting_get_id (meeting)), core_group_held, NULL);
    }

  return occurrences;
}

/* first-core-group: counted from the initial conference (Suffolk 2.1). A
 * core group on the day of the conference itself counts. */
void
cg_rule_first_core_group (const CgRuleContext *ctx,
                          const CgRuleSetting *setting)
{
  GDate *icpc = cg_case_get_initial_conference (ctx->kase);
  g_autofree char *description = NULL;
  Start start = { icpc, ctx->initial, "initial-conference" };
  Occurrence held = { { 0 } };
  gboolean found = FALSE;
  Count count;

  if (icpc == NULL)
    return;

  for (guint i = 0; i < ctx->core_groups->len && !found; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);

      if (g_date_compare (cg_meeting_get_date (meeting), icpc) >= 0 &&
          !after_plan_end (ctx, cg_meeting_get_date (meeting)))
        {
          held = (Occurrence) { *cg_meeting_get_date (meeting), (char *) cg_meeting_get_id (meeting), NULL,
                                core_group_held, NULL };
          found = TRUE;
        }
    }

  if (!count_from (ctx, setting, &start, TRUE, found ? &held.date : NULL, &count))
    return;
  description = describe (_("First core group"), &count, ctx->initial);
  if (found || !due_with_plan_over (ctx, &count.due))
    add_entry (ctx, setting, TRUE, &count, NULL, found ? &held : NULL, start.event, NULL, description);
}

/* core-group-interval: each further core group, counted from the previous
 * one held (Suffolk 3.1). */
void
cg_rule_core_group_interval (const CgRuleContext *ctx,
                             const CgRuleSetting *setting)
{
  g_autoptr(GArray) occurrences = NULL;
  CgMeeting *first;
  Start start;

  if (ctx->core_groups->len == 0)
    return;

  first = g_ptr_array_index (ctx->core_groups, 0);
  start = (Start) { cg_meeting_get_date (first), _("the core group"), cg_meeting_get_id (first) };
  occurrences = core_group_occurrences (ctx);
  recurring (ctx, setting, &start, _("the core group"), occurrences, EVERY_CORE_GROUP, NULL);
}

/* final-core-group-before-review: a core group inside the window of N
 * working days before each review conference, held or scheduled (Suffolk
 * 3.6). The window opens on the Nth working day before the conference and
 * closes on the last working day before it; due is its last day. */
void
cg_rule_final_core_group_before_review (const CgRuleContext *ctx,
                                        const CgRuleSetting *setting)
{
  GListModel *reviews = cg_case_peek_conference (ctx->kase);

  for (guint i = 0; i < cg_items_len (reviews); i++)
    {
      CgConference *review = cg_items_peek (reviews, i);
      GDate *date = cg_conference_get_date (review);
      g_autofree char *when = cg_rules_describe_date (date);
      g_autofree char *span = NULL;
      g_autofree char *description = NULL;
      g_autofree char *subject = cg_strdup_format ("review_conferences[%u]", i);
      g_autofree char *event = cg_rules_review_event (date);
      const Occurrence *held = NULL;
      Occurrence found;
      GDate opens;
      Count count;

      if (after_plan_end (ctx, date))
        continue;

      window_figure (ctx, setting, &(Start) { date, ctx->review, event }, &count);
      if (!cg_rules_add_interval (ctx->calendar, date, -count.value, count.unit, &opens) ||
          !cg_rules_add_interval (ctx->calendar, date, -1, CG_TIME_UNIT_WORKING_DAYS, &count.due))
        continue;

      for (guint j = 0; j < ctx->core_groups->len && held == NULL; j++)
        {
          CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, j);
          GDate *day = cg_meeting_get_date (meeting);

          if (g_date_compare (day, &opens) >= 0 && g_date_compare (day, &count.due) <= 0)
            {
              found = (Occurrence) { *day, (char *) cg_meeting_get_id (meeting), NULL, core_group_held, NULL };
              held = &found;
            }
        }

      span = cg_rules_describe_span (count.value, count.unit);
      /* Translators: a span ("15 working days"), the conference it comes
       * before ("the review conference") and its date. */
      description = cg_strdup_format (_("Final core group in the %s before %s of %s"), span, ctx->review, when);
      add_entry (ctx, setting, TRUE, &count, &opens, held, subject, subject, description);
    }
}

/* minutes-circulated: minutes to all members within N working days of each
 * core group (Suffolk 4.3). */
void
cg_rule_minutes_circulated (const CgRuleContext *ctx,
                            const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      g_autofree char *when = cg_rules_describe_date (cg_meeting_get_date (meeting));
      /* Translators: %s is a date, "3 Feb 2027". */
      g_autofree char *from = cg_strdup_format (_("the core group of %s"), when);

      add_recorded (ctx, setting, cg_meeting_get_date (meeting), _("the core group"),
                    cg_meeting_get_minutes_circulated (meeting), cg_meeting_get_id (meeting),
                    _("Minutes circulated"), from, minutes_circulated);
    }
}

/* Contacts in which the child was seen by a member matching @want. Only
 * professional members count for child-seen (Suffolk 8.3); only the lead
 * social worker for lead-social-worker-visit (Suffolk 8.1). */
static GArray *
seen_occurrences (const CgRuleContext *ctx,
                  gboolean             lead_social_worker_only)
{
  GArray *occurrences = occurrences_new ();

  for (guint i = 0; i < cg_case_get_n_contacts (ctx->kase); i++)
    {
      const CgContactFields *contact = cg_case_peek_contact (ctx->kase, i);
      CgMember *by = cg_core_group_lookup_member (ctx->group, contact->by);
      GDate *date = cg_contact_fields_get_date (contact);

      if (by == NULL || !contact->seen || g_date_compare (date, ctx->today) > 0)
        continue;
      if (lead_social_worker_only ? cg_member_get_role (by) != CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER
                                  : !cg_member_get_professional (by))
        continue;

      occurrences_add (occurrences, date, cg_rules_contact_subject (contact, i), NULL, by);
    }

  return occurrences;
}

void
cg_rule_child_seen (const CgRuleContext *ctx,
                    const CgRuleSetting *setting)
{
  GDate *icpc = cg_case_get_initial_conference (ctx->kase);
  g_autoptr(GArray) occurrences = NULL;

  if (icpc == NULL)
    return;

  occurrences = seen_occurrences (ctx, FALSE);
  recurring (ctx, setting, &(Start) { icpc, ctx->initial, "initial-conference" }, _("the contact"), occurrences,
             EVERY_CHILD_SEEN, NULL);
}

void
cg_rule_lead_social_worker_visit (const CgRuleContext *ctx,
                                  const CgRuleSetting *setting)
{
  GDate *icpc = cg_case_get_initial_conference (ctx->kase);
  g_autoptr(GArray) occurrences = NULL;

  if (icpc == NULL)
    return;

  occurrences = seen_occurrences (ctx, TRUE);
  recurring (ctx, setting, &(Start) { icpc, ctx->initial, "initial-conference" }, _("the visit"), occurrences,
             EVERY_VISIT, NULL);
}

/* review-conference: the first review an interval after the initial
 * conference, later ones a second interval after the previous review held. */
void
cg_rule_review_conference (const CgRuleContext *ctx,
                           const CgRuleSetting *setting)
{
  GDate *icpc = cg_case_get_initial_conference (ctx->kase);
  GListModel *reviews = cg_case_peek_conference (ctx->kase);
  g_autoptr(GArray) occurrences = occurrences_new ();
  g_autofree char *first = cg_rules_describe_span (setting->value, setting->unit);
  g_autofree char *then = setting->then.set ? cg_rules_describe_span (setting->then.value, setting->then.unit)
                                            : g_strdup (first);
  /* Translators: "Review conference", the first span ("3 months"), the
   * conference it is counted from ("the initial conference") and the later
   * span ("6 months"). */
  g_autofree char *wording = cg_strdup_format (_("%s within %s of %s, then at least every %s"),
                                               ctx->review_title, first, ctx->initial, then);

  if (icpc == NULL)
    return;

  for (guint i = 0; i < cg_items_len (reviews); i++)
    {
      CgConference *review = cg_items_peek (reviews, i);
      GDate *date = cg_conference_get_date (review);

      if (cg_conference_get_held (review) && g_date_compare (date, ctx->today) <= 0)
        {
          occurrences_add (occurrences, date, cg_strdup_format ("review_conferences[%u]", i), review_held,
                           NULL);
          g_array_index (occurrences, Occurrence, occurrences->len - 1).event = cg_rules_review_event (date);
        }
    }

  recurring (ctx, setting, &(Start) { icpc, ctx->initial, "initial-conference" },
             ctx->review, occurrences, EVERY_REVIEW, wording);
}

/* A deadline counted from each event of one kind and met by the event's
 * reported_on date: significant changes reported to the conference chair
 * (Suffolk 4.5), changes of professional notified to the core group
 * (Haringey, "Attendance at meetings"). */
static void
reported_events (const CgRuleContext *ctx,
                 const CgRuleSetting *setting,
                 CgCaseEventKind      kind,
                 const char          *what,
                 const char          *done)
{
  GListModel *events = cg_case_peek_event (ctx->kase);

  for (guint i = 0; i < cg_items_len (events); i++)
    {
      CgCaseEvent *event = cg_items_peek (events, i);
      GDate *date = cg_case_event_get_date (event);
      GDate *reported = cg_case_event_get_reported_on (event);
      g_autofree char *when = NULL;
      g_autofree char *from = NULL;

      if (cg_case_event_get_kind (event) != kind || g_date_compare (date, ctx->today) > 0 ||
          after_plan_end (ctx, date))
        continue;

      when = cg_rules_describe_date (date);
      /* Translators: %s is a date, "3 Feb 2027". */
      from = cg_strdup_format (_("the change of %s"), when);
      add_recorded (ctx, setting, date, _("the change"), reported, cg_case_event_get_id (event), what, from, done);
    }
}

void
cg_rule_significant_change_report (const CgRuleContext *ctx,
                                const CgRuleSetting *setting)
{
  reported_events (ctx, setting, CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE,
                   _("Significant change reported to the conference chair"), reported_to_the_chair);
}

void
cg_rule_member_change_notice (const CgRuleContext *ctx,
                           const CgRuleSetting *setting)
{
  reported_events (ctx, setting, CG_CASE_EVENT_KIND_PROFESSIONAL_CHANGE,
                   _("Core group told of the change of allocated professional"), core_group_told);
}

/* Whether any social care member attended @meeting, in person or by a
 * substitute. */
static gboolean
social_care_attended (const CgRuleContext *ctx,
                      CgMeeting           *meeting)
{

  for (guint j = 0; j < cg_meeting_get_n_attendance (meeting); j++)
    {
      const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, j);
      CgMember *member = cg_core_group_lookup_member (ctx->group, entry->member_id);

      if (member != NULL && cg_attendance_fields_attended (entry) &&
          cg_member_role_is_social_care (cg_member_get_role (member)))
        return TRUE;
    }
  return FALSE;
}

/* chair-update: a core group that no social care member attended, chaired
 * by another professional member; the chair updates the lead social worker
 * or their manager (Suffolk 4.2: "where a social care representative is
 * unable to attend"). */
void
cg_rule_chair_update (const CgRuleContext *ctx,
                   const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      const char *chair_id = cg_meeting_get_chair (meeting);
      CgMember *chair = chair_id != NULL ? cg_core_group_lookup_member (ctx->group, chair_id) : NULL;
      GDate *updated = cg_meeting_get_chair_update (meeting);
      g_autofree char *when = NULL;
      g_autofree char *from = NULL;

      if (chair == NULL || !cg_member_get_professional (chair) ||
          cg_member_role_is_social_care (cg_member_get_role (chair)) || social_care_attended (ctx, meeting))
        continue;

      when = cg_rules_describe_date (cg_meeting_get_date (meeting));
      from = cg_strdup_format (_("the core group of %s"), when);
      add_recorded (ctx, setting, cg_meeting_get_date (meeting), _("the core group"), updated,
                    cg_meeting_get_id (meeting), _("Chair updates the lead social worker"), from, chair_updated);
    }
}

/* school-move-core-group: a core group at the new school after a move
 * (Haringey, "Frequency of meetings"). When the event names the school, a
 * meeting satisfies it only if its venue names the school too. */
void
cg_rule_school_move_core_group (const CgRuleContext *ctx,
                             const CgRuleSetting *setting)
{
  GListModel *events = cg_case_peek_event (ctx->kase);

  for (guint i = 0; i < cg_items_len (events); i++)
    {
      CgCaseEvent *event = cg_items_peek (events, i);
      GDate *date = cg_case_event_get_date (event);
      const char *school = cg_case_event_get_school (event);
      g_autofree char *school_folded = school != NULL ? g_utf8_casefold (school, -1) : NULL;
      g_autofree char *when = NULL;
      g_autofree char *from = NULL;
      g_autofree char *description = NULL;
      const Occurrence *held = NULL;
      Occurrence found;
      Count count;

      if (cg_case_event_get_kind (event) != CG_CASE_EVENT_KIND_SCHOOL_MOVE ||
          g_date_compare (date, ctx->today) > 0 || after_plan_end (ctx, date))
        continue;

      for (guint j = 0; j < ctx->core_groups->len && held == NULL; j++)
        {
          CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, j);
          const char *venue = cg_meeting_get_venue (meeting);
          g_autofree char *venue_folded = venue != NULL ? g_utf8_casefold (venue, -1) : NULL;

          if (g_date_compare (cg_meeting_get_date (meeting), date) < 0)
            continue;
          if (school_folded != NULL &&
              (venue_folded == NULL || strstr (venue_folded, school_folded) == NULL))
            continue;

          found = (Occurrence) { *cg_meeting_get_date (meeting), (char *) cg_meeting_get_id (meeting), NULL,
                                 core_group_held, NULL };
          held = &found;
        }

      when = cg_rules_describe_date (date);
      /* Translators: %s is a date, "3 Feb 2027". */
      from = cg_strdup_format (_("the school move of %s"), when);
      if (!count_from (ctx, setting, &(Start) { date, _("the school move"), cg_case_event_get_id (event) }, TRUE,
                       held != NULL ? &held->date : NULL, &count))
        continue;
      description = describe (school != NULL ? _("Core group at the new school") : _("Core group after the school move"),
                              &count, from);
      add_entry (ctx, setting, FALSE, &count, NULL, held, cg_case_event_get_id (event), cg_case_event_get_id (event),
                 description);
    }
}
