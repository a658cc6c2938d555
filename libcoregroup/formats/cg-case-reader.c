/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading the case document (doc/json-format.md).
 *
 * json-glib 1.6.6 is lenient (trailing documents, single quotes, comments,
 * empty input), so the text is first checked to be one plain JSON object,
 * then the node tree is walked with explicit type checks, as the field
 * tables (cg-case-fields.c) describe it. Every error names the field path,
 * e.g. "meetings[2].attendance[0].member: ...".
 *
 * Each object is read in two passes: first the values of its GObject's
 * properties, including those of nested objects on the same GObject, so
 * that the GObject can be built with its construct-only properties; then
 * the items of its arrays, the entries of the plan's sections, the
 * objects of other GObjects and the values attached to it that are not
 * properties, which need their owner to exist. */

#include "config.h"

#include <string.h>

#include "domain/cg-child-protection-plan-private.h"
#include "formats/cg-case-fields-private.h"
#include "util/cg-file-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-strings-private.h"
#include "util/cg-util-private.h"

/* The property values read for one GObject, as g_object_new_with_properties ()
 * takes them. Most objects have a handful: they are kept on the stack,
 * and only an object with more than VALUES_INLINE goes to the heap. */
#define VALUES_INLINE 24

typedef struct
{
  guint        n;
  guint        size;
  const char **names;   /* the property names, from the tables */
  GValue      *values;
  const char  *names_inline[VALUES_INLINE];
  GValue       values_inline[VALUES_INLINE];
} Values;

static void
values_init (Values *self)
{
  self->n = 0;
  self->size = VALUES_INLINE;
  self->names = self->names_inline;
  self->values = self->values_inline;
}

