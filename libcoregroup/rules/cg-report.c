/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"
#include "rules/cg-deadline-private.h"
#include "rules/cg-finding-private.h"

/**
 * CgReport:
 *
 * What a [iface@CoreGroup.Policy] says of a case on a given day: the
 * deadline entries (met, late, overdue, pending) and the findings (errors,
 * warnings, advice), each with the rule id and the paragraph it comes from.
 *
 * ```c
 * g_autoptr(CgReport) report = cg_policy_evaluate (policy, kase, today, &error);
 *
 * if (cg_report_needs_action (report))
 *   g_print ("%u overdue, %u errors\n", cg_report_count_overdue (report),
 *            cg_report_count_findings (report, CG_SEVERITY_ERROR));
 * ```
 *
 * [method@CoreGroup.Report.list_urgent] gives what needs action first:
 * what is overdue, longest overdue first, then what falls due soon.
 *
 * [method@CoreGroup.Report.to_json] writes the report in the form of
 * `coregroup deadlines --format json`.
 */

struct _CgReport
{
  GObject     parent_instance;
  char       *case_id;
  char       *policy_id;
  GDate      *today;
  CgCalendar *calendar;
  CgItemList *deadlines;
  CgItemList *findings;
  CgItemList *open_escalations;   /* made on first use: most reports have none */
};

G_DEFINE_FINAL_TYPE (CgReport, cg_report, G_TYPE_OBJECT)

/* Made when first asked for: most reports have none. */
static CgItemList *
open_escalations (CgReport *self)
{
  return cg_item_list_ensure (&self->open_escalations, CG_TYPE_OPEN_ESCALATION, NULL);
}

static void
cg_report_dispose (GObject *object)
{
  CgReport *self = CG_REPORT (object);

  g_clear_object (&self->deadlines);
  g_clear_object (&self->findings);
  g_clear_object (&self->open_escalations);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (cg_report_parent_class)->dispose (object);
}

static void
cg_report_finalize (GObject *object)
{
  CgReport *self = CG_REPORT (object);

  g_clear_pointer (&self->case_id, g_free);
  g_clear_pointer (&self->policy_id, g_free);
  g_clear_pointer (&self->today, g_date_free);

  G_OBJECT_CLASS (cg_report_parent_class)->finalize (object);
}

static void
cg_report_class_init (CgReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_report_dispose;
  object_class->finalize = cg_report_finalize;
}

static void
cg_report_init (CgReport *self)
{
  self->deadlines = cg_item_list_new_with_records (CG_TYPE_DEADLINE, &cg_deadline_record_kind);
  self->findings = cg_item_list_new_with_records (CG_TYPE_FINDING, &cg_finding_record_kind);
}

/**
 * cg_report_new:
 * @case_id: the id of the case reported on
 * @policy_id: the id of the policy applied
 * @today: the day of evaluation
 *
 * Creates an empty report. [method@CoreGroup.Policy.evaluate] creates and
 * fills one; policies add to it in [vfunc@CoreGroup.Policy.collect].
 * A report made here counts working days in the England and Wales
 * calendar; one a policy evaluates, in the calendar it counted in.
 *
 * Returns: (transfer full): a new report
 */
CgReport *
cg_report_new (const char  *case_id,
               const char  *policy_id,
               const GDate *today)
{
  CgReport *self;

  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (CG_TYPE_REPORT, NULL);
  self->case_id = g_strdup (case_id);
  self->policy_id = g_strdup (policy_id);
  self->today = g_date_copy (today);
  self->calendar = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
  return self;
}

void
cg_report_set_calendar (CgReport   *self,
                        CgCalendar *calendar)
{
  g_set_object (&self->calendar, calendar);
}

/**
 * cg_report_get_case_id:
 * @self: a report
 *
 * Gets the id of the case reported on.
 *
 * Returns: (transfer none) (nullable): the case id
 */
const char *
cg_report_get_case_id (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return self->case_id;
}

/**
 * cg_report_get_policy_id:
 * @self: a report
 *
 * Gets the id of the policy applied.
 *
 * Returns: (transfer none) (nullable): the policy id
 */
const char *
cg_report_get_policy_id (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return self->policy_id;
}

/**
 * cg_report_get_today:
 * @self: a report
 *
 * Gets the day of evaluation.
 *
 * Returns: (transfer none): the date
 */
GDate *
cg_report_get_today (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return self->today;
}

