/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-audience.h>

G_BEGIN_DECLS

#define CG_TYPE_ACTION (cg_action_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgAction, cg_action, CG, ACTION, GObject)

CG_AVAILABLE_IN_ALL
CgAction   *cg_action_new             (const char  *id,
                                       const char  *description,
                                       const char  *owner,
                                       const GDate *due) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgAction   *cg_action_new_revision    (CgAction    *action,
                                       const char  *description,
                                       const char  *owner,
                                       const GDate *due) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char *cg_action_get_id          (CgAction    *self);
CG_AVAILABLE_IN_ALL
const char *cg_action_get_description (CgAction    *self);
CG_AVAILABLE_IN_ALL
const char *cg_action_get_owner       (CgAction    *self);
CG_AVAILABLE_IN_ALL
GDate      *cg_action_get_due         (CgAction    *self);
CG_AVAILABLE_IN_ALL
const char *cg_action_get_outcome     (CgAction    *self);
CG_AVAILABLE_IN_ALL
GDate      *cg_action_get_completed   (CgAction    *self);
CG_AVAILABLE_IN_ALL
CgAudience  cg_action_get_audience    (CgAction    *self);
CG_AVAILABLE_IN_ALL
gboolean    cg_action_is_overdue      (CgAction    *self,
                                       const GDate *today);

G_END_DECLS
