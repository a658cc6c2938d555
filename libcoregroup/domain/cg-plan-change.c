/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-plan-change-private.h"

#include "domain/cg-plan-private.h"
#include "util/cg-util-private.h"

/**
 * CgPlanChange:
 *
 * One change to a child protection plan: who made it (the core group or a
 * conference), who recorded it, when, and why. The reasons for changes must
 * be recorded and reported to the next review conference (Suffolk 2.3, 3.4).
 *
 * Create one with [ctor@CoreGroup.PlanChange.new] and pass it to a plan
 * method. The plan keeps its own copy in its history, with
 * [property@CoreGroup.PlanChange:kind], [property@CoreGroup.PlanChange:target]
 * and [property@CoreGroup.PlanChange:summary] filled in, so one change
 * object can describe several edits made for the same reason:
 *
 * ```c
 * g_autoptr(CgPlanChange) change =
 *   cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "J. Okafor", today,
 *                       "Risk increased after the father returned home");
 * cg_child_protection_plan_add_action (plan, visits, change, &error);
 * cg_child_protection_plan_set_contingency (plan, contingency, change, &error);
 * ```
 *
 * Changes are immutable.
 */


enum {
  PROP_0,
  PROP_SOURCE,
  PROP_AUTHOR,
  PROP_DATE,
  PROP_REASON,
  PROP_MEETING,
  PROP_KIND,
  PROP_TARGET,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgPlanChange, cg_plan_change, G_TYPE_OBJECT)

static void
cg_plan_change_finalize (GObject *object)
{
  CgPlanChange *self = CG_PLAN_CHANGE (object);

  cg_strings_clear (self->strings, &self->author);
  cg_strings_clear (self->strings, &self->reason);
  cg_strings_clear (self->strings, &self->meeting);
  cg_strings_clear (self->strings, &self->target);
  cg_strings_clear (self->strings, &self->summary);
  g_clear_pointer (&self->strings, cg_strings_unref);
  g_clear_pointer (&self->stored_link, json_node_unref);

  G_OBJECT_CLASS (cg_plan_change_parent_class)->finalize (object);
}

