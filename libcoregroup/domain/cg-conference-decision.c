/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/* The longest interval a decision may set, in any unit. */
#define MAX_VALUE 1000

/**
 * CgConferenceDecision:
 *
 * What a conference decided for this child about one rule of the policy:
 * a timescale of its own for a deadline rule (the child seen twice a week
 * rather than every ten working days), or a check turned off (the child
 * not to be seen alone). A decision is dated on the day of the initial
 * conference or of a held review conference, may name the members
 * responsible for it, and says why.
 *
 * ```c
 * g_autoptr(CgConferenceDecision) twice_a_week =
 *   cg_conference_decision_new (icpc, "child-seen", "Baby, high risk: seen twice a week");
 * const char *by[] = { "m1", "m2", NULL };
 *
 * cg_conference_decision_set_interval (twice_a_week, 5, CG_TIME_UNIT_WORKING_DAYS);
 * cg_conference_decision_set_by (twice_a_week, by);
 * if (!cg_case_add_conference_decision (kase, twice_a_week, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * A decision either sets an interval, [property@CoreGroup.ConferenceDecision:value]
 * and [property@CoreGroup.ConferenceDecision:unit] together, or turns the
 * rule off with [property@CoreGroup.ConferenceDecision:off]; never both.
 * Only a deadline rule takes an interval and only `not-seen-alone` can be
 * turned off, which the case document's reader checks against the rule
 * catalogue (see the [JSON format](json-format.html)).
 */

struct _CgConferenceDecision
{
  GObject      parent_instance;
  GDate        conference;   /* cleared: none */
  char        *rule;
  int          value;
  CgTimeUnit   unit;
  gboolean     off;
  char       **by;
  char        *reason;
};

enum {
  PROP_0,
  PROP_CONFERENCE,
  PROP_RULE,
  PROP_VALUE,
  PROP_UNIT,
  PROP_OFF,
  PROP_BY,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgConferenceDecision, cg_conference_decision, G_TYPE_OBJECT)

static void
cg_conference_decision_finalize (GObject *object)
{
  CgConferenceDecision *self = CG_CONFERENCE_DECISION (object);

  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->by, g_strfreev);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (cg_conference_decision_parent_class)->finalize (object);
}

static void
set_value (CgConferenceDecision *self,
           int                   value)
{
  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}

static void
set_unit (CgConferenceDecision *self,
          CgTimeUnit            unit)
{
  if (self->unit == unit)
    return;

  self->unit = unit;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT]);
}

static void
cg_conference_decision_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CgConferenceDecision *self = CG_CONFERENCE_DECISION (object);

  switch (prop_id)
    {
    case PROP_CONFERENCE:
      g_value_set_boxed (value, cg_day_peek (&self->conference));
      break;

    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;

    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_OFF:
      g_value_set_boolean (value, self->off);
      break;

    case PROP_BY:
      g_value_set_boxed (value, self->by);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_conference_decision_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CgConferenceDecision *self = CG_CONFERENCE_DECISION (object);

  switch (prop_id)
    {
    case PROP_CONFERENCE:
      cg_conference_decision_set_conference (self, g_value_get_boxed (value));
      break;

    case PROP_RULE:
      self->rule = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      set_value (self, g_value_get_int (value));
      break;

    case PROP_UNIT:
      set_unit (self, g_value_get_enum (value));
      break;

    case PROP_OFF:
      cg_conference_decision_set_off (self, g_value_get_boolean (value));
      break;

    case PROP_BY:
      cg_conference_decision_set_by (self, g_value_get_boxed (value));
      break;

    case PROP_REASON:
      cg_conference_decision_set_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_conference_decision_class_init (CgConferenceDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_conference_decision_finalize;
  object_class->get_property = cg_conference_decision_get_property;
  object_class->set_property = cg_conference_decision_set_property;

  /**
   * CgConferenceDecision:conference:
   *
   * The day of the conference that made the decision: the initial
   * conference or a held review conference of the case.
   */
  properties [PROP_CONFERENCE] =
    g_param_spec_boxed ("conference", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgConferenceDecision:rule:
   *
   * The id of the rule the decision is about, as the rule catalogue names
   * it (`child-seen`, `not-seen-alone`; see the [rule book](rules.html)).
   * Set at construction.
   */
  properties [PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, construct);

  /**
   * CgConferenceDecision:value:
   *
   * The number of [property@CoreGroup.ConferenceDecision:unit]s of the
   * timescale the conference set, from 1 to 1000, or 0 for a decision that
   * sets none.
   */
  properties [PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, 0, MAX_VALUE, 0, rw);

  /**
   * CgConferenceDecision:unit:
   *
   * The unit of the timescale the conference set; it has no meaning while
   * [property@CoreGroup.ConferenceDecision:value] is 0.
   */
  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, CG_TYPE_TIME_UNIT, CG_TIME_UNIT_WORKING_DAYS, rw);

  /**
   * CgConferenceDecision:off:
   *
   * Whether the conference turned the rule off for this child, as it may
   * decide that a child is not to be seen alone.
   */
  properties [PROP_OFF] =
    g_param_spec_boolean ("off", NULL, NULL, FALSE, rw);

  /**
   * CgConferenceDecision:by:
   *
   * The member ids of the core group members responsible for carrying the
   * decision out, or %NULL for none named.
   */
  properties [PROP_BY] =
    g_param_spec_boxed ("by", NULL, NULL, G_TYPE_STRV, rw);

  /**
   * CgConferenceDecision:reason:
   *
   * Why the conference decided so, in a sentence.
   */
  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_conference_decision_init (CgConferenceDecision *self)
{
}

/**
 * cg_conference_decision_new:
 * @conference: the day of the conference that decided
 * @rule: the id of the rule the decision is about
 * @reason: why the conference decided so
 *
 * Creates a decision that neither sets an interval nor turns the rule off
 * yet: set one with [method@CoreGroup.ConferenceDecision.set_interval] or
 * [method@CoreGroup.ConferenceDecision.set_off].
 *
 * Returns: (transfer full): a new decision
 */
CgConferenceDecision *
cg_conference_decision_new (const GDate *conference,
                            const char  *rule,
                            const char  *reason)
{
  g_return_val_if_fail (conference != NULL && g_date_valid (conference), NULL);
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  return g_object_new (CG_TYPE_CONFERENCE_DECISION,
                       "conference", conference, "rule", rule, "reason", reason, NULL);
}

/**
 * cg_conference_decision_get_conference:
 * @self: a conference decision
 *
 * Gets the day of the conference that made the decision.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_conference_decision_get_conference (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), NULL);

  return cg_day_peek (&self->conference);
}

/**
 * cg_conference_decision_set_conference:
 * @self: a conference decision
 * @conference: the day of the conference that decided
 *
 * Sets the day of the conference that made the decision.
 */
void
cg_conference_decision_set_conference (CgConferenceDecision *self,
                                       const GDate          *conference)
{
  g_return_if_fail (CG_IS_CONFERENCE_DECISION (self));
  g_return_if_fail (conference != NULL);

  if (cg_set_day (&self->conference, conference))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONFERENCE]);
}

/**
 * cg_conference_decision_get_rule:
 * @self: a conference decision
 *
 * Gets the id of the rule the decision is about.
 *
 * Returns: (transfer none) (nullable): the rule id
 */
const char *
cg_conference_decision_get_rule (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), NULL);

  return self->rule;
}

