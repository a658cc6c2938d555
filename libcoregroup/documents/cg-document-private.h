/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The documents a core group produces (the report to the review
 * conference, minutes, each member's copy of the plan) are built once as a
 * CgDocument, a small tree of headings, paragraphs, fields, lists and
 * tables, and written as plain text or as one self-contained, printable
 * HTML file (A4, print CSS, no script, nothing fetched). So a document
 * says the same in both forms, and every document escapes and lays out
 * text the same way.
 *
 * An empty section says so: a list or table given no item is written
 * with its @empty text ("No dissent was recorded."), never left out. */

typedef struct _CgDocument CgDocument;

/* @title: "Report to the review conference"; @case_id heads every page;
 * @subtitle: what the document is about ("Review conference of Thu 4 Feb
 * 2027"), or NULL. */
CgDocument *cg_document_new          (const char         *title,
                                      const char         *case_id,
                                      const char         *subtitle);
void        cg_document_free         (CgDocument         *self);

/* A section heading, level 1 (a part of the document) or 2 (within it). */
void        cg_document_heading      (CgDocument         *self,
                                      guint               level,
                                      const char         *text);
void        cg_document_paragraph    (CgDocument         *self,
                                      const char         *text);
/* "Label: value"; a NULL or empty value is written as @missing
 * ("Not recorded."). Consecutive fields are laid out together. */
void        cg_document_field        (CgDocument         *self,
                                      const char         *label,
                                      const char         *value,
                                      const char         *missing);

/* A list: begin, items, end. With no item, @empty is written instead. */
void        cg_document_begin_list   (CgDocument         *self,
                                      const char         *empty);
void        cg_document_item         (CgDocument         *self,
                                      const char         *text);
void        cg_document_end_list     (CgDocument         *self);

/* A table: begin with the column headings (NULL-terminated), rows of as
 * many cells (a NULL cell is written empty), end. With no row, @empty is
 * written instead of the table. */
void        cg_document_begin_table  (CgDocument         *self,
                                      const char * const *columns,
                                      const char         *empty);
void        cg_document_row          (CgDocument         *self,
                                      const char * const *cells);
void        cg_document_end_table    (CgDocument         *self);

/* Plain text, wrapped at 78 columns, tables as aligned columns. */
char       *cg_document_to_text      (CgDocument         *self);
/* One HTML file with its style sheet inside; every text escaped. */
char       *cg_document_to_html      (CgDocument         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgDocument, cg_document_free)

G_END_DECLS
