/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The plan read against its history: which changes were a conference's,
 * the items the history added that the plan has lost, and the outcomes
 * that no longer read as the history recorded them. */

#include "config.h"

#include <string.h>

#include "domain/cg-plan-history-private.h"

GHashTable *
cg_plan_history_conference_days (CgCase *kase)
{
  GHashTable *days = g_hash_table_new (NULL, NULL);
  GListModel *reviews = cg_case_get_review_conferences (kase);
  GDate *initial = cg_case_get_initial_conference (kase);

  if (initial != NULL)
    g_hash_table_add (days, GUINT_TO_POINTER (g_date_get_julian (initial)));

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(CgConference) review = g_list_model_get_item (reviews, i);

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
