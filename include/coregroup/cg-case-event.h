/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgCaseEventKind:
 * @CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE: a significant change for the child
 *   or the plan, which the lead social worker reports to the conference chair
 *   (Suffolk 4.5); `reported-on` is when it was reported
 * @CG_CASE_EVENT_KIND_SCHOOL_MOVE: the child moved school, which calls for a
 *   core group at the new school (Haringey, "Frequency of meetings")
 * @CG_CASE_EVENT_KIND_PROFESSIONAL_CHANGE: an agency changed its allocated
 *   professional, which it must tell the core group (Haringey, "Attendance
 *   at meetings"); `reported-on` is when the core group was told
 *
 * What happened in a [class@CoreGroup.CaseEvent].
 */
typedef enum
{
  CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE,
  CG_CASE_EVENT_KIND_SCHOOL_MOVE,
  CG_CASE_EVENT_KIND_PROFESSIONAL_CHANGE,
} CgCaseEventKind;

#define CG_TYPE_CASE_EVENT (cg_case_event_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgCaseEvent, cg_case_event, CG, CASE_EVENT, GObject)

CG_AVAILABLE_IN_ALL
CgCaseEvent     *cg_case_event_new                 (const char      *id,
                                                    CgCaseEventKind  kind,
                                                    const GDate     *date) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char      *cg_case_event_get_id              (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
CgCaseEventKind  cg_case_event_get_kind            (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
GDate           *cg_case_event_get_date            (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_date            (CgCaseEvent     *self,
                                                    const GDate     *date);
CG_AVAILABLE_IN_ALL
const char      *cg_case_event_get_description     (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_description     (CgCaseEvent     *self,
                                                    const char      *description);
CG_AVAILABLE_IN_ALL
GDate           *cg_case_event_get_reported_on     (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_reported_on     (CgCaseEvent     *self,
                                                    const GDate     *reported_on);
CG_AVAILABLE_IN_ALL
const char      *cg_case_event_get_school          (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_school          (CgCaseEvent     *self,
                                                    const char      *school);
CG_AVAILABLE_IN_ALL
const char      *cg_case_event_get_agency          (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_agency          (CgCaseEvent     *self,
                                                    const char      *agency);
CG_AVAILABLE_IN_ALL
const char      *cg_case_event_get_previous_member (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_previous_member (CgCaseEvent     *self,
                                                    const char      *previous_member);
CG_AVAILABLE_IN_ALL
const char      *cg_case_event_get_new_member      (CgCaseEvent     *self);
CG_AVAILABLE_IN_ALL
void             cg_case_event_set_new_member      (CgCaseEvent     *self,
                                                    const char      *new_member);

G_END_DECLS
