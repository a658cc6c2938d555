/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/**
 * CgEscalationStep:
 *
 * One step of a [class@CoreGroup.Escalation]: the day a concern was taken
 * somewhere, where it was taken, and a note of what happened.
 *
 * ```c
 * g_autoptr(CgEscalationStep) managers =
 *   cg_escalation_step_new (day, CG_ESCALATION_STEP_KIND_AGENCY_MANAGERS);
 * cg_escalation_step_set_note (managers, "Raised with the nursery's manager");
 * cg_escalation_add_step (escalation, managers);
 * ```
 */

struct _CgEscalationStep
{
  GObject               parent_instance;
  GDate                 date;   /* cleared: none */
  CgEscalationStepKind  step;
  char                 *note;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_STEP,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgEscalationStep, cg_escalation_step, G_TYPE_OBJECT)

static void
cg_escalation_step_finalize (GObject *object)
{
  CgEscalationStep *self = CG_ESCALATION_STEP (object);

  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (cg_escalation_step_parent_class)->finalize (object);
}

static void
cg_escalation_step_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CgEscalationStep *self = CG_ESCALATION_STEP (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_STEP:
      g_value_set_enum (value, self->step);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_escalation_step_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CgEscalationStep *self = CG_ESCALATION_STEP (object);

  switch (prop_id)
    {
    case PROP_DATE:
      cg_set_day (&self->date, g_value_get_boxed (value));
      break;

    case PROP_STEP:
      self->step = g_value_get_enum (value);
      break;

    case PROP_NOTE:
      cg_escalation_step_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_escalation_step_class_init (CgEscalationStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_escalation_step_finalize;
  object_class->get_property = cg_escalation_step_get_property;
  object_class->set_property = cg_escalation_step_set_property;

  /**
   * CgEscalationStep:date:
   *
   * The day the concern was taken to this step. Set at construction.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, construct);

  /**
   * CgEscalationStep:step:
   *
   * Where the concern was taken. Set at construction.
   */
  properties [PROP_STEP] =
    g_param_spec_enum ("step", NULL, NULL, CG_TYPE_ESCALATION_STEP_KIND,
                       CG_ESCALATION_STEP_KIND_CORE_GROUP, construct);

  /**
   * CgEscalationStep:note:
   *
   * What happened at this step, if recorded.
   */
  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_escalation_step_init (CgEscalationStep *self)
{
}

/**
 * cg_escalation_step_new:
 * @date: the day the concern was taken to this step
 * @step: where it was taken
 *
 * Creates a step of an escalation.
 *
 * Returns: (transfer full): a new escalation step
 */
CgEscalationStep *
cg_escalation_step_new (const GDate          *date,
                        CgEscalationStepKind  step)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_object_new (CG_TYPE_ESCALATION_STEP, "date", date, "step", step, NULL);
}

/**
 * cg_escalation_step_get_date:
 * @self: an escalation step
 *
 * Gets the day the concern was taken to this step.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_escalation_step_get_date (CgEscalationStep *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION_STEP (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_escalation_step_get_step:
 * @self: an escalation step
 *
 * Gets where the concern was taken.
 *
 * Returns: the kind of step
 */
CgEscalationStepKind
cg_escalation_step_get_step (CgEscalationStep *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION_STEP (self), CG_ESCALATION_STEP_KIND_CORE_GROUP);

  return self->step;
}

/**
 * cg_escalation_step_get_note:
 * @self: an escalation step
 *
 * Gets the note of what happened at this step.
 *
 * Returns: (transfer none) (nullable): the note
 */
const char *
cg_escalation_step_get_note (CgEscalationStep *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION_STEP (self), NULL);

  return self->note;
}

/**
 * cg_escalation_step_set_note:
 * @self: an escalation step
 * @note: (nullable): what happened at this step
 *
 * Sets the note of what happened at this step.
 */
void
cg_escalation_step_set_note (CgEscalationStep *self,
                             const char       *note)
{
  g_return_if_fail (CG_IS_ESCALATION_STEP (self));

  if (cg_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTE]);
}