static void
cg_plan_change_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CgPlanChange *self = CG_PLAN_CHANGE (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_enum (value, self->source);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_MEETING:
      g_value_set_string (value, self->meeting);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TARGET:
      g_value_set_string (value, self->target);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_plan_change_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CgPlanChange *self = CG_PLAN_CHANGE (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      self->source = g_value_get_enum (value);
      break;

    case PROP_AUTHOR:
      self->author = g_value_dup_string (value);
      break;

    case PROP_DATE:
      cg_set_day (&self->date, g_value_get_boxed (value));
      break;

    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;

    case PROP_MEETING:
      self->meeting = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_TARGET:
      self->target = g_value_dup_string (value);
      break;

    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_plan_change_class_init (CgPlanChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_plan_change_finalize;
  object_class->get_property = cg_plan_change_get_property;
  object_class->set_property = cg_plan_change_set_property;

  /**
   * CgPlanChange:source:
   *
   * Who made the change: the core group or a conference. Only a conference
   * may change outcomes or remove agreed items (Suffolk 2.3, 3.4, 7.3).
   */
  properties [PROP_SOURCE] =
    g_param_spec_enum ("source", NULL, NULL, CG_TYPE_PLAN_CHANGE_SOURCE,
                       CG_PLAN_CHANGE_SOURCE_CORE_GROUP, flags);

  /**
   * CgPlanChange:author:
   *
   * Who recorded the change, usually the lead social worker (Suffolk 2.3).
   */
  properties [PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);

  /**
   * CgPlanChange:date:
   *
   * When the change was made.
   */
  properties [PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgPlanChange:reason:
   *
   * Why the change was made (Suffolk 2.3, 3.4).
   */
  properties [PROP_REASON] = g_param_spec_string ("reason", NULL, NULL, NULL, flags);

  /**
   * CgPlanChange:meeting:
   *
   * The meeting or conference at which the change was agreed, if any.
   */
  properties [PROP_MEETING] = g_param_spec_string ("meeting", NULL, NULL, NULL, flags);

  /**
   * CgPlanChange:kind:
   *
   * What the change did; set by the plan when it records the change.
   */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CG_TYPE_PLAN_CHANGE_KIND,
                       CG_PLAN_CHANGE_KIND_UNSPECIFIED, flags);

  /**
   * CgPlanChange:target:
   *
   * The id of the outcome or action changed, or the name of the section
   * (`needs`, `risks`, `strengths`, `contingency`, `contact-arrangements`).
   */
  properties [PROP_TARGET] = g_param_spec_string ("target", NULL, NULL, NULL, flags);

  /**
   * CgPlanChange:summary:
   *
   * A one-line description of the change, for reports.
   */
  properties [PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_plan_change_init (CgPlanChange *self)
{
}

/**
 * cg_plan_change_new:
 * @source: who made the change
 * @author: (nullable): who recorded it
 * @date: (nullable): when it was made
 * @reason: (nullable): why it was made
 *
 * Describes a change about to be made to a plan. A plan refuses a change
 * without a reason, an author or a date with
 * %CG_PLAN_ERROR_CHANGE_WITHOUT_REASON.
 *
 * Returns: (transfer full): a new change
 */
CgPlanChange *
cg_plan_change_new (CgPlanChangeSource  source,
                    const char         *author,
                    const GDate        *date,
                    const char         *reason)
{
  return g_object_new (CG_TYPE_PLAN_CHANGE,
                       "source", source,
                       "author", author,
                       "date", date,
                       "reason", reason,
                       NULL);
}

CgPlanChange *
cg_plan_change_new_applied (CgPlanChange     *change,
                            CgPlanChangeKind  kind,
                            const char       *target,
                            const char       *summary)
{
  return g_object_new (CG_TYPE_PLAN_CHANGE,
                       "source", change->source,
                       "author", change->author,
                       "date", cg_day_peek (&change->date),
                       "reason", change->reason,
                       "meeting", change->meeting,
                       "kind", kind,
                       "target", target,
                       "summary", summary,
                       NULL);
}

/**
 * cg_plan_change_get_source:
 * @self: a change
 *
 * Gets who made the change.
 *
 * Returns: the source
 */
CgPlanChangeSource
cg_plan_change_get_source (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), CG_PLAN_CHANGE_SOURCE_CORE_GROUP);

  return self->source;
}

/**
 * cg_plan_change_get_author:
 * @self: a change
 *
 * Gets who recorded the change.
 *
 * Returns: (transfer none) (nullable): the author
 */
const char *
cg_plan_change_get_author (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), NULL);

  return self->author;
}

/**
 * cg_plan_change_get_date:
 * @self: a change
 *
 * Gets when the change was made.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_plan_change_get_date (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_plan_change_get_reason:
 * @self: a change
 *
 * Gets why the change was made.
 *
 * Returns: (transfer none) (nullable): the reason
 */
const char *
cg_plan_change_get_reason (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), NULL);

  return self->reason;
}

/**
 * cg_plan_change_get_meeting:
 * @self: a change
 *
 * Gets the meeting or conference at which the change was agreed.
 *
 * Returns: (transfer none) (nullable): the meeting id
 */
const char *
cg_plan_change_get_meeting (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), NULL);

  return self->meeting;
}

/**
 * cg_plan_change_get_kind:
 * @self: a change
 *
 * Gets what the change did.
 *
 * Returns: the kind, %CG_PLAN_CHANGE_KIND_UNSPECIFIED before it is applied
 */
CgPlanChangeKind
cg_plan_change_get_kind (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), CG_PLAN_CHANGE_KIND_UNSPECIFIED);

  return self->kind;
}

/**
 * cg_plan_change_get_target:
 * @self: a change
 *
 * Gets the id of the item or the name of the section changed.
 *
 * Returns: (transfer none) (nullable): the target
 */
const char *
cg_plan_change_get_target (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), NULL);

  return self->target;
}

/**
 * cg_plan_change_get_summary:
 * @self: a change
 *
 * Gets a one-line description of the change.
 *
 * Returns: (transfer none) (nullable): the summary
 */
const char *
cg_plan_change_get_summary (CgPlanChange *self)
{
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (self), NULL);

  return self->summary;
}

void
cg_plan_change_set_stored_link (CgPlanChange *self,
                                JsonNode     *link)
{
  g_clear_pointer (&self->stored_link, json_node_unref);
  if (link != NULL && !JSON_NODE_HOLDS_NULL (link))
    self->stored_link = json_node_copy (link);
}

JsonNode *
cg_plan_change_get_stored_link (CgPlanChange *self)
{
  return self->stored_link;
}
