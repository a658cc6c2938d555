/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Shared helpers for property setters: each replaces *field with a copy of
 * value and returns TRUE only when the value really changed, so callers
 * notify only on a real change. */
gboolean cg_set_string (char        **field,
                        const char   *value);
gboolean cg_set_strv   (char       ***field,
                        const char * const *value);

/* Whether @text is NULL, empty or only white space. */
gboolean cg_is_blank   (const char   *text);

/* A date a record holds in itself rather than as a boxed GDate: cleared
 * (all zero, as a new instance is) for none. A case holds a few dozen,
 * and a boxed copy costs an allocation of 32 bytes each. */
static inline const GDate *
cg_day_get (const GDate *day)
{
  return g_date_valid (day) ? day : NULL;
}

/* The same, for a getter that gives out its record's date. */
static inline GDate *
cg_day_peek (GDate *day)
{
  return (GDate *) cg_day_get (day);
}

/* Sets *@field to @value, or clears it for NULL, settled (cg_day_settle ()). */
gboolean cg_set_day    (GDate        *field,
                        const GDate  *value);
/* Works out both forms of a valid @day, its day, month and year and its
 * count of days, which GDate otherwise works out, writing to the date,
 * the first time one is read: a record that two threads read at once
 * (a caseload's reports and a front end) must not be written by either. */
void     cg_day_settle (GDate        *day);

/* The class of @type. Once it exists (once a value or an object of the
 * type has been made) it is peeked, without the lock referencing takes,
 * which worker threads reading cases would contend for; the first time it
 * is referenced into *@reference, for the caller to release. */
gpointer cg_type_class_get (GType        type,
                            GTypeClass **reference);

/* NULL-safe comparison of two optional dates. */
gboolean cg_date_equal (const GDate  *a,
                        const GDate  *b);

G_END_DECLS
