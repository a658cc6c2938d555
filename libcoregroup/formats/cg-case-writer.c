/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Writing the case document (doc/json-format.md) with JsonBuilder, as the
 * field tables (cg-case-fields.c) describe it: their order is the member
 * order, followed by any unknown members the document had when it was
 * read. */

#include "config.h"

#include "formats/cg-case-fields-private.h"
#include "util/cg-file-private.h"

static JsonNode *build_object (const CgFieldTable      *table,
                               GObject                 *object,
                               const char              *slot,
                               const CgPlanHistorySeal *history);

static void
write_items (JsonBuilder             *builder,
             const CgField           *field,
             GObject                 *owner,
             const CgPlanHistorySeal *history)
{
  GListModel *items = cg_field_items_peek (field, owner);

  json_builder_set_member_name (builder, field->name);
  json_builder_begin_array (builder);
  /* Items kept as records are written through a view, not made. */
  for (guint i = 0; i < cg_items_len (items); i++)
    {
      GObject *item = cg_item_list_get_view (CG_ITEM_LIST (items), i);

      json_builder_add_value (builder, build_object (field->table, item, "", history));
      cg_item_list_drop_view (CG_ITEM_LIST (items), i, item);
    }
  json_builder_end_array (builder);
}

/* Each entry as it was read: a plain string, or an object with its text,
 * its audience when that is not everyone, and its unknown members. */
static void
write_entries (JsonBuilder   *builder,
               const CgField *field,
               GObject       *owner)
{
  CgPlanEntries *entries = field->entries (owner, field->name);
  const char * const *texts = cg_plan_entries_get_texts (entries);

  if (texts == NULL)
    return;

  json_builder_set_member_name (builder, field->name);
  json_builder_begin_array (builder);
  for (guint i = 0; texts[i] != NULL; i++)
    {
      CgAudience audience = cg_plan_entries_get_audience (entries, i);

      if (!cg_plan_entries_get_object (entries, i))
        {
          json_builder_add_string_value (builder, texts[i]);
          continue;
        }

      json_builder_begin_object (builder);
      cg_json_add_string (builder, "text", texts[i]);
      if (audience != CG_AUDIENCE_EVERYONE)
        cg_json_add_enum (builder, "audience", CG_TYPE_AUDIENCE, audience);
      cg_json_add_members (builder, cg_plan_entries_get_extra (entries, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* A nested object is left out when it would be empty, unless required. */
static void
write_object (JsonBuilder             *builder,
              const CgField           *field,
              GObject                 *owner,
              const GValue            *value,
              const CgPlanHistorySeal *history)
{
  GObject *target = field->property != NULL ? g_value_get_object (value) : owner;
  JsonNode *node = build_object (field->table, target, field->property != NULL ? "" : field->name,
                                 history);

  if (!field->required && json_object_get_size (json_node_get_object (node)) == 0)
    {
      json_node_unref (node);
      return;
    }

  json_builder_set_member_name (builder, field->name);
  json_builder_add_value (builder, node);
}

static void
write_null (JsonBuilder *builder,
            const char  *name)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_null_value (builder);
}

/* The enum's nick, or null for the default value of its property. */
static void
write_enum_or_null (JsonBuilder   *builder,
                    const CgField *field,
                    GObject       *object,
                    const GValue  *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), field->property);

  if (g_value_get_enum (value) == G_PARAM_SPEC_ENUM (pspec)->default_value)
    write_null (builder, field->name);
  else
    cg_json_add_enum (builder, field->name, G_VALUE_TYPE (value), g_value_get_enum (value));
}

/* The value of a whole-number field that means none. */
static int
int_minimum (GObject       *object,
             const CgField *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), field->property);

  return G_PARAM_SPEC_INT (pspec)->minimum;
}

