/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-action.h>
#include <coregroup/cg-dissent.h>
#include <coregroup/cg-outcome.h>
#include <coregroup/cg-plan-change.h>

G_BEGIN_DECLS

#define CG_TYPE_CHILD_PROTECTION_PLAN (cg_child_protection_plan_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgChildProtectionPlan, cg_child_protection_plan, CG, CHILD_PROTECTION_PLAN, GObject)

CG_AVAILABLE_IN_ALL
CgChildProtectionPlan *cg_child_protection_plan_new                      (void) G_GNUC_WARN_UNUSED_RESULT;

CG_AVAILABLE_IN_ALL
GListModel         *cg_child_protection_plan_get_outcomes                (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
GListModel         *cg_child_protection_plan_get_actions                 (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
GListModel         *cg_child_protection_plan_get_dissent                 (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
GListModel         *cg_child_protection_plan_get_history                 (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
CgOutcome          *cg_child_protection_plan_lookup_outcome              (CgChildProtectionPlan *self,
                                                                          const char            *id);
CG_AVAILABLE_IN_ALL
CgAction           *cg_child_protection_plan_lookup_action               (CgChildProtectionPlan *self,
                                                                          const char            *id);
CG_AVAILABLE_IN_ALL
const char * const *cg_child_protection_plan_get_needs                   (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
const char * const *cg_child_protection_plan_get_risks                   (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
const char * const *cg_child_protection_plan_get_strengths               (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
const char         *cg_child_protection_plan_get_contingency             (CgChildProtectionPlan *self);
CG_AVAILABLE_IN_ALL
const char         *cg_child_protection_plan_get_contact_arrangements    (CgChildProtectionPlan *self);

CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_add_outcome                 (CgChildProtectionPlan *self,
                                                                          CgOutcome             *outcome,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_revise_outcome              (CgChildProtectionPlan *self,
                                                                          CgOutcome             *revised,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_remove_outcome              (CgChildProtectionPlan *self,
                                                                          const char            *id,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_add_action                  (CgChildProtectionPlan *self,
                                                                          CgAction              *action,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_revise_action               (CgChildProtectionPlan *self,
                                                                          CgAction              *revised,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_complete_action             (CgChildProtectionPlan *self,
                                                                          const char            *id,
                                                                          const GDate           *completed,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_remove_action               (CgChildProtectionPlan *self,
                                                                          const char            *id,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_outcome_audience        (CgChildProtectionPlan *self,
                                                                          const char            *id,
                                                                          CgAudience             audience,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_action_audience         (CgChildProtectionPlan *self,
                                                                          const char            *id,
                                                                          CgAudience             audience,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_needs                   (CgChildProtectionPlan *self,
                                                                          const char * const    *needs,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_risks                   (CgChildProtectionPlan *self,
                                                                          const char * const    *risks,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_strengths               (CgChildProtectionPlan *self,
                                                                          const char * const    *strengths,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
CgAudience          cg_child_protection_plan_get_section_audience        (CgChildProtectionPlan *self,
                                                                          const char            *section,
                                                                          guint                  index);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_section_audience        (CgChildProtectionPlan *self,
                                                                          const char            *section,
                                                                          guint                  index,
                                                                          CgAudience             audience,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_contingency             (CgChildProtectionPlan *self,
                                                                          const char            *contingency,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_set_contact_arrangements    (CgChildProtectionPlan *self,
                                                                          const char            *arrangements,
                                                                          CgPlanChange          *change,
                                                                          GError               **error);
CG_AVAILABLE_IN_ALL
gboolean            cg_child_protection_plan_add_dissent                 (CgChildProtectionPlan *self,
                                                                          CgDissent             *dissent,
                                                                          GError               **error);

G_END_DECLS
