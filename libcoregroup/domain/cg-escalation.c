/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-escalation-private.h"
#include "util/cg-util-private.h"

/**
 * CgEscalation:
 *
 * A concern a member raised and took further because the core group could
 * not settle it: a member who does not attend, a plan that is not working,
 * a disagreement between professionals, drift. The escalation records who
 * raised it and when, whom or which action it is about, each step it was
 * taken through (the core group, the agencies' managers, the conference
 * chair, the procedure for resolving professional differences...), and
 * when it was resolved and how.
 *
 * ```c
 * g_autoptr(CgEscalation) absent =
 *   cg_escalation_new ("x1", day, "m4", CG_ESCALATION_CONCERN_ATTENDANCE);
 * g_autoptr(CgEscalationStep) raised =
 *   cg_escalation_step_new (day, CG_ESCALATION_STEP_KIND_CORE_GROUP);
 *
 * cg_escalation_set_about (absent, "m6");
 * cg_escalation_add_step (absent, raised);
 * cg_case_add_escalation (kase, absent, &error);
 * // ...once settled:
 * cg_escalation_resolve (absent, settled_on, "Agency agreed cover for core groups");
 * ```
 */

struct _CgEscalation
{
  GObject              parent_instance;
  char                *id;
  GDate                date;   /* cleared: none */
  char                *raised_by;
  CgEscalationConcern  concern;
  char                *about;
  CgItemList          *steps;
  GDate                resolved;   /* cleared: none */
  char                *outcome;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_RAISED_BY,
  PROP_CONCERN,
  PROP_ABOUT,
  PROP_RESOLVED,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgEscalation, cg_escalation, G_TYPE_OBJECT)

static void
cg_escalation_dispose (GObject *object)
{
  CgEscalation *self = CG_ESCALATION (object);

  g_clear_object (&self->steps);

  G_OBJECT_CLASS (cg_escalation_parent_class)->dispose (object);
}

static void
cg_escalation_finalize (GObject *object)
{
  CgEscalation *self = CG_ESCALATION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->raised_by, g_free);
  g_clear_pointer (&self->about, g_free);
  g_clear_pointer (&self->outcome, g_free);

  G_OBJECT_CLASS (cg_escalation_parent_class)->finalize (object);
}

static void
set_resolved (CgEscalation *self,
              const GDate  *resolved)
{
  if (cg_set_day (&self->resolved, resolved))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RESOLVED]);
}

static void
set_outcome (CgEscalation *self,
             const char   *outcome)
{
  if (cg_set_string (&self->outcome, outcome))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OUTCOME]);
}

static void
cg_escalation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CgEscalation *self = CG_ESCALATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_RAISED_BY:
      g_value_set_string (value, self->raised_by);
      break;

    case PROP_CONCERN:
      g_value_set_enum (value, self->concern);
      break;

    case PROP_ABOUT:
      g_value_set_string (value, self->about);
      break;

    case PROP_RESOLVED:
      g_value_set_boxed (value, cg_day_peek (&self->resolved));
      break;

    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_escalation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CgEscalation *self = CG_ESCALATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_DATE:
      cg_set_day (&self->date, g_value_get_boxed (value));
      break;

    case PROP_RAISED_BY:
      self->raised_by = g_value_dup_string (value);
      break;

    case PROP_CONCERN:
      self->concern = g_value_get_enum (value);
      break;

    case PROP_ABOUT:
      cg_escalation_set_about (self, g_value_get_string (value));
      break;

    case PROP_RESOLVED:
      set_resolved (self, g_value_get_boxed (value));
      break;

    case PROP_OUTCOME:
      set_outcome (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_escalation_class_init (CgEscalationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = cg_escalation_dispose;
  object_class->finalize = cg_escalation_finalize;
  object_class->get_property = cg_escalation_get_property;
  object_class->set_property = cg_escalation_set_property;

  /**
   * CgEscalation:id:
   *
   * The escalation's id, unique among the escalations of the case. Set at
   * construction.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, construct);

  /**
   * CgEscalation:date:
   *
   * The day the concern was raised. Set at construction.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, construct);

  /**
   * CgEscalation:raised-by:
   *
   * The member id of the core group member who raised the concern. Set at
   * construction.
   */
  properties [PROP_RAISED_BY] =
    g_param_spec_string ("raised-by", NULL, NULL, NULL, construct);

  /**
   * CgEscalation:concern:
   *
   * What the concern is. Set at construction.
   */
  properties [PROP_CONCERN] =
    g_param_spec_enum ("concern", NULL, NULL, CG_TYPE_ESCALATION_CONCERN,
                       CG_ESCALATION_CONCERN_ATTENDANCE, construct);

  /**
   * CgEscalation:about:
   *
   * Whom or what the concern is about: the member id of a member of the
   * core group, or the id of an action of the plan; %NULL when it names
   * neither.
   */
  properties [PROP_ABOUT] =
    g_param_spec_string ("about", NULL, NULL, NULL, rw);

  /**
   * CgEscalation:resolved:
   *
   * The day the concern was resolved, or %NULL while it is open.
   */
  properties [PROP_RESOLVED] =
    g_param_spec_boxed ("resolved", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgEscalation:outcome:
   *
   * How the concern was resolved, in a sentence, if recorded.
   */
  properties [PROP_OUTCOME] =
    g_param_spec_string ("outcome", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_escalation_init (CgEscalation *self)
{
  self->steps = cg_item_list_new (CG_TYPE_ESCALATION_STEP);
}

/**
 * cg_escalation_new:
 * @id: the escalation's id, unique among the escalations of the case
 * @date: the day the concern was raised
 * @raised_by: the member id of the member who raised it
 * @concern: what the concern is
 *
 * Creates an open escalation with no steps yet.
 *
 * Returns: (transfer full): a new escalation
 */
CgEscalation *
cg_escalation_new (const char          *id,
                   const GDate         *date,
                   const char          *raised_by,
                   CgEscalationConcern  concern)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (raised_by != NULL, NULL);

  return g_object_new (CG_TYPE_ESCALATION,
                       "id", id, "date", date, "raised-by", raised_by, "concern", concern, NULL);
}

/**
 * cg_escalation_get_id:
 * @self: an escalation
 *
 * Gets the escalation's id.
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
cg_escalation_get_id (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return self->id;
}

/**
 * cg_escalation_get_date:
 * @self: an escalation
 *
 * Gets the day the concern was raised.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_escalation_get_date (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_escalation_get_raised_by:
 * @self: an escalation
 *
 * Gets the member id of the member who raised the concern.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_escalation_get_raised_by (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return self->raised_by;
}

/**
 * cg_escalation_get_concern:
 * @self: an escalation
 *
 * Gets what the concern is.
 *
 * Returns: the concern
 */
CgEscalationConcern
cg_escalation_get_concern (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), CG_ESCALATION_CONCERN_OTHER);

  return self->concern;
}

/**
 * cg_escalation_get_about:
 * @self: an escalation
 *
 * Gets whom or what the concern is about.
 *
 * Returns: (transfer none) (nullable): a member id or an action id, or %NULL
 */
const char *
cg_escalation_get_about (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return self->about;
}

/**
 * cg_escalation_set_about:
 * @self: an escalation
 * @about: (nullable): the member id of a member, or the id of an action of
 *   the plan, or %NULL
 *
 * Sets whom or what the concern is about.
 */
void
cg_escalation_set_about (CgEscalation *self,
                         const char   *about)
{
  g_return_if_fail (CG_IS_ESCALATION (self));

  if (cg_set_string (&self->about, about))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ABOUT]);
}

