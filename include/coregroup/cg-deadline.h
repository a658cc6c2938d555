/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-acknowledgement.h>

G_BEGIN_DECLS

/**
 * CgDeadlineStatus:
 * @CG_DEADLINE_STATUS_MET: satisfied on or before the due date
 * @CG_DEADLINE_STATUS_LATE: satisfied after the due date
 * @CG_DEADLINE_STATUS_OVERDUE: not satisfied, and today is after the due date
 * @CG_DEADLINE_STATUS_PENDING: not satisfied, and today is on or before the due date
 *
 * Where a deadline stands on the day of evaluation (doc/rules.md, "Deadline
 * entries and findings").
 */
typedef enum
{
  CG_DEADLINE_STATUS_MET,
  CG_DEADLINE_STATUS_LATE,
  CG_DEADLINE_STATUS_OVERDUE,
  CG_DEADLINE_STATUS_PENDING,
} CgDeadlineStatus;

#define CG_TYPE_DEADLINE (cg_deadline_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgDeadline, cg_deadline, CG, DEADLINE, GObject)

CG_AVAILABLE_IN_ALL
CgDeadline       *cg_deadline_new              (const char       *rule,
                                                const GDate      *due,
                                                const GDate      *satisfied_on,
                                                const GDate      *today) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgDeadlineStatus  cg_deadline_compute_status   (const GDate      *due,
                                                const GDate      *satisfied_on,
                                                const GDate      *today);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_rule         (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
GDate            *cg_deadline_get_due          (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
GDate            *cg_deadline_get_window_start (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
CgDeadlineStatus  cg_deadline_get_status       (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_satisfied_by (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
GDate            *cg_deadline_get_satisfied_on (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
char             *cg_deadline_dup_satisfied_text (CgDeadline     *self) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_subject      (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_description  (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_source       (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
GDate            *cg_deadline_get_counted_from (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_counted_from_event (CgDeadline *self);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_origin       (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
const char       *cg_deadline_get_explanation  (CgDeadline       *self);

CG_AVAILABLE_IN_ALL
const char * const *cg_deadline_get_responsible     (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
CgAcknowledgement  *cg_deadline_get_acknowledgement (CgDeadline       *self);
CG_AVAILABLE_IN_ALL
gboolean            cg_deadline_is_acknowledged     (CgDeadline       *self);

G_END_DECLS
