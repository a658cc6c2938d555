/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

#define CG_TYPE_ACKNOWLEDGEMENT (cg_acknowledgement_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgAcknowledgement, cg_acknowledgement, CG, ACKNOWLEDGEMENT, GObject)

CG_AVAILABLE_IN_ALL
CgAcknowledgement *cg_acknowledgement_new        (const char        *rule,
                                                  const GDate       *due,
                                                  const GDate       *date,
                                                  const char        *by,
                                                  const char        *reason) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char        *cg_acknowledgement_get_rule   (CgAcknowledgement *self);
CG_AVAILABLE_IN_ALL
GDate             *cg_acknowledgement_get_due    (CgAcknowledgement *self);
CG_AVAILABLE_IN_ALL
void               cg_acknowledgement_set_due    (CgAcknowledgement *self,
                                                  const GDate       *due);
CG_AVAILABLE_IN_ALL
GDate             *cg_acknowledgement_get_date   (CgAcknowledgement *self);
CG_AVAILABLE_IN_ALL
void               cg_acknowledgement_set_date   (CgAcknowledgement *self,
                                                  const GDate       *date);
CG_AVAILABLE_IN_ALL
const char        *cg_acknowledgement_get_by     (CgAcknowledgement *self);
CG_AVAILABLE_IN_ALL
void               cg_acknowledgement_set_by     (CgAcknowledgement *self,
                                                  const char        *by);
CG_AVAILABLE_IN_ALL
const char        *cg_acknowledgement_get_reason (CgAcknowledgement *self);
CG_AVAILABLE_IN_ALL
void               cg_acknowledgement_set_reason (CgAcknowledgement *self,
                                                  const char        *reason);

G_END_DECLS
