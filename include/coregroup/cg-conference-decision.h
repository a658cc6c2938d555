/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-time-unit.h>

G_BEGIN_DECLS

#define CG_TYPE_CONFERENCE_DECISION (cg_conference_decision_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgConferenceDecision, cg_conference_decision, CG, CONFERENCE_DECISION, GObject)

CG_AVAILABLE_IN_ALL
CgConferenceDecision *cg_conference_decision_new            (const GDate          *conference,
                                                             const char           *rule,
                                                             const char           *reason) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate                *cg_conference_decision_get_conference (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
void                  cg_conference_decision_set_conference (CgConferenceDecision *self,
                                                             const GDate          *conference);
CG_AVAILABLE_IN_ALL
const char           *cg_conference_decision_get_rule       (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
int                   cg_conference_decision_get_value      (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
CgTimeUnit            cg_conference_decision_get_unit       (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
void                  cg_conference_decision_set_interval   (CgConferenceDecision *self,
                                                             int                   value,
                                                             CgTimeUnit            unit);
CG_AVAILABLE_IN_ALL
gboolean              cg_conference_decision_get_off        (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
void                  cg_conference_decision_set_off        (CgConferenceDecision *self,
                                                             gboolean              off);
CG_AVAILABLE_IN_ALL
const char * const   *cg_conference_decision_get_by         (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
void                  cg_conference_decision_set_by         (CgConferenceDecision *self,
                                                             const char * const   *by);
CG_AVAILABLE_IN_ALL
const char           *cg_conference_decision_get_reason     (CgConferenceDecision *self);
CG_AVAILABLE_IN_ALL
void                  cg_conference_decision_set_reason     (CgConferenceDecision *self,
                                                             const char           *reason);

G_END_DECLS
