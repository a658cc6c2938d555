/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "domain/cg-plan-entries-private.h"
#include "domain/cg-plan-history-private.h"
#include "formats/cg-formats-private.h"
#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

/* Every object of the case document is described once, by a table of its
 * JSON fields in the order they are written (cg-case-fields.c). The reader
 * and the writer walk the tables, so the known-field check, the reading and
 * the writing cannot disagree, and a new field is one entry.
 *
 * Values go through GObject properties: the reader collects them and
 * builds each object with g_object_new_with_properties (), so construct-only
 * properties work; the writer reads them with g_object_get_property (). An
 * enum or flags field takes its type from its property.
 *
 * A field of a record a case holds many of (members, attendance, contacts,
 * meetings, the plan's items and history) also gives where its property's
 * value lives in the instance: the reader stores it there in the new
 * object instead of setting the property by name, which was most of the
 * cost of reading a case. Only a plain value (a string, a date, a
 * boolean, an enum, a list of strings) whose setter does no more than keep
 * it is stored so; the CG_FIELD_AT_* macros check the member's type when
 * the table is compiled. */

typedef enum
{
  CG_FIELD_STRING,        /* left out when NULL */
  CG_FIELD_TIME,          /* "HH:MM"; left out when NULL */
  CG_FIELD_DATE,          /* "YYYY-MM-DD"; left out when NULL */
  CG_FIELD_DATE_OR_NULL,  /* "YYYY-MM-DD"; written as null when NULL */
  CG_FIELD_BOOL,          /* always written */
  CG_FIELD_FLAG,          /* a boolean written only when true */
  CG_FIELD_INT,           /* a whole number from one above the property's minimum
                           * to its maximum; the minimum is also its default and
                           * means none (0, or -1 where 0 is a value): absent or
                           * null reads as it, and it is left out */
  CG_FIELD_ENUM,          /* the value's nick; always written. When not required,
                           * absent or null is the property's default */
  CG_FIELD_ENUM_OR_NULL,  /* the value's nick, or null for the property's default:
                           * always written, absent is the default, and the
                           * default's nick is refused */
  CG_FIELD_FLAGS,         /* an array of nicks; always written, absent means none */
  CG_FIELD_STRV,          /* an array of strings; left out when NULL */
  CG_FIELD_DATES,         /* an array of dates of the record, a GPtrArray of GDate *;
                           * left out when empty, absent means empty */
  CG_FIELD_OBJECT,        /* a nested object; left out when empty unless required */
  CG_FIELD_ITEMS,         /* an array of objects, each an item of a list */
  CG_FIELD_ENTRIES,       /* an array of entries of a plan section, each a string or
                           * an object with `text` and `audience`, read into and
                           * written from @entries; left out when empty */
  CG_FIELD_CUSTOM,        /* read and written by the field's own functions */
  CG_FIELD_ATTACHED,      /* any JSON value, kept on the object as read but not a
                           * property: @attach and @attached below */
} CgFieldKind;

typedef struct _CgFieldTable CgFieldTable;
typedef struct _CgField CgField;

struct _CgField
{
  const char         *name;
  CgFieldKind         kind;
  gboolean            required;

  /* The property that holds the value. For a CG_FIELD_OBJECT, NULL when
   * the nested object's fields are properties of the same GObject (its
   * unknown members are kept under the slot named after the field), or
   * the object-valued property holding the GObject they belong to. */
  const char         *property;

  /* CG_FIELD_OBJECT and CG_FIELD_ITEMS: the fields of the nested object or
   * of each item. */
  const CgFieldTable *table;

  /* CG_FIELD_ITEMS: the owner's list, whose item type is the type of
   * the items read; they are appended to it. */
  CgItemList       *(*items) (gpointer owner);
  /* Optional, for a list made on first use (cg_item_list_ensure ()): the
   * list without making it, NULL while there is none, which the writer
   * reads, so that writing a case does not grow it. */
  GListModel       *(*peek) (gpointer owner);

  /* CG_FIELD_ENTRIES: the owner's entries of the section the field names. */
  CgPlanEntries    *(*entries) (gpointer    owner,
                                const char *name);

  /* Optional: refuses a value of the right type that is not allowed. */
  gboolean          (*check) (const GValue  *value,
                              const char    *field,
                              GError       **error);

  /* Optional: leaves the field out of what is written when it returns
   * TRUE, whatever its kind, such as a list that is empty or a unit that
   * goes with no value. */
  gboolean          (*omit)  (GObject       *object,
                              const CgField *field);

