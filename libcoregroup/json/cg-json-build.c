/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* JsonBuilder helpers shared by every writer: the case document, the
 * reports, and the holiday and policy formats. */

#include "config.h"

#include <string.h>

#include "json/cg-json-private.h"

void
cg_json_add_string (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

void
cg_json_add_date (JsonBuilder *builder,
                  const char  *name,
                  const GDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = cg_date_format (date);
  cg_json_add_string (builder, name, text);
}

void
cg_json_add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

/* Optional flags are written only when set, so documents stay short. */
void
cg_json_add_flag (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  if (value)
    cg_json_add_bool (builder, name, TRUE);
}

void
cg_json_add_enum (JsonBuilder *builder,
                  const char  *name,
                  GType        enum_type,
                  int          value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);

  cg_json_add_string (builder, name, g_enum_get_value (klass, value)->value_nick);
}

/* Always written, as [] when no flag is set. */
void
cg_json_add_flags (JsonBuilder *builder,
                   const char  *name,
                   GType        flags_type,
                   guint        value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (value & klass->values[i].value) != 0)
      json_builder_add_string_value (builder, klass->values[i].value_nick);
  json_builder_end_array (builder);
}

void
cg_json_add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  if (values == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* Pretty-printed, two-space indent, ending in a newline. */
char *
cg_json_to_text (JsonNode *root,
                 gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  char *data;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  data = g_strconcat (text, "\n", NULL);
  if (length != NULL)
    *length = strlen (data);
  return data;
}
