/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"
#include "util/cg-item-list-private.h"

#include <coregroup/coregroup.h>

/**
 * CgOpenEscalation:
 *
 * An escalation still open on the day of a [class@CoreGroup.Report]: the
 * professional difference or concern, the last step taken on the route by
 * that day, and how long it has rested there in working days, so that a
 * manager sees what is stuck (Hertfordshire, "Professional Difference &
 * Escalation"; South East Wales, "Escalation Process").
 *
 * ```c
 * GListModel *open = cg_report_get_open_escalations (report);
 * CgOpenEscalation *first = cg_items_peek (open, 0);
 *
 * g_print ("%d working days\n", cg_open_escalation_get_working_days (first));
 * ```
 */

struct _CgOpenEscalation
{
  GObject           parent_instance;
  CgEscalation     *escalation;
  CgEscalationStep *last_step;
  GDate            *since;
  int               working_days;
};

enum {
  PROP_0,
  PROP_ESCALATION,
  PROP_LAST_STEP,
  PROP_SINCE,
  PROP_WORKING_DAYS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgOpenEscalation, cg_open_escalation, G_TYPE_OBJECT)

static void
cg_open_escalation_finalize (GObject *object)
{
  CgOpenEscalation *self = CG_OPEN_ESCALATION (object);

  g_clear_object (&self->escalation);
  g_clear_object (&self->last_step);
  g_clear_pointer (&self->since, g_date_free);

  G_OBJECT_CLASS (cg_open_escalation_parent_class)->finalize (object);
}

static void
cg_open_escalation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CgOpenEscalation *self = CG_OPEN_ESCALATION (object);

  switch (prop_id)
    {
    case PROP_ESCALATION:
      g_value_set_object (value, self->escalation);
      break;

    case PROP_LAST_STEP:
      g_value_set_object (value, self->last_step);
      break;

    case PROP_SINCE:
      g_value_set_boxed (value, self->since);
      break;

    case PROP_WORKING_DAYS:
      g_value_set_int (value, self->working_days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_open_escalation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CgOpenEscalation *self = CG_OPEN_ESCALATION (object);

  switch (prop_id)
    {
    case PROP_ESCALATION:
      self->escalation = g_value_dup_object (value);
      break;

    case PROP_LAST_STEP:
      self->last_step = g_value_dup_object (value);
      break;

    case PROP_SINCE:
      self->since = g_value_dup_boxed (value);
      break;

    case PROP_WORKING_DAYS:
      self->working_days = g_value_get_int (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_open_escalation_class_init (CgOpenEscalationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_open_escalation_finalize;
  object_class->get_property = cg_open_escalation_get_property;
  object_class->set_property = cg_open_escalation_set_property;

  /**
   * CgOpenEscalation:escalation:
   *
   * The escalation, as the case records it.
   */
  properties [PROP_ESCALATION] =
    g_param_spec_object ("escalation", NULL, NULL, CG_TYPE_ESCALATION, flags);

  /**
   * CgOpenEscalation:last-step:
   *
   * The last step taken by the day of the report, or %NULL when none was.
   */
  properties [PROP_LAST_STEP] =
    g_param_spec_object ("last-step", NULL, NULL, CG_TYPE_ESCALATION_STEP, flags);

  /**
   * CgOpenEscalation:since:
   *
   * The day of the last step, or the day the concern was raised when no
   * step was taken.
   */
  properties [PROP_SINCE] =
    g_param_spec_boxed ("since", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgOpenEscalation:working-days:
   *
   * The working days after #CgOpenEscalation:since up to the day of the
   * report.
   */
  properties [PROP_WORKING_DAYS] =
    g_param_spec_int ("working-days", NULL, NULL, G_MININT, G_MAXINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_open_escalation_init (CgOpenEscalation *self)
{
}

/**
 * cg_open_escalation_new:
 * @escalation: the escalation
 * @last_step: (nullable): its last step by the day of the report
 * @since: the day of @last_step, or of the escalation when there is none
 * @working_days: the working days from @since to the day of the report
 *
 * Creates the entry a report gives an open escalation. Policies call this
 * from [vfunc@CoreGroup.Policy.collect].
 *
 * Returns: (transfer full): a new open escalation
 */
CgOpenEscalation *
cg_open_escalation_new (CgEscalation     *escalation,
                        CgEscalationStep *last_step,
                        const GDate      *since,
                        int               working_days)
{
  g_return_val_if_fail (CG_IS_ESCALATION (escalation), NULL);
  g_return_val_if_fail (last_step == NULL || CG_IS_ESCALATION_STEP (last_step), NULL);
  g_return_val_if_fail (since != NULL && g_date_valid (since), NULL);

  return g_object_new (CG_TYPE_OPEN_ESCALATION,
                       "escalation", escalation,
                       "last-step", last_step,
                       "since", since,
                       "working-days", working_days,
                       NULL);
}

/**
 * cg_open_escalation_get_escalation:
 * @self: an open escalation
 *
 * Gets the escalation.
 *
 * Returns: (transfer none): the escalation
 */
CgEscalation *
cg_open_escalation_get_escalation (CgOpenEscalation *self)
{
  g_return_val_if_fail (CG_IS_OPEN_ESCALATION (self), NULL);

  return self->escalation;
}

/**
 * cg_open_escalation_get_last_step:
 * @self: an open escalation
 *
 * Gets the last step taken by the day of the report.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL when none was taken
 */
CgEscalationStep *
cg_open_escalation_get_last_step (CgOpenEscalation *self)
{
  g_return_val_if_fail (CG_IS_OPEN_ESCALATION (self), NULL);

  return self->last_step;
}

/**
 * cg_open_escalation_get_since:
 * @self: an open escalation
 *
 * Gets the day the escalation has rested at its last step since.
 *
 * Returns: (transfer none): the date
 */
GDate *
cg_open_escalation_get_since (CgOpenEscalation *self)
{
  g_return_val_if_fail (CG_IS_OPEN_ESCALATION (self), NULL);

  return self->since;
}

/**
 * cg_open_escalation_get_working_days:
 * @self: an open escalation
 *
 * Gets how many working days have passed since the last step.
 *
 * Returns: the working days
 */
int
cg_open_escalation_get_working_days (CgOpenEscalation *self)
{
  g_return_val_if_fail (CG_IS_OPEN_ESCALATION (self), 0);

  return self->working_days;
}
