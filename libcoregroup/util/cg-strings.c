/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "util/cg-strings-private.h"

struct _CgStrings
{
  gatomicrefcount  ref_count;
  const char      *start;   /* text, or the borrowed text */
  gsize            length;
  char             text[];
};

CgStrings *
cg_strings_new_borrowed (const char *text,
                         gsize       length)
{
  CgStrings *self = g_malloc (sizeof (CgStrings));

  g_atomic_ref_count_init (&self->ref_count);
  self->start = text;
  self->length = length;
  return self;
}

CgStrings *
cg_strings_new_copying (const CgStrings  *borrowed,
                        char           ***slots,
                        guint             n_slots)
{
  CgStrings *self;
  gsize length = 0;
  char *next;

  for (guint i = 0; i < n_slots; i++)
    if (cg_strings_holds (borrowed, *slots[i]))
      length += strlen (*slots[i]) + 1;

  self = g_malloc (sizeof (CgStrings) + length);
  g_atomic_ref_count_init (&self->ref_count);
  self->start = self->text;
  self->length = length;

  next = self->text;
  for (guint i = 0; i < n_slots; i++)
    {
      gsize size;

      /* A slot a setter gave a string of its own keeps it. */
      if (!cg_strings_holds (borrowed, *slots[i]))
        continue;
      size = strlen (*slots[i]) + 1;
      memcpy (next, *slots[i], size);
      *slots[i] = next;
      next += size;
    }
  g_assert (next == self->text + length);

  return self;
}

CgStrings *
cg_strings_ref (CgStrings *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
cg_strings_unref (CgStrings *self)
{
  if (g_atomic_ref_count_dec (&self->ref_count))
    g_free (self);
}

gboolean
cg_strings_holds (const CgStrings *self,
                  const char      *text)
{
  /* Compared as addresses: @text may point anywhere. */
  return self != NULL && text != NULL &&
         (guintptr) text >= (guintptr) self->start &&
         (guintptr) text < (guintptr) self->start + self->length;
}

void
cg_strings_clear (const CgStrings  *self,
                  char            **field)
{
  if (!cg_strings_holds (self, *field))
    g_free (*field);
  *field = NULL;
}

gboolean
cg_strings_set (const CgStrings  *self,
                char            **field,
                const char       *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  cg_strings_clear (self, field);
  *field = g_strdup (value);
  return TRUE;
}
