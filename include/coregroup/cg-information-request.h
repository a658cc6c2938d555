/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

#define CG_TYPE_INFORMATION_REQUEST (cg_information_request_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgInformationRequest, cg_information_request, CG, INFORMATION_REQUEST, GObject)

CG_AVAILABLE_IN_ALL
CgInformationRequest *cg_information_request_new      (const char           *what,
                                                       const char           *member_id) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char           *cg_information_request_get_what (CgInformationRequest *self);
CG_AVAILABLE_IN_ALL
const char           *cg_information_request_get_by   (CgInformationRequest *self);

G_END_DECLS
