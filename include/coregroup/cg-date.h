/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

CG_AVAILABLE_IN_ALL
GDate *cg_date_parse  (const char   *text,
                       GError      **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char  *cg_date_format (const GDate  *date) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