/**
 * cg_report_get_calendar:
 * @self: a report
 *
 * Gets the calendar the report's working days are counted in: the one
 * the policy evaluated the case in (its division's, or the one given to
 * [method@CoreGroup.Policy.evaluate_with_calendar], with an authority's
 * closure days).
 *
 * Returns: (transfer none): the calendar
 */
CgCalendar *
cg_report_get_calendar (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return self->calendar;
}

/**
 * cg_report_get_deadlines:
 * @self: a report
 *
 * Gets the deadline entries, in order of due date.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Deadline]
 */
GListModel *
cg_report_get_deadlines (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->deadlines);
}

/**
 * cg_report_get_findings:
 * @self: a report
 *
 * Gets the findings, most severe first.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Finding]
 */
GListModel *
cg_report_get_findings (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return G_LIST_MODEL (self->findings);
}

/**
 * cg_report_add_deadline:
 * @self: a report
 * @deadline: a deadline entry
 *
 * Adds a deadline entry. Policies call this from
 * [vfunc@CoreGroup.Policy.collect].
 */
void
cg_report_add_deadline (CgReport   *self,
                        CgDeadline *deadline)
{
  g_return_if_fail (CG_IS_REPORT (self));
  g_return_if_fail (CG_IS_DEADLINE (deadline));
  g_return_if_fail (cg_deadline_get_due (deadline) != NULL);

  cg_item_list_append (self->deadlines, deadline);
}

void
cg_report_add_deadline_fields (CgReport               *self,
                               const CgDeadlineFields *fields)
{
  cg_deadline_record_init (cg_item_list_append_record (self->deadlines), fields);
}

guint
cg_report_get_n_deadlines (CgReport *self)
{
  return cg_item_list_get_len (self->deadlines);
}

gconstpointer
cg_report_peek_deadline (CgReport *self,
                         guint     position)
{
  return cg_item_list_peek_record (self->deadlines, position);
}

void
cg_report_acknowledge (CgReport          *self,
                       guint              position,
                       CgAcknowledgement *acknowledgement)
{
  CgDeadlineRecord *record = cg_item_list_edit_record (self->deadlines, position);

  if (record != NULL)
    g_set_object (&record->acknowledgement, acknowledgement);
  else
    cg_deadline_set_acknowledgement (cg_item_list_peek (self->deadlines, position), acknowledgement);
}

void
cg_report_add_finding_fields (CgReport   *self,
                              const char *rule,
                              CgSeverity  severity,
                              const char *subject,
                              char       *message,
                              const char *source)
{
  cg_finding_record_init (cg_item_list_append_record (self->findings), rule, severity, subject, message, source);
}

guint
cg_report_get_n_findings (CgReport *self)
{
  return cg_item_list_get_len (self->findings);
}

gconstpointer
cg_report_peek_finding (CgReport *self,
                        guint     position)
{
  return cg_item_list_peek_record (self->findings, position);
}

/* cg_report_peek_deadline () as what it is. */
static const CgDeadlineRecord *
entry (CgReport *self,
       guint     position)
{
  return cg_report_peek_deadline (self, position);
}

static gboolean
needs_action (const CgDeadlineRecord *record)
{
  return record->status == CG_DEADLINE_STATUS_OVERDUE && record->acknowledgement == NULL;
}

/**
 * cg_report_add_finding:
 * @self: a report
 * @finding: a finding
 *
 * Adds a finding. Policies call this from [vfunc@CoreGroup.Policy.collect].
 */
void
cg_report_add_finding (CgReport  *self,
                       CgFinding *finding)
{
  g_return_if_fail (CG_IS_REPORT (self));
  g_return_if_fail (CG_IS_FINDING (finding));

  cg_item_list_append (self->findings, finding);
}

/**
 * cg_report_get_open_escalations:
 * @self: a report
 *
 * Gets the escalations open on the day of the report, as the case records
 * them, each with its last step and how many working days have passed
 * since.
 *
 * Returns: (transfer none): a list model of [class@CoreGroup.OpenEscalation]
 */
GListModel *
cg_report_get_open_escalations (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  return G_LIST_MODEL (open_escalations (self));
}

GListModel *
cg_report_peek_open_escalations (CgReport *self)
{
  return cg_item_list_made (&self->open_escalations);
}

/**
 * cg_report_add_open_escalation:
 * @self: a report
 * @open_escalation: an escalation open on the day of the report
 *
 * Adds an open escalation. Policies call this from
 * [vfunc@CoreGroup.Policy.collect].
 */
