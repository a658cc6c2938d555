/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "util/cg-item-list-private.h"

/**
 * CgItemList:
 *
 * A read-only [iface@Gio.ListModel] of the members, meetings, contacts and
 * other records of a case.
 *
 * Every collection in libcoregroup is one of these: GTK list views bind to
 * it directly and Python iterates it (`for member in members`). GJS 1.74,
 * Debian 12's, does not iterate a list model with `for...of` (it throws
 * "not iterable"): loop over the positions instead, as in C. It changes
 * only through its owner's methods (such as
 * [method@CoreGroup.CoreGroup.add_meeting]), which keep the record
 * consistent, and emits [signal@Gio.ListModel::items-changed] when it does.
 *
 * ```c
 * GListModel *members = cg_core_group_get_members (group);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (members); i++)
 *   {
 *     g_autoptr(CgMember) member = g_list_model_get_item (members, i);
 *     g_print ("%s\n", cg_member_get_name (member));
 *   }
 * ```
 *
 * ```js
 * const members = group.get_members();
 *
 * for (let i = 0; i < members.get_n_items(); i++)
 *     print(members.get_item(i).name);
 * ```
 */

struct _CgItemList
{
  GObject       parent_instance;
  GType         item_type;

  /* The items, each referenced. A case holds a few dozen lists of two to
   * six items, so the array grows in powers of two from one slot rather
   * than by GPtrArray's sixteen, and is NULL until the first append. */
  gpointer     *items;
  guint         len;
  guint         size;

  /* For items whose id never changes: id → position + 1 of the first item
   * with that id, built when first needed in a list of INDEX_MIN_ITEMS or
   * more and dropped by any change other than an append, so finding by id
   * stays O(1) in a long record. */
  CgItemIdFunc  fixed_id;
  GHashTable   *index;

  /* A list of plain records (cg_item_list_new_with_records ()): one per
   * slot of @items, which is NULL until the item is made. NULL for a
   * list of items only. */
  struct _Records *records;
};

typedef struct _Records
{
  const CgItemRecordKind *kind;
  CgStrings              *strings;  /* the block the records' strings may be in */
  guint8                  data[];   /* @size records of kind->size bytes */
} Records;

static gpointer
record_at (CgItemList *self,
           guint       position)
{
  return self->records->data + (gsize) position * self->records->kind->size;
}

/* An item over a copy of the fields of @record, which it does not yet
 * own: item_at () keeps it, and then it owns them, or forget_item ()
 * drops it without freeing them. */
static GObject *
make_item (CgItemList    *self,
           gconstpointer  record)
{
  const CgItemRecordKind *kind = self->records->kind;
  GObject *item = g_object_new (self->item_type, NULL);
  CgStrings **strings = G_STRUCT_MEMBER_P (item, sizeof (GObject));
  gpointer fields = G_STRUCT_MEMBER_P (item, kind->offset);

  /* What construction set goes; the record's fields take its place. */
  kind->clear (fields, *strings);
  g_clear_pointer (strings, cg_strings_unref);
  memcpy (fields, record, kind->size);
  if (self->records->strings != NULL)
    *strings = cg_strings_ref (self->records->strings);
  return item;
}

/* Drops an item made over a record's fields that the record still owns. */
static void
forget_item (CgItemList *self,
             GObject    *item)
{
  memset (G_STRUCT_MEMBER_P (item, self->records->kind->offset), 0, self->records->kind->size);
  g_object_unref (item);
}

/* The item at @position, made from its record the first time (a record
 * list). Two threads reading the same list may both make one: the first
 * in is kept, and owns the record's fields from then on. */
static gpointer
item_at (CgItemList *self,
         guint       position)
{
  gpointer item = g_atomic_pointer_get (&self->items[position]);
  GObject *made;

  if (G_LIKELY (item != NULL))
    return item;

  made = make_item (self, record_at (self, position));
  if (g_atomic_pointer_compare_and_exchange (&self->items[position], NULL, made))
    return made;
  forget_item (self, made);
  return g_atomic_pointer_get (&self->items[position]);
}

/* Drops what the slot at @position holds: its item, or its record's fields. */
static void
clear_slot (CgItemList *self,
            guint       position)
{
  if (self->items[position] != NULL)
    g_object_unref (self->items[position]);
  else
    self->records->kind->clear (record_at (self, position), self->records->strings);
}

static void
grow (CgItemList *self,
      guint       size)
{
  self->items = g_renew (gpointer, self->items, size);
  if (self->records != NULL)
    self->records = g_realloc (self->records, sizeof (Records) + (gsize) size * self->records->kind->size);
  self->size = size;
}

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GType
cg_item_list_get_item_type (GListModel *model)
{
  return CG_ITEM_LIST (model)->item_type;
}

