/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* Where a report's JSON goes: through a JsonBuilder, for a document that
 * embeds it (the report to a review conference) or a caller that wants
 * nodes, or straight into text. The report is written once, against this,
 * so both forms have the same members.
 *
 * The text is what json-glib 1.6's generator writes for the same members,
 * byte for byte, laid out with a two-space indent or on one line, ending
 * in a newline (tests/test-report-json.c holds it to that), written without
 * a tree of nodes: a run over a caseload writes tens of thousands. */
typedef struct
{
  JsonBuilder *builder;   /* or NULL: text */
  GString     *text;
  gboolean     pretty;
  guint        depth;
  guint64      started;   /* bit n: level n has an element already */
} CgJsonOut;

#define CG_JSON_OUT_MAX_DEPTH 64

/* Through a builder: (CgJsonOut) { builder }. Into text: */
void  cg_json_out_init_text    (CgJsonOut          *out,
                                gboolean            pretty);
char *cg_json_out_steal_text   (CgJsonOut          *out,
                                gsize              *length);

/* @name is the member's name, or NULL for the root or an array's element.
 * Strings, dates and lists given as NULL are left out, as the
 * cg_json_add_*() helpers do. */
void  cg_json_out_begin_object (CgJsonOut          *out,
                                const char         *name);
void  cg_json_out_end_object   (CgJsonOut          *out);
void  cg_json_out_begin_array  (CgJsonOut          *out,
                                const char         *name);
void  cg_json_out_end_array    (CgJsonOut          *out);
void  cg_json_out_string       (CgJsonOut          *out,
                                const char         *name,
                                const char         *value);
void  cg_json_out_date         (CgJsonOut          *out,
                                const char         *name,
                                const GDate        *date);
void  cg_json_out_enum         (CgJsonOut          *out,
                                const char         *name,
                                GType               enum_type,
                                int                 value);
void  cg_json_out_int          (CgJsonOut          *out,
                                const char         *name,
                                gint64              value);
void  cg_json_out_strv         (CgJsonOut          *out,
                                const char         *name,
                                const char * const *values);

G_END_DECLS
