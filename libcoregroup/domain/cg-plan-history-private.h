/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The plan read against its history (doc/rules.md, agreed-item-removed and
 * outcome-changed-outside-conference). */

/* The days a conference sat: the initial conference and every review
 * conference recorded as held, as a set of Julian day numbers. */
GHashTable *cg_plan_history_conference_days   (CgCase       *kase);
gboolean    cg_plan_history_is_conference_day (CgCase       *kase,
                                               const GDate  *date);

/* Whether @change counts as a conference's: recorded with the source
 * `conference` and dated on one of @days. Any other change is the core
 * group's, whatever it says. */
gboolean    cg_plan_history_by_conference     (CgPlanChange *change,
                                               GHashTable   *days);

/* An item of the plan, found through the history entry at @entry. */
typedef struct
{
  CgPlanChangeKind  kind;   /* of the entry */
  const char       *id;     /* the item's id, owned by the case */
  guint             entry;  /* the index of the entry in plan.history */
} CgPlanHistoryItem;

/* The actions and outcomes a history entry added (add-action, add-outcome)
 * that the plan no longer has, and whose last recorded change is that
 * addition: no removal was recorded after it. A removal recorded by the
 * core group is the history checks' to report, so it is not listed. In
 * history order; an array of CgPlanHistoryItem. */
GArray     *cg_plan_history_find_missing      (CgCase       *kase);

/* The outcomes whose description is not the wording recorded by their
 * last add-outcome or revise-outcome entry, when that entry's summary is
 * of the form the library writes ("Added outcome ID: TEXT", "Revised
 * outcome ID: TEXT"). In plan order; an array of CgPlanHistoryItem. */
GArray     *cg_plan_history_find_reworded     (CgCase       *kase);

G_END_DECLS
