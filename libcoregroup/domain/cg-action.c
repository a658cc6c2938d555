/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-action-private.h"

#include "domain/cg-plan-private.h"
#include "json/cg-json-private.h"
#include "util/cg-util-private.h"

/**
 * CgAction:
 *
 * An agreed action of a child protection plan: what is to be done, by whom
 * and by when (Suffolk 7.2; City & Hackney, "The Child Protection Plan").
 *
 * Actions are immutable. The plan changes them only through its own
 * methods, which record the reason for every change and refuse to let the
 * core group remove an agreed action (Suffolk 2.3, 3.4):
 *
 * ```c
 * g_autoptr(CgAction) weekly = cg_action_new_revision (action, "Weigh A. weekly", "m2", due);
 *
 * cg_child_protection_plan_revise_action (plan, weekly, change, &error);
 * ```
 *
 * An action not done by its due date is drift, which the core group must
 * monitor (Suffolk 3.2); see [method@CoreGroup.Action.is_overdue].
 */


enum {
  PROP_0,
  PROP_ID,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_OUTCOME,
  PROP_DUE,
  PROP_COMPLETED,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgAction, cg_action, G_TYPE_OBJECT)

static void
cg_action_finalize (GObject *object)
{
  CgAction *self = CG_ACTION (object);

  cg_strings_clear (self->strings, &self->id);
  cg_strings_clear (self->strings, &self->description);
  cg_strings_clear (self->strings, &self->owner);
  cg_strings_clear (self->strings, &self->outcome);
  g_clear_pointer (&self->strings, cg_strings_unref);

  G_OBJECT_CLASS (cg_action_parent_class)->finalize (object);
}

