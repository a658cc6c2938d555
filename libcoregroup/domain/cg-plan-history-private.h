/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The plan read against its history (doc/rules.md, agreed-item-removed and
 * outcome-changed-outside-conference), and the history's links and seal
 * (doc/json-format.md, "plan.history[]" and "plan.history_seal"). */

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

typedef enum
{
  CG_PLAN_HISTORY_UNREAD,        /* the case was not read from a document */
  CG_PLAN_HISTORY_UNLINKED,      /* read from one with no links and no seal */
  CG_PLAN_HISTORY_INTACT,        /* as it was saved */
  CG_PLAN_HISTORY_ALTERED,       /* not as it was saved */
  CG_PLAN_HISTORY_UNVERIFIABLE,  /* sealed with a key, and none is set */
} CgPlanHistoryState;

/* Verifies the history as read (its first n_read entries: those appended
 * since through the API are not the document's) against the links and
 * seal read with it, under the case's history key. For UNLINKED,
 * ALTERED and UNVERIFIABLE, sets @error (CG_PLAN_ERROR_HISTORY_UNVERIFIED
 * or _ALTERED) naming the path of the first problem. */
CgPlanHistoryState cg_plan_history_verify     (CgCase       *kase,
                                               GError      **error);

/* What a save writes for the history: the link of each entry that has one
 * (CgPlanChange * -> JsonNode *) and the seal (NULL for none). Stored
 * links are written as read, so a broken chain stays broken; entries with
 * none are linked, new ones and those of a document saved before links
 * were written; the seal is made anew unless the history as read is
 * altered or cannot be verified, when the seal read is written back. */
typedef struct
{
  GHashTable *links;
  JsonNode   *seal;
} CgPlanHistorySeal;

CgPlanHistorySeal *cg_plan_history_seal_for_save (CgCase            *kase);
void               cg_plan_history_seal_free     (CgPlanHistorySeal *seal);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgPlanHistorySeal, cg_plan_history_seal_free)

G_END_DECLS
