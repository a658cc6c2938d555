/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-member.h>
#include <coregroup/cg-meeting.h>

G_BEGIN_DECLS

#define CG_TYPE_CORE_GROUP (cg_core_group_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgCoreGroup, cg_core_group, CG, CORE_GROUP, GObject)

CG_AVAILABLE_IN_ALL
CgCoreGroup *cg_core_group_new                    (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GListModel  *cg_core_group_get_members            (CgCoreGroup  *self);
CG_AVAILABLE_IN_ALL
GListModel  *cg_core_group_get_meetings           (CgCoreGroup  *self);
CG_AVAILABLE_IN_ALL
CgMember    *cg_core_group_lookup_member          (CgCoreGroup  *self,
                                                   const char   *id);
CG_AVAILABLE_IN_ALL
CgMeeting   *cg_core_group_lookup_meeting         (CgCoreGroup  *self,
                                                   const char   *id);
CG_AVAILABLE_IN_ALL
const char  *cg_core_group_get_member_name        (CgCoreGroup  *self,
                                                   const char   *id);
CG_AVAILABLE_IN_ALL
CgMember    *cg_core_group_get_lead_social_worker (CgCoreGroup  *self);
CG_AVAILABLE_IN_ALL
CgMember    *cg_core_group_get_team_manager       (CgCoreGroup  *self);
CG_AVAILABLE_IN_ALL
gboolean     cg_core_group_add_member             (CgCoreGroup  *self,
                                                   CgMember     *member,
                                                   GError      **error);
CG_AVAILABLE_IN_ALL
gboolean     cg_core_group_add_meeting            (CgCoreGroup  *self,
                                                   CgMeeting    *meeting,
                                                   GError      **error);
CG_AVAILABLE_IN_ALL
gboolean     cg_core_group_remove_meeting         (CgCoreGroup  *self,
                                                   const char   *id);
CG_AVAILABLE_IN_ALL
guint        cg_core_group_count_professionals_present (CgCoreGroup *self,
                                                        CgMeeting   *meeting);

G_END_DECLS
