/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib.h>

/* Only symbols marked with these macros are exported from the shared
 * library; the build defines _CG_EXTERN with default visibility. */
#ifndef _CG_EXTERN
# define _CG_EXTERN extern
#endif

/**
 * CG_AVAILABLE_IN_ALL:
 *
 * Marks a symbol as part of the public API since the first release.
 */
#define CG_AVAILABLE_IN_ALL _CG_EXTERN

/**
 * CG_AVAILABLE_IN_0_1:
 *
 * Marks a symbol as available since version 0.1.
 */
#define CG_AVAILABLE_IN_0_1 _CG_EXTERN

/**
 * CG_DEPRECATED_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated in favour of @f.
 */
#define CG_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) _CG_EXTERN