static void
write_field (JsonBuilder             *builder,
             const CgField           *field,
             GObject                 *object,
             const CgPlanHistorySeal *history)
{
  g_auto(GValue) value = G_VALUE_INIT;
  const char *name = field->name;
  JsonNode *attached;

  if (field->omit != NULL && field->omit (object, field))
    return;
  if (field->property != NULL)
    g_object_get_property (object, field->property, &value);

  switch (field->kind)
    {
    case CG_FIELD_STRING:
    case CG_FIELD_TIME:
      cg_json_add_string (builder, name, g_value_get_string (&value));
      break;

    case CG_FIELD_DATE:
      cg_json_add_date (builder, name, g_value_get_boxed (&value));
      break;

    case CG_FIELD_DATE_OR_NULL:
      if (g_value_get_boxed (&value) != NULL)
        cg_json_add_date (builder, name, g_value_get_boxed (&value));
      else
        write_null (builder, name);
      break;

    case CG_FIELD_BOOL:
      cg_json_add_bool (builder, name, g_value_get_boolean (&value));
      break;

    case CG_FIELD_FLAG:
      cg_json_add_flag (builder, name, g_value_get_boolean (&value));
      break;

    case CG_FIELD_INT:
      if (g_value_get_int (&value) != int_minimum (object, field))
        {
          json_builder_set_member_name (builder, name);
          json_builder_add_int_value (builder, g_value_get_int (&value));
        }
      break;

    case CG_FIELD_ENUM:
      cg_json_add_enum (builder, name, G_VALUE_TYPE (&value), g_value_get_enum (&value));
      break;

    case CG_FIELD_ENUM_OR_NULL:
      write_enum_or_null (builder, field, object, &value);
      break;

    case CG_FIELD_FLAGS:
      cg_json_add_flags (builder, name, G_VALUE_TYPE (&value), g_value_get_flags (&value));
      break;

    case CG_FIELD_STRV:
      cg_json_add_strv (builder, name, g_value_get_boxed (&value));
      break;

    case CG_FIELD_DATES:
      cg_json_add_dates (builder, name, g_value_get_boxed (&value));
      break;

    case CG_FIELD_OBJECT:
      write_object (builder, field, object, &value, history);
      break;

    case CG_FIELD_ITEMS:
      write_items (builder, field, object, history);
      break;

    case CG_FIELD_ENTRIES:
      write_entries (builder, field, object);
      break;

    case CG_FIELD_CUSTOM:
      field->write (builder);
      break;

    case CG_FIELD_ATTACHED:
      attached = field->attached (object, history);
      if (attached != NULL)
        {
          json_builder_set_member_name (builder, name);
          json_builder_add_value (builder, attached);
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* The fields of @table in table order, then the unknown members kept on
 * @object under @slot. */
static JsonNode *
build_object (const CgFieldTable      *table,
              GObject                 *object,
              const char              *slot,
              const CgPlanHistorySeal *history)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  json_builder_begin_object (builder);
  for (guint i = 0; i < table->n_fields; i++)
    write_field (builder, &table->fields[i], object, history);
  cg_json_extra_add (builder, object, slot);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * cg_case_to_data:
 * @self: a case
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the case as a case document (see the
 * [JSON format](json-format.html)): pretty-printed UTF-8 JSON, members in a
 * stable order, followed by any fields the document had when it was read
 * that the library does not know.
 *
 * Each entry of the plan's history is written with its `link` and the plan
 * with a `history_seal`, made with the key set by
 * [method@CoreGroup.Case.set_history_key] if any: the links an entry had
 * when it was read are written as they were, the other entries are linked,
 * and the seal is made anew unless the history as read fails
 * [method@CoreGroup.Case.verify_history], when the seal read is written
 * back. Writing never makes an altered history pass.
 *
 * Returns: (transfer full): the document, nul-terminated
 */
char *
cg_case_to_data (CgCase *self,
                 gsize  *length)
{
  g_autoptr(CgPlanHistorySeal) history = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  history = cg_plan_history_seal_for_save (self);
  root = build_object (&cg_case_fields, G_OBJECT (self), "", history);
  return cg_json_to_text (root, length);
}

/**
 * cg_case_save:
 * @self: a case
 * @file: where to write the case document
 * @error: return location for a #GError
 *
 * Writes the case to @file, a local file. At every moment the file is
 * either the old document, whole, or the new one, whole, whatever fails
 * (a full disk, a file size limit, a crash, a kill):
 *
 * - the document is written to an unnamed temporary file in the target's
 *   folder (Linux `O_TMPFILE`), synced to disk, given a temporary name
 *   (`.NAME.cg-save-XXXXXX`), renamed over the target, and the folder is
 *   synced. Where the file system has no unnamed files, the temporary is
 *   created with that name from the start. Either way a save killed before
 *   the rename can leave only that named temporary behind, and the next
 *   save of the same file removes it first;
 * - a symbolic link is followed: the file it points to is replaced and the
 *   link stays a link;
 * - the file keeps its permission bits; a new file is created readable and
 *   writable by its owner only (0600). Its owner, group, ACLs and extended
 *   attributes are those of a new file;
 * - a folder where no temporary file can be created is an error: the file
 *   is never rewritten in place.
 *
 * On failure the error is a %G_IO_ERROR naming the file, and the old
 * file is untouched.
 *
 * Returns: %TRUE if the case was saved
 */
gboolean
cg_case_save (CgCase  *self,
              GFile   *file,
              GError **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = cg_case_to_data (self, &length);
  return cg_file_replace_atomically (file, data, length, error);
}