/**
 * cg_escalation_get_steps:
 * @self: an escalation
 *
 * Gets the steps the concern was taken through, in the order they were
 * recorded.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.EscalationStep]
 */
GListModel *
cg_escalation_get_steps (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return G_LIST_MODEL (self->steps);
}

/**
 * cg_escalation_add_step:
 * @self: an escalation
 * @step: a step the concern was taken through
 *
 * Records a step of the escalation.
 */
void
cg_escalation_add_step (CgEscalation     *self,
                        CgEscalationStep *step)
{
  g_return_if_fail (CG_IS_ESCALATION (self));
  g_return_if_fail (CG_IS_ESCALATION_STEP (step));
  g_return_if_fail (cg_escalation_step_get_date (step) != NULL);

  cg_item_list_append (self->steps, step);
}

/**
 * cg_escalation_get_last_step:
 * @self: an escalation
 *
 * Gets the step the concern was taken through last: the one with the
 * latest day, and of several on that day the one recorded last.
 *
 * Returns: (transfer none) (nullable): the step, or %NULL if there is none
 */
CgEscalationStep *
cg_escalation_get_last_step (CgEscalation *self)
{
  CgEscalationStep *last = NULL;

  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  for (guint i = 0; i < cg_item_list_get_len (self->steps); i++)
    {
      CgEscalationStep *step = cg_item_list_peek (self->steps, i);
      GDate *date = cg_escalation_step_get_date (step);

      if (date != NULL &&
          (last == NULL || g_date_compare (date, cg_escalation_step_get_date (last)) >= 0))
        last = step;
    }

  return last;
}

/**
 * cg_escalation_get_resolved:
 * @self: an escalation
 *
 * Gets the day the concern was resolved.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL while it is open
 */
GDate *
cg_escalation_get_resolved (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return cg_day_peek (&self->resolved);
}

/**
 * cg_escalation_get_outcome:
 * @self: an escalation
 *
 * Gets how the concern was resolved.
 *
 * Returns: (transfer none) (nullable): the outcome, if recorded
 */
const char *
cg_escalation_get_outcome (CgEscalation *self)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), NULL);

  return self->outcome;
}

/**
 * cg_escalation_resolve:
 * @self: an escalation
 * @resolved: (nullable): the day the concern was resolved, or %NULL to
 *   reopen it
 * @outcome: (nullable): how it was resolved
 *
 * Records that the concern was resolved, and how. %NULL for both reopens
 * it.
 */
void
cg_escalation_resolve (CgEscalation *self,
                       const GDate  *resolved,
                       const char   *outcome)
{
  g_return_if_fail (CG_IS_ESCALATION (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_resolved (self, resolved);
  set_outcome (self, outcome);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cg_escalation_is_open:
 * @self: an escalation
 * @on: a day
 *
 * Gets whether the concern was open on @on: raised on or before that day,
 * and not resolved on or before it.
 *
 * Returns: %TRUE if the escalation was open on @on
 */
gboolean
cg_escalation_is_open (CgEscalation *self,
                       const GDate  *on)
{
  g_return_val_if_fail (CG_IS_ESCALATION (self), FALSE);
  g_return_val_if_fail (on != NULL && g_date_valid (on), FALSE);

  if (!g_date_valid (&self->date) || g_date_compare (&self->date, on) > 0)
    return FALSE;

  return !g_date_valid (&self->resolved) || g_date_compare (&self->resolved, on) > 0;
}

CgItemList *
cg_escalation_get_step_list (CgEscalation *self)
{
  return self->steps;
}
