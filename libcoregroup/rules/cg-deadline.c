/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "rules/cg-deadline-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-util-private.h"

/**
 * CgDeadline:
 *
 * One entry of a deadline report: a rule of the policy, the day it falls
 * due, and where it stands on the day of evaluation, with what satisfied it
 * and the paragraph that sets it (see the [rule book](rules.html)).
 *
 * Deadlines are produced by a [iface@CoreGroup.Policy] into a
 * [class@CoreGroup.Report]. A policy written in another language builds them
 * with [ctor@CoreGroup.Deadline.new], or with properties:
 *
 * ```python
 * entry = CoreGroup.Deadline(rule='home-visit', due=due, status=CoreGroup.DeadlineStatus.PENDING,
 *                            description='Home visit', source='Local procedure 3.2')
 * ```
 */

struct _CgDeadline
{
  GObject           parent_instance;
  /* Always NULL: where a record list looks for its records' block. */
  CgStrings        *strings;
  CgDeadlineRecord  record;
};

enum {
  PROP_0,
  PROP_RULE,
  PROP_DUE,
  PROP_WINDOW_START,
  PROP_STATUS,
  PROP_SATISFIED_BY,
  PROP_SATISFIED_ON,
  PROP_SATISFIED_TEXT,
  PROP_SUBJECT,
  PROP_DESCRIPTION,
  PROP_SOURCE,
  PROP_COUNTED_FROM,
  PROP_COUNTED_FROM_EVENT,
  PROP_ORIGIN,
  PROP_EXPLANATION,
  PROP_RESPONSIBLE,
  PROP_ACKNOWLEDGEMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgDeadline, cg_deadline, G_TYPE_OBJECT)

/* Fields given as an invalid date have none. */
static void
set_date (GDate       *slot,
          const GDate *date)
{
  cg_set_day (slot, date != NULL && g_date_valid (date) ? date : NULL);
}

static void
record_clear (gpointer         fields,
              const CgStrings *strings)
{
  CgDeadlineRecord *record = fields;

  g_clear_pointer (&record->rule, cg_rule_id_free);
  g_clear_pointer (&record->counted_from_event, g_free);
  g_clear_pointer (&record->origin, g_free);
  g_clear_pointer (&record->explanation, g_free);
  g_clear_pointer (&record->explained, cg_explanation_free);
  g_clear_pointer (&record->satisfied_by, g_free);
  g_clear_pointer (&record->satisfied_text, g_free);
  g_clear_object (&record->seen_by);
  g_clear_pointer (&record->subject, g_free);
  g_clear_pointer (&record->description, g_free);
  g_clear_pointer (&record->source, g_free);
  g_clear_pointer (&record->responsible, g_strfreev);
  g_clear_object (&record->acknowledgement);
}

const CgItemRecordKind cg_deadline_record_kind = {
  sizeof (CgDeadlineRecord),
  G_STRUCT_OFFSET (CgDeadline, record),
  -1,
  record_clear,
};

static void
cg_deadline_finalize (GObject *object)
{
  CgDeadline *self = CG_DEADLINE (object);

  record_clear (&self->record, NULL);

  G_OBJECT_CLASS (cg_deadline_parent_class)->finalize (object);
}

