/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Strict reading of JSON values with explicit type checks (json-glib
 * 1.6.6 has no strict mode). Every error is in the CG_FORMAT_ERROR domain
 * and its message starts with the field path. */

#include "config.h"

#include <string.h>

#include "json/cg-json-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-time-of-day-private.h"
#include "util/cg-util-private.h"

gboolean
cg_json_fail (GError     **error,
              int          code,
              const char  *path,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CG_FORMAT_ERROR, code, "%s: %s", path, message);
  return FALSE;
}

char *
cg_json_member_path (const char *path,
                     const char *name)
{
  return *path == '\0' ? g_strdup (name) : g_strconcat (path, ".", name, NULL);
}

/* Without printf: a case has dozens of items, each with its path. */
char *
cg_json_index_path (const char *path,
                    guint       index)
{
  gsize length = strlen (path);
  char digits[16];
  guint n = 0;
  char *text;

  do
    {
      digits[n++] = (char) ('0' + index % 10);
      index /= 10;
    }
  while (index > 0);

  text = g_malloc (length + n + 3);
  memcpy (text, path, length);
  text[length++] = '[';
  while (n > 0)
    text[length++] = digits[--n];
  text[length++] = ']';
  text[length] = '\0';
  return text;
}

/* Absent and null mean the same: not given. */
const CgJsonValue *
cg_json_lookup (const CgJsonValue *object,
                const char        *name)
{
  /* The first byte first: most names differ there, and reading a case
   * looks up every field of every object. */
  CG_JSON_FOREACH (member, object)
    if (member->name[0] == name[0] && strcmp (member->name, name) == 0)
      return member->type == CG_JSON_NULL ? NULL : member;
  return NULL;
}

gboolean
cg_json_missing (GError     **error,
                 const char  *path,
                 const char  *name)
{
  g_autofree char *field = cg_json_member_path (path, name);

  return cg_json_fail (error, CG_FORMAT_ERROR_MISSING_FIELD, field, _("required field is missing"));
}

gboolean
cg_json_wrong_type (GError     **error,
                    const char  *field,
                    const char  *expected)
{
  return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_TYPE, field, _("must be %s"), expected);
}

/* The readers below take the member already looked up (@node, NULL when
 * absent or null) and its @name, for the error's path. The case reader
 * finds every member of an object in one pass (cg-case-reader.c); the
 * cg_json_read_* wrappers at the end look the member up by name. */
gboolean
cg_json_get_string (const CgJsonValue *node,
                    const char  *path,
                    const char  *name,
                    gboolean     required,
                    const char **out,
                    GError     **error)
{
  g_autofree char *field = NULL;

  *out = NULL;
  if (node == NULL)
    return !required || cg_json_missing (error, path, name);

  if (node->type != CG_JSON_STRING)
    {
      field = cg_json_member_path (path, name);
      return cg_json_wrong_type (error, field, _("a string"));
    }

  *out = node->v.string;
  if (required && **out == '\0')
    {
      field = cg_json_member_path (path, name);
      return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field, _("must not be empty"));
    }
  return TRUE;
}

gboolean
cg_json_get_bool (const CgJsonValue *node,
                  const char  *path,
                  const char  *name,
                  gboolean    *out,
                  GError     **error)
{
  g_autofree char *field = NULL;

  *out = FALSE;
  if (node == NULL)
    return TRUE;

  if (node->type != CG_JSON_BOOLEAN)
    {
      field = cg_json_member_path (path, name);
      return cg_json_wrong_type (error, field, _("true or false"));
    }

  *out = node->v.boolean;
  return TRUE;
}

/* @text is the string at @field. A date of the record is one a calendar
 * can count working days from (@counted), so no rule is ever asked about
 * a year outside the calendar's span. */
/* The field's path is made only for an error: from @path and @name, or
 * @path and @index when @name is NULL. */
static GDate *
parse_date (const char  *text,
            const char  *path,
            const char  *name,
            guint        index,
            gboolean     counted,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDate) date = cg_date_parse (text, &local_error);
  g_autofree char *field = NULL;

  if (date != NULL &&
      (!counted || (g_date_get_year (date) >= CG_DATE_FIRST_YEAR && g_date_get_year (date) <= CG_DATE_LAST_YEAR)))
    return g_steal_pointer (&date);

  field = name != NULL ? cg_json_member_path (path, name) : cg_json_index_path (path, index);
  if (date == NULL)
    cg_json_fail (error, CG_FORMAT_ERROR_INVALID_DATE, field, "%s", local_error->message);
  else
    cg_json_fail (error, CG_FORMAT_ERROR_INVALID_DATE, field,
                  _("outside the years the calendar counts (%d to %d)"),
                  CG_DATE_FIRST_YEAR, CG_DATE_LAST_YEAR);
  return NULL;
}

