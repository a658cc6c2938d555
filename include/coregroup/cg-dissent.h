/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

#define CG_TYPE_DISSENT (cg_dissent_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgDissent, cg_dissent, CG, DISSENT, GObject)

CG_AVAILABLE_IN_ALL
CgDissent  *cg_dissent_new         (const GDate *date,
                                    const char  *member_id,
                                    const char  *text) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate      *cg_dissent_get_date    (CgDissent   *self);
CG_AVAILABLE_IN_ALL
const char *cg_dissent_get_member  (CgDissent   *self);
CG_AVAILABLE_IN_ALL
const char *cg_dissent_get_text    (CgDissent   *self);
CG_AVAILABLE_IN_ALL
const char *cg_dissent_get_about   (CgDissent   *self);
CG_AVAILABLE_IN_ALL
const char *cg_dissent_get_meeting (CgDissent   *self);

G_END_DECLS
