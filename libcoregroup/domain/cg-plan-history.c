/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The plan read against its history, and the history's links and seal.
 *
 * Each history entry of a saved case document carries a `link`: a digest
 * of the link before it (for the first entry, the case id) and of the
 * entry's own fields; the plan carries a `history_seal`, a digest of the
 * last link and the number of entries. An entry edited, removed or moved
 * breaks the chain at that point; entries removed from the end break the
 * seal. With the application's history key the digests are HMAC-SHA256,
 * otherwise SHA-256. doc/json-format.md gives the exact bytes digested and
 * says what this protects against. */

#include "config.h"

#include <string.h>

#include "domain/cg-case-private.h"
#include "domain/cg-child-protection-plan-private.h"
#include "domain/cg-plan-history-private.h"
#include "domain/cg-plan-private.h"
#include "util/cg-i18n-private.h"

#define LINK_TAG "coregroup-history-link-1"
#define SEAL_TAG "coregroup-history-seal-1"

GHashTable *
cg_plan_history_conference_days (CgCase *kase)
{
  GHashTable *days = g_hash_table_new (NULL, NULL);
  GListModel *reviews = cg_case_peek_conference (kase);
  GDate *initial = cg_case_get_initial_conference (kase);

  if (initial != NULL)
    g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (initial)));

  for (guint i = 0; i < cg_items_len (reviews); i++)
    {
      CgConference *review = cg_items_peek (reviews, i);

      if (cg_conference_get_held (review) && cg_conference_get_date (review) != NULL)
        g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (cg_conference_get_date (review))));
    }

  return days;
}

gboolean
cg_plan_history_is_conference_day (CgCase      *kase,
                                   const GDate *date)
{
  g_autoptr(GHashTable) days = NULL;

  if (date == NULL || !g_date_valid (date))
    return FALSE;

  days = cg_plan_history_conference_days (kase);
  return g_hash_table_contains (days, GUINT_TO_POINTER (g_date_get_julian (date)));
}

gboolean
cg_plan_history_by_conference (CgPlanChange *change,
                               GHashTable   *days)
{
  GDate *date = cg_plan_change_get_date (change);

  return cg_plan_change_get_source (change) == CG_PLAN_CHANGE_SOURCE_CONFERENCE &&
         date != NULL &&
         g_hash_table_contains (days, GUINT_TO_POINTER (g_date_get_julian (date)));
}

static void
add_item (GArray           *items,
          CgPlanChangeKind  kind,
          const char       *id,
          guint             entry)
{
  CgPlanHistoryItem item = { kind, id, entry };

  g_array_append_val (items, item);
}

GArray *
cg_plan_history_find_missing (CgCase *kase)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  GListModel *history = cg_child_protection_plan_get_history (plan);
  guint n = g_list_model_get_n_items (history);
  /* id -> 1 + the index of the entry that last added it, while no removal
   * followed; actions and outcomes are separate kinds of id. */
  g_autoptr(GHashTable) actions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) outcomes = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *missing = g_array_new (FALSE, FALSE, sizeof (CgPlanHistoryItem));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgPlanChange) change = g_list_model_get_item (history, i);
      const char *target = cg_plan_change_get_target (change);

      if (target == NULL)
        continue;

      switch (cg_plan_change_get_kind (change))
        {
        case CG_PLAN_CHANGE_KIND_ADD_ACTION:
          g_hash_table_insert (actions, (gpointer) target, GUINT_TO_POINTER (i + 1));
          break;
        case CG_PLAN_CHANGE_KIND_ADD_OUTCOME:
          g_hash_table_insert (outcomes, (gpointer) target, GUINT_TO_POINTER (i + 1));
          break;
        case CG_PLAN_CHANGE_KIND_REMOVE_ACTION:
          g_hash_table_remove (actions, target);
          break;
        case CG_PLAN_CHANGE_KIND_REMOVE_OUTCOME:
          g_hash_table_remove (outcomes, target);
          break;
        default:
          break;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CgPlanChange) change = g_list_model_get_item (history, i);
      CgPlanChangeKind kind = cg_plan_change_get_kind (change);
      const char *target = cg_plan_change_get_target (change);
      gboolean action = kind == CG_PLAN_CHANGE_KIND_ADD_ACTION;

      if (target == NULL || (!action && kind != CG_PLAN_CHANGE_KIND_ADD_OUTCOME) ||
          GPOINTER_TO_UINT (g_hash_table_lookup (action ? actions : outcomes, target)) != i + 1)
        continue;

      if (action ? cg_child_protection_plan_lookup_action (plan, target) == NULL
                 : cg_child_protection_plan_lookup_outcome (plan, target) == NULL)
        add_item (missing, kind, target, i);
    }

  return missing;
}