static gboolean
get_date (const CgJsonValue *node,
          const char  *path,
          const char  *name,
          gboolean     required,
          gboolean     counted,
          GDate      **out,
          GError     **error)
{
  const char *text;

  *out = NULL;
  if (!cg_json_get_string (node, path, name, required, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = parse_date (text, path, name, 0, counted, error);
  return *out != NULL;
}

gboolean
cg_json_get_counted_date (const CgJsonValue *node,
                          const char  *path,
                          const char  *name,
                          gboolean     required,
                          GDate      **out,
                          GError     **error)
{
  return get_date (node, path, name, required, TRUE, out, error);
}

/* An array of dates of the record; absent or empty gives NULL. */
gboolean
cg_json_get_counted_dates (const CgJsonValue *node,
                           const char  *path,
                           const char  *name,
                           GPtrArray  **out,
                           GError     **error)
{
  const CgJsonValue *array, *element;
  g_autofree char *array_path = NULL;
  g_autoptr(GPtrArray) dates = NULL;

  *out = NULL;
  if (!cg_json_get_array (node, path, name, FALSE, &array, error))
    return FALSE;
  if (array == NULL || array->length == 0)
    return TRUE;

  array_path = cg_json_member_path (path, name);
  dates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_free);
  element = array + 1;
  for (guint i = 0; i < array->length; i++, element += element->size)
    {
      GDate *date;

      if (element->type != CG_JSON_STRING)
        {
          g_autofree char *field = cg_json_index_path (array_path, i);

          return cg_json_wrong_type (error, field, _("a string"));
        }
      date = parse_date (element->v.string, array_path, NULL, i, TRUE, error);
      if (date == NULL)
        return FALSE;
      g_ptr_array_add (dates, date);
    }

  *out = g_steal_pointer (&dates);
  return TRUE;
}

gboolean
cg_json_get_time (const CgJsonValue *node,
                  const char  *path,
                  const char  *name,
                  const char **out,
                  GError     **error)
{
  const char *t;
  g_autofree char *field = NULL;

  if (!cg_json_get_string (node, path, name, FALSE, out, error))
    return FALSE;

  t = *out;
  if (t == NULL)
    return TRUE;

  if (!cg_time_of_day_is_valid (t))
    {
      field = cg_json_member_path (path, name);
      return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                   _("not a time of the form HH:MM"));
    }

  return TRUE;
}

gboolean
cg_json_get_int (const CgJsonValue *node,
                 const char  *path,
                 const char  *name,
                 int          minimum,
                 int          maximum,
                 int         *out,
                 GError     **error)
{
  g_autofree char *field = NULL;
  gint64 number;

  *out = 0;
  if (node == NULL)
    return TRUE;

  if (node->type != CG_JSON_INT)
    {
      field = cg_json_member_path (path, name);
      return cg_json_wrong_type (error, field, _("a whole number"));
    }

  number = node->v.integer;
  field = number < minimum || number > maximum ? cg_json_member_path (path, name) : NULL;
  if (field != NULL)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                         _("must be from %d to %d"), minimum, maximum);

  *out = (int) number;
  return TRUE;
}

/* Enumerations are written as their registered nicks, so the JSON names and
 * the C enums cannot drift apart. With @null_value, absent or null is that
 * value and its nick is not one the document may write. */
static gboolean
get_nick (const CgJsonValue *node,
          const char  *path,
          const char  *name,
          GType        enum_type,
          const int   *null_value,
          int         *out,
          GError     **error)
{
  const char *nick;
  g_autoptr(GTypeClass) reference = NULL;
  GEnumClass *klass = cg_type_class_get (enum_type, &reference);
  GEnumValue *value;
  g_autoptr(GString) allowed = NULL;
  g_autofree char *field = NULL;

  if (null_value != NULL && node == NULL)
    {
      *out = *null_value;
      return TRUE;
    }
  if (!cg_json_get_string (node, path, name, TRUE, &nick, error))
    return FALSE;

  value = g_enum_get_value_by_nick (klass, nick);
  if (value != NULL && (null_value == NULL || value->value != *null_value))
    {
      *out = value->value;
      return TRUE;
    }

  allowed = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    if (null_value == NULL || klass->values[i].value != *null_value)
      g_string_append_printf (allowed, "%s%s", allowed->len > 0 ? ", " : "", klass->values[i].value_nick);
  if (null_value != NULL)
    g_string_append (allowed, _(", or null"));
  field = cg_json_member_path (path, name);
  return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field, _("not one of %s"), allowed->str);
}

gboolean
cg_json_get_enum (const CgJsonValue *node,
                  const char  *path,
                  const char  *name,
                  GType        enum_type,
                  int         *out,
                  GError     **error)
{
  return get_nick (node, path, name, enum_type, NULL, out, error);
}

gboolean
cg_json_get_enum_or_null (const CgJsonValue *node,
                          const char  *path,
                          const char  *name,
                          GType        enum_type,
                          int          null_value,
                          int         *out,
                          GError     **error)
{
  return get_nick (node, path, name, enum_type, &null_value, out, error);
}

/* Flags are an array of the nicks of the set flags; absent means none. The
 * nick of the value 0 ("none") is not a flag that can be set. */
