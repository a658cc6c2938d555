/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The owner of a CgItemList mutates it through these private functions;
 * the public type has no mutators, so bindings cannot add or remove items
 * behind the owner's checks (a GListStore would let them). */

typedef const char *(*CgItemIdFunc) (gpointer item);

CgItemList *cg_item_list_new     (GType       item_type);
/* For items whose id is fixed at construction: finding by @fixed_id is
 * then O(1). */
CgItemList *cg_item_list_new_with_ids (GType        item_type,
                                       CgItemIdFunc fixed_id);
/* A list a record makes only when something asks for it: most cases
 * record no events, decisions or escalations, and ten empty lists are a
 * tenth of what a loaded case holds. *@slot is the list once made (safe
 * from several threads); until then it is NULL, which cg_item_list_get_len,
 * cg_items_len and cg_item_list_find read as an empty list. */
CgItemList *cg_item_list_ensure  (CgItemList   **slot,
                                  GType          item_type,
                                  CgItemIdFunc   fixed_id);
/* The list in @slot if it has been made, else NULL: for reading it
 * without making it. */
GListModel *cg_item_list_made    (CgItemList   **slot);
guint       cg_item_list_get_len (CgItemList *self);
gpointer    cg_item_list_peek    (CgItemList *self,
                                  guint       position);
/* Makes room for @n_more items to be appended, exactly: a reader that
 * knows how many are coming grows the array once. */
void        cg_item_list_reserve (CgItemList *self,
                                  guint       n_more);
void        cg_item_list_append  (CgItemList *self,
                                  gpointer    item);
void        cg_item_list_replace (CgItemList *self,
                                  guint       position,
                                  gpointer    item);
void        cg_item_list_remove  (CgItemList *self,
                                  guint       position);
void        cg_item_list_clear   (CgItemList *self);
void        cg_item_list_sort    (CgItemList   *self,
                                  GCompareFunc  compare);

/* The rules read a case that nothing changes while it is evaluated: they
 * go through its lists (each a CgItemList, as the getters give them)
 * without taking a reference to every item. */
guint       cg_items_len         (GListModel *items);
gpointer    cg_items_peek        (GListModel *items,
                                  guint       position);

/* Every item type has a string id getter; items are found by id. */
int         cg_item_list_find    (CgItemList   *self,
                                  CgItemIdFunc  get_id,
                                  const char   *id,
                                  guint         before);

G_END_DECLS
