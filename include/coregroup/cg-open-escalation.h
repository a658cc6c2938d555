/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-escalation.h>

G_BEGIN_DECLS

#define CG_TYPE_OPEN_ESCALATION (cg_open_escalation_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgOpenEscalation, cg_open_escalation, CG, OPEN_ESCALATION, GObject)

CG_AVAILABLE_IN_ALL
CgOpenEscalation *cg_open_escalation_new              (CgEscalation     *escalation,
                                                       CgEscalationStep *last_step,
                                                       const GDate      *since,
                                                       int               working_days) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgEscalation     *cg_open_escalation_get_escalation   (CgOpenEscalation *self);
CG_AVAILABLE_IN_ALL
CgEscalationStep *cg_open_escalation_get_last_step    (CgOpenEscalation *self);
CG_AVAILABLE_IN_ALL
GDate            *cg_open_escalation_get_since        (CgOpenEscalation *self);
CG_AVAILABLE_IN_ALL
int               cg_open_escalation_get_working_days (CgOpenEscalation *self);

G_END_DECLS