static void
cg_action_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgAction *self = CG_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, cg_day_peek (&self->due));
      break;

    case PROP_COMPLETED:
      g_value_set_boxed (value, cg_day_peek (&self->completed));
      break;

    case PROP_AUDIENCE:
      g_value_set_enum (value, self->audience);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_action_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgAction *self = CG_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_OWNER:
      self->owner = g_value_dup_string (value);
      break;

    case PROP_OUTCOME:
      self->outcome = g_value_dup_string (value);
      break;

    case PROP_DUE:
      cg_set_day (&self->due, g_value_get_boxed (value));
      break;

    case PROP_COMPLETED:
      cg_set_day (&self->completed, g_value_get_boxed (value));
      break;

    case PROP_AUDIENCE:
      self->audience = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_action_class_init (CgActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_action_finalize;
  object_class->get_property = cg_action_get_property;
  object_class->set_property = cg_action_set_property;

  /**
   * CgAction:id:
   *
   * The action's id, unique within the plan.
   */
  properties [PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * CgAction:description:
   *
   * What is to be done.
   */
  properties [PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);

  /**
   * CgAction:owner:
   *
   * The id of the core group member responsible (Suffolk 7.2: clear roles
   * and responsibilities, including the parents').
   */
  properties [PROP_OWNER] = g_param_spec_string ("owner", NULL, NULL, NULL, flags);

  /**
   * CgAction:outcome:
   *
   * The id of the plan outcome the action serves, if any.
   */
  properties [PROP_OUTCOME] = g_param_spec_string ("outcome", NULL, NULL, NULL, flags);

  /**
   * CgAction:due:
   *
   * The agreed timescale: when the action is due (Suffolk 7.2).
   */
  properties [PROP_DUE] = g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgAction:completed:
   *
   * When the action was done, or %NULL while it is outstanding.
   */
  properties [PROP_COMPLETED] = g_param_spec_boxed ("completed", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgAction:audience:
   *
   * Who may read the action: %CG_AUDIENCE_PROFESSIONALS keeps it out of
   * the family's copy of the plan, such as a referral that would tell one
   * parent where the other lives (Suffolk 5.5).
   */
  properties [PROP_AUDIENCE] =
    g_param_spec_enum ("audience", NULL, NULL, CG_TYPE_AUDIENCE, CG_AUDIENCE_EVERYONE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_action_init (CgAction *self)
{
}

/**
 * cg_action_new:
 * @id: the action's id, unique within the plan
 * @description: what is to be done
 * @owner: (nullable): the id of the member responsible
 * @due: (nullable): when it is due
 *
 * Creates an outstanding action. To link it to an outcome, construct it
 * with the [property@CoreGroup.Action:outcome] property.
 *
 * Returns: (transfer full): a new action
 */
CgAction *
cg_action_new (const char  *id,
               const char  *description,
               const char  *owner,
               const GDate *due)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CG_TYPE_ACTION,
                       "id", id,
                       "description", description,
                       "owner", owner,
                       "due", due,
                       NULL);
}

/**
 * cg_action_new_revision: (constructor)
 * @action: the action to revise
 * @description: the new wording
 * @owner: (nullable): the new owner's member id, or %NULL for none
 * @due: (nullable): the new due date, or %NULL for none
 *
 * Creates a revised copy of @action to pass to
 * [method@CoreGroup.ChildProtectionPlan.revise_action]. The copy keeps the
 * id, the outcome, the completion date and the audience of @action; the
 * wording, owner and due date are replaced by the given values.
 *
 * Returns: (transfer full): a new action
 */
CgAction *
cg_action_new_revision (CgAction    *action,
                        const char  *description,
                        const char  *owner,
                        const GDate *due)
{
  g_return_val_if_fail (CG_IS_ACTION (action), NULL);

  return g_object_new (CG_TYPE_ACTION,
                       "id", action->id,
                       "description", description,
                       "owner", owner,
                       "outcome", action->outcome,
                       "due", due,
                       "completed", cg_day_peek (&action->completed),
                       "audience", action->audience,
                       NULL);
}

CgAction *
cg_action_new_completed (CgAction    *action,
                         const GDate *completed)
{
  CgAction *done = g_object_new (CG_TYPE_ACTION,
                                 "id", action->id,
                                 "description", action->description,
                                 "owner", action->owner,
                                 "outcome", action->outcome,
                                 "due", cg_day_peek (&action->due),
                                 "completed", completed,
                                 "audience", action->audience,
                                 NULL);

  cg_json_extra_copy (action, done);
  return done;
}

/**
 * cg_action_get_id:
 * @self: an action
 *
 * Gets the action's id.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_action_get_id (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);

  return self->id;
}

/**
 * cg_action_get_description:
 * @self: an action
 *
 * Gets what is to be done.
 *
 * Returns: (transfer none) (nullable): the description
 */
const char *
cg_action_get_description (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);

  return self->description;
}

/**
 * cg_action_get_owner:
 * @self: an action
 *
 * Gets the id of the member responsible.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_action_get_owner (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);

  return self->owner;
}

/**
 * cg_action_get_due:
 * @self: an action
 *
 * Gets when the action is due.
 *
 * Returns: (transfer none) (nullable): the due date
 */
GDate *
cg_action_get_due (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);

  return cg_day_peek (&self->due);
}

/**
 * cg_action_get_outcome:
 * @self: an action
 *
 * Gets the id of the outcome the action serves.
 *
 * Returns: (transfer none) (nullable): the outcome id
 */
const char *
cg_action_get_outcome (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);

  return self->outcome;
}

/**
 * cg_action_get_completed:
 * @self: an action
 *
 * Gets when the action was done.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL while outstanding
 */
GDate *
cg_action_get_completed (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), NULL);

  return cg_day_peek (&self->completed);
}

/**
 * cg_action_get_audience:
 * @self: an action
 *
 * Gets who may read the action.
 *
 * Returns: the audience
 */
CgAudience
cg_action_get_audience (CgAction *self)
{
  g_return_val_if_fail (CG_IS_ACTION (self), CG_AUDIENCE_PROFESSIONALS);

  return self->audience;
}

/**
 * cg_action_is_overdue:
 * @self: an action
 * @today: the day to judge on
 *
 * Whether the action is past its due date and not done: drift, which the
 * core group must act on (Suffolk 3.2). An action due today is not
 * overdue; one recorded as done on a day after @today was not done yet.
 *
 * Returns: %TRUE if the action is overdue on @today
 */
gboolean
cg_action_is_overdue (CgAction    *self,
                      const GDate *today)
{
  g_return_val_if_fail (CG_IS_ACTION (self), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  /* A completion dated after @today had not happened on @today. */
  return g_date_valid (&self->due) && g_date_compare (&self->due, today) < 0 &&
         (!g_date_valid (&self->completed) || g_date_compare (&self->completed, today) > 0);
}