/* The wording an add-outcome or revise-outcome entry recorded, as the
 * library writes it in the summary; NULL when the summary is not of that
 * form. */
static const char *
recorded_wording (CgPlanChange *change,
                  const char   *id)
{
  const char *summary = cg_plan_change_get_summary (change);
  const char *verb = cg_plan_change_get_kind (change) == CG_PLAN_CHANGE_KIND_ADD_OUTCOME ? "Added" : "Revised";
  gsize verb_length = strlen (verb);
  gsize id_length = strlen (id);
  const char *rest;

  if (summary == NULL || strncmp (summary, verb, verb_length) != 0)
    return NULL;

  rest = summary + verb_length;
  if (!g_str_has_prefix (rest, " outcome "))
    return NULL;

  rest += strlen (" outcome ");
  if (strncmp (rest, id, id_length) != 0 || !g_str_has_prefix (rest + id_length, ": "))
    return NULL;

  return rest + id_length + 2;
}

GArray *
cg_plan_history_find_reworded (CgCase *kase)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  GListModel *history = cg_child_protection_plan_get_history (plan);
  GListModel *outcomes = cg_child_protection_plan_get_outcomes (plan);
  /* outcome id -> 1 + the index of its last add-outcome or revise-outcome */
  g_autoptr(GHashTable) last = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *reworded = g_array_new (FALSE, FALSE, sizeof (CgPlanHistoryItem));

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CgPlanChange) change = g_list_model_get_item (history, i);
      CgPlanChangeKind kind = cg_plan_change_get_kind (change);
      const char *target = cg_plan_change_get_target (change);

      if (target != NULL && (kind == CG_PLAN_CHANGE_KIND_ADD_OUTCOME || kind == CG_PLAN_CHANGE_KIND_REVISE_OUTCOME))
        g_hash_table_insert (last, (gpointer) target, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(CgOutcome) outcome = g_list_model_get_item (outcomes, i);
      const char *id = cg_outcome_get_id (outcome);
      guint entry = GPOINTER_TO_UINT (g_hash_table_lookup (last, id));
      g_autoptr(CgPlanChange) change = NULL;
      const char *wording;

      if (entry == 0)
        continue;

      change = g_list_model_get_item (history, entry - 1);
      wording = recorded_wording (change, id);
      if (wording != NULL && g_strcmp0 (wording, cg_outcome_get_description (outcome)) != 0)
        add_item (reworded, cg_plan_change_get_kind (change), id, entry - 1);
    }

  return reworded;
}

/* A digest under the history key (HMAC-SHA256) or without one (SHA-256). */
typedef struct
{
  GChecksum *checksum;
  GHmac     *hmac;
} Digest;

static void
digest_init (Digest *digest,
             GBytes *key)
{
  digest->checksum = NULL;
  digest->hmac = NULL;

  if (key != NULL)
    {
      gsize size;
      const guchar *data = g_bytes_get_data (key, &size);

      digest->hmac = g_hmac_new (G_CHECKSUM_SHA256, data, size);
    }
  else
    digest->checksum = g_checksum_new (G_CHECKSUM_SHA256);
}

