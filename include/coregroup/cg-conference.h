/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgPlanRecommendation:
 * @CG_PLAN_RECOMMENDATION_NONE: no recommendation recorded
 * @CG_PLAN_RECOMMENDATION_CONTINUE: the plan needs to continue
 * @CG_PLAN_RECOMMENDATION_END: the plan can end
 *
 * The core group's recommendation to a review conference "about whether or
 * not the protection plan needs to continue" (Suffolk 4.4).
 */
typedef enum
{
  CG_PLAN_RECOMMENDATION_NONE,
  CG_PLAN_RECOMMENDATION_CONTINUE,
  CG_PLAN_RECOMMENDATION_END,
} CgPlanRecommendation;

#define CG_TYPE_CONFERENCE (cg_conference_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgConference, cg_conference, CG, CONFERENCE, GObject)

CG_AVAILABLE_IN_ALL
CgConference *cg_conference_new      (const GDate  *date,
                                      gboolean      held) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate        *cg_conference_get_date (CgConference *self);
CG_AVAILABLE_IN_ALL
void          cg_conference_set_date (CgConference *self,
                                      const GDate  *date);
CG_AVAILABLE_IN_ALL
gboolean      cg_conference_get_held (CgConference *self);
CG_AVAILABLE_IN_ALL
void          cg_conference_set_held (CgConference *self,
                                      gboolean      held);
CG_AVAILABLE_IN_ALL
GPtrArray    *cg_conference_get_rescheduled_from (CgConference *self);
CG_AVAILABLE_IN_ALL
void          cg_conference_reschedule           (CgConference *self,
                                                  const GDate  *new_date);
CG_AVAILABLE_IN_ALL
CgPlanRecommendation cg_conference_get_recommendation         (CgConference         *self);
CG_AVAILABLE_IN_ALL
const char          *cg_conference_get_recommendation_reason  (CgConference         *self);
CG_AVAILABLE_IN_ALL
const char          *cg_conference_get_recommendation_meeting (CgConference         *self);
CG_AVAILABLE_IN_ALL
void                 cg_conference_set_recommendation         (CgConference         *self,
                                                               CgPlanRecommendation  recommendation,
                                                               const char           *reason,
                                                               const char           *meeting);

G_END_DECLS
