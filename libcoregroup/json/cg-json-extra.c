/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "json/cg-json-private.h"

static char *
slot_key (const char *slot)
{
  return g_strconcat ("cg-json-extra:", slot, NULL);
}

void
cg_json_extra_keep (gpointer            owner,
                    const char         *slot,
                    JsonObject         *object,
                    const char * const *known)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GList) names = json_object_get_members (object);
  g_autofree char *key = slot_key (slot);

  for (GList *l = names; l != NULL; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, l->data,
                              json_node_copy (json_object_get_member (object, l->data)));
    }

  if (extra != NULL)
    g_object_set_data_full (G_OBJECT (owner), key, g_steal_pointer (&extra),
                            (GDestroyNotify) json_object_unref);
}

JsonObject *
cg_json_extra_get (gpointer    owner,
                   const char *slot)
{
  g_autofree char *key = slot_key (slot);

  return g_object_get_data (G_OBJECT (owner), key);
}