/**
 * cg_conference_decision_get_value:
 * @self: a conference decision
 *
 * Gets the number of units of the timescale the conference set.
 *
 * Returns: the number, or 0 when the decision sets no interval
 */
int
cg_conference_decision_get_value (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), 0);

  return self->value;
}

/**
 * cg_conference_decision_get_unit:
 * @self: a conference decision
 *
 * Gets the unit of the timescale the conference set.
 *
 * Returns: the unit; meaningless when [method@CoreGroup.ConferenceDecision.get_value] is 0
 */
CgTimeUnit
cg_conference_decision_get_unit (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), CG_TIME_UNIT_WORKING_DAYS);

  return self->unit;
}

/**
 * cg_conference_decision_set_interval:
 * @self: a conference decision
 * @value: the number of @units, from 1 to 1000, or 0 to set no interval
 * @unit: the unit of the timescale
 *
 * Sets the timescale the conference set, or with @value 0 clears it (the
 * unit goes back to working days).
 */
void
cg_conference_decision_set_interval (CgConferenceDecision *self,
                                     int                   value,
                                     CgTimeUnit            unit)
{
  g_return_if_fail (CG_IS_CONFERENCE_DECISION (self));
  g_return_if_fail (value >= 0 && value <= MAX_VALUE);

  g_object_freeze_notify (G_OBJECT (self));
  set_value (self, value);
  set_unit (self, value == 0 ? CG_TIME_UNIT_WORKING_DAYS : unit);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cg_conference_decision_get_off:
 * @self: a conference decision
 *
 * Gets whether the conference turned the rule off.
 *
 * Returns: %TRUE if the rule is off for this child
 */
gboolean
cg_conference_decision_get_off (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), FALSE);

  return self->off;
}

/**
 * cg_conference_decision_set_off:
 * @self: a conference decision
 * @off: whether the conference turned the rule off
 *
 * Sets whether the conference turned the rule off.
 */
void
cg_conference_decision_set_off (CgConferenceDecision *self,
                                gboolean              off)
{
  g_return_if_fail (CG_IS_CONFERENCE_DECISION (self));

  off = !!off;
  if (self->off == off)
    return;

  self->off = off;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OFF]);
}

/**
 * cg_conference_decision_get_by:
 * @self: a conference decision
 *
 * Gets the member ids of the members responsible for the decision.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the member ids, or %NULL for none
 */
const char * const *
cg_conference_decision_get_by (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), NULL);

  return (const char * const *) self->by;
}

/**
 * cg_conference_decision_set_by:
 * @self: a conference decision
 * @by: (nullable) (array zero-terminated=1): member ids, or %NULL for none
 *
 * Sets the members responsible for the decision. An empty list is the
 * same as none.
 */
void
cg_conference_decision_set_by (CgConferenceDecision *self,
                               const char * const   *by)
{
  g_return_if_fail (CG_IS_CONFERENCE_DECISION (self));

  if (cg_set_strv (&self->by, by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BY]);
}

/**
 * cg_conference_decision_get_reason:
 * @self: a conference decision
 *
 * Gets why the conference decided so.
 *
 * Returns: (transfer none) (nullable): the reason
 */
const char *
cg_conference_decision_get_reason (CgConferenceDecision *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (self), NULL);

  return self->reason;
}

/**
 * cg_conference_decision_set_reason:
 * @self: a conference decision
 * @reason: (nullable): why the conference decided so
 *
 * Sets why the conference decided so.
 */
void
cg_conference_decision_set_reason (CgConferenceDecision *self,
                                   const char           *reason)
{
  g_return_if_fail (CG_IS_CONFERENCE_DECISION (self));

  if (cg_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REASON]);
}
