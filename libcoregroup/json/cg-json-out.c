/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Writing a report's JSON through a JsonBuilder or straight into text
 * (cg-json-out-private.h). */

#include "config.h"

#include <string.h>

#include "json/cg-json-out-private.h"
#include "util/cg-format-private.h"
#include "util/cg-util-private.h"

void
cg_json_out_init_text (CgJsonOut *out,
                       gboolean   pretty)
{
  *out = (CgJsonOut) { NULL, g_string_sized_new (4096), pretty, 0, 0 };
}

/* The text, ending in a newline; @out is done with. */
char *
cg_json_out_steal_text (CgJsonOut *out,
                        gsize     *length)
{
  g_string_append_c (out->text, '\n');
  if (length != NULL)
    *length = out->text->len;
  return g_string_free (g_steal_pointer (&out->text), FALSE);
}

/* @n bytes onto @text: in place while it has room, as g_string_append_c ()
 * does for one. A report is a few hundred short pieces, and
 * g_string_append () measures and checks each through a call. */
static inline void
append_bytes (GString    *text,
              const char *bytes,
              gsize       n)
{
  if (G_LIKELY (text->len + n < text->allocated_len))
    {
      memcpy (text->str + text->len, bytes, n);
      text->len += n;
      text->str[text->len] = '\0';
    }
  else
    g_string_append_len (text, bytes, (gssize) n);
}

static void
indent (CgJsonOut *out,
        guint      level)
{
  for (guint i = 0; i < level; i++)
    append_bytes (out->text, "  ", 2);
}

/* A string in double quotes, escaped as json-glib escapes it: \" and \\,
 * \b \f \n \r \t by name, every other byte below U+0020 and U+007F as
 * \u00xx (json-glib 1.6.6 misses U+001F, which cg_json_to_text () then
 * escapes the same way); the rest, valid UTF-8, as it is. */
static void
append_quoted (GString    *text,
               const char *value)
{
  const char *run = value;
  const char *c;

  g_string_append_c (text, '"');
  for (c = value; *c != '\0'; c++)
    {
      guchar byte = (guchar) *c;
      const char *named = NULL;

      if (byte >= 0x20 && byte != '"' && byte != '\\' && byte != 0x7f)
        continue;

      append_bytes (text, run, (gsize) (c - run));
      run = c + 1;
      switch (byte)
        {
        case '"': named = "\\\""; break;
        case '\\': named = "\\\\"; break;
        case '\b': named = "\\b"; break;
        case '\f': named = "\\f"; break;
        case '\n': named = "\\n"; break;
        case '\r': named = "\\r"; break;
        case '\t': named = "\\t"; break;
        default: break;
        }
      if (named != NULL)
        append_bytes (text, named, 2);
      else
        g_string_append_printf (text, "\\u%04x", (guint) byte);
    }
  append_bytes (text, run, (gsize) (c - run));
  g_string_append_c (text, '"');
}

/* Before each element: the comma after the one before, the layout, and
 * the member's name. */
static void
start_element (CgJsonOut  *out,
               const char *name)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << out->depth;

  if (out->depth > 0)
    {
      if ((out->started & bit) != 0)
        g_string_append_c (out->text, ',');
      if (out->pretty)
        {
          g_string_append_c (out->text, '\n');
          indent (out, out->depth);
        }
    }
  out->started |= bit;

  if (name != NULL)
    {
      append_quoted (out->text, name);
      if (out->pretty)
        append_bytes (out->text, " : ", 3);
      else
        g_string_append_c (out->text, ':');
    }
}

static void
open_container (CgJsonOut  *out,
                const char *name,
                char        bracket)
{
  g_return_if_fail (out->depth + 1 < CG_JSON_OUT_MAX_DEPTH);

  start_element (out, name);
  g_string_append_c (out->text, bracket);
  out->depth++;
  out->started &= ~(G_GUINT64_CONSTANT (1) << out->depth);
}

/* An empty array is "[]"; an empty object has as many spaces inside as
 * its level's indent, "{  }" as a member of the root (json-glib's
 * layout). */
static void
close_container (CgJsonOut *out,
                 char       bracket)
{
  gboolean empty = (out->started & (G_GUINT64_CONSTANT (1) << out->depth)) == 0;

  g_return_if_fail (out->depth > 0);
  if (out->pretty && !empty)
    g_string_append_c (out->text, '\n');
  if (out->pretty && (!empty || bracket == '}'))
    indent (out, out->depth - 1);
  out->depth--;
  g_string_append_c (out->text, bracket);
}

/* The builder, told the member's name when there is one. */
static JsonBuilder *
member (CgJsonOut  *out,
        const char *name)
{
  if (name != NULL)
    json_builder_set_member_name (out->builder, name);
  return out->builder;
}

void
cg_json_out_begin_object (CgJsonOut  *out,
                          const char *name)
{
  if (out->builder == NULL)
    open_container (out, name, '{');
  else
    json_builder_begin_object (member (out, name));
}

void
cg_json_out_end_object (CgJsonOut *out)
{
  if (out->builder == NULL)
    close_container (out, '}');
  else
    json_builder_end_object (out->builder);
}

void
cg_json_out_begin_array (CgJsonOut  *out,
                         const char *name)
{
  if (out->builder == NULL)
    open_container (out, name, '[');
  else
    json_builder_begin_array (member (out, name));
}

void
cg_json_out_end_array (CgJsonOut *out)
{
  if (out->builder == NULL)
    close_container (out, ']');
  else
    json_builder_end_array (out->builder);
}

void
cg_json_out_string (CgJsonOut  *out,
                    const char *name,
                    const char *value)
{
  if (value == NULL)
    return;

  if (out->builder == NULL)
    {
      start_element (out, name);
      append_quoted (out->text, value);
    }
  else
    json_builder_add_string_value (member (out, name), value);
}

void
cg_json_out_date (CgJsonOut   *out,
                  const char  *name,
                  const GDate *date)
{
  char text[16];

  if (date == NULL)
    return;
  g_return_if_fail (g_date_valid (date));

  cg_format_iso_date (date, text);
  cg_json_out_string (out, name, text);
}

void
cg_json_out_enum (CgJsonOut  *out,
                  const char *name,
                  GType       enum_type,
                  int         value)
{
  g_autoptr(GTypeClass) reference = NULL;
  GEnumClass *klass = cg_type_class_get (enum_type, &reference);

  cg_json_out_string (out, name, g_enum_get_value (klass, value)->value_nick);
}

void
cg_json_out_int (CgJsonOut  *out,
                 const char *name,
                 gint64      value)
{
  if (out->builder == NULL)
    {
      start_element (out, name);
      g_string_append_printf (out->text, "%" G_GINT64_FORMAT, value);
    }
  else
    json_builder_add_int_value (member (out, name), value);
}

void
cg_json_out_strv (CgJsonOut          *out,
                  const char         *name,
                  const char * const *values)
{
  if (values == NULL)
    return;

  cg_json_out_begin_array (out, name);
  for (guint i = 0; values[i] != NULL; i++)
    cg_json_out_string (out, NULL, values[i]);
  cg_json_out_end_array (out);
}
