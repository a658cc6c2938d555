/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-case.h>

G_BEGIN_DECLS

/**
 * CgMinutesShape:
 * @CG_MINUTES_SHAPE_FIRST_CORE_GROUP: the minutes of the case's first core
 *   group (`first-core-group`): the family's background, the record of the
 *   meeting and the plan as the meeting developed it (Haringey Appendix 1)
 * @CG_MINUTES_SHAPE_LATER_CORE_GROUP: the minutes of any later meeting
 *   (`later-core-group`): the record of the meeting and the progress of
 *   the plan since the core group before it, without the family's
 *   background (Haringey Appendix 2)
 *
 * Which template a [class@CoreGroup.Minutes] follows.
 */
typedef enum
{
  CG_MINUTES_SHAPE_FIRST_CORE_GROUP,
  CG_MINUTES_SHAPE_LATER_CORE_GROUP,
} CgMinutesShape;

#define CG_TYPE_MINUTES (cg_minutes_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgMinutes, cg_minutes, CG, MINUTES, GObject)

CG_AVAILABLE_IN_ALL
CgMinutes      *cg_minutes_new         (CgCase      *kase,
                                        const char  *meeting_id,
                                        GError     **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgMinutesShape  cg_minutes_get_shape   (CgMinutes   *self);
CG_AVAILABLE_IN_ALL
CgCase         *cg_minutes_get_case    (CgMinutes   *self);
CG_AVAILABLE_IN_ALL
CgMeeting      *cg_minutes_get_meeting (CgMinutes   *self);
CG_AVAILABLE_IN_ALL
char           *cg_minutes_to_text     (CgMinutes   *self) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char           *cg_minutes_to_html     (CgMinutes   *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
