/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-calendar.h>
#include <coregroup/cg-case.h>
#include <coregroup/cg-deadline.h>
#include <coregroup/cg-finding.h>
#include <coregroup/cg-open-escalation.h>

G_BEGIN_DECLS

#define CG_TYPE_REPORT (cg_report_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgReport, cg_report, CG, REPORT, GObject)

CG_AVAILABLE_IN_ALL
CgReport    *cg_report_new                 (const char  *case_id,
                                            const char  *policy_id,
                                            const GDate *today) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char  *cg_report_get_case_id         (CgReport    *self);
CG_AVAILABLE_IN_ALL
const char  *cg_report_get_policy_id       (CgReport    *self);
CG_AVAILABLE_IN_ALL
GDate       *cg_report_get_today           (CgReport    *self);
CG_AVAILABLE_IN_ALL
CgCalendar  *cg_report_get_calendar        (CgReport    *self);
CG_AVAILABLE_IN_ALL
GListModel  *cg_report_get_deadlines       (CgReport    *self);
CG_AVAILABLE_IN_ALL
GListModel  *cg_report_get_findings        (CgReport    *self);
CG_AVAILABLE_IN_ALL
void         cg_report_add_deadline        (CgReport    *self,
                                            CgDeadline  *deadline);
CG_AVAILABLE_IN_ALL
void         cg_report_add_finding         (CgReport    *self,
                                            CgFinding   *finding);
CG_AVAILABLE_IN_ALL
GListModel  *cg_report_get_open_escalations (CgReport   *self);
CG_AVAILABLE_IN_ALL
void         cg_report_add_open_escalation  (CgReport         *self,
                                             CgOpenEscalation *open_escalation);
CG_AVAILABLE_IN_ALL
guint        cg_report_count_overdue       (CgReport    *self);
CG_AVAILABLE_IN_ALL
guint        cg_report_count_acknowledged  (CgReport    *self);
CG_AVAILABLE_IN_ALL
guint        cg_report_count_working_days_overdue (CgReport   *self,
                                                   CgDeadline *deadline);
CG_AVAILABLE_IN_ALL
GListModel  *cg_report_list_urgent         (CgReport    *self,
                                            guint        due_within) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgDeadline  *cg_report_find_last_met       (CgReport    *self,
                                            CgDeadline  *deadline);
CG_AVAILABLE_IN_ALL
guint        cg_report_count_findings      (CgReport    *self,
                                            CgSeverity   severity);
CG_AVAILABLE_IN_ALL
gboolean     cg_report_needs_action        (CgReport    *self);
CG_AVAILABLE_IN_ALL
guint        cg_report_check_family        (CgReport    *self,
                                            CgCase      *kase,
                                            GPtrArray   *family,
                                            const char  *source);
CG_AVAILABLE_IN_ALL
char        *cg_report_to_json             (CgReport    *self,
                                            gsize       *length) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char        *cg_report_to_json_line        (CgReport    *self,
                                            gsize       *length) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char        *cg_report_to_icalendar        (CgReport    *self,
                                            gsize       *length) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char        *cg_report_list_to_icalendar   (CgReport   **reports,
                                            guint        n_reports,
                                            gsize       *length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