static void
cg_deadline_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgDeadline *self = CG_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, self->record.rule);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, cg_day_peek (&self->record.due));
      break;

    case PROP_WINDOW_START:
      g_value_set_boxed (value, cg_day_peek (&self->record.window_start));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->record.status);
      break;

    case PROP_SATISFIED_BY:
      g_value_set_string (value, self->record.satisfied_by);
      break;

    case PROP_SATISFIED_ON:
      g_value_set_boxed (value, cg_day_peek (&self->record.satisfied_on));
      break;

    case PROP_SATISFIED_TEXT:
      g_value_take_string (value, cg_deadline_dup_satisfied_text (self));
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->record.subject);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->record.description);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->record.source);
      break;

    case PROP_COUNTED_FROM:
      g_value_set_boxed (value, cg_day_peek (&self->record.counted_from));
      break;

    case PROP_COUNTED_FROM_EVENT:
      g_value_set_string (value, self->record.counted_from_event);
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, self->record.origin);
      break;

    case PROP_EXPLANATION:
      g_value_set_string (value, cg_deadline_get_explanation (self));
      break;

    case PROP_RESPONSIBLE:
      g_value_set_boxed (value, self->record.responsible);
      break;

    case PROP_ACKNOWLEDGEMENT:
      g_value_set_object (value, self->record.acknowledgement);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_deadline_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CgDeadline *self = CG_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_RULE:
      self->record.rule = g_value_dup_string (value);
      break;

    case PROP_DUE:
      set_date (&self->record.due, g_value_get_boxed (value));
      break;

    case PROP_WINDOW_START:
      set_date (&self->record.window_start, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      self->record.status = g_value_get_enum (value);
      break;

    case PROP_SATISFIED_BY:
      self->record.satisfied_by = g_value_dup_string (value);
      break;

    case PROP_SATISFIED_ON:
      set_date (&self->record.satisfied_on, g_value_get_boxed (value));
      break;

    case PROP_SATISFIED_TEXT:
      self->record.satisfied_text = g_value_dup_string (value);
      break;

    case PROP_SUBJECT:
      self->record.subject = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      self->record.description = g_value_dup_string (value);
      break;

    case PROP_SOURCE:
      self->record.source = g_value_dup_string (value);
      break;

    case PROP_COUNTED_FROM:
      set_date (&self->record.counted_from, g_value_get_boxed (value));
      break;

    case PROP_COUNTED_FROM_EVENT:
      self->record.counted_from_event = g_value_dup_string (value);
      break;

    case PROP_ORIGIN:
      self->record.origin = g_value_dup_string (value);
      break;

    case PROP_EXPLANATION:
      g_free (self->record.explanation);
      self->record.explanation = g_value_dup_string (value);
      g_clear_pointer (&self->record.explained, cg_explanation_free);
      break;

    case PROP_RESPONSIBLE:
      self->record.responsible = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_deadline_class_init (CgDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_deadline_finalize;
  object_class->get_property = cg_deadline_get_property;
  object_class->set_property = cg_deadline_set_property;

  /**
   * CgDeadline:rule:
   *
   * The rule id (see the [rule book](rules.html)), such as `first-core-group`.
   */
  properties [PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:due:
   *
   * The last day on which the rule is met.
   */
  properties [PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgDeadline:window-start:
   *
   * For a rule met inside a window (`final-core-group-before-review`),
   * the window's first day; %NULL otherwise.
   */
  properties [PROP_WINDOW_START] =
    g_param_spec_boxed ("window-start", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgDeadline:status:
   *
   * Whether the deadline was met, met late, is overdue or is pending.
   */
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CG_TYPE_DEADLINE_STATUS, CG_DEADLINE_STATUS_PENDING, flags);

  /**
   * CgDeadline:satisfied-by:
   *
   * The id of the meeting, contact or record that satisfied the deadline.
   */
  properties [PROP_SATISFIED_BY] =
    g_param_spec_string ("satisfied-by", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:satisfied-on:
   *
   * When the deadline was satisfied.
   */
  properties [PROP_SATISFIED_ON] =
    g_param_spec_boxed ("satisfied-on", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgDeadline:satisfied-text:
   *
   * What satisfied the deadline and when, in words that name people
   * rather than ids, for a front end to show: "seen by Priya Shah on Tue
   * 10 Nov 2026", "core group held on Tue 17 Nov 2026", "minutes
   * circulated on Tue 1 Dec 2026". %NULL while the deadline is not
   * satisfied, and for an entry a policy made without one. The built-in
   * rules' texts are made when read, in the language of the moment.
   */
  properties [PROP_SATISFIED_TEXT] =
    g_param_spec_string ("satisfied-text", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:subject:
   *
   * What the deadline is about when that is not the case itself: the
   * meeting whose minutes are due, the event that started the clock.
   */
  properties [PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:description:
   *
   * What must happen, in plain English, for reports.
   */
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:source:
   *
   * The paragraph of the procedure or guidance that sets the deadline,
   * such as "Suffolk 2.1".
   */
  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:counted-from:
   *
   * The day the count that gives the due date starts from: the initial
   * conference, the meeting, the visit or the event.
   */
  properties [PROP_COUNTED_FROM] =
    g_param_spec_boxed ("counted-from", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgDeadline:counted-from-event:
   *
   * What the count starts from: the id of a meeting, contact or event,
   * `initial-conference`, or `review-conference:YYYY-MM-DD`.
   */
  properties [PROP_COUNTED_FROM_EVENT] =
    g_param_spec_string ("counted-from-event", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:origin:
   *
   * What the duty arises from, which stays the same however its due date
   * moves: for a recurring rule, the event its series is first counted
   * from (`initial-conference` for child-seen, lead-social-worker-visit
   * and review-conference; the first core group's id for
   * core-group-interval), the same for every entry of the series; for
   * first-core-group, `initial-conference`; for a one-off duty, its
   * subject (the meeting whose minutes are due, the event, the review
   * conference). Unlike [property@CoreGroup.Deadline:counted-from-event],
   * it does not change when a late or early occurrence, or a conference
   * decision, restarts the count, so with the case and the rule it names
   * the duty from one evaluation to the next (the iCalendar UID is made
   * of these three).
   */
  properties [PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:explanation:
   *
   * How the due date was worked out, in one sentence a social worker can
   * check with a diary: "15 working days after the core group of Tue 22
   * Dec 2026; not counted: Fri 25 Dec (Christmas Day), Mon 28 Dec (Boxing
   * Day, substitute day), Fri 1 Jan (New Year's Day)".
   */
  properties [PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL, flags);

  /**
   * CgDeadline:responsible:
   *
   * The ids of the members a conference decision made responsible for
   * this duty (who is to see the child), or %NULL when none was named.
   */
  properties [PROP_RESPONSIBLE] =
    g_param_spec_boxed ("responsible", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * CgDeadline:acknowledgement:
   *
   * The record of a named person accepting this late or overdue entry,
   * with the date and the reason, or %NULL. An acknowledged entry keeps
   * its status; an acknowledged overdue entry does not count towards
   * [method@CoreGroup.Report.needs_action].
   */
  properties [PROP_ACKNOWLEDGEMENT] =
    g_param_spec_object ("acknowledgement", NULL, NULL, CG_TYPE_ACKNOWLEDGEMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_deadline_init (CgDeadline *self)
{
  /* The record's dates are none, as a new instance is all zero. */
}

/**
 * cg_deadline_compute_status:
 * @due: the due date
 * @satisfied_on: (nullable): when the deadline was satisfied, or %NULL
 * @today: the day of evaluation
 *
 * Works out a deadline's status (see the [rule book](rules.html)): met if satisfied on or before
 * @due, late if satisfied after it, overdue if not satisfied and @today is
 * after @due, pending otherwise.
 *
 * Returns: the status
 */
CgDeadlineStatus
cg_deadline_compute_status (const GDate *due,
                        const GDate *satisfied_on,
                        const GDate *today)
{
  g_return_val_if_fail (due != NULL && g_date_valid (due), CG_DEADLINE_STATUS_PENDING);
  g_return_val_if_fail (today != NULL && g_date_valid (today), CG_DEADLINE_STATUS_PENDING);

  if (satisfied_on != NULL)
    return g_date_compare (satisfied_on, due) <= 0 ? CG_DEADLINE_STATUS_MET : CG_DEADLINE_STATUS_LATE;

  return g_date_compare (today, due) > 0 ? CG_DEADLINE_STATUS_OVERDUE : CG_DEADLINE_STATUS_PENDING;
}

/**
 * cg_deadline_new:
 * @rule: the rule id
 * @due: the due date
 * @satisfied_on: (nullable): when the deadline was satisfied, or %NULL
 * @today: the day of evaluation, from which the status is worked out
 *
 * Creates a deadline entry whose status follows from the dates; see
 * [func@CoreGroup.Deadline.compute_status]. Other properties (what satisfied
 * it, the citation) are set at construction with g_object_new().
 *
 * Returns: (transfer full): a new deadline
 */
CgDeadline *
cg_deadline_new (const char  *rule,
                 const GDate *due,
                 const GDate *satisfied_on,
                 const GDate *today)
{
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  return g_object_new (CG_TYPE_DEADLINE,
                       "rule", rule,
                       "due", due,
                       "satisfied-on", satisfied_on,
                       "status", cg_deadline_compute_status (due, satisfied_on, today),
                       NULL);
}

const CgDeadlineRecord *
cg_deadline_peek_record (CgDeadline *self)
{
  return &self->record;
}

void
cg_deadline_record_init (CgDeadlineRecord       *record,
                         const CgDeadlineFields *fields)
{
  record->rule = cg_rule_id_keep (fields->rule);
  set_date (&record->due, fields->due);
  set_date (&record->window_start, fields->window_start);
  record->status = fields->status;
  record->satisfied_by = g_strdup (fields->satisfied_by);
  set_date (&record->satisfied_on, fields->satisfied_on);
  record->satisfied_done = fields->satisfied_done;
  record->seen_by = fields->seen_by != NULL ? g_object_ref (fields->seen_by) : NULL;
  record->subject = g_strdup (fields->subject);
  record->description = g_strdup (fields->description);
  record->source = g_strdup (fields->source);
  set_date (&record->counted_from, fields->counted_from);
  record->counted_from_event = g_strdup (fields->counted_from_event);
  record->origin = g_strdup (fields->origin);
  record->explained = fields->explanation;
  record->responsible = g_strdupv ((char **) fields->responsible);
}

/**
 * cg_deadline_get_rule:
 * @self: a deadline
 *
 * Gets the rule id.
 *
 * Returns: (transfer none) (nullable): the rule id
 */
const char *
cg_deadline_get_rule (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.rule;
}

/**
 * cg_deadline_get_due:
 * @self: a deadline
 *
 * Gets the due date.
 *
 * Returns: (transfer none) (nullable): the due date
 */
GDate *
cg_deadline_get_due (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return cg_day_peek (&self->record.due);
}

/**
 * cg_deadline_get_window_start:
 * @self: a deadline
 *
 * Gets the first day of the window.
 *
 * Returns: (transfer none) (nullable): the first day, or %NULL
 */
GDate *
cg_deadline_get_window_start (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return cg_day_peek (&self->record.window_start);
}

/**
 * cg_deadline_get_status:
 * @self: a deadline
 *
 * Gets the status.
 *
 * Returns: the status
 */
CgDeadlineStatus
cg_deadline_get_status (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), CG_DEADLINE_STATUS_PENDING);

  return self->record.status;
}

/**
 * cg_deadline_get_satisfied_by:
 * @self: a deadline
 *
 * Gets what satisfied the deadline.
 *
 * Returns: (transfer none) (nullable): an id, or %NULL
 */
const char *
cg_deadline_get_satisfied_by (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.satisfied_by;
}

/**
 * cg_deadline_get_satisfied_on:
 * @self: a deadline
 *
 * Gets when the deadline was satisfied.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL
 */
GDate *
cg_deadline_get_satisfied_on (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return cg_day_peek (&self->record.satisfied_on);
}

/**
 * cg_deadline_dup_satisfied_text:
 * @self: a deadline
 *
 * Gets what satisfied the deadline and when, in words that name people:
 * see [property@CoreGroup.Deadline:satisfied-text].
 *
 * Returns: (transfer full) (nullable): the text, or %NULL
 */
char *
cg_deadline_dup_satisfied_text (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return cg_deadline_record_dup_satisfied_text (&self->record);
}

char *
cg_deadline_record_dup_satisfied_text (const CgDeadlineRecord *record)
{
  g_autofree char *day = NULL;

  if (record->satisfied_text != NULL)
    return g_strdup (record->satisfied_text);
  if (!g_date_valid (&record->satisfied_on) || (record->seen_by == NULL && record->satisfied_done == NULL))
    return NULL;

  day = cg_rules_describe_day (&record->satisfied_on);
  if (record->seen_by != NULL)
    /* Translators: how a deadline to see the child was met: "seen by Priya Shah on Tue 10 Nov 2026" */
    return cg_strdup_format (_("seen by %s on %s"), cg_member_get_name (record->seen_by) != NULL
                                                   ? cg_member_get_name (record->seen_by)
                                                   : cg_member_get_id (record->seen_by), day);
  /* Translators: how a deadline was met, and the day: "core group held on Tue 17 Nov 2026",
   * "minutes circulated on Tue 1 Dec 2026" */
  return cg_strdup_format (_("%s on %s"), _(record->satisfied_done), day);
}

/**
 * cg_deadline_get_subject:
 * @self: a deadline
 *
 * Gets the subject.
 *
 * Returns: (transfer none) (nullable): an id, or %NULL
 */
const char *
cg_deadline_get_subject (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.subject;
}

/**
 * cg_deadline_get_description:
 * @self: a deadline
 *
 * Gets what must happen.
 *
 * Returns: (transfer none) (nullable): the description
 */
const char *
cg_deadline_get_description (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.description;
}

/**
 * cg_deadline_get_source:
 * @self: a deadline
 *
 * Gets the citation.
 *
 * Returns: (transfer none) (nullable): the citation
 */
const char *
cg_deadline_get_source (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.source;
}

/**
 * cg_deadline_get_counted_from:
 * @self: a deadline
 *
 * Gets the day the count that gives the due date starts from.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_deadline_get_counted_from (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return cg_day_peek (&self->record.counted_from);
}

/**
 * cg_deadline_get_counted_from_event:
 * @self: a deadline
 *
 * Gets what the count starts from: a meeting, contact or event id,
 * `initial-conference`, or `review-conference:YYYY-MM-DD`.
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
cg_deadline_get_counted_from_event (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.counted_from_event;
}

/**
 * cg_deadline_get_origin:
 * @self: a deadline
 *
 * Gets what the duty arises from: the event a recurring rule's series is
 * first counted from, or a one-off duty's subject. It stays the same when
 * the due date moves; see [property@CoreGroup.Deadline:origin].
 *
 * Returns: (transfer none) (nullable): the id, or %NULL for an entry a
 *   policy made without one
 */
const char *
cg_deadline_get_origin (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.origin;
}

/**
 * cg_deadline_get_explanation:
 * @self: a deadline
 *
 * Gets how the due date was worked out, naming each bank holiday or
 * closure day that was not counted.
 *
 * The library's rules put it into words when it is first read, in the
 * locale of that moment, not while they evaluate: most reports never show
 * it. It may be read from several threads.
 *
 * Returns: (transfer none) (nullable): the explanation
 */
const char *
cg_deadline_get_explanation (CgDeadline *self)
{
  char *made;

  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  if (self->record.explained == NULL || g_atomic_pointer_get (&self->record.explanation) != NULL)
    return g_atomic_pointer_get (&self->record.explanation);

  made = cg_explanation_to_string (self->record.explained);
  if (!g_atomic_pointer_compare_and_exchange (&self->record.explanation, NULL, made))
    g_free (made);
  return g_atomic_pointer_get (&self->record.explanation);
}

/* A record is not kept: the words stay with an entry only once it is a
 * CgDeadline, whose getter gives them out without a copy. */
char *
cg_deadline_record_dup_explanation (const CgDeadlineRecord *record)
{
  const char *set = g_atomic_pointer_get (&((CgDeadlineRecord *) record)->explanation);

  if (set != NULL || record->explained == NULL)
    return g_strdup (set);
  return cg_explanation_to_string (record->explained);
}

/**
 * cg_deadline_get_responsible:
 * @self: a deadline
 *
 * Gets the members a conference decision made responsible for this duty.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): member ids, or %NULL
 */
const char * const *
cg_deadline_get_responsible (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return (const char * const *) self->record.responsible;
}

/**
 * cg_deadline_get_acknowledgement:
 * @self: a deadline
 *
 * Gets the acknowledgement that accepts this late or overdue entry.
 *
 * Returns: (transfer none) (nullable): the acknowledgement, or %NULL
 */
CgAcknowledgement *
cg_deadline_get_acknowledgement (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), NULL);

  return self->record.acknowledgement;
}

/**
 * cg_deadline_is_acknowledged:
 * @self: a deadline
 *
 * Gets whether a named person accepted this late or overdue entry.
 *
 * Returns: %TRUE when it has an acknowledgement
 */
gboolean
cg_deadline_is_acknowledged (CgDeadline *self)
{
  g_return_val_if_fail (CG_IS_DEADLINE (self), FALSE);

  return self->record.acknowledgement != NULL;
}

void
cg_deadline_set_acknowledgement (CgDeadline        *self,
                                 CgAcknowledgement *acknowledgement)
{
  if (g_set_object (&self->record.acknowledgement, acknowledgement))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACKNOWLEDGEMENT]);
}