static guint
cg_item_list_get_n_items (GListModel *model)
{
  return cg_item_list_get_len (CG_ITEM_LIST (model));
}

static gpointer
cg_item_list_get_item (GListModel *model,
                       guint       position)
{
  CgItemList *self = CG_ITEM_LIST (model);

  if (position >= cg_item_list_get_len (self))
    return NULL;

  return g_object_ref (item_at (self, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cg_item_list_get_item_type;
  iface->get_n_items = cg_item_list_get_n_items;
  iface->get_item = cg_item_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CgItemList, cg_item_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
cg_item_list_finalize (GObject *object)
{
  CgItemList *self = CG_ITEM_LIST (object);

  g_clear_pointer (&self->index, g_hash_table_unref);
  for (guint i = 0; i < self->len; i++)
    clear_slot (self, i);
  g_clear_pointer (&self->items, g_free);
  if (self->records != NULL)
    g_clear_pointer (&self->records->strings, cg_strings_unref);
  g_clear_pointer (&self->records, g_free);

  G_OBJECT_CLASS (cg_item_list_parent_class)->finalize (object);
}

static void
cg_item_list_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CgItemList *self = CG_ITEM_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, cg_item_list_get_len (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* GListModel's signal, set once by class_init like the property specs. */
static guint items_changed_signal;

/* Loading a case appends to dozens of lists that nothing watches yet, and
 * an emission with no handler costs as much as the append. (An emission
 * hook on items-changed would miss these; GListModel users connect.) */
static void
items_changed (CgItemList *self,
               guint       position,
               guint       removed,
               guint       added)
{
  if (g_signal_has_handler_pending (self, items_changed_signal, 0, TRUE))
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
cg_item_list_class_init (CgItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  {
    /* The signal exists once the interface's defaults do. */
    gpointer list_model = g_type_default_interface_ref (G_TYPE_LIST_MODEL);

    items_changed_signal = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
    g_assert (items_changed_signal != 0);
    g_type_default_interface_unref (list_model);
  }

  object_class->finalize = cg_item_list_finalize;
  object_class->get_property = cg_item_list_get_property;

  /**
   * CgItemList:item-type:
   *
   * The type of the items.
   */
  properties [PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * CgItemList:n-items:
   *
   * The number of items.
   */
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_item_list_init (CgItemList *self)
{
  /* The items' array is made by the first append: most of a case's
   * lists stay empty. */
}

CgItemList *
cg_item_list_new (GType item_type)
{
  CgItemList *self = g_object_new (CG_TYPE_ITEM_LIST, NULL);

  self->item_type = item_type;
  return self;
}

CgItemList *
cg_item_list_new_with_ids (GType        item_type,
                           CgItemIdFunc fixed_id)
{
  CgItemList *self = cg_item_list_new (item_type);

  self->fixed_id = fixed_id;
  return self;
}

CgItemList *
cg_item_list_ensure (CgItemList   **slot,
                     GType          item_type,
                     CgItemIdFunc   fixed_id)
{
  CgItemList *list = g_atomic_pointer_get (slot);
  CgItemList *made;

  if (G_LIKELY (list != NULL))
    return list;

  /* Two threads reading the same record may both get here: the first
   * list in is the one, the other is dropped. */
  made = cg_item_list_new_with_ids (item_type, fixed_id);
  if (g_atomic_pointer_compare_and_exchange (slot, NULL, made))
    return made;
  g_object_unref (made);
  return g_atomic_pointer_get (slot);
}

CgItemList *
cg_item_list_new_with_records (GType                   item_type,
                               const CgItemRecordKind *kind)
{
  CgItemList *self = cg_item_list_new (item_type);

  self->records = g_malloc0 (sizeof (Records));
  self->records->kind = kind;
  return self;
}

static void drop_index (CgItemList *self);

const CgItemRecordKind *
cg_item_list_get_record_kind (CgItemList *self)
{
  return self->records != NULL ? self->records->kind : NULL;
}

gpointer
cg_item_list_append_record (CgItemList *self)
{
  gpointer record;

  g_return_val_if_fail (self->records != NULL, NULL);

  if (self->len == self->size)
    {
      g_return_val_if_fail (self->size <= G_MAXUINT / 2, NULL);
      grow (self, self->size == 0 ? 1 : self->size * 2);
    }
  /* Its id is not filled in yet. */
  drop_index (self);
  self->items[self->len] = NULL;
  record = record_at (self, self->len++);
  memset (record, 0, self->records->kind->size);
  items_changed (self, self->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
  return record;
}

CgStrings **
cg_item_list_records_strings (CgItemList *self)
{
  g_return_val_if_fail (self->records != NULL, NULL);

  /* The caller moves the records' strings (the reader, into the case's
   * block): the index keeps the strings it had. */
  drop_index (self);
  return &self->records->strings;
}

gconstpointer
cg_item_list_peek_record (CgItemList *self,
                          guint       position)
{
  gpointer item;

  g_return_val_if_fail (self->records != NULL, NULL);
  g_return_val_if_fail (position < self->len, NULL);

  item = g_atomic_pointer_get (&self->items[position]);
  return item != NULL ? G_STRUCT_MEMBER_P (item, self->records->kind->offset) : record_at (self, position);
}

gpointer
cg_item_list_edit_record (CgItemList *self,
                          guint       position)
{
  g_return_val_if_fail (self->records != NULL, NULL);
  g_return_val_if_fail (position < self->len, NULL);

  return g_atomic_pointer_get (&self->items[position]) == NULL ? record_at (self, position) : NULL;
}

GObject *
cg_item_list_get_view (CgItemList *self,
                       guint       position)
{
  gpointer item;

  g_return_val_if_fail (position < cg_item_list_get_len (self), NULL);

  item = g_atomic_pointer_get (&self->items[position]);
  return item != NULL ? g_object_ref (item) : make_item (self, record_at (self, position));
}

void
cg_item_list_drop_view (CgItemList *self,
                        guint       position,
                        GObject    *view)
{
  if (view == g_atomic_pointer_get (&self->items[position]))
    g_object_unref (view);
  else
    forget_item (self, view);
}

GListModel *
cg_item_list_made (CgItemList **slot)
{
  return G_LIST_MODEL (g_atomic_pointer_get (slot));
}

/* Lists shorter than this are not indexed. */
#define INDEX_MIN_ITEMS 16

static void
drop_index (CgItemList *self)
{
  g_clear_pointer (&self->index, g_hash_table_unref);
}

/* The id an index keeps the slot at @position under. */
static const char *
slot_id (CgItemList *self,
         guint       position)
{
  if (self->fixed_id != NULL)
    return self->fixed_id (item_at (self, position));
  return *(char **) G_STRUCT_MEMBER_P (cg_item_list_peek_record (self, position), self->records->kind->id_offset);
}

static void
index_item (CgItemList *self,
            guint       position)
{
  const char *id = slot_id (self, position);

  if (id != NULL && !g_hash_table_contains (self->index, id))
    g_hash_table_insert (self->index, (gpointer) id, GUINT_TO_POINTER (position + 1));
}

static void
build_index (CgItemList *self)
{
  /* Keys are the items' own id strings, which live as long as the items. */
  self->index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < cg_item_list_get_len (self); i++)
    index_item (self, i);
}

guint
cg_item_list_get_len (CgItemList *self)
{
  return self != NULL ? self->len : 0;
}

gpointer
cg_item_list_peek (CgItemList *self,
                   guint       position)
{
  g_return_val_if_fail (position < cg_item_list_get_len (self), NULL);

  return item_at (self, position);
}

guint
cg_items_len (GListModel *items)
{
  return cg_item_list_get_len (CG_ITEM_LIST (items));
}

gpointer
cg_items_peek (GListModel *items,
               guint       position)
{
  return cg_item_list_peek (CG_ITEM_LIST (items), position);
}

void
cg_item_list_reserve (CgItemList *self,
                      guint       n_more)
{
  g_return_if_fail (n_more <= G_MAXUINT - self->len);

  if (self->len + n_more <= self->size)
    return;
  grow (self, self->len + n_more);
}

void
cg_item_list_trim (CgItemList *self)
{
  if (self->size > self->len && self->len > 0)
    grow (self, self->len);
}

void
cg_item_list_append (CgItemList *self,
                     gpointer    item)
{
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  if (self->len == self->size)
    {
      g_return_if_fail (self->size <= G_MAXUINT / 2);
      grow (self, self->size == 0 ? 1 : self->size * 2);
    }
  self->items[self->len++] = g_object_ref (item);
  if (self->index != NULL)
    index_item (self, self->len - 1);
  items_changed (self, self->len - 1, 0, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

void
cg_item_list_replace (CgItemList *self,
                      guint       position,
                      gpointer    item)
{
  g_return_if_fail (position < cg_item_list_get_len (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  g_object_ref (item);
  drop_index (self);
  clear_slot (self, position);
  self->items[position] = item;
  items_changed (self, position, 1, 1);
}

void
cg_item_list_remove (CgItemList *self,
                     guint       position)
{
  gpointer removed;

  g_return_if_fail (position < cg_item_list_get_len (self));

  /* The item goes once the list no longer holds it: its finalizer
   * may look at the list. */
  drop_index (self);
  removed = self->items[position];
  if (removed == NULL)
    clear_slot (self, position);
  memmove (&self->items[position], &self->items[position + 1], (self->len - position - 1) * sizeof (gpointer));
  if (self->records != NULL)
    memmove (record_at (self, position), record_at (self, position + 1),
             (gsize) (self->len - position - 1) * self->records->kind->size);
  self->len--;
  g_clear_object (&removed);
  items_changed (self, position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

void
cg_item_list_clear (CgItemList *self)
{
  guint n = cg_item_list_get_len (self);
  gpointer *items = self->items;

  if (n == 0)
    return;

  /* The items go once the list no longer holds them: their finalizers
   * may look at the list. */
  drop_index (self);
  self->items = NULL;
  self->len = self->size = 0;
  for (guint i = 0; i < n; i++)
    {
      if (items[i] != NULL)
        g_object_unref (items[i]);
      else
        self->records->kind->clear (record_at (self, i), self->records->strings);
    }
  g_free (items);
  if (self->records != NULL)
    self->records = g_realloc (self->records, sizeof (Records));
  items_changed (self, 0, n, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

/* Sorts in place. g_qsort_with_data() is a stable sort, so items that
 * compare equal keep their order. @compare receives pointers to items. */
void
cg_item_list_sort (CgItemList   *self,
                   GCompareFunc  compare)
{
  guint n = cg_item_list_get_len (self);

  if (n < 2)
    return;

  drop_index (self);
  /* Sorted as items: the records, left behind, are not read again. */
  for (guint i = 0; i < n; i++)
    item_at (self, i);
  g_qsort_with_data (self->items, (gint) n, sizeof (gpointer),
                     (GCompareDataFunc) compare, NULL);
  items_changed (self, 0, n, n);
}

typedef struct
{
  CgItemList   *list;
  GCompareFunc  compare;
} SortBy;

static int
compare_slots (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SortBy *by = user_data;

  return by->compare (cg_item_list_peek_record (by->list, *(const guint *) a),
                      cg_item_list_peek_record (by->list, *(const guint *) b));
}

void
cg_item_list_sort_records (CgItemList   *self,
                           GCompareFunc  compare)
{
  guint n = cg_item_list_get_len (self);
  gsize size;
  g_autofree guint *order = NULL;
  g_autofree gpointer *items = NULL;
  g_autofree guint8 *records = NULL;

  g_return_if_fail (self->records != NULL);

  if (n < 2)
    return;

  /* The positions are sorted (stably), then the slots, items and
   * records together, are put in their order. */
  drop_index (self);
  order = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), compare_slots, &(SortBy) { self, compare });

  size = self->records->kind->size;
  items = g_memdup2 (self->items, n * sizeof (gpointer));
  records = g_memdup2 (self->records->data, n * size);
  for (guint i = 0; i < n; i++)
    {
      self->items[i] = items[order[i]];
      memcpy (record_at (self, i), records + (gsize) order[i] * size, size);
    }
  items_changed (self, 0, n, n);
}

/* The position + 1 of the first slot whose id is @id, or 0, through the
 * index, built when first needed. */
static guint
find_indexed (CgItemList *self,
              const char *id)
{
  if (self->index == NULL)
    build_index (self);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->index, id));
}

int
cg_item_list_find_record (CgItemList *self,
                          const char *id)
{
  g_return_val_if_fail (self->records != NULL && self->records->kind->id_offset >= 0, -1);

  if (id == NULL)
    return -1;
  if (self->len >= INDEX_MIN_ITEMS)
    return (int) find_indexed (self, id) - 1;

  for (guint i = 0; i < self->len; i++)
    if (g_strcmp0 (slot_id (self, i), id) == 0)
      return (int) i;
  return -1;
}

/* Returns the position of the first item before @before whose id is @id,
 * or -1. Pass G_MAXUINT as @before to search the whole list. */
int
cg_item_list_find (CgItemList   *self,
                   CgItemIdFunc  get_id,
                   const char   *id,
                   guint         before)
{
  guint end = MIN (before, cg_item_list_get_len (self));

  if (id == NULL || self == NULL)
    return -1;

  /* A short list is searched: an index would cost more, in time and in
   * memory, than it saves. */
  if (get_id == self->fixed_id && cg_item_list_get_len (self) >= INDEX_MIN_ITEMS)
    {
      guint position = find_indexed (self, id);

      return position > 0 && position - 1 < end ? (int) position - 1 : -1;
    }

  for (guint i = 0; i < end; i++)
    if (g_strcmp0 (get_id (item_at (self, i)), id) == 0)
      return (int) i;

  return -1;
}
