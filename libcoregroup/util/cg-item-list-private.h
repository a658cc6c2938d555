/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-strings-private.h"

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
/* Gives back the room appends made beyond what the list holds: for a list
 * that is complete (a report's, once evaluated). */
void        cg_item_list_trim    (CgItemList *self);
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

/* Items kept as plain records until they are asked for. A case holds a
 * few records of some kinds by the dozen (attendance: one per member per
 * meeting), each a GObject of some 64 bytes that the rules never need as
 * one: a list made with a record kind keeps each item read as a copy of
 * the fields of its instance, and makes the item (a GObject holding those
 * fields) the first time it is asked for, through
 * g_list_model_get_item () or cg_item_list_peek (), which then keeps it:
 * from then on the item's fields are the record. Any other change to the
 * list (an append, replace or remove of an item) works as for any list.
 *
 * The item type's instance keeps the record's fields together, at @offset,
 * and its CgStrings just after its GObject (as CG_FIELD_AT_STRING () in
 * cg-case-fields-private.h checks). */
typedef struct
{
  gsize   size;       /* of a record */
  gsize   offset;     /* of the record's fields in an item's instance */
  gssize  id_offset;  /* of a char * in the record that never changes, found
                       * by cg_item_list_find_record (); -1 for none */
  /* Frees what the fields own: strings not in @strings, the block their
   * record or item points into (may be NULL). */
  void  (*clear) (gpointer         fields,
                  const CgStrings *strings);
} CgItemRecordKind;

CgItemList    *cg_item_list_new_with_records (GType                   item_type,
                                              const CgItemRecordKind *kind);
/* The kind of records the list keeps, or NULL for a list of items only. */
const CgItemRecordKind *cg_item_list_get_record_kind (CgItemList *self);
/* For the case reader: appends a record, zeroed, and returns it to be
 * filled in before anything else uses the list. Its strings are freed
 * with kind->clear () unless they are in the block at
 * *cg_item_list_records_strings (), which the list references; asking
 * for it is to move the strings, and drops the index of ids. */
gpointer       cg_item_list_append_record    (CgItemList *self);
CgStrings    **cg_item_list_records_strings  (CgItemList *self);
/* The fields at @position, as a record or in its item once made: how the
 * rules read the list without making its items. */
gconstpointer  cg_item_list_peek_record      (CgItemList *self,
                                              guint       position);
/* The record at @position for its owner to change, or NULL once its item
 * is made (then the item is changed, through its own methods). */
gpointer       cg_item_list_edit_record      (CgItemList *self,
                                              guint       position);
/* Sorts as cg_item_list_sort () does, without making items: @compare
 * receives the fields (cg_item_list_peek_record ()) of two slots. */
void           cg_item_list_sort_records     (CgItemList   *self,
                                              GCompareFunc  compare);
/* The position of the first record whose id (kind->id_offset) is @id, or
 * -1: O(1) in a long list, through an index built when first needed and
 * dropped by any change other than appending an item. */
int            cg_item_list_find_record      (CgItemList *self,
                                              const char *id);
/* The item at @position for a moment, without keeping one made for it:
 * the item if it exists, or a new one over the record's fields, which
 * cg_item_list_drop_view () drops without freeing them. */
GObject       *cg_item_list_get_view         (CgItemList *self,
                                              guint       position);
void           cg_item_list_drop_view        (CgItemList *self,
                                              guint       position,
                                              GObject    *view);

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
