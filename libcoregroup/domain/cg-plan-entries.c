/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The entries of a list section of the plan (cg-plan-entries-private.h). */

#include "config.h"

#include <string.h>

#include "domain/cg-plan-entries-private.h"

typedef struct
{
  guint8      audience;  /* CgAudience */
  guint8      object;    /* written as an object, not a plain string */
  JsonObject *extra;
} Entry;

static char **
texts_of (CgPlanEntries *self)
{
  return self->block;
}

static Entry *
entries_of (const CgPlanEntries *self,
            guint                len)
{
  return (Entry *) ((char **) self->block + len + 1);
}

static Entry *
entry_at (CgPlanEntries *self,
          guint          index)
{
  return entries_of (self, self->len) + index;
}

/* Where the characters start in a block of @len entries. */
static gsize
chars_offset (guint len)
{
  return (len + 1) * sizeof (char *) + len * sizeof (Entry);
}

guint
cg_plan_entries_get_len (CgPlanEntries *self)
{
  return self->len;
}

const char * const *
cg_plan_entries_get_texts (CgPlanEntries *self)
{
  return self->len > 0 ? (const char * const *) texts_of (self) : NULL;
}

CgAudience
cg_plan_entries_get_audience (CgPlanEntries *self,
                              guint          index)
{
  return entry_at (self, index)->audience;
}

gboolean
cg_plan_entries_get_object (CgPlanEntries *self,
                            guint          index)
{
  return entry_at (self, index)->object;
}

JsonObject *
cg_plan_entries_get_extra (CgPlanEntries *self,
                           guint          index)
{
  return entry_at (self, index)->extra;
}

guint
cg_plan_entries_count (CgPlanEntries *self,
                       CgAudience     audience)
{
  guint n = 0;

  for (guint i = 0; i < self->len; i++)
    n += entry_at (self, i)->audience == audience;
  return n;
}

/* A section is written once when a case is read and rarely changed, so
 * the block is made to size at each append: no room is kept spare. */
void
cg_plan_entries_append (CgPlanEntries *self,
                        const char    *text,
                        CgAudience     audience,
                        gboolean       object,
                        JsonObject    *extra)
{
  guint len = self->len;
  gsize old_chars = self->block != NULL ? self->size - chars_offset (len) : 0;
  gsize length = strlen (text) + 1;
  gsize size;
  char *block, *chars;
  char **texts;
  Entry *entries;

  g_return_if_fail (len < G_MAXUINT / 2);

  size = chars_offset (len + 1) + old_chars + length;
  block = g_malloc (size);
  texts = (char **) block;
  entries = (Entry *) (texts + len + 2);
  chars = block + chars_offset (len + 1);

  if (self->block != NULL)
    {
      const char *old = (const char *) self->block + chars_offset (len);

      memcpy (entries, entries_of (self, len), len * sizeof (Entry));
      memcpy (chars, old, old_chars);
      for (guint i = 0; i < len; i++)
        texts[i] = chars + (texts_of (self)[i] - old);
    }
  texts[len] = memcpy (chars + old_chars, text, length);
  texts[len + 1] = NULL;
  entries[len].audience = audience;
  entries[len].object = object || audience != CG_AUDIENCE_EVERYONE;
  entries[len].extra = extra != NULL ? json_object_ref (extra) : NULL;

  g_free (self->block);
  self->block = block;
  self->size = size;
  self->len = len + 1;
}

void
cg_plan_entries_clear (CgPlanEntries *self)
{
  for (guint i = 0; i < self->len; i++)
    g_clear_pointer (&entry_at (self, i)->extra, json_object_unref);
  g_clear_pointer (&self->block, g_free);
  self->len = 0;
  self->size = 0;
}

static gboolean
same_texts (CgPlanEntries      *self,
            const char * const *texts)
{
  guint n = texts != NULL ? g_strv_length ((char **) texts) : 0;

  if (n != self->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_str_equal (texts[i], texts_of (self)[i]))
      return FALSE;
  return TRUE;
}

gboolean
cg_plan_entries_replace (CgPlanEntries      *self,
                         const char * const *texts)
{
  guint n_old = self->len;
  guint n_new = texts != NULL ? g_strv_length ((char **) texts) : 0;
  g_autofree gboolean *kept = g_new0 (gboolean, n_old + 1);
  g_autofree int *match = g_new (int, n_new + 1);
  CgPlanEntries old;
  CgAudience unmatched = CG_AUDIENCE_EVERYONE;

  if (same_texts (self, texts))
    return FALSE;

  /* Each new text takes the first entry not yet taken with that text. */
  for (guint j = 0; j < n_new; j++)
    {
      match[j] = -1;
      for (guint i = 0; i < n_old && match[j] < 0; i++)
        if (!kept[i] && g_str_equal (texts[j], texts_of (self)[i]))
          {
            kept[i] = TRUE;
            match[j] = (int) i;
          }
    }
  for (guint i = 0; i < n_old; i++)
    if (!kept[i] && entry_at (self, i)->audience == CG_AUDIENCE_PROFESSIONALS)
      unmatched = CG_AUDIENCE_PROFESSIONALS;

  /* The old entries are dropped once the new ones are made: @texts may
   * be some of theirs. */
  old = *self;
  *self = (CgPlanEntries) { 0, };
  for (guint j = 0; j < n_new; j++)
    {
      const Entry *was = match[j] >= 0 ? entry_at (&old, (guint) match[j]) : NULL;

      if (was != NULL)
        cg_plan_entries_append (self, texts[j], was->audience, was->object, was->extra);
      else
        cg_plan_entries_append (self, texts[j], unmatched, FALSE, NULL);
    }
  cg_plan_entries_clear (&old);

  return TRUE;
}

gboolean
cg_plan_entries_set_audience (CgPlanEntries *self,
                              guint          index,
                              CgAudience     audience)
{
  Entry *entry = entry_at (self, index);

  if (entry->audience == audience)
    return FALSE;

  entry->audience = audience;
  entry->object = entry->object || audience != CG_AUDIENCE_EVERYONE;
  return TRUE;
}
