/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The entries of a list section of the plan (cg-plan-entries-private.h). */

#include "config.h"

#include "domain/cg-plan-entries-private.h"

typedef struct
{
  CgAudience  audience;
  gboolean    object;
  JsonObject *extra;
} Entry;

struct _CgPlanEntries
{
  GPtrArray *texts;    /* char *, NULL-terminated */
  GArray    *entries;  /* Entry, one per text */
};

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->extra, json_object_unref);
}

CgPlanEntries *
cg_plan_entries_new (void)
{
  CgPlanEntries *self = g_new0 (CgPlanEntries, 1);

  self->texts = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  return self;
}

void
cg_plan_entries_free (CgPlanEntries *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->texts);
  g_array_unref (self->entries);
  g_free (self);
}

guint
cg_plan_entries_get_len (CgPlanEntries *self)
{
  return self->texts->len;
}

const char * const *
cg_plan_entries_get_texts (CgPlanEntries *self)
{
  return self->texts->len > 0 ? (const char * const *) self->texts->pdata : NULL;
}

static Entry *
entry_at (CgPlanEntries *self,
          guint          index)
{
  return &g_array_index (self->entries, Entry, index);
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

  for (guint i = 0; i < self->entries->len; i++)
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
  Entry entry = {
    audience,
    object || audience != CG_AUDIENCE_EVERYONE,
    extra != NULL ? json_object_ref (extra) : NULL,
  };

  g_ptr_array_add (self->texts, g_strdup (text));
  g_array_append_val (self->entries, entry);
}

void
cg_plan_entries_clear (CgPlanEntries *self)
{
  g_ptr_array_set_size (self->texts, 0);
  g_array_set_size (self->entries, 0);
}

static gboolean
same_texts (CgPlanEntries      *self,
            const char * const *texts)
{
  guint n = texts != NULL ? g_strv_length ((char **) texts) : 0;

  if (n != self->texts->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_str_equal (texts[i], g_ptr_array_index (self->texts, i)))
      return FALSE;
  return TRUE;
}

gboolean
cg_plan_entries_replace (CgPlanEntries      *self,
                         const char * const *texts)
{
  guint n_old = self->texts->len;
  guint n_new = texts != NULL ? g_strv_length ((char **) texts) : 0;
  g_autofree gboolean *kept = g_new0 (gboolean, n_old + 1);
  g_autofree int *match = g_new (int, n_new + 1);
  g_autoptr(GPtrArray) old_texts = NULL;
  g_autoptr(GArray) old_entries = NULL;
  CgAudience unmatched = CG_AUDIENCE_EVERYONE;

  if (same_texts (self, texts))
    return FALSE;

  /* Each new text takes the first entry not yet taken with that text. */
  for (guint j = 0; j < n_new; j++)
    {
      match[j] = -1;
      for (guint i = 0; i < n_old && match[j] < 0; i++)
        if (!kept[i] && g_str_equal (texts[j], g_ptr_array_index (self->texts, i)))
          {
            kept[i] = TRUE;
            match[j] = (int) i;
          }
    }
  for (guint i = 0; i < n_old; i++)
    if (!kept[i] && entry_at (self, i)->audience == CG_AUDIENCE_PROFESSIONALS)
      unmatched = CG_AUDIENCE_PROFESSIONALS;

  old_texts = g_steal_pointer (&self->texts);
  old_entries = g_steal_pointer (&self->entries);
  self->texts = g_ptr_array_new_null_terminated (n_new, g_free, TRUE);
  self->entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), n_new);
  g_array_set_clear_func (self->entries, entry_clear);

  for (guint j = 0; j < n_new; j++)
    {
      const Entry *was = match[j] >= 0 ? &g_array_index (old_entries, Entry, match[j]) : NULL;

      if (was != NULL)
        cg_plan_entries_append (self, texts[j], was->audience, was->object, was->extra);
      else
        cg_plan_entries_append (self, texts[j], unmatched, FALSE, NULL);
    }

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
