/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>
#include <json-glib/json-glib.h>

#include "domain/cg-plan-entries-private.h"
#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

/* Used by the JSON reader to rebuild a plan exactly as recorded, including
 * history that breaks the rules (the checks report it; loading must not
 * lose it). Everything else goes through the checked public API. */
CgItemList *cg_child_protection_plan_get_outcome_list (CgChildProtectionPlan *self);
CgItemList *cg_child_protection_plan_get_action_list  (CgChildProtectionPlan *self);
CgItemList *cg_child_protection_plan_get_dissent_list (CgChildProtectionPlan *self);
/* The dissent, NULL while none is recorded, read without making it. */
GListModel *cg_child_protection_plan_peek_dissent     (CgChildProtectionPlan *self);
CgItemList *cg_child_protection_plan_get_history_list (CgChildProtectionPlan *self);
/* Puts back the text sections and empties the list sections, whose
 * entries the reader then appends to the section's entries. */
void        cg_child_protection_plan_restore_sections (CgChildProtectionPlan *self,
                                                       const char            *contingency,
                                                       const char            *contact_arrangements);
/* The entries of `needs`, `risks` or `strengths`; NULL for another name. */
CgPlanEntries *cg_child_protection_plan_get_entries   (CgChildProtectionPlan *self,
                                                       const char            *section);

/* What the case document held for the history's integrity, as read: the
 * reader marks the plan read once the whole document is (keeping how many
 * history entries it had), and keeps `plan.history_seal` as it was (any
 * JSON value; NULL when absent or null). cg-plan-history.c verifies the
 * history from these and each entry's stored link, on demand. */
void        cg_child_protection_plan_set_stored_seal  (CgChildProtectionPlan *self,
                                                       JsonNode              *seal);
JsonNode   *cg_child_protection_plan_get_stored_seal  (CgChildProtectionPlan *self);
void        cg_child_protection_plan_mark_read        (CgChildProtectionPlan *self);
gboolean    cg_child_protection_plan_was_read         (CgChildProtectionPlan *self,
                                                       guint                 *n_read);

/* The case that owns the plan, which knows on which days a conference
 * sat; not a reference: the case clears it when it goes. A plan of its own
 * (cg_child_protection_plan_new) has none and believes a change's source. */
void        cg_child_protection_plan_set_case         (CgChildProtectionPlan *self,
                                                       CgCase                *kase);

G_END_DECLS
