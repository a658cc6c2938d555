/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The unknown members of a document, kept on the GObjects built from it.
 * A GObject holds them in one JsonObject whose members are the slots, each
 * a JsonObject of the unknown members found there: one place for all the
 * slots lets cg_json_extra_copy () carry them to a replacing object without
 * knowing which slots the type has. */

#include "config.h"

#include <string.h>

#include "json/cg-json-private.h"

#define EXTRA_KEY "cg-json-extra"

static JsonObject *
get_slots (gpointer owner,
           gboolean create)
{
  JsonObject *slots = g_object_get_data (G_OBJECT (owner), EXTRA_KEY);

  if (slots == NULL && create)
    {
      slots = json_object_new ();
      g_object_set_data_full (G_OBJECT (owner), EXTRA_KEY, slots,
                              (GDestroyNotify) json_object_unref);
    }

  return slots;
}

/* g_strv_contains (), comparing the first byte first. */
static gboolean
is_known (const char * const *known,
          const char         *name)
{
  for (guint i = 0; known[i] != NULL; i++)
    if (known[i][0] == name[0] && strcmp (known[i], name) == 0)
      return TRUE;
  return FALSE;
}

JsonObject *
cg_json_extra_collect (const CgJsonValue  *object,
                       const char * const *known)
{
  JsonObject *extra = NULL;

  CG_JSON_FOREACH (member, object)
    {
      if (is_known (known, member->name))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, member->name, cg_json_value_to_node (member));
    }

  return extra;
}

void
cg_json_extra_keep (gpointer            owner,
                    const char         *slot,
                    const CgJsonValue  *object,
                    const char * const *known)
{
  JsonObject *extra = cg_json_extra_collect (object, known);

  if (extra != NULL)
    json_object_set_object_member (get_slots (owner, TRUE), slot, extra);
}

JsonObject *
cg_json_extra_get (gpointer    owner,
                   const char *slot)
{
  JsonObject *slots = get_slots (owner, FALSE);

  if (slots == NULL || !json_object_has_member (slots, slot))
    return NULL;

  return json_object_get_object_member (slots, slot);
}

void
cg_json_add_members (JsonBuilder *builder,
                     JsonObject  *members)
{
  g_autoptr(GList) names = NULL;

  if (members == NULL)
    return;

  names = json_object_get_members (members);
  for (GList *l = names; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_value (builder, json_node_copy (json_object_get_member (members, l->data)));
    }
}

void
cg_json_extra_add (JsonBuilder *builder,
                   gpointer     owner,
                   const char  *slot)
{
  cg_json_add_members (builder, cg_json_extra_get (owner, slot));
}

void
cg_json_extra_copy (gpointer from,
                    gpointer to)
{
  JsonObject *slots = get_slots (from, FALSE);
  g_autoptr(GList) names = NULL;

  if (slots == NULL || from == to)
    return;

  names = json_object_get_members (slots);
  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonObject *extra = json_object_get_object_member (slots, l->data);
      JsonObject *into = cg_json_extra_get (to, l->data);
      g_autoptr(GList) members = json_object_get_members (extra);

      if (into == NULL)
        {
          into = json_object_new ();
          json_object_set_object_member (get_slots (to, TRUE), l->data, into);
        }

      for (GList *m = members; m != NULL; m = m->next)
        if (!json_object_has_member (into, m->data))
          json_object_set_member (into, m->data,
                                  json_node_copy (json_object_get_member (extra, m->data)));
    }
}
