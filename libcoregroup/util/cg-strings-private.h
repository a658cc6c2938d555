/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text of the records read from one case document, in one block.
 *
 * A typical case holds about a hundred short strings (ids, names, venues),
 * and each alone takes a 32-byte allocation for a few bytes of text: more
 * than a third of what a loaded case holds. The reader copies them into
 * one CgStrings, which each record that points into it references, so
 * the block lives as long as any of them. A string the record is given
 * later (by a setter) is its own, as before: a record frees a string only
 * when its block does not hold it, through the helpers below.
 *
 * While a case is being read, its records point into the parsed document
 * instead, through a CgStrings that borrows the document's text: a record
 * dropped half way (a document refused) frees none of it. */
typedef struct _CgStrings CgStrings;

/* A CgStrings over @length bytes at @text, which the caller keeps alive
 * as long as it. */
CgStrings *cg_strings_new_borrowed (const char  *text,
                                    gsize        length);
/* A CgStrings holding a copy of each string *@slots[i] (none NULL) that
 * @borrowed holds, each slot pointed at its copy. */
CgStrings *cg_strings_new_copying  (const CgStrings  *borrowed,
                                    char           ***slots,
                                    guint             n_slots);
CgStrings *cg_strings_ref          (CgStrings   *self);
void       cg_strings_unref        (CgStrings   *self);

/* Whether @text lies in @self (which may be NULL, holding nothing). */
gboolean   cg_strings_holds        (const CgStrings *self,
                                    const char      *text);
/* Frees *@field unless @self holds it, and clears it. */
void       cg_strings_clear        (const CgStrings  *self,
                                    char            **field);
/* As cg_set_string (), for a field whose old value @self may hold. */
gboolean   cg_strings_set          (const CgStrings  *self,
                                    char            **field,
                                    const char       *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgStrings, cg_strings_unref)

G_END_DECLS
