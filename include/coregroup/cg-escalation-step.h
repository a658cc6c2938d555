/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgEscalationStepKind:
 * @CG_ESCALATION_STEP_KIND_CORE_GROUP: raised at the core group itself
 *   (`core-group`)
 * @CG_ESCALATION_STEP_KIND_LEAD_SOCIAL_WORKER_AND_MANAGER: taken to the lead
 *   social worker and their manager (`lead-social-worker-and-manager`)
 * @CG_ESCALATION_STEP_KIND_OWN_AGENCY: taken within the professional's own
 *   agency, to a manager or safeguarding lead (`own-agency`)
 * @CG_ESCALATION_STEP_KIND_AGENCY_MANAGERS: taken between the managers of the
 *   agencies involved (`agency-managers`)
 * @CG_ESCALATION_STEP_KIND_CONFERENCE_CHAIR: taken to the chair of the child
 *   protection conference (`conference-chair`)
 * @CG_ESCALATION_STEP_KIND_RESOLVING_PROFESSIONAL_DIFFERENCES: taken into the
 *   local procedure for resolving professional differences
 *   (`resolving-professional-differences`)
 * @CG_ESCALATION_STEP_KIND_MULTI_AGENCY_SUPERVISION: brought to multi-agency
 *   supervision (`multi-agency-supervision`)
 * @CG_ESCALATION_STEP_KIND_LSCP_ESCALATION: escalated to the local
 *   safeguarding children partnership (`lscp-escalation`)
 * @CG_ESCALATION_STEP_KIND_LEGAL_ADVICE: legal advice sought (`legal-advice`)
 *
 * Where a [class@CoreGroup.EscalationStep] took a concern.
 */
typedef enum
{
  CG_ESCALATION_STEP_KIND_CORE_GROUP,
  CG_ESCALATION_STEP_KIND_LEAD_SOCIAL_WORKER_AND_MANAGER,
  CG_ESCALATION_STEP_KIND_OWN_AGENCY,
  CG_ESCALATION_STEP_KIND_AGENCY_MANAGERS,
  CG_ESCALATION_STEP_KIND_CONFERENCE_CHAIR,
  CG_ESCALATION_STEP_KIND_RESOLVING_PROFESSIONAL_DIFFERENCES,
  CG_ESCALATION_STEP_KIND_MULTI_AGENCY_SUPERVISION,
  CG_ESCALATION_STEP_KIND_LSCP_ESCALATION,
  CG_ESCALATION_STEP_KIND_LEGAL_ADVICE,
} CgEscalationStepKind;

#define CG_TYPE_ESCALATION_STEP (cg_escalation_step_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgEscalationStep, cg_escalation_step, CG, ESCALATION_STEP, GObject)

CG_AVAILABLE_IN_ALL
CgEscalationStep     *cg_escalation_step_new      (const GDate          *date,
                                                   CgEscalationStepKind  step) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate                *cg_escalation_step_get_date (CgEscalationStep     *self);
CG_AVAILABLE_IN_ALL
CgEscalationStepKind  cg_escalation_step_get_step (CgEscalationStep     *self);
CG_AVAILABLE_IN_ALL
const char           *cg_escalation_step_get_note (CgEscalationStep     *self);
CG_AVAILABLE_IN_ALL
void                  cg_escalation_step_set_note (CgEscalationStep     *self,
                                                   const char           *note);

G_END_DECLS
