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

/* The strings a case repeats are mostly short: member ids ("m2") named by
 * every attendance entry, contact and action, agencies named by several
 * members. Each distinct text is copied once; the slots with the same
 * text share the copy, which is never written to (a setter gives a field
 * a string of its own). Found through a small open-addressed table of slot
 * numbers, on the stack for a typical case. */
#define TABLE_INLINE 512

static guint
text_hash (const char *text)
{
  guint hash = 2166136261u;  /* FNV-1a */

  for (; *text != '\0'; text++)
    hash = (hash ^ (guchar) *text) * 16777619u;
  return hash;
}

CgStrings *
cg_strings_new_copying (const CgStrings  *borrowed,
                        char           ***slots,
                        guint             n_slots)
{
  guint table_inline[TABLE_INLINE];
  g_autofree guint *table_heap = NULL;
  g_autofree guint *first_heap = NULL;
  guint first_inline[TABLE_INLINE / 2];
  guint *table = table_inline, *first = first_inline;
  guint mask = 1;
  CgStrings *self;
  gsize length = 0;
  char *next;

  /* At most half full. */
  while (mask + 1 < 2 * (gsize) n_slots)
    mask = mask * 2 + 1;
  if (mask + 1 > TABLE_INLINE)
    table = table_heap = g_new (guint, mask + 1);
  if (n_slots > G_N_ELEMENTS (first_inline))
    first = first_heap = g_new (guint, n_slots);
  memset (table, 0xff, (mask + 1) * sizeof (guint));

  /* first[i]: the slot whose copy slot i shares (i itself when it is the
   * first with its text), or G_MAXUINT for a string the block does not
   * hold: a slot a setter gave a string of its own keeps it. */
  for (guint i = 0; i < n_slots; i++)
    {
      const char *text = *slots[i];
      guint at;

      first[i] = G_MAXUINT;
      if (!cg_strings_holds (borrowed, text))
        continue;
      for (at = text_hash (text) & mask; table[at] != G_MAXUINT; at = (at + 1) & mask)
        if (strcmp (*slots[table[at]], text) == 0)
          break;
      if (table[at] == G_MAXUINT)
        {
          table[at] = i;
          length += strlen (text) + 1;
        }
      first[i] = table[at];
    }

  self = g_malloc (sizeof (CgStrings) + length);
  g_atomic_ref_count_init (&self->ref_count);
  self->start = self->text;
  self->length = length;

  /* In slot order, a slot's first is itself or an earlier slot, already copied. */
  next = self->text;
  for (guint i = 0; i < n_slots; i++)
    {
      gsize size;

      if (first[i] == G_MAXUINT)
        continue;
      if (first[i] != i)
        {
          *slots[i] = *slots[first[i]];
          continue;
        }
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
