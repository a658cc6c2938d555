/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/**
 * CgReviewRequest:
 *
 * A member's request that the next review conference be brought forward,
 * when risk has risen, or put back, and what became of it: agreed or
 * declined, on which day and by whom, or still open.
 *
 * The request itself is fixed when it is made; only its decision changes:
 *
 * ```c
 * g_autoptr(CgReviewRequest) sooner =
 *   cg_review_request_new (day, "m1", CG_REVIEW_DIRECTION_EARLIER,
 *                          "Risk increased: new partner with a conviction");
 * cg_case_add_review_request (kase, sooner, &error);
 * // ...when the chair has decided:
 * cg_review_request_decide (sooner, CG_REVIEW_DECISION_AGREED, decided_on, "Conference chair");
 * ```
 */

struct _CgReviewRequest
{
  GObject            parent_instance;
  GDate              date;   /* cleared: none */
  char              *by;
  CgReviewDirection  direction;
  char              *reason;
  CgReviewDecision   decision;
  GDate              decided_on;   /* cleared: none */
  char              *decided_by;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_BY,
  PROP_DIRECTION,
  PROP_REASON,
  PROP_DECISION,
  PROP_DECIDED_ON,
  PROP_DECIDED_BY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgReviewRequest, cg_review_request, G_TYPE_OBJECT)

static void
cg_review_request_finalize (GObject *object)
{
  CgReviewRequest *self = CG_REVIEW_REQUEST (object);

  g_clear_pointer (&self->by, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->decided_by, g_free);

  G_OBJECT_CLASS (cg_review_request_parent_class)->finalize (object);
}

static void
set_decision (CgReviewRequest  *self,
              CgReviewDecision  decision)
{
  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DECISION]);
}

static void
set_decided_on (CgReviewRequest *self,
                const GDate     *decided_on)
{
  if (cg_set_day (&self->decided_on, decided_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DECIDED_ON]);
}

static void
set_decided_by (CgReviewRequest *self,
                const char      *decided_by)
{
  if (cg_set_string (&self->decided_by, decided_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DECIDED_BY]);
}

