/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-attendance.h>
#include <coregroup/cg-information-request.h>

G_BEGIN_DECLS

/**
 * CgMeetingKind:
 * @CG_MEETING_KIND_CORE_GROUP: a core group meeting (`core-group`)
 * @CG_MEETING_KIND_PROFESSIONALS: a professionals-only meeting
 * @CG_MEETING_KIND_STRATEGY: a strategy discussion
 * @CG_MEETING_KIND_OTHER: any other meeting about the child (a looked after
 *   child review, say), whose outcome the key worker shares with the core
 *   group (Haringey, "Other meetings")
 *
 * What kind of meeting a [class@CoreGroup.Meeting] records. Only core group
 * meetings satisfy core group timescales.
 */
typedef enum
{
  CG_MEETING_KIND_CORE_GROUP,
  CG_MEETING_KIND_PROFESSIONALS,
  CG_MEETING_KIND_STRATEGY,
  CG_MEETING_KIND_OTHER,
} CgMeetingKind;

/**
 * CG_MEETING_SCALING_SCORE_NONE:
 *
 * The [property@CoreGroup.Meeting:scaling-score] of a meeting that recorded
 * no score: -1.
 */
#define CG_MEETING_SCALING_SCORE_NONE (-1)

#define CG_TYPE_MEETING (cg_meeting_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgMeeting, cg_meeting, CG, MEETING, GObject)

CG_AVAILABLE_IN_ALL
CgMeeting     *cg_meeting_new                    (const char    *id,
                                                  CgMeetingKind  kind,
                                                  const GDate   *date) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_id                 (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
CgMeetingKind  cg_meeting_get_kind               (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_kind               (CgMeeting     *self,
                                                  CgMeetingKind  kind);
CG_AVAILABLE_IN_ALL
GDate         *cg_meeting_get_date               (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_date               (CgMeeting     *self,
                                                  const GDate   *date);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_time               (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_time               (CgMeeting     *self,
                                                  const char    *time);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_venue              (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_venue              (CgMeeting     *self,
                                                  const char    *venue);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_chair              (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_chair              (CgMeeting     *self,
                                                  const char    *member_id);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_minute_taker       (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_minute_taker       (CgMeeting     *self,
                                                  const char    *member_id);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_child_views        (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_child_views        (CgMeeting     *self,
                                                  const char    *child_views);
CG_AVAILABLE_IN_ALL
GDate         *cg_meeting_get_next_meeting_date  (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_next_meeting_date  (CgMeeting     *self,
                                                  const GDate   *date);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_next_meeting_venue (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_next_meeting_venue (CgMeeting     *self,
                                                  const char    *venue);
CG_AVAILABLE_IN_ALL
GDate         *cg_meeting_get_minutes_circulated (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_minutes_circulated (CgMeeting     *self,
                                                  const GDate   *date);
CG_AVAILABLE_IN_ALL
GDate         *cg_meeting_get_chair_update       (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_chair_update       (CgMeeting     *self,
                                                  const GDate   *date);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_agreed_chair       (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_agreed_chair       (CgMeeting     *self,
                                                  const char    *member_id);
CG_AVAILABLE_IN_ALL
const char    *cg_meeting_get_agreed_vice_chair  (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_agreed_vice_chair  (CgMeeting     *self,
                                                  const char    *member_id);
CG_AVAILABLE_IN_ALL
GListModel    *cg_meeting_get_attendance         (CgMeeting     *self);
CG_AVAILABLE_IN_ALL
CgAttendance  *cg_meeting_lookup_attendance      (CgMeeting     *self,
                                                  const char    *member_id);
CG_AVAILABLE_IN_ALL
void           cg_meeting_set_attendance         (CgMeeting     *self,
                                                  CgAttendance  *attendance);
CG_AVAILABLE_IN_ALL
gboolean       cg_meeting_remove_attendance      (CgMeeting     *self,
                                                  const char    *member_id);

/* What the minutes record the meeting agreed (Haringey Appendix 1 and 2). */
CG_AVAILABLE_IN_ALL
const char * const *cg_meeting_get_family_goals           (CgMeeting            *self);
CG_AVAILABLE_IN_ALL
void                cg_meeting_set_family_goals           (CgMeeting            *self,
                                                           const char * const   *goals);
CG_AVAILABLE_IN_ALL
int                 cg_meeting_get_scaling_score          (CgMeeting            *self);
CG_AVAILABLE_IN_ALL
void                cg_meeting_set_scaling_score          (CgMeeting            *self,
                                                           int                   score);
CG_AVAILABLE_IN_ALL
const char * const *cg_meeting_get_progress_needed        (CgMeeting            *self);
CG_AVAILABLE_IN_ALL
void                cg_meeting_set_progress_needed        (CgMeeting            *self,
                                                           const char * const   *progress);
CG_AVAILABLE_IN_ALL
const char         *cg_meeting_get_plan_end_conditions    (CgMeeting            *self);
CG_AVAILABLE_IN_ALL
void                cg_meeting_set_plan_end_conditions    (CgMeeting            *self,
                                                           const char           *conditions);
CG_AVAILABLE_IN_ALL
GListModel         *cg_meeting_get_information_needed     (CgMeeting            *self);
CG_AVAILABLE_IN_ALL
void                cg_meeting_add_information_request    (CgMeeting            *self,
                                                           CgInformationRequest *request);
CG_AVAILABLE_IN_ALL
gboolean            cg_meeting_remove_information_request (CgMeeting            *self,
                                                           guint                 position);
CG_AVAILABLE_IN_ALL
const char         *cg_meeting_get_if_no_change           (CgMeeting            *self);
CG_AVAILABLE_IN_ALL
void                cg_meeting_set_if_no_change           (CgMeeting            *self,
                                                           const char           *if_no_change);

G_END_DECLS