static void
values_clear (Values *self)
{
  for (guint i = 0; i < self->n; i++)
    g_value_unset (&self->values[i]);
  if (self->names != self->names_inline)
    {
      g_free (self->names);
      g_free (self->values);
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Values, values_clear)

/* The values of the fields stored straight into the instance (those with
 * an offset, see cg-case-fields-private.h), kept until the GObject exists:
 * plain C values, as the instance keeps them, not GValues, whose type
 * checks were a sixth of the cost of reading a case. */
#define STORED_MAX 32

typedef union
{
  const char  *text;     /* CG_FIELD_STRING, CG_FIELD_TIME: in the document */
  GDate        date;     /* CG_FIELD_DATE, CG_FIELD_DATE_OR_NULL */
  gboolean     boolean;  /* CG_FIELD_BOOL, CG_FIELD_FLAG */
  int          number;   /* CG_FIELD_ENUM */
  char       **strv;     /* CG_FIELD_STRV, owned */
} StoredValue;

typedef struct
{
  guint          n;
  const CgField *fields[STORED_MAX];
  StoredValue    values[STORED_MAX];
} Stored;

static void
stored_clear (Stored *self)
{
  for (guint i = 0; i < self->n; i++)
    if (self->fields[i]->kind == CG_FIELD_STRV)
      g_strfreev (self->values[i].strv);
  self->n = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Stored, stored_clear)

static void
stored_add (Stored            *self,
            const CgField     *field,
            const StoredValue *value)
{
  g_assert (self->n < STORED_MAX);
  self->fields[self->n] = field;
  self->values[self->n++] = *value;
}

/* One read of a case. The strings stored into its records point into the
 * document until the whole case is read; then they are copied into one
 * block (cg-strings-private.h), which the records reference. */
typedef struct
{
  CgStrings *document;  /* borrows the document's text */
  GPtrArray *records;   /* each record pointing into it, referenced */
  GPtrArray *slots;     /* char **: each of their fields pointing into it */
} Reader;

static void
reader_init (Reader     *self,
             CgJsonDoc  *doc)
{
  gsize size;
  const char *text = cg_json_doc_get_text (doc, &size);

  self->document = cg_strings_new_borrowed (text, size);
  /* Sized for a typical case, some forty records and a hundred strings. */
  self->records = g_ptr_array_new_full (64, g_object_unref);
  self->slots = g_ptr_array_sized_new (128);
}

/* A record dropped with the reader (the document refused) still borrows
 * the document's text, which it does not free. */
static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->slots, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->document, cg_strings_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/* Where a record with string fields stored keeps its block: just after
 * its GObject (checked by CG_FIELD_AT_STRING), or, for the records of a
 * list that keeps them as records, in the list. */
static CgStrings **
holder_strings (GObject *holder)
{
  if (CG_IS_ITEM_LIST (holder))
    return cg_item_list_records_strings (CG_ITEM_LIST (holder));
  return G_STRUCT_MEMBER_P (holder, sizeof (GObject));
}

/* Points a string field of a new record at @text in the document. */
static void
reader_borrow (Reader     *self,
               GObject    *record,
               char      **slot,
               const char *text)
{
  CgStrings **strings = holder_strings (record);

  if (*strings == NULL)
    {
      *strings = cg_strings_ref (self->document);
      g_ptr_array_add (self->records, g_object_ref (record));
    }
  g_assert (*strings == self->document);
  g_assert (*slot == NULL);
  *slot = (char *) text;
  g_ptr_array_add (self->slots, slot);
}

/* Once every record is read: copies what they borrow into one block. */
static void
reader_finish (Reader *self)
{
  g_autoptr(CgStrings) block = NULL;

  if (self->slots->len == 0)
    return;

  block = cg_strings_new_copying (self->document, (char ***) self->slots->pdata, self->slots->len);
  for (guint i = 0; i < self->records->len; i++)
    {
      CgStrings **strings = holder_strings (g_ptr_array_index (self->records, i));

      cg_strings_unref (*strings);
      *strings = cg_strings_ref (block);
    }
  g_ptr_array_set_size (self->slots, 0);
  g_ptr_array_set_size (self->records, 0);
}

/* What the field's setter would do, without the notifications that no one
 * can be connected to yet: into the fields at @fields, which are those of
 * an instance from @fields_offset on (0 for a whole new object), held by
 * @holder (the object, or the list keeping the record). */
static void
stored_apply (const Stored *self,
              Reader       *reader,
              GObject      *holder,
              guint8       *fields,
              gsize         fields_offset)
{
  for (guint i = 0; i < self->n; i++)
    {
      const CgField *field = self->fields[i];
      const StoredValue *value = &self->values[i];
      gpointer slot = fields + (field->offset - fields_offset);

      g_assert (field->offset >= fields_offset);
      switch (field->kind)
        {
        case CG_FIELD_STRING:
        case CG_FIELD_TIME:
          if (cg_strings_holds (reader->document, value->text))
            reader_borrow (reader, holder, slot, value->text);
          else
            cg_set_string (slot, value->text);
          break;

        case CG_FIELD_DATE:
        case CG_FIELD_DATE_OR_NULL:
          cg_set_day (slot, &value->date);
          break;

        case CG_FIELD_BOOL:
        case CG_FIELD_FLAG:
          *(guint8 *) slot = value->boolean != FALSE;
          break;

        case CG_FIELD_ENUM:
          *(int *) slot = value->number;
          break;

        case CG_FIELD_STRV:
          cg_set_strv (slot, (const char * const *) value->strv);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* The members of one JSON object matched to the fields of its table, in
 * one pass over the object: reading a case reads every field of every
 * object, and a document usually lists its members in table order, so a
 * member is most often the field after the one before it. */
#define FIELDS_MAX 32

typedef struct
{
  const CgJsonValue *member[FIELDS_MAX];  /* by field; NULL when absent or null */
  gboolean           unknown;             /* a member that no field names */
} Members;

static void
members_match (const CgFieldTable *table,
               const CgJsonValue  *object,
               Members            *self)
{
  guint n = table->n_fields;
  guint next = 0;

  g_assert (n <= FIELDS_MAX);
  memset (self->member, 0, n * sizeof self->member[0]);
  self->unknown = FALSE;

  CG_JSON_FOREACH (member, object)
    {
      guint i = next, tried;

      for (tried = 0; tried < n; tried++, i = i + 1 == n ? 0 : i + 1)
        if (strcmp (table->fields[i].name, member->name) == 0)
          break;
      if (tried == n)
        {
          self->unknown = TRUE;
          continue;
        }
      if (member->type != CG_JSON_NULL)
        self->member[i] = member;
      next = i + 1 == n ? 0 : i + 1;
    }
}

/* Takes over the contents of @value. */
static void
values_take (Values     *self,
             const char *name,
             GValue     *value)
{
  if (self->n == self->size)
    {
      gboolean inline_ = self->names == self->names_inline;
      const char **names = g_new (const char *, self->size * 2);
      GValue *values = g_new (GValue, self->size * 2);

      memcpy (names, self->names, self->n * sizeof *names);
      memcpy (values, self->values, self->n * sizeof *values);
      if (!inline_)
        {
          g_free (self->names);
          g_free (self->values);
        }
      self->names = names;
      self->values = values;
      self->size *= 2;
    }

  self->names[self->n] = name;
  self->values[self->n++] = *value;
  *value = (GValue) G_VALUE_INIT;
}

/* An absent string, date or list is left to the property's default. */
static gboolean
value_is_set (const GValue *value)
{
  if (G_VALUE_HOLDS_STRING (value) || G_VALUE_HOLDS_BOXED (value))
    return g_value_peek_pointer (value) != NULL;

  return TRUE;
}

static gboolean read_plain (const CgField     *field,
                            GParamSpec        *pspec,
                            const CgJsonValue *node,
                            const char        *path,
                            StoredValue       *value,
                            gboolean          *set,
                            GError           **error);

/* Puts what read_plain () read (@plain; NULL when absent) into @value, of
 * the field's property type. */
static void
plain_to_value (const CgField     *field,
                const StoredValue *plain,
                GValue            *value)
{
  switch (field->kind)
    {
    case CG_FIELD_STRING:
    case CG_FIELD_TIME:
      /* The document outlives the values: the property makes the copy. */
      g_value_set_static_string (value, plain != NULL ? plain->text : NULL);
      break;

    case CG_FIELD_DATE:
    case CG_FIELD_DATE_OR_NULL:
      g_value_set_boxed (value, plain != NULL ? &plain->date : NULL);
      break;

    case CG_FIELD_BOOL:
    case CG_FIELD_FLAG:
      g_value_set_boolean (value, plain->boolean);
      break;

    case CG_FIELD_ENUM:
      g_value_set_enum (value, plain->number);
      break;

    case CG_FIELD_STRV:
      g_value_take_boxed (value, plain != NULL ? plain->strv : NULL);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* @value holds the type of @pspec, the field's property. */
static gboolean
read_value (const CgField  *field,
            GParamSpec     *pspec,
            const CgJsonValue *node,
            const char     *path,
            GValue         *value,
            GError        **error)
{
  StoredValue plain;
  gboolean set;
  GPtrArray *dates;
  int number;
  guint flags;

  switch (field->kind)
    {
    case CG_FIELD_STRING:
    case CG_FIELD_TIME:
    case CG_FIELD_DATE:
    case CG_FIELD_DATE_OR_NULL:
    case CG_FIELD_BOOL:
    case CG_FIELD_FLAG:
    case CG_FIELD_ENUM:
    case CG_FIELD_STRV:
      if (!read_plain (field, pspec, node, path, &plain, &set, error))
        return FALSE;
      plain_to_value (field, set ? &plain : NULL, value);
      return TRUE;

    case CG_FIELD_INT:
      if (node == NULL)
        number = G_PARAM_SPEC_INT (pspec)->minimum;
      else if (!cg_json_get_int (node, path, field->name, G_PARAM_SPEC_INT (pspec)->minimum + 1,
                                  G_PARAM_SPEC_INT (pspec)->maximum, &number, error))
        return FALSE;
      g_value_set_int (value, number);
      return TRUE;

    case CG_FIELD_ENUM_OR_NULL:
      if (!cg_json_get_enum_or_null (node, path, field->name, G_VALUE_TYPE (value),
                                      G_PARAM_SPEC_ENUM (pspec)->default_value, &number, error))
        return FALSE;
      g_value_set_enum (value, number);
      return TRUE;

    case CG_FIELD_FLAGS:
      if (!cg_json_get_flags (node, path, field->name, G_VALUE_TYPE (value), &flags, error))
        return FALSE;
      g_value_set_flags (value, flags);
      return TRUE;

    case CG_FIELD_DATES:
      if (!cg_json_get_counted_dates (node, path, field->name, &dates, error))
        return FALSE;
      g_value_take_boxed (value, dates);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static GParamSpec *
field_pspec (GObjectClass  *klass,
             const CgField *field)
{
  GParamSpec *pspec = g_object_class_find_property (klass, field->property);

  if (pspec == NULL)
    g_error ("%s has no property “%s” for the field “%s”",
             G_OBJECT_CLASS_NAME (klass), field->property, field->name);
  return pspec;
}

/* A field of a plain kind (a string, a time, a date, a boolean, an enum of
 * @pspec's type, a list of strings) as the record keeps it; *@set is FALSE
 * when an absent string, date or list is left to the default. */
static gboolean
read_plain (const CgField     *field,
            GParamSpec        *pspec,
            const CgJsonValue *node,
            const char        *path,
            StoredValue       *value,
            gboolean          *set,
            GError           **error)
{
  g_autoptr(GDate) date = NULL;

  *set = TRUE;
  switch (field->kind)
    {
    case CG_FIELD_STRING:
      if (!cg_json_get_string (node, path, field->name, field->required, &value->text, error))
        return FALSE;
      *set = value->text != NULL;
      return TRUE;

    case CG_FIELD_TIME:
      if (!cg_json_get_time (node, path, field->name, &value->text, error))
        return FALSE;
      *set = value->text != NULL;
      return TRUE;

    case CG_FIELD_DATE:
    case CG_FIELD_DATE_OR_NULL:
      if (!cg_json_get_counted_date (node, path, field->name, field->required, &date, error))
        return FALSE;
      *set = date != NULL;
      if (date != NULL)
        value->date = *date;
      return TRUE;

    case CG_FIELD_BOOL:
    case CG_FIELD_FLAG:
      return cg_json_get_bool (node, path, field->name, &value->boolean, error);

    case CG_FIELD_ENUM:
      if (!field->required && node == NULL)
        {
          value->number = G_PARAM_SPEC_ENUM (pspec)->default_value;
          return TRUE;
        }
      return cg_json_get_enum (node, path, field->name, pspec->value_type, &value->number, error);

    case CG_FIELD_STRV:
      if (!cg_json_get_strv (node, path, field->name, &value->strv, error))
        return FALSE;
      *set = value->strv != NULL;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* A field stored straight into the instance. */
static gboolean
read_stored (const CgField     *field,
             GObjectClass      *klass,
             const CgJsonValue *node,
             const char        *path,
             Stored            *stored,
             GError           **error)
{
  /* Finding a property by name takes a lock: only an enum needs its type. */
  GParamSpec *pspec = field->kind == CG_FIELD_ENUM ? field_pspec (klass, field) : NULL;
  StoredValue value;
  gboolean set;

  /* No check can be given a value that is not a GValue. */
  g_assert (field->check == NULL);

  if (!read_plain (field, pspec, node, path, &value, &set, error))
    return FALSE;
  if (set)
    stored_add (stored, field, &value);
  return TRUE;
}

static gboolean
read_property (const CgField  *field,
               GObjectClass   *klass,
               const CgJsonValue *node,
               const char     *path,
               Values         *values,
               Stored         *stored,
               GError        **error)
{
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->offset != 0)
    return read_stored (field, klass, node, path, stored, error);

  pspec = field_pspec (klass, field);
  g_value_init (&value, pspec->value_type);
  if (!read_value (field, pspec, node, path, &value, error))
    return FALSE;
  if (!value_is_set (&value))
    return TRUE;

  if (field->check != NULL)
    {
      g_autofree char *field_path = cg_json_member_path (path, field->name);

      if (!field->check (&value, field_path, error))
        return FALSE;
    }

  values_take (values, field->property, &value);
  return TRUE;
}

/* The first pass: the custom fields, and the values of the properties, in
 * table order, including those of a nested object on the same GObject. */
static gboolean
read_values (const CgFieldTable  *table,
             GObjectClass        *klass,
             const CgJsonValue *object,
             const Members       *members,
             const char          *path,
             Values              *values,
             Stored              *stored,
             GError             **error)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const CgField *field = &table->fields[i];
      const CgJsonValue *nested;

      if (field->kind == CG_FIELD_CUSTOM)
        {
          if (!field->read (object, path, error))
            return FALSE;
        }
      else if (field->kind == CG_FIELD_OBJECT && field->property == NULL)
        {
          g_autofree char *nested_path = NULL;
          Members nested_members;

          if (!cg_json_get_object (members->member[i], path, field->name, field->required, &nested, error))
            return FALSE;
          if (nested != NULL)
            {
              nested_path = cg_json_member_path (path, field->name);
              members_match (field->table, nested, &nested_members);
              if (!read_values (field->table, klass, nested, &nested_members, nested_path, values, stored,
                                error))
                return FALSE;
            }
        }
      else if (field->kind != CG_FIELD_OBJECT && field->kind != CG_FIELD_ITEMS &&
               field->kind != CG_FIELD_ENTRIES && field->kind != CG_FIELD_ATTACHED)
        {
          if (!read_property (field, klass, members->member[i], path, values, stored, error))
            return FALSE;
        }
    }

  return table->check == NULL || table->check (object, path, error);
}

static gboolean read_children (Reader              *reader,
                               const CgFieldTable  *table,
                               GObject             *owner,
                               const CgJsonValue *object,
                               const Members       *members,
                               const char          *path,
                               const char          *slot,
                               GError             **error);

static GObject *
read_new (Reader              *reader,
          const CgFieldTable  *table,
          GType                type,
          const CgJsonValue *object,
          const char          *path,
          GError             **error)
{
  g_autoptr(GTypeClass) reference = NULL;
  GObjectClass *klass = cg_type_class_get (type, &reference);
  g_auto(Values) values;
  g_auto(Stored) stored = { 0, };
  g_autoptr(GObject) created = NULL;
  Members members;

  members_match (table, object, &members);
  values_init (&values);
  if (!read_values (table, klass, object, &members, path, &values, &stored, error))
    return NULL;

  created = g_object_new_with_properties (type, values.n, values.names, values.values);
  stored_apply (&stored, reader, created, (guint8 *) created, 0);
  if (!read_children (reader, table, created, object, &members, path, "", error))
    return NULL;

  return g_steal_pointer (&created);
}

/* A nested object of a GObject that exists already, such as the plan. */
static gboolean
read_existing (Reader              *reader,
               const CgFieldTable  *table,
               GObject             *target,
               const CgJsonValue *object,
               const char          *path,
               GError             **error)
{
  g_auto(Values) values;
  g_auto(Stored) stored = { 0, };
  Members members;

  members_match (table, object, &members);
  values_init (&values);
  if (!read_values (table, G_OBJECT_GET_CLASS (target), object, &members, path, &values, &stored, error))
    return FALSE;

  if (table->restore != NULL)
    table->restore (target, values.n, values.names, values.values);
  else
    g_object_setv (target, values.n, values.names, values.values);
  /* Only new records have fields stored straight into them: one that
   * exists already is changed through its properties, and notified. */
  g_assert (stored.n == 0);

  return read_children (reader, table, target, object, &members, path, "", error);
}

/* Whether @object, or an object nested in it whose fields are the same
 * record's, has members no field names, which only an item keeps. */
static gboolean
has_unknown (const CgFieldTable *table,
             const Members      *members)
{
  if (members->unknown)
    return TRUE;

  for (guint i = 0; i < table->n_fields; i++)
    {
      const CgField *field = &table->fields[i];
      const CgJsonValue *nested = members->member[i];
      Members nested_members;

      if (field->kind != CG_FIELD_OBJECT || nested == NULL || nested->type != CG_JSON_OBJECT)
        continue;
      members_match (field->table, nested, &nested_members);
      if (has_unknown (field->table, &nested_members))
        return TRUE;
    }
  return FALSE;
}

/* An item of a list that keeps them as records (cg_item_list_new_with_records ()),
 * appended as one: every field of its table is stored (has an offset into
 * the record), directly or in a nested object of the same record, and it
 * has no lists. */
static gboolean
read_record (Reader            *reader,
             const CgField     *field,
             GObject           *owner,
             CgItemList        *items,
             const CgJsonValue *object,
             const Members     *members,
             const char        *path,
             GError           **error)
{
  const CgItemRecordKind *kind = cg_item_list_get_record_kind (items);
  g_autoptr(GTypeClass) reference = NULL;
  GObjectClass *klass = cg_type_class_get (g_list_model_get_item_type (G_LIST_MODEL (items)), &reference);
  g_auto(Values) values;
  g_auto(Stored) stored = { 0, };
  gpointer record;

  values_init (&values);
  if (!read_values (field->table, klass, object, members, path, &values, &stored, error))
    return FALSE;
  g_assert (values.n == 0);

  record = cg_item_list_append_record (items);
  stored_apply (&stored, reader, G_OBJECT (items), record, kind->offset);
  return TRUE;
}

static gboolean
read_items (Reader             *reader,
            const CgField      *field,
            GObject            *owner,
            const CgJsonValue  *array,
            const char     *path,
            GError        **error)
{
  CgItemList *items = field->items (owner);
  GType type = g_list_model_get_item_type (G_LIST_MODEL (items));
  gboolean records = cg_item_list_get_record_kind (items) != NULL;

  const CgJsonValue *element = array + 1;

  cg_item_list_reserve (items, array->length);
  for (guint i = 0; i < array->length; i++, element += element->size)
    {
      g_autofree char *item_path = cg_json_index_path (path, i);
      const CgJsonValue *object = cg_json_element (element, item_path, error);
      g_autoptr(GObject) item = NULL;

      if (object == NULL)
        return FALSE;

      /* A record with members the library does not know is made an item,
       * which keeps them. */
      if (records)
        {
          Members members;

          members_match (field->table, object, &members);
          if (!has_unknown (field->table, &members))
            {
              if (!read_record (reader, field, owner, items, object, &members, item_path, error))
                return FALSE;
              continue;
            }
        }

      item = read_new (reader, field->table, type, object, item_path, error);
      if (item == NULL)
        return FALSE;

      if (field->table->add == NULL)
        cg_item_list_append (items, item);
      else if (!field->table->add (owner, item, item_path, error))
        return FALSE;
    }

  return field->table->check_items == NULL || field->table->check_items (owner, array->length, path, error);
}

/* An entry of a plan section is a plain string, or an object with its
 * `text` and who may read it; the object's unknown members are kept. */
static gboolean
read_entry (CgPlanEntries      *entries,
            const CgJsonValue  *node,
            const char     *path,
            GError        **error)
{
  static const char * const known[] = { "text", "audience", NULL };
  g_autoptr(JsonObject) extra = NULL;
  const CgJsonValue *object = node;
  const char *text;
  int audience = CG_AUDIENCE_EVERYONE;

  if (node->type == CG_JSON_STRING)
    {
      cg_plan_entries_append (entries, node->v.string, CG_AUDIENCE_EVERYONE, FALSE, NULL);
      return TRUE;
    }
  if (node->type != CG_JSON_OBJECT)
    return cg_json_wrong_type (error, path, _("a string or an object"));

  if (!cg_json_read_string (object, path, "text", TRUE, &text, error) ||
      (cg_json_lookup (object, "audience") != NULL &&
       !cg_json_read_enum (object, path, "audience", CG_TYPE_AUDIENCE, &audience, error)))
    return FALSE;

  extra = cg_json_extra_collect (object, known);
  cg_plan_entries_append (entries, text, audience, TRUE, extra);
  return TRUE;
}

static gboolean
read_entries (const CgField      *field,
              GObject            *owner,
              const CgJsonValue  *array,
              const char     *path,
              GError        **error)
{
  CgPlanEntries *entries = field->entries (owner, field->name);
  const CgJsonValue *element = array + 1;

  for (guint i = 0; i < array->length; i++, element += element->size)
    {
      g_autofree char *entry_path = cg_json_index_path (path, i);

      if (!read_entry (entries, element, entry_path, error))
        return FALSE;
    }

  cg_plan_entries_trim (entries);
  return TRUE;
}

/* Reads a nested object on @owner itself (its values are read already) or
 * on the GObject held by the field's property. */
static gboolean
read_nested (Reader         *reader,
             const CgField  *field,
             GObject        *owner,
             const CgJsonValue *object,
             const char     *path,
             GError        **error)
{
  g_autoptr(GObject) target = NULL;
  Members members;

  if (field->property == NULL)
    {
      members_match (field->table, object, &members);
      return read_children (reader, field->table, owner, object, &members, path, field->name, error);
    }

  g_object_get (owner, field->property, &target, NULL);
  return read_existing (reader, field->table, target, object, path, error);
}

/* Reads what needs @owner to exist, in table order: the items of the
 * arrays, the entries of sections and the objects of other GObjects. Then keeps the unknown members
 * of @object on @owner under @slot. */
static gboolean
read_children (Reader              *reader,
               const CgFieldTable  *table,
               GObject             *owner,
               const CgJsonValue *object,
               const Members       *members,
               const char          *path,
               const char          *slot,
               GError             **error)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const CgField *field = &table->fields[i];
      g_autofree char *field_path = NULL;
      const CgJsonValue *array, *nested;

      if (field->kind == CG_FIELD_ATTACHED)
        {
          g_autoptr(JsonNode) attached = cg_json_value_to_node (members->member[i]);

          field->attach (owner, attached);
        }
      if (field->kind != CG_FIELD_ITEMS && field->kind != CG_FIELD_ENTRIES && field->kind != CG_FIELD_OBJECT)
        continue;

      if (field->kind == CG_FIELD_OBJECT)
        {
          if (!cg_json_get_object (members->member[i], path, field->name, field->required, &nested, error))
            return FALSE;
          if (nested == NULL)
            continue;
          field_path = cg_json_member_path (path, field->name);
          if (!read_nested (reader, field, owner, nested, field_path, error))
            return FALSE;
          continue;
        }

      if (!cg_json_get_array (members->member[i], path, field->name, field->required, &array, error))
        return FALSE;
      if (array == NULL || array->length == 0)
        continue;
      field_path = cg_json_member_path (path, field->name);
      if (field->kind == CG_FIELD_ITEMS ? !read_items (reader, field, owner, array, field_path, error)
                                        : !read_entries (field, owner, array, field_path, error))
        return FALSE;
    }

  if (members->unknown)
    {
      g_autofree const char **known = g_new0 (const char *, table->n_fields + 1);

      for (guint i = 0; i < table->n_fields; i++)
        known[i] = table->fields[i].name;
      cg_json_extra_keep (owner, slot, object, known);
    }
  return TRUE;
}

static CgCase *
read_case (CgJsonDoc  *doc,
           GError    **error)
{
  g_auto(Reader) reader = { NULL, };
  g_autoptr(GObject) kase = NULL;
  g_autoptr(GError) invalid = NULL;

  reader_init (&reader, doc);
  kase = read_new (&reader, &cg_case_fields, CG_TYPE_CASE, cg_json_doc_get_root (doc), "", error);
  if (kase == NULL)
    return NULL;
  reader_finish (&reader);

  /* The history as read is what cg_case_verify_history () checks, however
   * the plan is changed afterwards. */
  cg_child_protection_plan_mark_read (cg_case_get_plan (CG_CASE (kase)));

  /* References and duplicate ids are checked once, over the whole record,
   * by the same code that checks a case built through the API. */
  if (!cg_case_validate (CG_CASE (kase), &invalid))
    {
      int code = invalid->code == CG_CASE_ERROR_DUPLICATE_ID ? CG_FORMAT_ERROR_DUPLICATE_ID
               : invalid->code == CG_CASE_ERROR_UNKNOWN_MEMBER ? CG_FORMAT_ERROR_UNKNOWN_REFERENCE
               : CG_FORMAT_ERROR_MISSING_FIELD;

      g_set_error_literal (error, CG_FORMAT_ERROR, code, invalid->message);
      return NULL;
    }

  return CG_CASE (g_steal_pointer (&kase));
}

/**
 * cg_case_new_from_data:
 * @data: (array length=length) (element-type guint8): the case document, UTF-8 JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a case from a case document (see the [JSON format](json-format.html)),
 * within the default [class@CoreGroup.Limits].
 *
 * Reading is strict: a document that is not one valid JSON object (a
 * member twice in one object, a lone surrogate or `\u0000` in a string, a
 * whole number beyond 64 bits and the like are refused), has an unknown
 * `format` or a newer `version`, lacks a required field, holds a value of
 * the wrong type, a malformed date or one outside the years the calendar
 * counts (1900 to 2199), a reference to a missing member, or a duplicate
 * id fails with a %CG_FORMAT_ERROR whose message starts with the field path
 * (`meetings[2].attendance[0].member: ...`) and, for syntax errors, gives
 * the line and column. Messages say what kind of problem it is and never
 * quote the document, so they may be logged.
 *
 * Fields the library does not know are kept and written back by
 * [method@CoreGroup.Case.to_data] and [method@CoreGroup.Case.save].
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_data (const char  *data,
                       gssize       length,
                       GError     **error)
{
  return cg_case_new_from_data_with_limits (data, length, NULL, error);
}

/**
 * cg_case_new_from_data_with_limits:
 * @data: (array length=length) (element-type guint8): the case document, UTF-8 JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @limits: (nullable): how large and deep a document may be, or %NULL for the defaults
 * @error: return location for a #GError
 *
 * Reads a case as [ctor@CoreGroup.Case.new_from_data] does, within the
 * given limits; a document past them fails with
 * %CG_FORMAT_ERROR_LIMIT_EXCEEDED.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_data_with_limits (const char  *data,
                                   gssize       length,
                                   CgLimits    *limits,
                                   GError     **error)
{
  g_autoptr(CgJsonDoc) doc = NULL;
  CgJsonLimits bounds;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (limits == NULL || CG_IS_LIMITS (limits), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cg_json_limits_from (limits, &bounds);
  doc = cg_json_doc_parse (data != NULL ? data : "", length < 0 ? strlen (data) : (gsize) length, &bounds, error);
  if (doc == NULL)
    return NULL;

  return read_case (doc, error);
}

/**
 * cg_case_new_from_file:
 * @file: a case document
 * @error: return location for a #GError
 *
 * Reads a case from a file; see [ctor@CoreGroup.Case.new_from_data] for
 * the errors. Only a regular file is read: a directory, a FIFO or a
 * device fails with %G_IO_ERROR_NOT_REGULAR_FILE (or
 * %G_IO_ERROR_IS_DIRECTORY) before anything is read, and a file larger
 * than the default [property@CoreGroup.Limits:max-size] with
 * %G_IO_ERROR_MESSAGE_TOO_LARGE. A file that cannot be read fails with
 * another %G_IO_ERROR.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_file (GFile   *file,
                       GError **error)
{
  return cg_case_new_from_file_with_limits (file, NULL, error);
}

/**
 * cg_case_new_from_file_with_limits:
 * @file: a case document
 * @limits: (nullable): how large and deep a document may be, or %NULL for the defaults
 * @error: return location for a #GError
 *
 * Reads a case from a file as [ctor@CoreGroup.Case.new_from_file] does,
 * within @limits.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_file_with_limits (GFile     *file,
                                   CgLimits  *limits,
                                   GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  CgJsonLimits bounds;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (limits == NULL || CG_IS_LIMITS (limits), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cg_json_limits_from (limits, &bounds);
  bytes = cg_file_load_bounded (file, bounds.max_size, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  return cg_case_new_from_data_with_limits (data != NULL ? data : "", (gssize) length, limits, error);
}

/**
 * cg_case_new_from_bytes:
 * @bytes: the case document, UTF-8 JSON
 * @limits: (nullable): how large and deep a document may be, or %NULL for the defaults
 * @error: return location for a #GError
 *
 * Reads a case from a document held in memory, as
 * [ctor@CoreGroup.Case.new_from_data] does: for a document received over
 * the network or read by the caller.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_bytes (GBytes    *bytes,
                        CgLimits  *limits,
                        GError   **error)
{
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (limits == NULL || CG_IS_LIMITS (limits), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return cg_case_new_from_data_with_limits (data != NULL ? data : "", (gssize) length, limits, error);
}

/**
 * cg_case_new_from_stream:
 * @stream: a stream holding one case document
 * @limits: (nullable): how large and deep a document may be, or %NULL for the defaults
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a case from a stream, such as standard input or a network
 * connection, up to its end. A stream longer than the limits' size fails
 * with %G_IO_ERROR_MESSAGE_TOO_LARGE before more than that is read.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_stream (GInputStream  *stream,
                         CgLimits      *limits,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  CgJsonLimits bounds;
  guint8 chunk[16384];

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (limits == NULL || CG_IS_LIMITS (limits), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  cg_json_limits_from (limits, &bounds);
  for (;;)
    {
      gssize n = g_input_stream_read (stream, chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (buffer->len + (gsize) n > bounds.max_size)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                               _("the document is larger than the limit"));
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint) n);
    }

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
  return cg_case_new_from_bytes (bytes, limits, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  CgCase *kase;

  if (g_task_return_error_if_cancelled (task))
    return;

  kase = cg_case_new_from_file (G_FILE (data), &error);
  if (kase == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, kase, g_object_unref);
}

/**
 * cg_case_load_async:
 * @file: a case document
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the thread-default main context of the caller once
 *   the case is read
 * @user_data: data for @callback
 *
 * Reads a case from a file on a worker thread, so that a front end's main
 * loop keeps running; see [ctor@CoreGroup.Case.new_from_file] for the
 * errors. Finish with [func@CoreGroup.Case.load_finish].
 */
void
cg_case_load_async (GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_case_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * cg_case_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes [func@CoreGroup.Case.load_async]. A cancelled load fails with
 * %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_load_finish (GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == cg_case_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