void
cg_report_add_open_escalation (CgReport         *self,
                               CgOpenEscalation *open_escalation)
{
  g_return_if_fail (CG_IS_REPORT (self));
  g_return_if_fail (CG_IS_OPEN_ESCALATION (open_escalation));

  cg_item_list_append (open_escalations (self), open_escalation);
}

/**
 * cg_report_count_overdue:
 * @self: a report
 *
 * Counts the deadlines that are overdue and that nobody has acknowledged:
 * what still needs action. An acknowledged overdue entry is counted by
 * [method@CoreGroup.Report.count_acknowledged] instead.
 *
 * Returns: the number of overdue deadlines not acknowledged
 */
guint
cg_report_count_overdue (CgReport *self)
{
  guint count = 0;

  g_return_val_if_fail (CG_IS_REPORT (self), 0);

  for (guint i = 0; i < cg_item_list_get_len (self->deadlines); i++)
    if (needs_action (entry (self, i)))
      count++;

  return count;
}

/**
 * cg_report_count_acknowledged:
 * @self: a report
 *
 * Counts the late or overdue deadlines a named person has acknowledged.
 *
 * Returns: the number of acknowledged deadlines
 */
guint
cg_report_count_acknowledged (CgReport *self)
{
  guint count = 0;

  g_return_val_if_fail (CG_IS_REPORT (self), 0);

  for (guint i = 0; i < cg_item_list_get_len (self->deadlines); i++)
    if (entry (self, i)->acknowledgement != NULL)
      count++;

  return count;
}

/**
 * cg_report_count_working_days_overdue:
 * @self: a report
 * @deadline: one of the report's deadline entries
 *
 * Counts the working days @deadline has been overdue by on the report's
 * day: those after its due date up to the report's day, in the report's
 * calendar. This is the figure `coregroup deadlines` prints as "OVERDUE by
 * 3 working days".
 *
 * Returns: the working days overdue; 0 for an entry that is not overdue
 */
static guint
working_days_overdue (CgReport               *self,
                      const CgDeadlineRecord *record)
{
  const GDate *due = &record->due;

  if (record->status != CG_DEADLINE_STATUS_OVERDUE ||
      !cg_calendar_contains (self->calendar, due) || !cg_calendar_contains (self->calendar, self->today) ||
      g_date_compare (due, self->today) >= 0)
    return 0;

  return (guint) cg_calendar_count_working_days (self->calendar, due, self->today);
}

guint
cg_report_count_working_days_overdue (CgReport   *self,
                                      CgDeadline *deadline)
{
  g_return_val_if_fail (CG_IS_REPORT (self), 0);
  g_return_val_if_fail (CG_IS_DEADLINE (deadline), 0);

  return working_days_overdue (self, cg_deadline_peek_record (deadline));
}

typedef struct
{
  guint position;
  guint overdue;
} Urgent;

static int
compare_urgent (gconstpointer a,
                gconstpointer b)
{
  const Urgent *x = a;
  const Urgent *y = b;

  return x->overdue < y->overdue ? 1 : x->overdue > y->overdue ? -1 : 0;
}

/**
 * cg_report_list_urgent:
 * @self: a report
 * @due_within: how many working days ahead count as due soon
 *
 * Lists what needs action first: the entries overdue that nobody has
 * acknowledged, longest overdue first (see
 * [method@CoreGroup.Report.count_working_days_overdue]), then the pending
 * ones that fall due within @due_within working days of the report's
 * day, soonest first. Entries overdue by as many days, or due on the same
 * day, keep the report's order. `coregroup deadlines` looks 10 working
 * days ahead.
 *
 * ```python
 * for deadline in report.list_urgent(10):
 *     print(deadline.props.rule, report.count_working_days_overdue(deadline))
 * ```
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@CoreGroup.Deadline]
 */
