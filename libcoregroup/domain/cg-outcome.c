/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-outcome-private.h"

/**
 * CgOutcome:
 *
 * An intended outcome (safety goal) of a child protection plan, and how it
 * will be measured (Suffolk 7.2).
 *
 * Outcomes are immutable: they are set by the conference and can only be
 * changed by it (Suffolk 7.3), by giving the plan a revised outcome with
 * [method@CoreGroup.ChildProtectionPlan.revise_outcome].
 *
 * ```c
 * g_autoptr(CgOutcome) goal = cg_outcome_new ("o1", "A. is fed regularly and gains weight",
 *                                             "Weight on the 25th centile by the review");
 * ```
 *
 * An outcome the family must not read, one that would show where a parent
 * now lives say (Suffolk 5.5), is made with its
 * [property@CoreGroup.Outcome:audience] set to
 * %CG_AUDIENCE_PROFESSIONALS:
 *
 * ```c
 * g_autoptr(CgOutcome) safe = g_object_new (CG_TYPE_OUTCOME, "id", "o3",
 *                                           "description", "M. is safe from her former partner",
 *                                           "audience", CG_AUDIENCE_PROFESSIONALS, NULL);
 * ```
 */


enum {
  PROP_0,
  PROP_ID,
  PROP_DESCRIPTION,
  PROP_MEASURE,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgOutcome, cg_outcome, G_TYPE_OBJECT)

static void
cg_outcome_finalize (GObject *object)
{
  CgOutcome *self = CG_OUTCOME (object);

  cg_strings_clear (self->strings, &self->id);
  cg_strings_clear (self->strings, &self->description);
  cg_strings_clear (self->strings, &self->measure);
  g_clear_pointer (&self->strings, cg_strings_unref);

  G_OBJECT_CLASS (cg_outcome_parent_class)->finalize (object);
}

static void
cg_outcome_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgOutcome *self = CG_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_MEASURE:
      g_value_set_string (value, self->measure);
      break;

    case PROP_AUDIENCE:
      g_value_set_enum (value, self->audience);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_outcome_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CgOutcome *self = CG_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_MEASURE:
      self->measure = g_value_dup_string (value);
      break;

    case PROP_AUDIENCE:
      self->audience = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_outcome_class_init (CgOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_outcome_finalize;
  object_class->get_property = cg_outcome_get_property;
  object_class->set_property = cg_outcome_set_property;

  /**
   * CgOutcome:id:
   *
   * The outcome's id, unique within the plan.
   */
  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * CgOutcome:description:
   *
   * What the outcome is for the child, in words the family understands
   * (Suffolk 7.1).
   */
  properties [PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  /**
   * CgOutcome:measure:
   *
   * How the outcome will be measured or determined (Suffolk 7.2).
   */
  properties [PROP_MEASURE] = g_param_spec_string ("measure", NULL, NULL, NULL, flags);

  /**
   * CgOutcome:audience:
   *
   * Who may read the outcome: %CG_AUDIENCE_PROFESSIONALS keeps it out of
   * the family's copy of the plan (Suffolk 5.5).
   */
  properties [PROP_AUDIENCE] =
    g_param_spec_enum ("audience", NULL, NULL, CG_TYPE_AUDIENCE, CG_AUDIENCE_EVERYONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_outcome_init (CgOutcome *self)
{
}

/**
 * cg_outcome_new:
 * @id: the outcome's id, unique within the plan
 * @description: what the outcome is
 * @measure: (nullable): how it will be measured
 *
 * Creates an outcome.
 *
 * Returns: (transfer full): a new outcome
 */
CgOutcome *
cg_outcome_new (const char *id,
                const char *description,
                const char *measure)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CG_TYPE_OUTCOME,
                       "id", id,
                       "description", description,
                       "measure", measure,
                       NULL);
}

/**
 * cg_outcome_get_id:
 * @self: an outcome
 *
 * Gets the outcome's id.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_outcome_get_id (CgOutcome *self)
{
  g_return_val_if_fail (CG_IS_OUTCOME (self), NULL);

  return self->id;
}

/**
 * cg_outcome_get_description:
 * @self: an outcome
 *
 * Gets what the outcome is.
 *
 * Returns: (transfer none) (nullable): the description
 */
const char *
cg_outcome_get_description (CgOutcome *self)
{
  g_return_val_if_fail (CG_IS_OUTCOME (self), NULL);

  return self->description;
}

/**
 * cg_outcome_get_measure:
 * @self: an outcome
 *
 * Gets how the outcome will be measured.
 *
 * Returns: (transfer none) (nullable): the measure
 */
const char *
cg_outcome_get_measure (CgOutcome *self)
{
  g_return_val_if_fail (CG_IS_OUTCOME (self), NULL);

  return self->measure;
}

/**
 * cg_outcome_get_audience:
 * @self: an outcome
 *
 * Gets who may read the outcome.
 *
 * Returns: the audience
 */
CgAudience
cg_outcome_get_audience (CgOutcome *self)
{
  g_return_val_if_fail (CG_IS_OUTCOME (self), CG_AUDIENCE_PROFESSIONALS);

  return self->audience;
}