static void
cg_review_request_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CgReviewRequest *self = CG_REVIEW_REQUEST (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_BY:
      g_value_set_string (value, self->by);
      break;

    case PROP_DIRECTION:
      g_value_set_enum (value, self->direction);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_DECIDED_ON:
      g_value_set_boxed (value, cg_day_peek (&self->decided_on));
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_review_request_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CgReviewRequest *self = CG_REVIEW_REQUEST (object);

  switch (prop_id)
    {
    case PROP_DATE:
      cg_set_day (&self->date, g_value_get_boxed (value));
      break;

    case PROP_BY:
      self->by = g_value_dup_string (value);
      break;

    case PROP_DIRECTION:
      self->direction = g_value_get_enum (value);
      break;

    case PROP_REASON:
      self->reason = g_value_dup_string (value);
      break;

    case PROP_DECISION:
      set_decision (self, g_value_get_enum (value));
      break;

    case PROP_DECIDED_ON:
      set_decided_on (self, g_value_get_boxed (value));
      break;

    case PROP_DECIDED_BY:
      set_decided_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_review_request_class_init (CgReviewRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_review_request_finalize;
  object_class->get_property = cg_review_request_get_property;
  object_class->set_property = cg_review_request_set_property;

  /**
   * CgReviewRequest:date:
   *
   * The day the request was made. Set at construction.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, construct);

  /**
   * CgReviewRequest:by:
   *
   * The member id of the core group member who made the request. Set at
   * construction.
   */
  properties [PROP_BY] =
    g_param_spec_string ("by", NULL, NULL, NULL, construct);

  /**
   * CgReviewRequest:direction:
   *
   * Whether the review conference is asked to be earlier or later. Set at
   * construction.
   */
  properties [PROP_DIRECTION] =
    g_param_spec_enum ("direction", NULL, NULL, CG_TYPE_REVIEW_DIRECTION, CG_REVIEW_DIRECTION_EARLIER,
                       construct);

  /**
   * CgReviewRequest:reason:
   *
   * Why the request was made, in a sentence. Set at construction.
   */
  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, construct);

  /**
   * CgReviewRequest:decision:
   *
   * What became of the request; %CG_REVIEW_DECISION_OPEN until it is
   * decided. See [method@CoreGroup.ReviewRequest.decide].
   */
  properties [PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL, CG_TYPE_REVIEW_DECISION, CG_REVIEW_DECISION_OPEN, rw);

  /**
   * CgReviewRequest:decided-on:
   *
   * The day the request was agreed or declined, or %NULL while it is open.
   */
  properties [PROP_DECIDED_ON] =
    g_param_spec_boxed ("decided-on", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgReviewRequest:decided-by:
   *
   * The name of the person who decided, such as the conference chair (free
   * text, not a member id), if recorded.
   */
  properties [PROP_DECIDED_BY] =
    g_param_spec_string ("decided-by", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_review_request_init (CgReviewRequest *self)
{
}

/**
 * cg_review_request_new:
 * @date: the day the request was made
 * @by: the member id of the member who made it
 * @direction: whether the review is asked to be earlier or later
 * @reason: why
 *
 * Creates an open request to move the next review conference.
 *
 * Returns: (transfer full): a new review request
 */
CgReviewRequest *
cg_review_request_new (const GDate       *date,
                       const char        *by,
                       CgReviewDirection  direction,
                       const char        *reason)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (by != NULL, NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  return g_object_new (CG_TYPE_REVIEW_REQUEST,
                       "date", date, "by", by, "direction", direction, "reason", reason, NULL);
}

/**
 * cg_review_request_get_date:
 * @self: a review request
 *
 * Gets the day the request was made.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_review_request_get_date (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_review_request_get_by:
 * @self: a review request
 *
 * Gets the member id of the member who made the request.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_review_request_get_by (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), NULL);

  return self->by;
}

/**
 * cg_review_request_get_direction:
 * @self: a review request
 *
 * Gets whether the review conference is asked to be earlier or later.
 *
 * Returns: the direction
 */
CgReviewDirection
cg_review_request_get_direction (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), CG_REVIEW_DIRECTION_EARLIER);

  return self->direction;
}

/**
 * cg_review_request_get_reason:
 * @self: a review request
 *
 * Gets why the request was made.
 *
 * Returns: (transfer none) (nullable): the reason
 */
const char *
cg_review_request_get_reason (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), NULL);

  return self->reason;
}

/**
 * cg_review_request_get_decision:
 * @self: a review request
 *
 * Gets what became of the request.
 *
 * Returns: the decision, %CG_REVIEW_DECISION_OPEN while undecided
 */
CgReviewDecision
cg_review_request_get_decision (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), CG_REVIEW_DECISION_OPEN);

  return self->decision;
}

/**
 * cg_review_request_get_decided_on:
 * @self: a review request
 *
 * Gets the day the request was decided.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL while the request is open
 */
GDate *
cg_review_request_get_decided_on (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), NULL);

  return cg_day_peek (&self->decided_on);
}

/**
 * cg_review_request_get_decided_by:
 * @self: a review request
 *
 * Gets the name of the person who decided the request.
 *
 * Returns: (transfer none) (nullable): the name, if recorded
 */
const char *
cg_review_request_get_decided_by (CgReviewRequest *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (self), NULL);

  return self->decided_by;
}

/**
 * cg_review_request_decide:
 * @self: a review request
 * @decision: what became of the request
 * @decided_on: (nullable): the day it was decided; %NULL, and only %NULL,
 *   with %CG_REVIEW_DECISION_OPEN
 * @decided_by: (nullable): the name of the person who decided, if recorded
 *
 * Records the decision on the request. %CG_REVIEW_DECISION_OPEN with
 * %NULL for @decided_on reopens it.
 */
void
cg_review_request_decide (CgReviewRequest  *self,
                          CgReviewDecision  decision,
                          const GDate      *decided_on,
                          const char       *decided_by)
{
  g_return_if_fail (CG_IS_REVIEW_REQUEST (self));
  g_return_if_fail ((decision == CG_REVIEW_DECISION_OPEN) == (decided_on == NULL));

  g_object_freeze_notify (G_OBJECT (self));
  set_decision (self, decision);
  set_decided_on (self, decided_on);
  set_decided_by (self, decided_by);
  g_object_thaw_notify (G_OBJECT (self));
}