GListModel *
cg_report_list_urgent (CgReport *self,
                       guint     due_within)
{
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (Urgent));
  CgItemList *list;
  GDate horizon;

  g_return_val_if_fail (CG_IS_REPORT (self), NULL);

  /* In the calendar's last days the look-ahead stops at its end. */
  if (!cg_calendar_contains (self->calendar, self->today))
    horizon = *self->today;
  else if (!cg_calendar_try_add_working_days (self->calendar, self->today, (int) MIN (due_within, G_MAXINT), &horizon))
    cg_calendar_get_last_date (self->calendar, &horizon);

  for (guint i = 0; i < cg_item_list_get_len (self->deadlines); i++)
    if (needs_action (entry (self, i)))
      g_array_append_val (overdue, ((Urgent) { i, working_days_overdue (self, entry (self, i)) }));
  /* g_array_sort is stable: equals keep the report's order. */
  g_array_sort (overdue, compare_urgent);

  list = cg_item_list_new (CG_TYPE_DEADLINE);
  for (guint i = 0; i < overdue->len; i++)
    cg_item_list_append (list, cg_item_list_peek (self->deadlines, g_array_index (overdue, Urgent, i).position));
  for (guint i = 0; i < cg_item_list_get_len (self->deadlines); i++)
    if (entry (self, i)->status == CG_DEADLINE_STATUS_PENDING && g_date_compare (&entry (self, i)->due, &horizon) <= 0)
      cg_item_list_append (list, cg_item_list_peek (self->deadlines, i));

  return G_LIST_MODEL (list);
}

/**
 * cg_report_find_last_met:
 * @self: a report
 * @deadline: one of the report's deadline entries
 *
 * Finds the last entry of the same duty as @deadline (the same rule and
 * [property@CoreGroup.Deadline:origin]) that was met, on time or late,
 * and falls due before it: for the next visit of a recurring rule, the
 * visit before, whose [property@CoreGroup.Deadline:satisfied-text] says
 * when the child was last seen and by whom.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL when the duty
 *   was not met before (a first occurrence, or a one-off duty)
 */
CgDeadline *
cg_report_find_last_met (CgReport   *self,
                         CgDeadline *deadline)
{
  const CgDeadlineRecord *of, *last = NULL;
  guint last_position = 0;

  g_return_val_if_fail (CG_IS_REPORT (self), NULL);
  g_return_val_if_fail (CG_IS_DEADLINE (deadline), NULL);

  of = cg_deadline_peek_record (deadline);
  if (of->origin == NULL)
    return NULL;

  for (guint i = 0; i < cg_item_list_get_len (self->deadlines); i++)
    {
      const CgDeadlineRecord *other = entry (self, i);

      if (other == of || !g_date_valid (&other->satisfied_on) ||
          g_strcmp0 (other->rule, of->rule) != 0 || g_strcmp0 (other->origin, of->origin) != 0 ||
          g_date_compare (&other->due, &of->due) >= 0)
        continue;
      if (last == NULL || g_date_compare (&other->due, &last->due) >= 0)
        {
          last = other;
          last_position = i;
        }
    }

  return last != NULL ? cg_item_list_peek (self->deadlines, last_position) : NULL;
}

/**
 * cg_report_count_findings:
 * @self: a report
 * @severity: a severity
 *
 * Counts the findings of one severity.
 *
 * Returns: the number of findings of @severity
 */
guint
cg_report_count_findings (CgReport   *self,
                          CgSeverity  severity)
{
  guint count = 0;

  g_return_val_if_fail (CG_IS_REPORT (self), 0);

  for (guint i = 0; i < cg_item_list_get_len (self->findings); i++)
    if (((const CgFindingRecord *) cg_item_list_peek_record (self->findings, i))->severity == severity)
      count++;

  return count;
}

/**
 * cg_report_needs_action:
 * @self: a report
 *
 * Whether anything is overdue that nobody has acknowledged, or any finding
 * is an error: the condition under which `coregroup deadlines` exits with
 * status 1.
 *
 * Returns: %TRUE if the case needs action
 */
gboolean
cg_report_needs_action (CgReport *self)
{
  g_return_val_if_fail (CG_IS_REPORT (self), FALSE);

  return cg_report_count_overdue (self) > 0 ||
         cg_report_count_findings (self, CG_SEVERITY_ERROR) > 0;
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const CgDeadlineRecord *x = a;
  const CgDeadlineRecord *y = b;
  int by_due = g_date_compare (&x->due, &y->due);

  return by_due != 0 ? by_due : g_strcmp0 (x->rule, y->rule);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const CgFindingRecord *x = a;
  const CgFindingRecord *y = b;

  return (int) x->severity - (int) y->severity;
}

void
cg_report_sort (CgReport *self)
{
  /* The entries are complete: their records, appended one by one, were
   * given room for twice as many. */
  cg_item_list_sort_records (self->deadlines, compare_deadlines);
  cg_item_list_trim (self->deadlines);
  cg_item_list_sort_records (self->findings, compare_findings);
  cg_item_list_trim (self->findings);
}
