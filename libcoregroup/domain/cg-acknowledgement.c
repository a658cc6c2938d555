/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/**
 * CgAcknowledgement:
 *
 * A deadline entry that someone with the authority to do so acknowledged:
 * the entry of a deadline rule due on a given day (the minutes of a core
 * group due on 15 January, say), who acknowledged it and when, and why it
 * was or will be late. The rule and the due day identify the entry as the
 * report counts it (see [class@CoreGroup.Deadline]); the person is named
 * as free text, since a manager who acknowledges a delay is not always a
 * member of the core group.
 *
 * ```c
 * g_autoptr(CgAcknowledgement) late_minutes =
 *   cg_acknowledgement_new ("minutes-circulated", due, today, "T. Manager",
 *                           "Minute taker off sick; sent 20 Jan");
 * cg_case_add_acknowledgement (kase, late_minutes, &error);
 * ```
 */

struct _CgAcknowledgement
{
  GObject  parent_instance;
  char    *rule;
  GDate    due;   /* cleared: none */
  GDate    date;   /* cleared: none */
  char    *by;
  char    *reason;
};

enum {
  PROP_0,
  PROP_RULE,
  PROP_DUE,
  PROP_DATE,
  PROP_BY,
  PROP_REASON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgAcknowledgement, cg_acknowledgement, G_TYPE_OBJECT)

static void
cg_acknowledgement_finalize (GObject *object)
{
  CgAcknowledgement *self = CG_ACKNOWLEDGEMENT (object);

  g_clear_pointer (&self->rule, g_free);
  g_clear_pointer (&self->by, g_free);
  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (cg_acknowledgement_parent_class)->finalize (object);
}