gboolean
cg_json_get_flags (const CgJsonValue *node,
                   const char  *path,
                   const char  *name,
                   GType        flags_type,
                   guint       *out,
                   GError     **error)
{
  g_auto(GStrv) nicks = NULL;
  g_autoptr(GFlagsClass) klass = NULL;

  *out = 0;
  if (!cg_json_get_strv (node, path, name, &nicks, error))
    return FALSE;

  klass = g_type_class_ref (flags_type);
  for (guint i = 0; nicks != NULL && nicks[i] != NULL; i++)
    {
      GFlagsValue *value = g_flags_get_value_by_nick (klass, nicks[i]);

      if (value == NULL || value->value == 0)
        {
          g_autoptr(GString) allowed = g_string_new (NULL);
          g_autofree char *array_path = cg_json_member_path (path, name);
          g_autofree char *field = cg_json_index_path (array_path, i);

          for (guint j = 0; j < klass->n_values; j++)
            if (klass->values[j].value != 0)
              g_string_append_printf (allowed, "%s%s", allowed->len > 0 ? ", " : "",
                                      klass->values[j].value_nick);
          return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                               _("not one of %s"), allowed->str);
        }
      *out |= value->value;
    }

  return TRUE;
}

/* An object or an array: @type, and the words for it, translated only
 * for an error. */
static gboolean
get_container (const CgJsonValue  *node,
               const char         *path,
               const char         *name,
               gboolean            required,
               CgJsonType          type,
               const char         *expected,
               const CgJsonValue **out,
               GError            **error)
{
  g_autofree char *field = NULL;

  *out = NULL;
  if (node == NULL)
    return !required || cg_json_missing (error, path, name);

  if (node->type != type)
    {
      field = cg_json_member_path (path, name);
      return cg_json_wrong_type (error, field, _(expected));
    }

  *out = node;
  return TRUE;
}

gboolean
cg_json_get_object (const CgJsonValue  *node,
                    const char         *path,
                    const char         *name,
                    gboolean            required,
                    const CgJsonValue **out,
                    GError            **error)
{
  return get_container (node, path, name, required, CG_JSON_OBJECT, N_("an object"), out, error);
}

gboolean
cg_json_get_array (const CgJsonValue  *node,
                   const char         *path,
                   const char         *name,
                   gboolean            required,
                   const CgJsonValue **out,
                   GError            **error)
{
  return get_container (node, path, name, required, CG_JSON_ARRAY, N_("an array"), out, error);
}

gboolean
cg_json_get_strv (const CgJsonValue *node,
                  const char  *path,
                  const char  *name,
                  GStrv       *out,
                  GError     **error)
{
  const CgJsonValue *array, *element;
  g_autoptr(GStrvBuilder) builder = NULL;

  *out = NULL;
  if (!cg_json_get_array (node, path, name, FALSE, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  builder = g_strv_builder_new ();
  element = array + 1;
  for (guint i = 0; i < array->length; i++, element += element->size)
    {
      if (element->type != CG_JSON_STRING)
        {
          g_autofree char *array_path = cg_json_member_path (path, name);
          g_autofree char *field = cg_json_index_path (array_path, i);

          return cg_json_wrong_type (error, field, _("a string"));
        }
      g_strv_builder_add (builder, element->v.string);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* By name: the member @name of @object. */
gboolean
cg_json_read_string (const CgJsonValue *object,
                     const char  *path,
                     const char  *name,
                     gboolean     required,
                     const char **out,
                     GError     **error)
{
  return cg_json_get_string (cg_json_lookup (object, name), path, name, required, out, error);
}

gboolean
cg_json_read_date (const CgJsonValue *object,
                   const char  *path,
                   const char  *name,
                   gboolean     required,
                   GDate      **out,
                   GError     **error)
{
  return get_date (cg_json_lookup (object, name), path, name, required, FALSE, out, error);
}

gboolean
cg_json_read_enum (const CgJsonValue *object,
                   const char  *path,
                   const char  *name,
                   GType        enum_type,
                   int         *out,
                   GError     **error)
{
  return cg_json_get_enum (cg_json_lookup (object, name), path, name, enum_type, out, error);
}

gboolean
cg_json_read_object (const CgJsonValue  *object,
                     const char         *path,
                     const char         *name,
                     gboolean            required,
                     const CgJsonValue **out,
                     GError            **error)
{
  return cg_json_get_object (cg_json_lookup (object, name), path, name, required, out, error);
}

gboolean
cg_json_read_array (const CgJsonValue  *object,
                    const char         *path,
                    const char         *name,
                    gboolean            required,
                    const CgJsonValue **out,
                    GError            **error)
{
  return cg_json_get_array (cg_json_lookup (object, name), path, name, required, out, error);
}

gboolean
cg_json_read_strv (const CgJsonValue *object,
                   const char  *path,
                   const char  *name,
                   GStrv       *out,
                   GError     **error)
{
  return cg_json_get_strv (cg_json_lookup (object, name), path, name, out, error);
}

/* Each element of an array of records must be an object. */
const CgJsonValue *
cg_json_element (const CgJsonValue  *element,
                 const char         *path,
                 GError            **error)
{
  if (element->type != CG_JSON_OBJECT)
    {
      cg_json_wrong_type (error, path, _("an object"));
      return NULL;
    }

  return element;
}
