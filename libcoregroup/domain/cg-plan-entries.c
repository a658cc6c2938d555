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
entry_at (CgPlanEntries *self,
          guint          index)
{
  return (Entry *) (texts_of (self) + self->room + 1) + index;
}

static char *
chars_of (CgPlanEntries *self)
{
  return (char *) (entry_at (self, 0) + self->room);
}

/* The characters the texts take. */
static gsize
chars_used (CgPlanEntries *self)
{
  const char *last;

  if (self->len == 0)
    return 0;
  last = texts_of (self)[self->len - 1];
  return (gsize) (last - chars_of (self)) + strlen (last) + 1;
}

/* Moves the entries into a block with room for @room entries and
 * @room_chars characters (at least what they use), or frees it when both
 * are 0. */
static void
resize (CgPlanEntries *self,
        guint          room,
        gsize          room_chars)
{
  CgPlanEntries moved = { self->len, room, room_chars, NULL };
  gsize used = chars_used (self);

  if (room > 0)
    {
      moved.block = g_malloc ((room + 1) * sizeof (char *) + room * sizeof (Entry) + room_chars);
      if (self->len > 0)
        {
          memcpy (entry_at (&moved, 0), entry_at (self, 0), self->len * sizeof (Entry));
          memcpy (chars_of (&moved), chars_of (self), used);
          for (guint i = 0; i < self->len; i++)
            texts_of (&moved)[i] = chars_of (&moved) + (texts_of (self)[i] - chars_of (self));
        }
      texts_of (&moved)[self->len] = NULL;
    }
  g_free (self->block);
  *self = moved;
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

void
cg_plan_entries_append (CgPlanEntries *self,
                        const char    *text,
                        CgAudience     audience,
                        gboolean       object,
                        JsonObject    *extra)
{
  gsize used = chars_used (self);
  gsize length = strlen (text) + 1;
  char *copy;
  Entry *entry;

  g_return_if_fail (self->len < G_MAXUINT / 2);

  /* Doubling keeps a long section linear to read. */
  if (self->len == self->room || used + length > self->room_chars)
    resize (self, self->len == self->room ? MAX (4, self->room * 2) : self->room,
            MAX (used + length, 2 * self->room_chars));

  copy = memcpy (chars_of (self) + used, text, length);
  texts_of (self)[self->len] = copy;
  texts_of (self)[self->len + 1] = NULL;
  entry = entry_at (self, self->len++);
  entry->audience = audience;
  entry->object = object || audience != CG_AUDIENCE_EVERYONE;
  entry->extra = extra != NULL ? json_object_ref (extra) : NULL;
}

void
cg_plan_entries_trim (CgPlanEntries *self)
{
  if (self->room != self->len || self->room_chars != chars_used (self))
    resize (self, self->len, chars_used (self));
}

void
cg_plan_entries_clear (CgPlanEntries *self)
{
  for (guint i = 0; i < self->len; i++)
    g_clear_pointer (&entry_at (self, i)->extra, json_object_unref);
  g_clear_pointer (&self->block, g_free);
  *self = (CgPlanEntries) { 0, };
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
  cg_plan_entries_trim (self);

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
