/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Shared helpers for property setters: each replaces *field with a copy of
 * value and returns TRUE only when the value really changed, so callers
 * notify only on a real change. */
gboolean cg_set_string (char        **field,
                        const char   *value);
gboolean cg_set_date   (GDate       **field,
                        const GDate  *value);
gboolean cg_set_strv   (char       ***field,
                        const char * const *value);

/* Whether @text is NULL, empty or only white space. */
gboolean cg_is_blank   (const char   *text);

/* NULL-safe comparison of two optional dates. */
gboolean cg_date_equal (const GDate  *a,
                        const GDate  *b);

G_END_DECLS
