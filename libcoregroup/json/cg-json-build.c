/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* JsonBuilder helpers shared by every writer: the case document, the
 * reports, and the holiday and policy formats. */

#include "config.h"

#include <string.h>

#include "json/cg-json-out-private.h"
#include "json/cg-json-private.h"

/* The values a report writes too are written by CgJsonOut, through the
 * builder. */
void
cg_json_add_string (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  cg_json_out_string (&(CgJsonOut) { builder }, name, value);
}

void
cg_json_add_date (JsonBuilder *builder,
                  const char  *name,
                  const GDate *date)
{
  cg_json_out_date (&(CgJsonOut) { builder }, name, date);
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
  cg_json_out_enum (&(CgJsonOut) { builder }, name, enum_type, value);
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
  cg_json_out_strv (&(CgJsonOut) { builder }, name, values);
}

void
cg_json_add_dates (JsonBuilder *builder,
                   const char  *name,
                   GPtrArray   *dates)
{
  if (dates == NULL || dates->len == 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *text = cg_date_format (g_ptr_array_index (dates, i));

      json_builder_add_string_value (builder, text);
    }
  json_builder_end_array (builder);
}

/* Pretty-printed with a two-space indent, or all on one line; either way
 * ending in a newline. */
static char *
generate (JsonNode *root,
          gboolean  pretty,
          gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  char *data;

  GString *escaped;

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  /* json-glib 1.6.6 writes U+001F (and nothing else below U+0020 but the
   * newlines of its layout) raw inside a string, which JSON forbids and
   * the reader refuses: escape any such byte. Outside strings the
   * generator writes only newlines (when pretty) and spaces, so every
   * other control byte is inside one. */
  escaped = g_string_sized_new (strlen (text) + 2);
  for (const char *c = text; *c != '\0'; c++)
    {
      if ((guchar) *c < 0x20 && (*c != '\n' || !pretty))
        g_string_append_printf (escaped, "\\u%04x", (guint) (guchar) *c);
      else
        g_string_append_c (escaped, *c);
    }
  g_string_append_c (escaped, '\n');

  if (length != NULL)
    *length = escaped->len;
  data = g_string_free (escaped, FALSE);
  return data;
}

/* Pretty-printed, two-space indent, ending in a newline. */
char *
cg_json_to_text (JsonNode *root,
                 gsize    *length)
{
  return generate (root, TRUE, length);
}

/* One line, ending in a newline: a line of JSON Lines. */
char *
cg_json_to_line (JsonNode *root,
                 gsize    *length)
{
  return generate (root, FALSE, length);
}
