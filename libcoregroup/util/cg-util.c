/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "util/cg-strings-private.h"
#include "util/cg-util-private.h"

gboolean
cg_set_string (char       **field,
               const char  *value)
{
  /* A field no block holds any of: its old value is its own. */
  return cg_strings_set (NULL, field, value);
}

gpointer
cg_type_class_get (GType        type,
                   GTypeClass **reference)
{
  gpointer klass = g_type_class_peek (type);

  if (klass != NULL)
    return klass;

  *reference = g_type_class_ref (type);
  return *reference;
}

gboolean
cg_date_equal (const GDate *a,
               const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_compare (a, b) == 0;
}

gboolean
cg_set_day (GDate       *field,
            const GDate *value)
{
  g_return_val_if_fail (value == NULL || g_date_valid (value), FALSE);

  if (cg_date_equal (cg_day_peek (field), value))
    return FALSE;

  if (value != NULL)
    {
      *field = *value;
      cg_day_settle (field);
    }
  else
    g_date_clear (field, 1);
  return TRUE;
}

void
cg_day_settle (GDate *day)
{
  if (!g_date_valid (day))
    return;
  (void) g_date_get_julian (day);
  (void) g_date_get_day (day);
}

gboolean
cg_set_strv (char               ***field,
             const char * const   *value)
{
  /* An empty list and no list are the same thing to every caller. */
  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (*field == NULL && value == NULL)
    return FALSE;
  if (*field != NULL && value != NULL &&
      g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}

gboolean
cg_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}
