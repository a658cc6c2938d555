/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-escalation-step.h>

G_BEGIN_DECLS

/**
 * CgEscalationConcern:
 * @CG_ESCALATION_CONCERN_ATTENDANCE: a member does not attend (`attendance`)
 * @CG_ESCALATION_CONCERN_PLAN_NOT_EFFECTIVE: the plan is not making the
 *   child safer (`plan-not-effective`)
 * @CG_ESCALATION_CONCERN_NON_CO_OPERATION: a member or the family does not
 *   co-operate with the plan (`non-co-operation`)
 * @CG_ESCALATION_CONCERN_DISAGREEMENT: professionals disagree
 *   (`disagreement`)
 * @CG_ESCALATION_CONCERN_DRIFT: actions are not done and the plan drifts
 *   (`drift`)
 * @CG_ESCALATION_CONCERN_OTHER: any other concern (`other`)
 *
 * What a [class@CoreGroup.Escalation] is about.
 */
typedef enum
{
  CG_ESCALATION_CONCERN_ATTENDANCE,
  CG_ESCALATION_CONCERN_PLAN_NOT_EFFECTIVE,
  CG_ESCALATION_CONCERN_NON_CO_OPERATION,
  CG_ESCALATION_CONCERN_DISAGREEMENT,
  CG_ESCALATION_CONCERN_DRIFT,
  CG_ESCALATION_CONCERN_OTHER,
} CgEscalationConcern;

#define CG_TYPE_ESCALATION (cg_escalation_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgEscalation, cg_escalation, CG, ESCALATION, GObject)

CG_AVAILABLE_IN_ALL
CgEscalation        *cg_escalation_new            (const char          *id,
                                                   const GDate         *date,
                                                   const char          *raised_by,
                                                   CgEscalationConcern  concern) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char          *cg_escalation_get_id         (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
GDate               *cg_escalation_get_date       (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
const char          *cg_escalation_get_raised_by  (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
CgEscalationConcern  cg_escalation_get_concern    (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
const char          *cg_escalation_get_about      (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
void                 cg_escalation_set_about      (CgEscalation        *self,
                                                   const char          *about);
CG_AVAILABLE_IN_ALL
GListModel          *cg_escalation_get_steps      (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
void                 cg_escalation_add_step       (CgEscalation        *self,
                                                   CgEscalationStep    *step);
CG_AVAILABLE_IN_ALL
CgEscalationStep    *cg_escalation_get_last_step  (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
GDate               *cg_escalation_get_resolved   (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
const char          *cg_escalation_get_outcome    (CgEscalation        *self);
CG_AVAILABLE_IN_ALL
void                 cg_escalation_resolve        (CgEscalation        *self,
                                                   const GDate         *resolved,
                                                   const char          *outcome);
CG_AVAILABLE_IN_ALL
gboolean             cg_escalation_is_open        (CgEscalation        *self,
                                                   const GDate         *on);

G_END_DECLS
