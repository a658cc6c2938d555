/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

#define CG_TYPE_CONFERENCE (cg_conference_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgConference, cg_conference, CG, CONFERENCE, GObject)

CG_AVAILABLE_IN_ALL
CgConference *cg_conference_new      (const GDate  *date,
                                      gboolean      held) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate        *cg_conference_get_date (CgConference *self);
CG_AVAILABLE_IN_ALL
void          cg_conference_set_date (CgConference *self,
                                      const GDate  *date);
CG_AVAILABLE_IN_ALL
gboolean      cg_conference_get_held (CgConference *self);
CG_AVAILABLE_IN_ALL
void          cg_conference_set_held (CgConference *self,
                                      gboolean      held);
CG_AVAILABLE_IN_ALL
GPtrArray    *cg_conference_get_rescheduled_from (CgConference *self);
CG_AVAILABLE_IN_ALL
void          cg_conference_reschedule           (CgConference *self,
                                                  const GDate  *new_date);

G_END_DECLS