static void
digest_update (Digest       *digest,
               const guchar *data,
               gsize         length)
{
  if (digest->hmac != NULL)
    g_hmac_update (digest->hmac, data, (gssize) length);
  else
    g_checksum_update (digest->checksum, data, (gssize) length);
}

/* One field of the encoding: the byte 0 when absent; otherwise the byte
 * 1, the length in bytes as 8 bytes, most significant first, and the
 * UTF-8 text. Each field says where it ends, so no two sequences of
 * fields encode alike. */
static void
digest_field (Digest     *digest,
              const char *text)
{
  guchar head[9] = { 0 };
  guint64 length;

  if (text == NULL)
    {
      digest_update (digest, head, 1);
      return;
    }

  length = strlen (text);
  head[0] = 1;
  for (guint i = 0; i < 8; i++)
    head[8 - i] = (guchar) (length >> (8 * i));
  digest_update (digest, head, sizeof head);
  digest_update (digest, (const guchar *) text, (gsize) length);
}

/* Lowercase hexadecimal. */
static char *
digest_finish (Digest *digest)
{
  char *hex = g_strdup (digest->hmac != NULL ? g_hmac_get_string (digest->hmac)
                                             : g_checksum_get_string (digest->checksum));

  g_clear_pointer (&digest->hmac, g_hmac_unref);
  g_clear_pointer (&digest->checksum, g_checksum_free);
  return hex;
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

static char *
compute_link (GBytes       *key,
              const char   *previous,
              CgPlanChange *change)
{
  g_autofree char *date = NULL;
  Digest digest;

  if (cg_plan_change_get_date (change) != NULL)
    date = cg_date_format (cg_plan_change_get_date (change));

  digest_init (&digest, key);
  digest_field (&digest, LINK_TAG);
  digest_field (&digest, previous);
  digest_field (&digest, date);
  digest_field (&digest, cg_plan_change_get_author (change));
  digest_field (&digest, cg_plan_change_get_reason (change));
  digest_field (&digest, enum_nick (CG_TYPE_PLAN_CHANGE_SOURCE, cg_plan_change_get_source (change)));
  digest_field (&digest, enum_nick (CG_TYPE_PLAN_CHANGE_KIND, cg_plan_change_get_kind (change)));
  digest_field (&digest, cg_plan_change_get_target (change));
  digest_field (&digest, cg_plan_change_get_meeting (change));
  digest_field (&digest, cg_plan_change_get_summary (change));
  return digest_finish (&digest);
}

static char *
compute_seal (GBytes     *key,
              const char *last,
              guint       entries)
{
  char count[16];
  Digest digest;

  g_snprintf (count, sizeof count, "%u", entries);
  digest_init (&digest, key);
  digest_field (&digest, SEAL_TAG);
  digest_field (&digest, last);
  digest_field (&digest, count);
  return digest_finish (&digest);
}

/* The link's text, or NULL when there is none or it is not a string. */
static const char *
link_text (JsonNode *link)
{
  if (link == NULL || !JSON_NODE_HOLDS_VALUE (link) || json_node_get_value_type (link) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (link);
}

/* Compares in time independent of where they differ. */
static gboolean
same_digest (const char *found,
             const char *expected)
{
  gsize length = strlen (expected);
  guchar difference = 0;

  if (found == NULL || strlen (found) != length)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    difference |= (guchar) (found[i] ^ expected[i]);
  return difference == 0;
}

typedef struct
{
  gboolean    keyed;
  gint64      entries;
  const char *value;
} Seal;

static gboolean
read_seal (JsonNode *node,
           Seal     *seal)
{
  JsonObject *object;
  JsonNode *algorithm, *entries;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = json_node_get_object (node);
  algorithm = json_object_get_member (object, "algorithm");
  entries = json_object_get_member (object, "entries");
  seal->value = link_text (json_object_get_member (object, "value"));
  if (link_text (algorithm) == NULL || seal->value == NULL || entries == NULL ||
      !JSON_NODE_HOLDS_VALUE (entries) || json_node_get_value_type (entries) != G_TYPE_INT64)
    return FALSE;

  seal->entries = json_node_get_int (entries);
  if (g_str_equal (link_text (algorithm), "hmac-sha256"))
    seal->keyed = TRUE;
  else if (g_str_equal (link_text (algorithm), "sha256"))
    seal->keyed = FALSE;
  else
    return FALSE;

  return TRUE;
}

G_GNUC_PRINTF (2, 3)
static CgPlanHistoryState
altered (GError     **error,
         const char  *format,
         ...)
{
  va_list args;

  if (error != NULL)
    {
      va_start (args, format);
      *error = g_error_new_valist (CG_PLAN_ERROR, CG_PLAN_ERROR_HISTORY_ALTERED, format, args);
      va_end (args);
    }

  return CG_PLAN_HISTORY_ALTERED;
}

CgPlanHistoryState
cg_plan_history_verify (CgCase  *kase,
                        GError **error)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  CgItemList *history = cg_child_protection_plan_get_history_list (plan);
  JsonNode *stored_seal = cg_child_protection_plan_get_stored_seal (plan);
  GBytes *key = cg_case_get_history_key (kase);
  const char *previous = cg_case_get_id (kase);
  gboolean linked = FALSE;
  Seal seal = { 0 };
  g_autofree char *expected = NULL;
  guint n;

  if (!cg_child_protection_plan_was_read (plan, &n))
    return CG_PLAN_HISTORY_UNREAD;

  for (guint i = 0; i < n && !linked; i++)
    linked = cg_plan_change_get_stored_link (cg_item_list_peek (history, i)) != NULL;

  if (stored_seal == NULL && !linked)
    {
      g_set_error_literal (error, CG_PLAN_ERROR, CG_PLAN_ERROR_HISTORY_UNVERIFIED,
                           _("plan.history: saved without links, so it cannot be verified"));
      return CG_PLAN_HISTORY_UNLINKED;
    }

  if (stored_seal != NULL)
    {
      if (!read_seal (stored_seal, &seal))
        return altered (error, _("plan.history_seal: not in the form the library writes"));
      if (seal.keyed && key == NULL)
        {
          g_set_error_literal (error, CG_PLAN_ERROR, CG_PLAN_ERROR_HISTORY_UNVERIFIED,
                               _("plan.history_seal: made with a history key, and none is set"));
          return CG_PLAN_HISTORY_UNVERIFIABLE;
        }
      if (!seal.keyed && key != NULL)
        return altered (error, _("plan.history_seal: made without the history key"));
    }

  for (guint i = 0; i < n; i++)
    {
      CgPlanChange *change = cg_item_list_peek (history, i);
      JsonNode *stored = cg_plan_change_get_stored_link (change);
      g_autofree char *link = NULL;

      if (stored == NULL)
        /* Translators: "plan.history[%u]" is a field path and stays as it is. */
        return altered (error, _("plan.history[%u]: has no link, though the history was linked when it was saved"), i);

      link = compute_link (key, previous, change);
      if (!same_digest (link_text (stored), link))
        /* Translators: "plan.history[%u]" is a field path and stays as it is. */
        return altered (error, _("plan.history[%u]: recorded differently when it was saved"), i);
      previous = link_text (stored);
    }

  if (stored_seal == NULL)
    return altered (error, _("plan.history_seal: missing, though the history entries are linked"));
  if (seal.entries != (gint64) n)
    return altered (error, _("plan.history_seal: the history has a different number of entries than when it was saved"));

  expected = compute_seal (key, previous, n);
  if (!same_digest (seal.value, expected))
    return altered (error, _("plan.history_seal: does not match the history"));

  return CG_PLAN_HISTORY_INTACT;
}

static JsonNode *
new_string_node (const char *text)
{
  return json_node_init_string (json_node_alloc (), text);
}

CgPlanHistorySeal *
cg_plan_history_seal_for_save (CgCase *kase)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  CgItemList *history = cg_child_protection_plan_get_history_list (plan);
  GBytes *key = cg_case_get_history_key (kase);
  CgPlanHistoryState state = cg_plan_history_verify (kase, NULL);
  CgPlanHistorySeal *result = g_new0 (CgPlanHistorySeal, 1);
  guint len = cg_item_list_get_len (history);
  const char *previous = cg_case_get_id (kase);
  guint n_read;

  cg_child_protection_plan_was_read (plan, &n_read);
  result->links = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) json_node_unref);

  for (guint i = 0; i < len; i++)
    {
      CgPlanChange *change = cg_item_list_peek (history, i);
      JsonNode *stored = cg_plan_change_get_stored_link (change);
      JsonNode *link = NULL;

      if (stored != NULL)
        link = json_node_copy (stored);
      else if (i >= n_read || state == CG_PLAN_HISTORY_UNLINKED)
        {
          g_autofree char *computed = compute_link (key, previous, change);

          link = new_string_node (computed);
        }

      /* An entry read without a link from a linked history keeps none:
       * linking it now would vouch for whatever it says. */
      if (link != NULL)
        g_hash_table_insert (result->links, change, link);
      previous = link_text (link);
    }

  if (state == CG_PLAN_HISTORY_ALTERED || state == CG_PLAN_HISTORY_UNVERIFIABLE)
    {
      JsonNode *stored_seal = cg_child_protection_plan_get_stored_seal (plan);

      result->seal = stored_seal != NULL ? json_node_copy (stored_seal) : NULL;
    }
  else
    {
      g_autofree char *value = compute_seal (key, previous, len);
      JsonObject *object = json_object_new ();

      json_object_set_string_member (object, "algorithm", key != NULL ? "hmac-sha256" : "sha256");
      json_object_set_int_member (object, "entries", len);
      json_object_set_string_member (object, "value", value);
      result->seal = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
    }

  return result;
}

