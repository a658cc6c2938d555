/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/**
 * CgConference:
 *
 * A review child protection conference, held or scheduled. The first
 * review follows the initial conference within three months and later ones
 * at most six months apart (Working Together 2018, ch. 1; Wales
 * Safeguarding Procedures, section 4). The final core group before each
 * review is timed from it (Suffolk 3.6).
 *
 * ```c
 * g_autoptr(CgConference) review = cg_conference_new (date, FALSE);
 * cg_case_add_review_conference (kase, review);
 * // ...after it took place:
 * cg_conference_set_held (review, TRUE);
 * ```
 *
 * A conference moved to another day keeps the days it was booked for
 * before, in [property@CoreGroup.Conference:rescheduled-from]:
 *
 * ```c
 * cg_conference_reschedule (review, later_day);
 * ```
 */

struct _CgConference
{
  GObject   parent_instance;
  GDate      date;   /* cleared: none */
  gboolean   held;
  GPtrArray *rescheduled_from;
  CgPlanRecommendation recommendation;
  char      *recommendation_reason;
  char      *recommendation_meeting;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_HELD,
  PROP_RESCHEDULED_FROM,
  PROP_RECOMMENDATION,
  PROP_RECOMMENDATION_REASON,
  PROP_RECOMMENDATION_MEETING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgConference, cg_conference, G_TYPE_OBJECT)

static void
set_rescheduled_from (CgConference *self,
                      GPtrArray    *dates)
{
  g_ptr_array_set_size (self->rescheduled_from, 0);
  for (guint i = 0; dates != NULL && i < dates->len; i++)
    g_ptr_array_add (self->rescheduled_from, g_date_copy (g_ptr_array_index (dates, i)));
}

static void
cg_conference_finalize (GObject *object)
{
  CgConference *self = CG_CONFERENCE (object);

  g_clear_pointer (&self->rescheduled_from, g_ptr_array_unref);
  g_clear_pointer (&self->recommendation_reason, g_free);
  g_clear_pointer (&self->recommendation_meeting, g_free);

  G_OBJECT_CLASS (cg_conference_parent_class)->finalize (object);
}

