/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* Limits on what a loader reads, from a CgLimits (cg-limits.c). */
typedef struct
{
  guint max_depth;
  gsize max_size;
} CgJsonLimits;

/* A parsed document (cg-json-parse.c): read-only values in document
 * order, each container followed by its members or elements. Values and
 * their strings live as long as the document. */
typedef struct _CgJsonDoc CgJsonDoc;

typedef enum
{
  CG_JSON_NULL,
  CG_JSON_BOOLEAN,
  CG_JSON_INT,
  CG_JSON_DOUBLE,
  CG_JSON_STRING,
  CG_JSON_OBJECT,
  CG_JSON_ARRAY,
} CgJsonType;

typedef struct
{
  guint8      type;     /* CgJsonType */
  guint32     length;   /* a string's bytes; a container's members or elements */
  guint32     size;     /* values in this one's subtree, itself included */
  const char *name;     /* the member's name, NULL for an element or the root */
  union
  {
    gboolean    boolean;
    gint64      integer;
    double      number;
    const char *string;
  } v;
} CgJsonValue;

/* Each member of an object, or element of an array, in order. */
#define CG_JSON_FOREACH(child, container) \
  for (const CgJsonValue *child = (container) + 1, *child##_end = (container) + (container)->size; \
       child < child##_end; child += child->size)

/* Unknown members of a JSON object are kept on the GObject built from it,
 * under a slot name ("" for the object itself, or the name of a nested
 * object such as "child" that has no GObject of its own), and written back
 * after the known members on save (cg-json-extra.c). */
/* The members of @object not in @known, as a new object, or NULL when
 * there is none: the unknown members of a JSON object that has no GObject,
 * such as an entry of a plan section. */
JsonObject *cg_json_extra_collect (const CgJsonValue  *object,
                                   const char * const *known);
void        cg_json_extra_keep  (gpointer            owner,
                                 const char         *slot,
                                 const CgJsonValue  *object,
                                 const char * const *known);
JsonObject *cg_json_extra_get   (gpointer            owner,
                                 const char         *slot);
void        cg_json_extra_add   (JsonBuilder        *builder,
                                 gpointer            owner,
                                 const char         *slot);
/* Adds each member of @members (may be NULL) to the object being built. */
void        cg_json_add_members (JsonBuilder        *builder,
                                 JsonObject         *members);
/* When the API replaces an object by a new one (completing an action, say),
 * the new one takes over the unknown members of every slot of @from. A
 * member @to already has is kept: the replacing object's own data wins. */
void        cg_json_extra_copy  (gpointer            from,
                                 gpointer            to);

/* JsonBuilder helpers shared by the writers (cg-json-build.c). A NULL string or date is
 * left out; enums are written as their nick, flags as an array of nicks. */
void        cg_json_add_string  (JsonBuilder        *builder,
                                 const char         *name,
                                 const char         *value);
void        cg_json_add_date    (JsonBuilder        *builder,
                                 const char         *name,
                                 const GDate        *date);
void        cg_json_add_enum    (JsonBuilder        *builder,
                                 const char         *name,
                                 GType               enum_type,
                                 int                 value);
void        cg_json_add_flags   (JsonBuilder        *builder,
                                 const char         *name,
                                 GType               flags_type,
                                 guint               value);
void        cg_json_add_bool    (JsonBuilder        *builder,
                                 const char         *name,
                                 gboolean            value);
void        cg_json_add_flag    (JsonBuilder        *builder,
                                 const char         *name,
                                 gboolean            value);
void        cg_json_add_strv    (JsonBuilder        *builder,
                                 const char         *name,
                                 const char * const *values);
/* An array of dates (GDate *); left out when NULL or empty. */
void        cg_json_add_dates   (JsonBuilder        *builder,
                                 const char         *name,
                                 GPtrArray          *dates);
char       *cg_json_to_text     (JsonNode           *root,
                                 gsize              *length);
char       *cg_json_to_line     (JsonNode           *root,
                                 gsize              *length);

/* Strict readers (cg-json-read.c). @path is the path of @object ("" at
 * the root); absent and null fields are the same. Errors name the field. */
gboolean    cg_json_fail        (GError            **error,
                                 int                 code,
                                 const char         *path,
                                 const char         *format,
                                 ...) G_GNUC_PRINTF (4, 5);
char       *cg_json_member_path (const char         *path,
                                 const char         *name);
/* "path[index]" */
char       *cg_json_index_path  (const char         *path,
                                 guint               index);
const CgJsonValue *cg_json_lookup (const CgJsonValue *object,
                                 const char         *name);
gboolean    cg_json_missing     (GError            **error,
                                 const char         *path,
                                 const char         *name);
gboolean    cg_json_wrong_type  (GError            **error,
                                 const char         *field,
                                 const char         *expected);
/* The member @name, already looked up as @node (NULL when absent or null);
 * @name is for the error's path. */
gboolean    cg_json_get_string  (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 const char        **out,
                                 GError            **error);
gboolean    cg_json_get_bool    (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 gboolean           *out,
                                 GError            **error);
gboolean    cg_json_get_counted_date (const CgJsonValue *node,
                                      const char   *path,
                                      const char   *name,
                                      gboolean      required,
                                      GDate       **out,
                                      GError      **error);
/* An array of dates of the record, as GDate *: NULL when absent or empty. */
gboolean    cg_json_get_counted_dates (const CgJsonValue *node,
                                       const char  *path,
                                       const char  *name,
                                       GPtrArray  **out,
                                       GError     **error);
gboolean    cg_json_get_time    (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 const char        **out,
                                 GError            **error);
/* A whole number from @minimum to @maximum; absent or null gives 0. */
gboolean    cg_json_get_int     (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 int                 minimum,
                                 int                 maximum,
                                 int                *out,
                                 GError            **error);
gboolean    cg_json_get_enum    (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 GType               enum_type,
                                 int                *out,
                                 GError            **error);
/* An enum whose @null_value is written as null: absent or null reads as
 * it, and its nick is refused. */
gboolean    cg_json_get_enum_or_null (const CgJsonValue *node,
                                      const char   *path,
                                      const char   *name,
                                      GType         enum_type,
                                      int           null_value,
                                      int          *out,
                                      GError      **error);
gboolean    cg_json_get_flags   (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 GType               flags_type,
                                 guint              *out,
                                 GError            **error);
gboolean    cg_json_get_object  (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 const CgJsonValue **out,
                                 GError            **error);
gboolean    cg_json_get_array   (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 const CgJsonValue **out,
                                 GError            **error);
gboolean    cg_json_get_strv    (const CgJsonValue  *node,
                                 const char         *path,
                                 const char         *name,
                                 GStrv              *out,
                                 GError            **error);
/* As the above, looking the member @name of @object up. */
gboolean    cg_json_read_string (const CgJsonValue  *object,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 const char        **out,
                                 GError            **error);
gboolean    cg_json_read_date   (const CgJsonValue  *object,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 GDate             **out,
                                 GError            **error);
gboolean    cg_json_read_enum   (const CgJsonValue  *object,
                                 const char         *path,
                                 const char         *name,
                                 GType               enum_type,
                                 int                *out,
                                 GError            **error);
gboolean    cg_json_read_object (const CgJsonValue  *object,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 const CgJsonValue **out,
                                 GError            **error);
gboolean    cg_json_read_array  (const CgJsonValue  *object,
                                 const char         *path,
                                 const char         *name,
                                 gboolean            required,
                                 const CgJsonValue **out,
                                 GError            **error);
gboolean    cg_json_read_strv   (const CgJsonValue  *object,
                                 const char         *path,
                                 const char         *name,
                                 GStrv              *out,
                                 GError            **error);
const CgJsonValue *cg_json_element (const CgJsonValue *element,
                                 const char         *path,
                                 GError            **error);

void        cg_json_limits_from (CgLimits           *limits,
                                 CgJsonLimits       *out);

/* Parses one JSON object, strictly (RFC 8259: no duplicate members, lone
 * surrogates, \u0000, raw control characters or unknown escapes in
 * strings, integers beyond 64 bits or numbers that are not finite), within
 * @limits (NULL for the defaults). Errors are CG_FORMAT_ERROR_SYNTAX or
 * CG_FORMAT_ERROR_LIMIT_EXCEEDED and give the path, line and column, never
 * the text. */
CgJsonDoc         *cg_json_doc_parse     (const char         *data,
                                          gsize               length,
                                          const CgJsonLimits *limits,
                                          GError            **error);
const CgJsonValue *cg_json_doc_get_root  (CgJsonDoc          *doc);
void               cg_json_doc_free      (CgJsonDoc          *doc);
/* Where the decoded strings of the document's values lie: each string
 * value points into these @size bytes. */
const char        *cg_json_doc_get_text  (CgJsonDoc          *doc,
                                          gsize              *size);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgJsonDoc, cg_json_doc_free)

/* The value as a new json-glib node (NULL for NULL). */
JsonNode          *cg_json_value_to_node (const CgJsonValue  *value);

/* As cg_json_doc_parse (), as json-glib nodes. */
JsonNode   *cg_json_parse       (const char         *data,
                                 gsize               length,
                                 const CgJsonLimits *limits,
                                 GError            **error);

G_END_DECLS