static void
cg_acknowledgement_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CgAcknowledgement *self = CG_ACKNOWLEDGEMENT (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, self->rule);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, cg_day_peek (&self->due));
      break;

    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_BY:
      g_value_set_string (value, self->by);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_acknowledgement_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CgAcknowledgement *self = CG_ACKNOWLEDGEMENT (object);

  switch (prop_id)
    {
    case PROP_RULE:
      self->rule = g_value_dup_string (value);
      break;

    case PROP_DUE:
      cg_acknowledgement_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_DATE:
      cg_acknowledgement_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_BY:
      cg_acknowledgement_set_by (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      cg_acknowledgement_set_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_acknowledgement_class_init (CgAcknowledgementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_acknowledgement_finalize;
  object_class->get_property = cg_acknowledgement_get_property;
  object_class->set_property = cg_acknowledgement_set_property;

  /**
   * CgAcknowledgement:rule:
   *
   * The id of the deadline rule whose entry was acknowledged, such as
   * `minutes-circulated`. Set at construction.
   */
  properties [PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, construct);

  /**
   * CgAcknowledgement:due:
   *
   * The day the acknowledged entry was due, which with
   * [property@CoreGroup.Acknowledgement:rule] identifies it.
   */
  properties [PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgAcknowledgement:date:
   *
   * The day the entry was acknowledged.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgAcknowledgement:by:
   *
   * The name of the person who acknowledged the entry (free text, not a
   * member id).
   */
  properties [PROP_BY] =
    g_param_spec_string ("by", NULL, NULL, NULL, rw);

  /**
   * CgAcknowledgement:reason:
   *
   * Why the deadline was or will be missed, in a sentence.
   */
  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_acknowledgement_init (CgAcknowledgement *self)
{
}

/**
 * cg_acknowledgement_new:
 * @rule: the id of the deadline rule whose entry is acknowledged
 * @due: the day the entry was due
 * @date: the day it was acknowledged
 * @by: the name of the person who acknowledged it
 * @reason: why the deadline was or will be missed
 *
 * Creates an acknowledgement of a deadline entry.
 *
 * Returns: (transfer full): a new acknowledgement
 */
CgAcknowledgement *
cg_acknowledgement_new (const char  *rule,
                        const GDate *due,
                        const GDate *date,
                        const char  *by,
                        const char  *reason)
{
  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (by != NULL, NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  return g_object_new (CG_TYPE_ACKNOWLEDGEMENT,
                       "rule", rule, "due", due, "date", date, "by", by, "reason", reason,
                       NULL);
}

/**
 * cg_acknowledgement_get_rule:
 * @self: an acknowledgement
 *
 * Gets the id of the deadline rule whose entry was acknowledged.
 *
 * Returns: (transfer none) (nullable): the rule id
 */
const char *
cg_acknowledgement_get_rule (CgAcknowledgement *self)
{
  g_return_val_if_fail (CG_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->rule;
}

/**
 * cg_acknowledgement_get_due:
 * @self: an acknowledgement
 *
 * Gets the day the acknowledged entry was due.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_acknowledgement_get_due (CgAcknowledgement *self)
{
  g_return_val_if_fail (CG_IS_ACKNOWLEDGEMENT (self), NULL);

  return cg_day_peek (&self->due);
}

/**
 * cg_acknowledgement_set_due:
 * @self: an acknowledgement
 * @due: the day the entry was due
 *
 * Sets the day the acknowledged entry was due.
 */
void
cg_acknowledgement_set_due (CgAcknowledgement *self,
                            const GDate       *due)
{
  g_return_if_fail (CG_IS_ACKNOWLEDGEMENT (self));
  g_return_if_fail (due != NULL);

  if (cg_set_day (&self->due, due))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE]);
}

/**
 * cg_acknowledgement_get_date:
 * @self: an acknowledgement
 *
 * Gets the day the entry was acknowledged.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_acknowledgement_get_date (CgAcknowledgement *self)
{
  g_return_val_if_fail (CG_IS_ACKNOWLEDGEMENT (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_acknowledgement_set_date:
 * @self: an acknowledgement
 * @date: the day the entry was acknowledged
 *
 * Sets the day the entry was acknowledged.
 */
void
cg_acknowledgement_set_date (CgAcknowledgement *self,
                             const GDate       *date)
{
  g_return_if_fail (CG_IS_ACKNOWLEDGEMENT (self));
  g_return_if_fail (date != NULL);

  if (cg_set_day (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

/**
 * cg_acknowledgement_get_by:
 * @self: an acknowledgement
 *
 * Gets the name of the person who acknowledged the entry.
 *
 * Returns: (transfer none) (nullable): the name
 */
const char *
cg_acknowledgement_get_by (CgAcknowledgement *self)
{
  g_return_val_if_fail (CG_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->by;
}

/**
 * cg_acknowledgement_set_by:
 * @self: an acknowledgement
 * @by: (nullable): the name of the person who acknowledged the entry
 *
 * Sets the name of the person who acknowledged the entry.
 */
void
cg_acknowledgement_set_by (CgAcknowledgement *self,
                           const char        *by)
{
  g_return_if_fail (CG_IS_ACKNOWLEDGEMENT (self));

  if (cg_set_string (&self->by, by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BY]);
}

/**
 * cg_acknowledgement_get_reason:
 * @self: an acknowledgement
 *
 * Gets why the deadline was or will be missed.
 *
 * Returns: (transfer none) (nullable): the reason
 */
const char *
cg_acknowledgement_get_reason (CgAcknowledgement *self)
{
  g_return_val_if_fail (CG_IS_ACKNOWLEDGEMENT (self), NULL);

  return self->reason;
}

/**
 * cg_acknowledgement_set_reason:
 * @self: an acknowledgement
 * @reason: (nullable): why the deadline was or will be missed
 *
 * Sets why the deadline was or will be missed.
 */
void
cg_acknowledgement_set_reason (CgAcknowledgement *self,
                               const char        *reason)
{
  g_return_if_fail (CG_IS_ACKNOWLEDGEMENT (self));

  if (cg_set_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REASON]);
}
