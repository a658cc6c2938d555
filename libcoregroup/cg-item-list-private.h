#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A read-only GListModel over a plain array. The owner mutates it through
 * these private functions; bindings see only Gio.ListModel, so they cannot
 * add or remove items behind the owner's checks (a GListStore would let them). */

#define CG_TYPE_ITEM_LIST (cg_item_list_get_type ())

G_DECLARE_FINAL_TYPE (CgItemList, cg_item_list, CG, ITEM_LIST, GObject)

CgItemList *cg_item_list_new     (GType       item_type);
guint       cg_item_list_get_len (CgItemList *self);
gpointer    cg_item_list_peek    (CgItemList *self,
                                  guint       position);
void        cg_item_list_append  (CgItemList *self,
                                  gpointer    item);
void        cg_item_list_replace (CgItemList *self,
                                  guint       position,
                                  gpointer    item);
void        cg_item_list_remove  (CgItemList *self,
                                  guint       position);
void        cg_item_list_clear   (CgItemList *self);

G_END_DECLS
