/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgAttendanceStatus:
 * @CG_ATTENDANCE_STATUS_PRESENT: the member attended
 * @CG_ATTENDANCE_STATUS_APOLOGIES: the member sent apologies
 * @CG_ATTENDANCE_STATUS_ABSENT: the member did not attend and sent no apologies
 * @CG_ATTENDANCE_STATUS_SUBSTITUTE: a briefed colleague attended in the
 *   member's place; counts as present for quorum (doc/json-format.md)
 *
 * How a member took part in a meeting.
 */
typedef enum
{
  CG_ATTENDANCE_STATUS_PRESENT,
  CG_ATTENDANCE_STATUS_APOLOGIES,
  CG_ATTENDANCE_STATUS_ABSENT,
  CG_ATTENDANCE_STATUS_SUBSTITUTE,
} CgAttendanceStatus;

#define CG_TYPE_ATTENDANCE (cg_attendance_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgAttendance, cg_attendance, CG, ATTENDANCE, GObject)

CG_AVAILABLE_IN_ALL
CgAttendance       *cg_attendance_new                (const char         *member_id,
                                                      CgAttendanceStatus  status) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char         *cg_attendance_get_member_id      (CgAttendance       *self);
CG_AVAILABLE_IN_ALL
CgAttendanceStatus  cg_attendance_get_status         (CgAttendance       *self);
CG_AVAILABLE_IN_ALL
void                cg_attendance_set_status         (CgAttendance       *self,
                                                      CgAttendanceStatus  status);
CG_AVAILABLE_IN_ALL
gboolean            cg_attendance_get_written_report (CgAttendance       *self);
CG_AVAILABLE_IN_ALL
void                cg_attendance_set_written_report (CgAttendance       *self,
                                                      gboolean            written_report);
CG_AVAILABLE_IN_ALL
const char         *cg_attendance_get_substitute     (CgAttendance       *self);
CG_AVAILABLE_IN_ALL
void                cg_attendance_set_substitute     (CgAttendance       *self,
                                                      const char         *substitute);
CG_AVAILABLE_IN_ALL
gboolean            cg_attendance_get_interpreter    (CgAttendance       *self);
CG_AVAILABLE_IN_ALL
void                cg_attendance_set_interpreter    (CgAttendance       *self,
                                                      gboolean            interpreter);
CG_AVAILABLE_IN_ALL
gboolean            cg_attendance_get_attended       (CgAttendance       *self);

G_END_DECLS