  /* CG_FIELD_CUSTOM */
  gboolean          (*read)  (const CgJsonValue *object,
                              const char        *path,
                              GError       **error);
  void              (*write) (JsonBuilder   *builder);

  /* CG_FIELD_ATTACHED: keeps the value read on the object once it exists
   * (NULL when the field is absent), without checking it; and gives the
   * value to write (a new node, or NULL to leave the field out), from the
   * object and the history's links and seal worked out for this save. */
  void              (*attach)   (GObject                 *object,
                                 JsonNode                *value);
  JsonNode         *(*attached) (GObject                 *object,
                                 const CgPlanHistorySeal *history);

  /* Optional: where the property's value lives in the instance of the
   * GObject the field belongs to (CG_FIELD_AT_* below); 0 for none. */
  gsize               offset;
};

struct _CgFieldTable
{
  const CgField *fields;
  guint          n_fields;

  /* Optional: refuses an object whose fields, each of them valid, do not
   * go together (an interval without its unit, say). Called with the
   * object's path once its own fields are read, before its GObject is
   * built; it may look at them in @object, where each has the JSON type
   * its field reads. */
  gboolean     (*check)   (const CgJsonValue *object,
                           const char        *path,
                           GError       **error);

  /* Optional: adds a new item to its owner instead of appending it to the
   * list, and may refuse it. */
  gboolean     (*add)     (gpointer       owner,
                           gpointer       item,
                           const char    *path,
                           GError       **error);

  /* Optional: refuses the items just read from an array, the last
   * @n_read of @owner's list, which @path names (duplicates are found
   * once the whole array is read, in one pass over an index, where a
   * check at each item would be quadratic). */
  gboolean     (*check_items) (gpointer       owner,
                               guint          n_read,
                               const char    *path,
                               GError       **error);

  /* Optional, for a nested object on another GObject: applies the values
   * read to that object, instead of g_object_setv (). */
  void         (*restore) (GObject       *object,
                           guint          n_values,
                           const char   **names,
                           const GValue  *values);
};

/* The offset of @member in @Type, a compile error unless the member has
 * the type the field's kind is stored as. */
#define CG_FIELD_CHECKED(condition) (sizeof (char[(condition) ? 1 : -1]) * 0)
#define CG_FIELD_HAS_TYPE(Type, member, T) \
  CG_FIELD_CHECKED (__builtin_types_compatible_p (__typeof__ (((Type *) 0)->member), T))
/* CG_FIELD_STRING and CG_FIELD_TIME. The reader points the field into the
 * case's block of strings, which the instance references from its member
 * `strings`, just after its GObject; it frees and sets the field through
 * cg_strings_clear () and cg_strings_set (). */
#define CG_FIELD_AT_STRING(Type, member) \
  .offset = G_STRUCT_OFFSET (Type, member) + CG_FIELD_HAS_TYPE (Type, member, char *) + \
            CG_FIELD_HAS_TYPE (Type, strings, CgStrings *) + \
            CG_FIELD_CHECKED (G_STRUCT_OFFSET (Type, strings) == sizeof (GObject))
/* CG_FIELD_DATE and CG_FIELD_DATE_OR_NULL: a GDate in the instance, cleared for none */
#define CG_FIELD_AT_DATE(Type, member) \
  .offset = G_STRUCT_OFFSET (Type, member) + CG_FIELD_HAS_TYPE (Type, member, GDate)
/* CG_FIELD_BOOL and CG_FIELD_FLAG: a guint8, 0 or 1, which packs beside
 * other small fields where a gboolean would take four bytes */
#define CG_FIELD_AT_BOOL(Type, member) \
  .offset = G_STRUCT_OFFSET (Type, member) + CG_FIELD_HAS_TYPE (Type, member, guint8)
/* CG_FIELD_ENUM: any enum, kept as an int */
#define CG_FIELD_AT_ENUM(Type, member) \
  .offset = G_STRUCT_OFFSET (Type, member) + CG_FIELD_CHECKED (sizeof (((Type *) 0)->member) == sizeof (int))
/* CG_FIELD_STRV */
#define CG_FIELD_AT_STRV(Type, member) \
  .offset = G_STRUCT_OFFSET (Type, member) + CG_FIELD_HAS_TYPE (Type, member, char **)

extern const CgFieldTable cg_case_fields;

/* A CG_FIELD_ITEMS field's list for reading: through its peek when it has
 * one (possibly NULL, an empty list to cg_items_len ()), else its list. */
GListModel *cg_field_items_peek (const CgField *field,
                                 gpointer       owner);

G_END_DECLS
