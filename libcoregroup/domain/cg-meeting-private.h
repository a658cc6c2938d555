/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "domain/cg-attendance-private.h"
#include "util/cg-strings-private.h"

G_BEGIN_DECLS

/* The instance, for the case reader, which stores the fields it reads
 * straight into a new CgMeeting (cg-case-fields.c) instead of setting each
 * property by name. Everything else goes through the methods. */
struct _CgMeeting
{
  GObject        parent_instance;
  CgStrings     *strings;  /* may hold the strings below (cg-strings-private.h) */
  char          *id;
  CgMeetingKind  kind;
  GDate          date;   /* cleared: none */
  char          *time;
  char          *venue;
  char          *chair;
  char          *minute_taker;
  char          *child_views;
  char         **family_goals;
  int            scaling_score;
  char         **progress_needed;
  char          *plan_end_conditions;
  CgItemList    *information_needed;   /* NULL until asked for (cg_item_list_ensure) */
  char          *if_no_change;
  GDate          next_meeting_date;   /* cleared: none */
  char          *next_meeting_venue;
  GDate          minutes_circulated;   /* cleared: none */
  GDate          chair_update;   /* cleared: none */
  char          *agreed_chair;
  char          *agreed_vice_chair;
  CgItemList    *attendance;
};

/* The information needed, NULL while none has been asked for: for the
 * rules and validation, which read it without making it. */
GListModel *cg_meeting_peek_information_needed (CgMeeting *self);

/* The attendance as records, which reading them does not turn into
 * CgAttendance objects: for the rules, validation and the reader. */
guint                     cg_meeting_get_n_attendance (CgMeeting  *self);
const CgAttendanceFields *cg_meeting_peek_attendance  (CgMeeting  *self,
                                                       guint       position);
/* The attendance recorded for @member_id, or NULL. */
const CgAttendanceFields *cg_meeting_find_attendance  (CgMeeting  *self,
                                                       const char *member_id);

G_END_DECLS
