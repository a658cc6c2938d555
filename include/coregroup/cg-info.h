/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

CG_AVAILABLE_IN_ALL
guint cg_get_major_version (void);
CG_AVAILABLE_IN_ALL
guint cg_get_minor_version (void);
CG_AVAILABLE_IN_ALL
guint cg_get_micro_version (void);

G_END_DECLS