void
cg_plan_history_seal_free (CgPlanHistorySeal *seal)
{
  g_clear_pointer (&seal->links, g_hash_table_unref);
  g_clear_pointer (&seal->seal, json_node_unref);
  g_free (seal);
}

/**
 * cg_case_verify_history:
 * @self: a case
 * @error: return location for a #GError
 *
 * Checks that the plan's history is the one the case document was saved
 * with: no entry edited, removed, added or moved since, in the file or by
 * another program, and none cut from the end. Each saved entry carries a
 * link to the one before it and the plan a seal over the last link (see
 * the [JSON format](json-format.html), `plan.history[]`); with a key set
 * by [method@CoreGroup.Case.set_history_key] they are made with the key,
 * so an edit by anyone without it is found too.
 *
 * The history checked is the one read with the case, against the links and
 * the seal read with it, under the key set now: the key may be set after
 * reading. Changes made through the API since are not the document's and
 * are not checked. A case that was not read from a document has nothing to
 * check, and passes.
 *
 * Fails with %CG_PLAN_ERROR_HISTORY_ALTERED when the history is not the
 * one saved, or the links or seal were edited; the message names the path
 * of the first problem found (`plan.history[3]: recorded differently when
 * it was saved`, `plan.history_seal: ...`) and never quotes the record.
 * Fails with %CG_PLAN_ERROR_HISTORY_UNVERIFIED when the history cannot be
 * checked: the document was saved without links (by a version of the
 * library before they were written, or by another program), or it was
 * sealed with a key and none is set. A document sealed without a key does
 * not verify once a key is set, since anyone could have made it.
 *
 * Reading a case never fails because of its history's links: the
 * `plan-history-altered` check reports an altered history as a finding.
 *
 * Returns: %TRUE if the history is the one saved, or there was none to check
 */
gboolean
cg_case_verify_history (CgCase  *self,
                        GError **error)
{
  CgPlanHistoryState state;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  state = cg_plan_history_verify (self, error);
  return state == CG_PLAN_HISTORY_UNREAD || state == CG_PLAN_HISTORY_INTACT;
}
