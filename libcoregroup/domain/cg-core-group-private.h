/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

/* The JSON reader appends through these and validates the whole case once
 * afterwards, so that errors can name the field path. */
CgItemList *cg_core_group_get_member_list  (CgCoreGroup *self);
CgItemList *cg_core_group_get_meeting_list (CgCoreGroup *self);

/* Checks that every member a meeting refers to is in the core group.
 * @path prefixes the error message ("meetings[2]"). */
gboolean    cg_core_group_check_meeting    (CgCoreGroup  *self,
                                            CgMeeting    *meeting,
                                            const char   *path,
                                            GError      **error);
gboolean    cg_core_group_check_member_ref (CgCoreGroup  *self,
                                            const char   *member_id,
                                            const char   *path,
                                            const char   *field,
                                            GError      **error);

G_END_DECLS