static void
cg_conference_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CgConference *self = CG_CONFERENCE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_HELD:
      g_value_set_boolean (value, self->held);
      break;

    case PROP_RESCHEDULED_FROM:
      g_value_set_boxed (value, self->rescheduled_from);
      break;

    case PROP_RECOMMENDATION:
      g_value_set_enum (value, self->recommendation);
      break;

    case PROP_RECOMMENDATION_REASON:
      g_value_set_string (value, self->recommendation_reason);
      break;

    case PROP_RECOMMENDATION_MEETING:
      g_value_set_string (value, self->recommendation_meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_conference_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CgConference *self = CG_CONFERENCE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      cg_conference_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_HELD:
      cg_conference_set_held (self, g_value_get_boolean (value));
      break;

    case PROP_RESCHEDULED_FROM:
      set_rescheduled_from (self, g_value_get_boxed (value));
      break;

    case PROP_RECOMMENDATION:
      cg_conference_set_recommendation (self, g_value_get_enum (value), self->recommendation_reason,
                                        self->recommendation_meeting);
      break;

    case PROP_RECOMMENDATION_REASON:
      cg_conference_set_recommendation (self, self->recommendation, g_value_get_string (value),
                                        self->recommendation_meeting);
      break;

    case PROP_RECOMMENDATION_MEETING:
      cg_conference_set_recommendation (self, self->recommendation, self->recommendation_reason,
                                        g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_conference_class_init (CgConferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_conference_finalize;
  object_class->get_property = cg_conference_get_property;
  object_class->set_property = cg_conference_set_property;

  /**
   * CgConference:date:
   *
   * The day the conference was held, or is scheduled for.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgConference:held:
   *
   * Whether the conference took place; %FALSE for a scheduled one.
   */
  properties [PROP_HELD] =
    g_param_spec_boolean ("held", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgConference:rescheduled-from: (type GPtrArray(GLib.Date))
   *
   * The days the conference was booked for before it was moved to
   * [property@CoreGroup.Conference:date], oldest first: a review brought
   * forward or put back (Suffolk 7.4). Empty for a conference never
   * moved. Set at construction (a document read restores it) and by
   * [method@CoreGroup.Conference.reschedule].
   */
  properties [PROP_RESCHEDULED_FROM] =
    g_param_spec_boxed ("rescheduled-from", NULL, NULL, G_TYPE_PTR_ARRAY,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * CgConference:recommendation:
   *
   * The core group's recommendation to this review conference on whether
   * the plan needs to continue (Suffolk 4.4).
   */
  properties [PROP_RECOMMENDATION] =
    g_param_spec_enum ("recommendation", NULL, NULL, CG_TYPE_PLAN_RECOMMENDATION, CG_PLAN_RECOMMENDATION_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgConference:recommendation-reason:
   *
   * Why the core group recommends it, in its own words.
   */
  properties [PROP_RECOMMENDATION_REASON] =
    g_param_spec_string ("recommendation-reason", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgConference:recommendation-meeting:
   *
   * The id of the core group meeting that agreed the recommendation, or
   * %NULL.
   */
  properties [PROP_RECOMMENDATION_MEETING] =
    g_param_spec_string ("recommendation-meeting", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_conference_init (CgConference *self)
{
  self->rescheduled_from = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_free);
}

/**
 * cg_conference_new:
 * @date: the day of the conference
 * @held: whether it took place
 *
 * Creates a review conference record.
 *
 * Returns: (transfer full): a new conference
 */
CgConference *
cg_conference_new (const GDate *date,
                   gboolean     held)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_object_new (CG_TYPE_CONFERENCE, "date", date, "held", held, NULL);
}

/**
 * cg_conference_get_date:
 * @self: a conference
 *
 * Gets the day of the conference.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_conference_get_date (CgConference *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_conference_set_date:
 * @self: a conference
 * @date: the new day, for example when a review is brought forward (Suffolk 7.4)
 *
 * Sets the day of the conference.
 */
void
cg_conference_set_date (CgConference *self,
                        const GDate  *date)
{
  g_return_if_fail (CG_IS_CONFERENCE (self));
  g_return_if_fail (date != NULL);

  if (cg_set_day (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

/**
 * cg_conference_get_held:
 * @self: a conference
 *
 * Gets whether the conference took place.
 *
 * Returns: %TRUE once held
 */
gboolean
cg_conference_get_held (CgConference *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE (self), FALSE);

  return self->held;
}

/**
 * cg_conference_set_held:
 * @self: a conference
 * @held: whether it took place
 *
 * Sets whether the conference took place.
 */
void
cg_conference_set_held (CgConference *self,
                        gboolean      held)
{
  g_return_if_fail (CG_IS_CONFERENCE (self));

  held = !!held;
  if (self->held == held)
    return;

  self->held = held;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HELD]);
}

/**
 * cg_conference_get_rescheduled_from:
 * @self: a conference
 *
 * Gets the days the conference was booked for before it was moved, oldest
 * first.
 *
 * Returns: (transfer none) (element-type GLib.Date): the earlier days, empty
 *   for a conference never moved
 */
GPtrArray *
cg_conference_get_rescheduled_from (CgConference *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE (self), NULL);

  return self->rescheduled_from;
}

/**
 * cg_conference_reschedule:
 * @self: a conference
 * @new_date: the day it is moved to
 *
 * Moves the conference to another day, keeping the day it was booked for
 * at the end of [property@CoreGroup.Conference:rescheduled-from]. Moving
 * it to the day it is booked for changes nothing. Use
 * [method@CoreGroup.Conference.set_date] instead to correct a day recorded
 * in error.
 */
void
cg_conference_reschedule (CgConference *self,
                          const GDate  *new_date)
{
  g_return_if_fail (CG_IS_CONFERENCE (self));
  g_return_if_fail (new_date != NULL && g_date_valid (new_date));

  if (cg_date_equal (cg_day_peek (&self->date), new_date))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (g_date_valid (&self->date))
    {
      g_ptr_array_add (self->rescheduled_from, g_date_copy (&self->date));
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RESCHEDULED_FROM]);
    }
  cg_conference_set_date (self, new_date);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * cg_conference_get_recommendation:
 * @self: a conference
 *
 * Gets the core group's recommendation to this review conference.
 *
 * Returns: the recommendation, %CG_PLAN_RECOMMENDATION_NONE when none was recorded
 */
CgPlanRecommendation
cg_conference_get_recommendation (CgConference *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE (self), CG_PLAN_RECOMMENDATION_NONE);

  return self->recommendation;
}

/**
 * cg_conference_get_recommendation_reason:
 * @self: a conference
 *
 * Gets why the core group made its recommendation.
 *
 * Returns: (transfer none) (nullable): the reason
 */
const char *
cg_conference_get_recommendation_reason (CgConference *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE (self), NULL);

  return self->recommendation_reason;
}

/**
 * cg_conference_get_recommendation_meeting:
 * @self: a conference
 *
 * Gets the core group meeting that agreed the recommendation.
 *
 * Returns: (transfer none) (nullable): a meeting id
 */
const char *
cg_conference_get_recommendation_meeting (CgConference *self)
{
  g_return_val_if_fail (CG_IS_CONFERENCE (self), NULL);

  return self->recommendation_meeting;
}

/**
 * cg_conference_set_recommendation:
 * @self: a conference
 * @recommendation: whether the plan needs to continue
 * @reason: (nullable): why
 * @meeting: (nullable): the id of the core group meeting that agreed it
 *
 * Records the core group's recommendation to this review conference
 * (Suffolk 4.4: core group members make "recommendations to subsequent
 * child protection review conferences about whether or not the protection
 * plan needs to continue"). %CG_PLAN_RECOMMENDATION_NONE with no reason
 * and no meeting clears it. The meeting is checked by
 * [method@CoreGroup.Case.validate].
 */
void
cg_conference_set_recommendation (CgConference         *self,
                                  CgPlanRecommendation  recommendation,
                                  const char           *reason,
                                  const char           *meeting)
{
  g_autofree char *reason_copy = g_strdup (reason);
  g_autofree char *meeting_copy = g_strdup (meeting);

  g_return_if_fail (CG_IS_CONFERENCE (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->recommendation != recommendation)
    {
      self->recommendation = recommendation;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOMMENDATION]);
    }
  if (cg_set_string (&self->recommendation_reason, reason_copy))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOMMENDATION_REASON]);
  if (cg_set_string (&self->recommendation_meeting, meeting_copy))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RECOMMENDATION_MEETING]);
  g_object_thaw_notify (G_OBJECT (self));
}
