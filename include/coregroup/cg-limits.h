/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CG_LIMITS_DEFAULT_MAX_DEPTH:
 *
 * How deeply a document may nest objects and arrays by default: 64
 * levels, far more than any format of this library needs.
 */
#define CG_LIMITS_DEFAULT_MAX_DEPTH 64

/**
 * CG_LIMITS_DEFAULT_MAX_SIZE:
 *
 * How large a document may be by default, in bytes: 64 MiB.
 */
#define CG_LIMITS_DEFAULT_MAX_SIZE ((guint64) 64 * 1024 * 1024)

#define CG_TYPE_LIMITS (cg_limits_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgLimits, cg_limits, CG, LIMITS, GObject)

CG_AVAILABLE_IN_ALL
CgLimits *cg_limits_new            (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
guint     cg_limits_get_max_depth  (CgLimits *self);
CG_AVAILABLE_IN_ALL
void      cg_limits_set_max_depth  (CgLimits *self,
                                    guint     max_depth);
CG_AVAILABLE_IN_ALL
guint64   cg_limits_get_max_size   (CgLimits *self);
CG_AVAILABLE_IN_ALL
void      cg_limits_set_max_size   (CgLimits *self,
                                    guint64   max_size);

G_END_DECLS
