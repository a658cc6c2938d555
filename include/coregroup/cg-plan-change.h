/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgPlanChangeSource:
 * @CG_PLAN_CHANGE_SOURCE_CORE_GROUP: the core group (or the lead social
 *   worker on its behalf); may add to and adjust the plan but not remove
 *   agreed items nor change outcomes (Suffolk 2.3, 3.4, 7.3)
 * @CG_PLAN_CHANGE_SOURCE_CONFERENCE: an initial or review child protection
 *   conference, which alone may change outcomes (Suffolk 7.3)
 *
 * Who made a change to the plan.
 */
typedef enum
{
  CG_PLAN_CHANGE_SOURCE_CORE_GROUP,
  CG_PLAN_CHANGE_SOURCE_CONFERENCE,
} CgPlanChangeSource;

/**
 * CgPlanChangeKind:
 * @CG_PLAN_CHANGE_KIND_UNSPECIFIED: not yet applied to a plan
 * @CG_PLAN_CHANGE_KIND_ADD_OUTCOME: an outcome (safety goal) was added
 * @CG_PLAN_CHANGE_KIND_REVISE_OUTCOME: an outcome was reworded or re-measured
 * @CG_PLAN_CHANGE_KIND_REMOVE_OUTCOME: an outcome was removed
 * @CG_PLAN_CHANGE_KIND_ADD_ACTION: an action was added
 * @CG_PLAN_CHANGE_KIND_REVISE_ACTION: an action's wording, owner or due date changed
 * @CG_PLAN_CHANGE_KIND_COMPLETE_ACTION: an action was recorded as done
 * @CG_PLAN_CHANGE_KIND_REMOVE_ACTION: an action was removed
 * @CG_PLAN_CHANGE_KIND_UPDATE_SECTION: a section of the plan (needs, risks,
 *   strengths, contingency, contact arrangements) was rewritten
 *
 * What a [class@CoreGroup.PlanChange] did to the plan.
 */
typedef enum
{
  CG_PLAN_CHANGE_KIND_UNSPECIFIED,
  CG_PLAN_CHANGE_KIND_ADD_OUTCOME,
  CG_PLAN_CHANGE_KIND_REVISE_OUTCOME,
  CG_PLAN_CHANGE_KIND_REMOVE_OUTCOME,
  CG_PLAN_CHANGE_KIND_ADD_ACTION,
  CG_PLAN_CHANGE_KIND_REVISE_ACTION,
  CG_PLAN_CHANGE_KIND_COMPLETE_ACTION,
  CG_PLAN_CHANGE_KIND_REMOVE_ACTION,
  CG_PLAN_CHANGE_KIND_UPDATE_SECTION,
} CgPlanChangeKind;

#define CG_TYPE_PLAN_CHANGE (cg_plan_change_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgPlanChange, cg_plan_change, CG, PLAN_CHANGE, GObject)

CG_AVAILABLE_IN_ALL
CgPlanChange       *cg_plan_change_new         (CgPlanChangeSource  source,
                                                const char         *author,
                                                const GDate        *date,
                                                const char         *reason) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgPlanChangeSource  cg_plan_change_get_source  (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
const char         *cg_plan_change_get_author  (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
GDate              *cg_plan_change_get_date    (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
const char         *cg_plan_change_get_reason  (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
const char         *cg_plan_change_get_meeting (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
CgPlanChangeKind    cg_plan_change_get_kind    (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
const char         *cg_plan_change_get_target  (CgPlanChange       *self);
CG_AVAILABLE_IN_ALL
const char         *cg_plan_change_get_summary (CgPlanChange       *self);

G_END_DECLS
