/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-child-protection-plan-private.h"
#include "domain/cg-plan-entries-private.h"
#include "domain/cg-plan-history-private.h"
#include "domain/cg-plan-private.h"
#include "json/cg-json-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-util-private.h"

/**
 * CgChildProtectionPlan:
 *
 * The child protection plan the core group develops, implements and keeps
 * under review: the outcomes (safety goals) set by the conference, the
 * agreed actions, the child's needs, the risks and the family's strengths,
 * the contingency (back-up) plan, the arrangements for seeing the child,
 * any dissent, and the history of every change.
 *
 * The plan enforces the procedures' integrity rules itself. The core group
 * may add to and adjust the plan but may not remove an agreed action or
 * outcome (Suffolk 2.3, 3.4); outcomes change only through a conference
 * (Suffolk 7.3); every change records its reason, author and date and is
 * kept in [method@CoreGroup.ChildProtectionPlan.get_history]. A call that
 * would break a rule fails with a %CG_PLAN_ERROR and changes nothing.
 *
 * An outcome, an action or an entry of the needs, risks or strengths may
 * be for professionals only ([enum@CoreGroup.Audience]), kept out of the
 * copy of the plan the family is given (Suffolk 5.5): see
 * [method@CoreGroup.ChildProtectionPlan.get_section_audience]. No change
 * through the API shows the family what was kept from it unless it says
 * so: a revision never widens an item's audience, and replacing a
 * section's entries keeps for professionals a new text that may be one of
 * theirs reworded.
 *
 * In the plan of a case, a change whose source is
 * %CG_PLAN_CHANGE_SOURCE_CONFERENCE is a conference's only when it is dated
 * on the day of the case's initial conference or of a review conference
 * recorded as held; on any other day it counts as the core group's, as the
 * checks read a recorded history (doc/rules.md, `agreed-item-removed`). A
 * plan made on its own, with no case, takes the source as given.
 *
 * ```c
 * g_autoptr(GDate) today = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
 * g_autoptr(CgPlanChange) change =
 *   cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "J. Okafor", today,
 *                       "Health visitor to check weight gain fortnightly");
 * g_autoptr(CgAction) action = cg_action_new ("a4", "Weigh A. fortnightly", "m2", NULL);
 * g_autoptr(GError) error = NULL;
 *
 * if (!cg_child_protection_plan_add_action (plan, action, change, &error))
 *   g_warning ("%s", error->message);
 *
 * // The core group may not remove an agreed action:
 * cg_child_protection_plan_remove_action (plan, "a1", change, &error);
 * // error: CG_PLAN_ERROR_AGREED_ITEM_REMOVED
 * ```
 */

struct _CgChildProtectionPlan
{
  GObject        parent_instance;
  CgItemList    *outcomes;
  CgItemList    *actions;
  CgItemList    *dissent;
  CgItemList    *history;
  CgPlanEntries  needs;
  CgPlanEntries  risks;
  CgPlanEntries  strengths;
  char          *contingency;
  char          *contact_arrangements;

  /* As the case document had them; see the private header. */
  CgCase        *kase;
  JsonNode      *stored_seal;
  guint          n_read;
  gboolean       read;
};

enum {
  PROP_0,
  PROP_NEEDS,
  PROP_RISKS,
  PROP_STRENGTHS,
  PROP_CONTINGENCY,
  PROP_CONTACT_ARRANGEMENTS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgChildProtectionPlan, cg_child_protection_plan, G_TYPE_OBJECT)

static void
cg_child_protection_plan_dispose (GObject *object)
{
  CgChildProtectionPlan *self = CG_CHILD_PROTECTION_PLAN (object);

  g_clear_object (&self->outcomes);
  g_clear_object (&self->actions);
  g_clear_object (&self->dissent);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (cg_child_protection_plan_parent_class)->dispose (object);
}

static void
cg_child_protection_plan_finalize (GObject *object)
{
  CgChildProtectionPlan *self = CG_CHILD_PROTECTION_PLAN (object);

  cg_plan_entries_clear (&self->needs);
  cg_plan_entries_clear (&self->risks);
  cg_plan_entries_clear (&self->strengths);
  g_clear_pointer (&self->contingency, g_free);
  g_clear_pointer (&self->contact_arrangements, g_free);
  g_clear_pointer (&self->stored_seal, json_node_unref);

  G_OBJECT_CLASS (cg_child_protection_plan_parent_class)->finalize (object);
}

static void
cg_child_protection_plan_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CgChildProtectionPlan *self = CG_CHILD_PROTECTION_PLAN (object);

  switch (prop_id)
    {
    case PROP_NEEDS:
      g_value_set_boxed (value, cg_plan_entries_get_texts (&self->needs));
      break;

    case PROP_RISKS:
      g_value_set_boxed (value, cg_plan_entries_get_texts (&self->risks));
      break;

    case PROP_STRENGTHS:
      g_value_set_boxed (value, cg_plan_entries_get_texts (&self->strengths));
      break;

    case PROP_CONTINGENCY:
      g_value_set_string (value, self->contingency);
      break;

    case PROP_CONTACT_ARRANGEMENTS:
      g_value_set_string (value, self->contact_arrangements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_child_protection_plan_class_init (CgChildProtectionPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_child_protection_plan_dispose;
  object_class->finalize = cg_child_protection_plan_finalize;
  object_class->get_property = cg_child_protection_plan_get_property;

  /**
   * CgChildProtectionPlan:needs:
   *
   * The developmental and welfare needs of the child (Suffolk 7.2;
   * Haringey, "The child protection plan"). Change it with
   * [method@CoreGroup.ChildProtectionPlan.set_needs].
   */
  properties [PROP_NEEDS] =
    g_param_spec_boxed ("needs", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgChildProtectionPlan:risks:
   *
   * The identified risk factors which increase the likelihood of
   * significant harm (Suffolk 7.2).
   */
  properties [PROP_RISKS] =
    g_param_spec_boxed ("risks", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgChildProtectionPlan:strengths:
   *
   * The family's strengths the plan builds on (Haringey, "The core group":
   * "maintain a focus on strengths").
   */
  properties [PROP_STRENGTHS] =
    g_param_spec_boxed ("strengths", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgChildProtectionPlan:contingency:
   *
   * The back-up plan: what will be done if the plan fails to safeguard the
   * child or the likelihood of significant harm increases (Suffolk 7.2).
   */
  properties [PROP_CONTINGENCY] =
    g_param_spec_string ("contingency", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgChildProtectionPlan:contact-arrangements:
   *
   * The arrangements for seeing the child regularly: who sees the child, how
   * often, and where (Suffolk 7.2, 8.3; Haringey, "The core group").
   */
  properties [PROP_CONTACT_ARRANGEMENTS] =
    g_param_spec_string ("contact-arrangements", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_child_protection_plan_init (CgChildProtectionPlan *self)
{
  self->outcomes = cg_item_list_new_with_ids (CG_TYPE_OUTCOME, (CgItemIdFunc) cg_outcome_get_id);
  self->actions = cg_item_list_new_with_ids (CG_TYPE_ACTION, (CgItemIdFunc) cg_action_get_id);
  self->history = cg_item_list_new (CG_TYPE_PLAN_CHANGE);
}

/**
 * cg_child_protection_plan_new:
 *
 * Creates an empty plan. A plan normally comes with its case, from
 * [method@CoreGroup.Case.get_plan].
 *
 * Returns: (transfer full): a new plan
 */
CgChildProtectionPlan *
cg_child_protection_plan_new (void)
{
  return g_object_new (CG_TYPE_CHILD_PROTECTION_PLAN, NULL);
}

/**
 * cg_child_protection_plan_get_outcomes:
 * @self: a plan
 *
 * Gets the outcomes (safety goals) of the plan.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Outcome]
 */
GListModel *
cg_child_protection_plan_get_outcomes (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return G_LIST_MODEL (self->outcomes);
}

/**
 * cg_child_protection_plan_get_actions:
 * @self: a plan
 *
 * Gets the agreed actions of the plan, done or not.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Action]
 */
GListModel *
cg_child_protection_plan_get_actions (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * cg_child_protection_plan_get_dissent:
 * @self: a plan
 *
 * Gets the recorded dissent and disagreement about the plan (Suffolk 2.5, 7.3).
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Dissent]
 */
GListModel *
cg_child_protection_plan_get_dissent (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return G_LIST_MODEL (cg_child_protection_plan_get_dissent_list (self));
}

/**
 * cg_child_protection_plan_get_history:
 * @self: a plan
 *
 * Gets every change made to the plan, oldest first, each with its reason,
 * author and date: the record the lead social worker reports to the next
 * review conference (Suffolk 2.3, 3.4).
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.PlanChange]
 */
GListModel *
cg_child_protection_plan_get_history (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return G_LIST_MODEL (self->history);
}

static int
find_outcome (CgChildProtectionPlan *self,
              const char            *id)
{
  return cg_item_list_find (self->outcomes, (CgItemIdFunc) cg_outcome_get_id, id, G_MAXUINT);
}

static int
find_action (CgChildProtectionPlan *self,
             const char            *id)
{
  return cg_item_list_find (self->actions, (CgItemIdFunc) cg_action_get_id, id, G_MAXUINT);
}

/**
 * cg_child_protection_plan_lookup_outcome:
 * @self: a plan
 * @id: an outcome id
 *
 * Finds an outcome by id.
 *
 * Returns: (transfer none) (nullable): the outcome, or %NULL
 */
CgOutcome *
cg_child_protection_plan_lookup_outcome (CgChildProtectionPlan *self,
                                         const char            *id)
{
  int pos;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  pos = find_outcome (self, id);
  return pos < 0 ? NULL : cg_item_list_peek (self->outcomes, (guint) pos);
}

/**
 * cg_child_protection_plan_lookup_action:
 * @self: a plan
 * @id: an action id
 *
 * Finds an action by id.
 *
 * Returns: (transfer none) (nullable): the action, or %NULL
 */
CgAction *
cg_child_protection_plan_lookup_action (CgChildProtectionPlan *self,
                                        const char            *id)
{
  int pos;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  pos = find_action (self, id);
  return pos < 0 ? NULL : cg_item_list_peek (self->actions, (guint) pos);
}

/**
 * cg_child_protection_plan_get_needs:
 * @self: a plan
 *
 * Gets the child's needs.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the needs
 */
const char * const *
cg_child_protection_plan_get_needs (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return cg_plan_entries_get_texts (&self->needs);
}

/**
 * cg_child_protection_plan_get_risks:
 * @self: a plan
 *
 * Gets the identified risks.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the risks
 */
const char * const *
cg_child_protection_plan_get_risks (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return cg_plan_entries_get_texts (&self->risks);
}

/**
 * cg_child_protection_plan_get_strengths:
 * @self: a plan
 *
 * Gets the family's strengths.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the strengths
 */
const char * const *
cg_child_protection_plan_get_strengths (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return cg_plan_entries_get_texts (&self->strengths);
}

/**
 * cg_child_protection_plan_get_contingency:
 * @self: a plan
 *
 * Gets the contingency (back-up) plan.
 *
 * Returns: (transfer none) (nullable): the contingency plan
 */
const char *
cg_child_protection_plan_get_contingency (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return self->contingency;
}

/**
 * cg_child_protection_plan_get_contact_arrangements:
 * @self: a plan
 *
 * Gets the arrangements for seeing the child.
 *
 * Returns: (transfer none) (nullable): the arrangements
 */
const char *
cg_child_protection_plan_get_contact_arrangements (CgChildProtectionPlan *self)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), NULL);

  return self->contact_arrangements;
}

/* Every change records its reason, author and date (Suffolk 2.3, 3.4). */
static gboolean
check_change (CgPlanChange  *change,
              GError       **error)
{
  const char *missing = NULL;

  if (cg_is_blank (cg_plan_change_get_reason (change)))
    missing = _("A change to the plan must record a reason (Suffolk 2.3, 3.4)");
  else if (cg_is_blank (cg_plan_change_get_author (change)))
    missing = _("A change to the plan must record an author (Suffolk 2.3, 3.4)");
  else if (cg_plan_change_get_date (change) == NULL)
    missing = _("A change to the plan must record a date (Suffolk 2.3, 3.4)");

  if (missing != NULL)
    {
      g_set_error_literal (error, CG_PLAN_ERROR, CG_PLAN_ERROR_CHANGE_WITHOUT_REASON, missing);
      return FALSE;
    }

  return TRUE;
}

/* Outcomes remain the same and can only be changed by the conference
 * (Suffolk 7.3); the core group may not remove an agreed action or safety
 * goal (Suffolk 2.3, 3.4). A change that says it is a conference's is
 * believed only on a day a conference sat, the initial one or a review held
 * (doc/rules.md, agreed-item-removed): otherwise it is the core group's. */
typedef enum
{
  REMOVE_OUTCOME,
  REMOVE_ACTION,
  CHANGE_OUTCOMES,
} ConferenceOnly;

/* By who is refused (the core group, a change on a day no conference sat)
 * and what they may not do. */
static const char * const refusals[2][3] = {
  {
    N_("The core group may not remove an agreed outcome; only a conference can (Suffolk 2.3, 3.4)"),
    N_("The core group may not remove an agreed action; only a conference can (Suffolk 2.3, 3.4)"),
    N_("The core group may not change outcomes; only a conference can (Suffolk 7.3)"),
  },
  {
    N_("A change dated on a day no conference was held may not remove an agreed outcome; only a conference can "
       "(Suffolk 2.3, 3.4)"),
    N_("A change dated on a day no conference was held may not remove an agreed action; only a conference can "
       "(Suffolk 2.3, 3.4)"),
    N_("A change dated on a day no conference was held may not change outcomes; only a conference can (Suffolk 7.3)"),
  },
};

static gboolean
check_conference (CgChildProtectionPlan  *self,
                  CgPlanChange           *change,
                  ConferenceOnly          what,
                  GError                **error)
{
  int code = what == CHANGE_OUTCOMES ? CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE
                                     : CG_PLAN_ERROR_AGREED_ITEM_REMOVED;
  guint refused;

  if (cg_plan_change_get_source (change) != CG_PLAN_CHANGE_SOURCE_CONFERENCE)
    refused = 0;
  else if (self->kase != NULL && !cg_plan_history_is_conference_day (self->kase, cg_plan_change_get_date (change)))
    refused = 1;
  else
    return TRUE;

  g_set_error_literal (error, CG_PLAN_ERROR, code, _(refusals[refused][what]));
  return FALSE;
}

/* A change's summary is part of the record: saved, sealed and read back by
 * the history checks (cg-plan-history.c), so it is written in English
 * whatever the user's language. */
static void
record (CgChildProtectionPlan *self,
        CgPlanChange          *change,
        CgPlanChangeKind       kind,
        const char            *target,
        const char            *summary)
{
  g_autoptr(CgPlanChange) applied = cg_plan_change_new_applied (change, kind, target, summary);

  cg_item_list_append (self->history, applied);
}

static gboolean
check_outcome_link (CgChildProtectionPlan  *self,
                    CgAction               *action,
                    GError                **error)
{
  const char *outcome = cg_action_get_outcome (action);

  if (outcome != NULL && find_outcome (self, outcome) < 0)
    {
      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM,
                   /* Translators: an action's id and an outcome's id. */
                   _("Action “%s” serves outcome “%s”, which is not in the plan"),
                   cg_action_get_id (action), outcome);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_item (const char  *id,
            const char  *description,
            GError     **error)
{
  if (cg_is_blank (id) || cg_is_blank (description))
    {
      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID,
                   _("An outcome or action needs an id and a description"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_unknown (int          pos,
               const char  *kind,
               const char  *id,
               GError     **error)
{
  if (pos < 0)
    {
      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM,
                   g_str_equal (kind, "action")
                   /* Translators: %s is the action's id. */
                   ? _("The plan has no action “%s”")
                   /* Translators: %s is the outcome's id. */
                   : _("The plan has no outcome “%s”"),
                   id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_duplicate (int          pos,
                 const char  *kind,
                 const char  *id,
                 GError     **error)
{
  if (pos >= 0)
    {
      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_DUPLICATE_ID,
                   g_str_equal (kind, "action")
                   /* Translators: %s is the action's id. */
                   ? _("The plan already has an action “%s”")
                   /* Translators: %s is the outcome's id. */
                   : _("The plan already has an outcome “%s”"),
                   id);
      return FALSE;
    }

  return TRUE;
}

static CgAudience
audience_of (gpointer item)
{
  CgAudience audience;

  g_object_get (item, "audience", &audience, NULL);
  return audience;
}

/* A copy of @item (an outcome or an action), unknown JSON fields and all,
 * for @audience. Every property of an item is set at construction. */
static gpointer
copy_for (gpointer   item,
          CgAudience audience)
{
  guint n;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (item), &n);
  g_autofree const char **names = g_new (const char *, n);
  g_autoptr(GArray) values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), n);
  GObject *copy;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  g_array_set_size (values, n);
  for (guint i = 0; i < n; i++)
    {
      GValue *value = &g_array_index (values, GValue, i);

      names[i] = pspecs[i]->name;
      g_value_init (value, pspecs[i]->value_type);
      if (g_str_equal (names[i], "audience"))
        g_value_set_enum (value, audience);
      else
        g_object_get_property (item, names[i], value);
    }

  copy = g_object_new_with_properties (G_OBJECT_TYPE (item), n, names, (const GValue *) values->data);
  cg_json_extra_copy (item, copy);
  return copy;
}

/* A revision never widens who may read an item: an item for professionals
 * only stays so, whatever the revision's own audience, so that rewording
 * it cannot put it in the family's copy (Suffolk 5.5). Widening is
 * set_outcome_audience () or set_action_audience (), and is recorded.
 * Returns the item to keep, a new reference. */
static gpointer
revision_to_keep (gpointer replaced,
                  gpointer revised)
{
  cg_json_extra_copy (replaced, revised);
  if (audience_of (replaced) == CG_AUDIENCE_PROFESSIONALS && audience_of (revised) != CG_AUDIENCE_PROFESSIONALS)
    return copy_for (revised, CG_AUDIENCE_PROFESSIONALS);

  return g_object_ref (revised);
}

/**
 * cg_child_protection_plan_add_outcome:
 * @self: a plan
 * @outcome: the new outcome
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Adds an outcome (safety goal). Only a conference sets outcomes (Suffolk
 * 7.3): with a core group @change, or one dated on a day no conference of
 * the case sat, this fails with
 * %CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE.
 *
 * Returns: %TRUE if the outcome was added
 */
gboolean
cg_child_protection_plan_add_outcome (CgChildProtectionPlan  *self,
                                      CgOutcome              *outcome,
                                      CgPlanChange           *change,
                                      GError                **error)
{
  const char *id;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_OUTCOME (outcome), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = cg_outcome_get_id (outcome);
  if (!check_change (change, error) ||
      !check_conference (self, change, CHANGE_OUTCOMES, error) ||
      !check_item (id, cg_outcome_get_description (outcome), error) ||
      !check_duplicate (find_outcome (self, id), "outcome", id, error))
    return FALSE;

  cg_item_list_append (self->outcomes, outcome);
  summary = cg_strdup_format ("Added outcome %s: %s", id, cg_outcome_get_description (outcome));
  record (self, change, CG_PLAN_CHANGE_KIND_ADD_OUTCOME, id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_revise_outcome:
 * @self: a plan
 * @revised: the outcome as revised, with the id of the outcome it replaces
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Replaces an outcome with a revised wording or measure. Only a conference
 * may do this (Suffolk 7.3), as for
 * [method@CoreGroup.ChildProtectionPlan.add_outcome]. @revised takes over any fields the replaced
 * outcome had in its case document that the library does not know.
 *
 * A revision never widens who may read the outcome: revising one for
 * professionals only keeps it so, whatever @revised's
 * [property@CoreGroup.Outcome:audience] (Suffolk 5.5); the plan then keeps a
 * copy of @revised for professionals. Use
 * [method@CoreGroup.ChildProtectionPlan.set_outcome_audience] to show it to
 * the family.
 *
 * Returns: %TRUE if the outcome was revised
 */
gboolean
cg_child_protection_plan_revise_outcome (CgChildProtectionPlan  *self,
                                         CgOutcome              *revised,
                                         CgPlanChange           *change,
                                         GError                **error)
{
  const char *id;
  int pos;
  g_autofree char *summary = NULL;
  g_autoptr(CgOutcome) kept = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_OUTCOME (revised), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = cg_outcome_get_id (revised);
  pos = find_outcome (self, id);
  if (!check_change (change, error) ||
      !check_conference (self, change, CHANGE_OUTCOMES, error) ||
      !check_item (id, cg_outcome_get_description (revised), error) ||
      !check_unknown (pos, "outcome", id, error))
    return FALSE;

  kept = revision_to_keep (cg_item_list_peek (self->outcomes, (guint) pos), revised);
  cg_item_list_replace (self->outcomes, (guint) pos, kept);
  summary = cg_strdup_format ("Revised outcome %s: %s", id, cg_outcome_get_description (revised));
  record (self, change, CG_PLAN_CHANGE_KIND_REVISE_OUTCOME, id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_remove_outcome:
 * @self: a plan
 * @id: the outcome's id
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Removes an outcome. The core group may not remove a safety goal (Suffolk
 * 3.4): with a core group @change, or one dated on a day no conference of
 * the case sat, this fails with %CG_PLAN_ERROR_AGREED_ITEM_REMOVED. A
 * conference may, once no action serves the outcome: while one does, this
 * fails with %CG_PLAN_ERROR_INVALID (revise or remove the action first), so
 * the plan never holds an action serving an outcome it does not have.
 *
 * Returns: %TRUE if the outcome was removed
 */
gboolean
cg_child_protection_plan_remove_outcome (CgChildProtectionPlan  *self,
                                         const char             *id,
                                         CgPlanChange           *change,
                                         GError                **error)
{
  int pos;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pos = find_outcome (self, id);
  if (!check_change (change, error) ||
      !check_conference (self, change, REMOVE_OUTCOME, error) ||
      !check_unknown (pos, "outcome", id, error))
    return FALSE;

  for (guint i = 0; i < cg_item_list_get_len (self->actions); i++)
    if (g_strcmp0 (cg_action_get_outcome (cg_item_list_peek (self->actions, i)), id) == 0)
      {
        g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID,
                     /* Translators: an action's id and an outcome's id. */
                     _("Action “%s” serves outcome “%s”: revise or remove the action first"),
                     cg_action_get_id (cg_item_list_peek (self->actions, i)), id);
        return FALSE;
      }

  summary = cg_strdup_format ("Removed outcome %s: %s", id,
                              cg_outcome_get_description (cg_item_list_peek (self->outcomes, (guint) pos)));
  cg_item_list_remove (self->outcomes, (guint) pos);
  record (self, change, CG_PLAN_CHANGE_KIND_REMOVE_OUTCOME, id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_add_action:
 * @self: a plan
 * @action: the new action
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Adds an agreed action. The core group may add to the plan (Suffolk 2.3).
 * The action's [property@CoreGroup.Action:outcome], if set, must name an
 * outcome of the plan. Its owner is checked against the core group by
 * [method@CoreGroup.Case.validate].
 *
 * Returns: %TRUE if the action was added
 */
gboolean
cg_child_protection_plan_add_action (CgChildProtectionPlan  *self,
                                     CgAction               *action,
                                     CgPlanChange           *change,
                                     GError                **error)
{
  const char *id;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_ACTION (action), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = cg_action_get_id (action);
  if (!check_change (change, error) ||
      !check_item (id, cg_action_get_description (action), error) ||
      !check_duplicate (find_action (self, id), "action", id, error) ||
      !check_outcome_link (self, action, error))
    return FALSE;

  cg_item_list_append (self->actions, action);
  summary = cg_strdup_format ("Added action %s: %s", id, cg_action_get_description (action));
  record (self, change, CG_PLAN_CHANGE_KIND_ADD_ACTION, id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_revise_action:
 * @self: a plan
 * @revised: the action as adjusted, with the id of the action it replaces;
 *   see [ctor@CoreGroup.Action.new_revision]
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Adjusts an agreed action: its wording, owner or due date. The core group
 * may adjust the plan (Suffolk 2.3). @revised takes over any fields the
 * replaced action had in its case document that the library does not know.
 *
 * As for outcomes, a revision never widens who may read the action:
 * [ctor@CoreGroup.Action.new_revision] keeps its audience, and a revision
 * for everyone of an action for professionals only is kept for
 * professionals. Use [method@CoreGroup.ChildProtectionPlan.set_action_audience]
 * to show it to the family.
 *
 * Returns: %TRUE if the action was revised
 */
gboolean
cg_child_protection_plan_revise_action (CgChildProtectionPlan  *self,
                                        CgAction               *revised,
                                        CgPlanChange           *change,
                                        GError                **error)
{
  const char *id;
  int pos;
  g_autofree char *summary = NULL;
  g_autoptr(CgAction) kept = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_ACTION (revised), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = cg_action_get_id (revised);
  pos = find_action (self, id);
  if (!check_change (change, error) ||
      !check_item (id, cg_action_get_description (revised), error) ||
      !check_unknown (pos, "action", id, error) ||
      !check_outcome_link (self, revised, error))
    return FALSE;

  kept = revision_to_keep (cg_item_list_peek (self->actions, (guint) pos), revised);
  cg_item_list_replace (self->actions, (guint) pos, kept);
  summary = cg_strdup_format ("Revised action %s: %s", id, cg_action_get_description (revised));
  record (self, change, CG_PLAN_CHANGE_KIND_REVISE_ACTION, id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_complete_action:
 * @self: a plan
 * @id: the action's id
 * @completed: the day the action was done
 * @change: who recorded it, when and why
 * @error: return location for a #GError
 *
 * Records that an agreed action was done. The action stays in the plan,
 * as a new [class@CoreGroup.Action] with its completion date and any fields
 * it had in its case document that the library does not know.
 * Recording an action as done twice fails with %CG_PLAN_ERROR_INVALID.
 *
 * Returns: %TRUE if the action was recorded as done
 */
gboolean
cg_child_protection_plan_complete_action (CgChildProtectionPlan  *self,
                                          const char             *id,
                                          const GDate            *completed,
                                          CgPlanChange           *change,
                                          GError                **error)
{
  CgAction *action;
  g_autoptr(CgAction) done = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *when = NULL;
  int pos;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (completed != NULL && g_date_valid (completed), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pos = find_action (self, id);
  if (!check_change (change, error) || !check_unknown (pos, "action", id, error))
    return FALSE;

  action = cg_item_list_peek (self->actions, (guint) pos);
  if (cg_action_get_completed (action) != NULL)
    {
      g_autofree char *before = cg_date_format (cg_action_get_completed (action));

      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID,
                   /* Translators: an action's id and the day it was done, "17
                    * Nov 2026". */
                   _("Action “%s” was already recorded as done on %s"), id, before);
      return FALSE;
    }

  done = cg_action_new_completed (action, completed);
  cg_item_list_replace (self->actions, (guint) pos, done);
  when = cg_date_format (completed);
  summary = cg_strdup_format ("Action %s done on %s", id, when);
  record (self, change, CG_PLAN_CHANGE_KIND_COMPLETE_ACTION, id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_remove_action:
 * @self: a plan
 * @id: the action's id
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Removes an agreed action. The core group may not remove an agreed action
 * (Suffolk 2.3, 3.4): with a core group @change, or one dated on a day no
 * conference of the case sat, this fails with
 * %CG_PLAN_ERROR_AGREED_ITEM_REMOVED. A conference may. To record that an
 * action is finished, use [method@CoreGroup.ChildProtectionPlan.complete_action].
 *
 * Returns: %TRUE if the action was removed
 */
gboolean
cg_child_protection_plan_remove_action (CgChildProtectionPlan  *self,
                                        const char             *id,
                                        CgPlanChange           *change,
                                        GError                **error)
{
  int pos;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pos = find_action (self, id);
  if (!check_change (change, error) ||
      !check_conference (self, change, REMOVE_ACTION, error) ||
      !check_unknown (pos, "action", id, error))
    return FALSE;

  summary = cg_strdup_format ("Removed action %s: %s", id,
                              cg_action_get_description (cg_item_list_peek (self->actions, (guint) pos)));
  cg_item_list_remove (self->actions, (guint) pos);
  record (self, change, CG_PLAN_CHANGE_KIND_REMOVE_ACTION, id, summary);
  return TRUE;
}

/* Records a new audience for the outcome or action @id, as a copy of it
 * (items are immutable); only a conference sets an outcome's (Suffolk
 * 7.3). Setting the same audience records nothing. */
static gboolean
set_audience (CgChildProtectionPlan  *self,
              gboolean                outcome,
              const char             *id,
              CgAudience              audience,
              CgPlanChange           *change,
              GError                **error)
{
  CgItemList *list = outcome ? self->outcomes : self->actions;
  int pos;
  g_autoptr(GObject) copy = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (audience <= CG_AUDIENCE_PROFESSIONALS, FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pos = outcome ? find_outcome (self, id) : find_action (self, id);
  if (!check_change (change, error) ||
      (outcome && !check_conference (self, change, CHANGE_OUTCOMES, error)) ||
      !check_unknown (pos, outcome ? "outcome" : "action", id, error))
    return FALSE;

  if (audience_of (cg_item_list_peek (list, (guint) pos)) == audience)
    return TRUE;

  /* An outcome's history keeps its wording, which
   * outcome-changed-outside-conference compares. */
  if (outcome)
    summary = cg_strdup_format ("Revised outcome %s: %s", id,
                                cg_outcome_get_description (cg_item_list_peek (list, (guint) pos)));
  else
    summary = cg_strdup_format ("Action %s for %s", id,
                                audience == CG_AUDIENCE_PROFESSIONALS ? "professionals only" : "everyone");
  copy = copy_for (cg_item_list_peek (list, (guint) pos), audience);
  cg_item_list_replace (list, (guint) pos, copy);
  record (self, change, outcome ? CG_PLAN_CHANGE_KIND_REVISE_OUTCOME : CG_PLAN_CHANGE_KIND_REVISE_ACTION,
          id, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_set_outcome_audience:
 * @self: a plan
 * @id: the outcome's id
 * @audience: who may read it
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Sets who may read an outcome: %CG_AUDIENCE_PROFESSIONALS keeps it out of
 * the family's copy of the plan (Suffolk 5.5), %CG_AUDIENCE_EVERYONE puts
 * it back. Only a conference sets the outcomes (Suffolk 7.3), so a core
 * group @change fails as for [method@CoreGroup.ChildProtectionPlan.revise_outcome].
 * The change is recorded as a revision with the same wording (`Revised
 * outcome ID: TEXT`); setting the audience it has records nothing.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_outcome_audience (CgChildProtectionPlan  *self,
                                               const char             *id,
                                               CgAudience              audience,
                                               CgPlanChange           *change,
                                               GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);

  return set_audience (self, TRUE, id, audience, change, error);
}

/**
 * cg_child_protection_plan_set_action_audience:
 * @self: a plan
 * @id: the action's id
 * @audience: who may read it
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Sets who may read an agreed action: %CG_AUDIENCE_PROFESSIONALS keeps it
 * out of the family's copy of the plan (Suffolk 5.5), %CG_AUDIENCE_EVERYONE
 * puts it back. The core group may adjust the plan (Suffolk 2.3); the
 * change is recorded as a revision of the action. Setting the audience it
 * has records nothing.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_action_audience (CgChildProtectionPlan  *self,
                                              const char             *id,
                                              CgAudience              audience,
                                              CgPlanChange           *change,
                                              GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);

  return set_audience (self, FALSE, id, audience, change, error);
}

static gboolean
set_list_section (CgChildProtectionPlan  *self,
                  CgPlanEntries          *entries,
                  guint                   prop,
                  const char             *section,
                  const char * const     *items,
                  CgPlanChange           *change,
                  GError                **error)
{
  guint n, professionals;
  g_autofree char *summary = NULL;

  if (!check_change (change, error))
    return FALSE;

  if (!cg_plan_entries_replace (entries, items))
    return TRUE;

  n = cg_plan_entries_get_len (entries);
  professionals = cg_plan_entries_count (entries, CG_AUDIENCE_PROFESSIONALS);
  if (professionals == 0)
    summary = cg_strdup_format ("Updated %s (%u entries)", section, n);
  else
    summary = cg_strdup_format ("Updated %s (%u entries, %u for professionals only)", section, n, professionals);
  record (self, change, CG_PLAN_CHANGE_KIND_UPDATE_SECTION, section, summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
  return TRUE;
}

static gboolean
set_text_section (CgChildProtectionPlan  *self,
                  char                  **field,
                  guint                   prop,
                  const char             *section,
                  const char             *text,
                  CgPlanChange           *change,
                  GError                **error)
{
  g_autofree char *summary = NULL;

  if (!check_change (change, error))
    return FALSE;

  if (!cg_set_string (field, text))
    return TRUE;

  summary = cg_strdup_format ("Updated %s", section);
  record (self, change, CG_PLAN_CHANGE_KIND_UPDATE_SECTION, section, summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
  return TRUE;
}

/**
 * cg_child_protection_plan_set_needs:
 * @self: a plan
 * @needs: (nullable) (array zero-terminated=1): the child's needs
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Rewrites the child's needs. Setting the same list again records nothing.
 * An entry kept keeps its audience; see
 * [method@CoreGroup.ChildProtectionPlan.get_section_audience] for what a
 * new one gets.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_needs (CgChildProtectionPlan  *self,
                                    const char * const     *needs,
                                    CgPlanChange           *change,
                                    GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_list_section (self, &self->needs, PROP_NEEDS, "needs", needs, change, error);
}

/**
 * cg_child_protection_plan_set_risks:
 * @self: a plan
 * @risks: (nullable) (array zero-terminated=1): the identified risks
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Rewrites the identified risks. Setting the same list again records nothing.
 * An entry kept keeps its audience; see
 * [method@CoreGroup.ChildProtectionPlan.get_section_audience] for what a
 * new one gets.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_risks (CgChildProtectionPlan  *self,
                                    const char * const     *risks,
                                    CgPlanChange           *change,
                                    GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_list_section (self, &self->risks, PROP_RISKS, "risks", risks, change, error);
}

/**
 * cg_child_protection_plan_set_strengths:
 * @self: a plan
 * @strengths: (nullable) (array zero-terminated=1): the family's strengths
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Rewrites the family's strengths. Setting the same list again records
 * nothing. An entry kept keeps its audience; see
 * [method@CoreGroup.ChildProtectionPlan.get_section_audience] for what a
 * new one gets.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_strengths (CgChildProtectionPlan  *self,
                                        const char * const     *strengths,
                                        CgPlanChange           *change,
                                        GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_list_section (self, &self->strengths, PROP_STRENGTHS, "strengths", strengths,
                           change, error);
}

static CgPlanEntries *
lookup_section (CgChildProtectionPlan *self,
                const char            *section)
{
  if (g_strcmp0 (section, "needs") == 0)
    return &self->needs;
  if (g_strcmp0 (section, "risks") == 0)
    return &self->risks;
  if (g_strcmp0 (section, "strengths") == 0)
    return &self->strengths;
  return NULL;
}

/**
 * cg_child_protection_plan_get_section_audience:
 * @self: a plan
 * @section: `needs`, `risks` or `strengths`
 * @index: the entry's place in the section, from 0, as
 *   [method@CoreGroup.ChildProtectionPlan.get_risks] and the others list it
 *
 * Gets who may read an entry of a list section of the plan:
 * %CG_AUDIENCE_PROFESSIONALS keeps it out of the family's copy of the plan
 * (Suffolk 5.5). In the case document such an entry is an object,
 * `{"text": "...", "audience": "professionals"}`.
 *
 * [method@CoreGroup.ChildProtectionPlan.set_risks] and the other setters
 * cannot say who may read an entry, so they never show the family one it
 * was kept from: an entry whose text the new list keeps keeps its
 * audience (each entry once, in order), and a new text is for
 * professionals when an entry for professionals is not kept (the new text
 * may be that entry reworded), for everyone otherwise. Use
 * [method@CoreGroup.ChildProtectionPlan.set_section_audience] to change
 * it.
 *
 * Returns: the entry's audience; %CG_AUDIENCE_PROFESSIONALS, with a
 *   critical warning, for a section or an entry the plan does not have
 */
CgAudience
cg_child_protection_plan_get_section_audience (CgChildProtectionPlan *self,
                                               const char            *section,
                                               guint                  index)
{
  CgPlanEntries *entries;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), CG_AUDIENCE_PROFESSIONALS);

  /* A mistake hides the entry rather than shows it. */
  entries = lookup_section (self, section);
  g_return_val_if_fail (entries != NULL, CG_AUDIENCE_PROFESSIONALS);
  g_return_val_if_fail (index < cg_plan_entries_get_len (entries), CG_AUDIENCE_PROFESSIONALS);

  return cg_plan_entries_get_audience (entries, index);
}

/**
 * cg_child_protection_plan_set_section_audience:
 * @self: a plan
 * @section: `needs`, `risks` or `strengths`
 * @index: the entry's place in the section, from 0
 * @audience: who may read it
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Sets who may read an entry of a list section of the plan, and records
 * it as an `update-section` change of @section. Setting the audience it
 * has records nothing. A section or an entry the plan does not have fails
 * with %CG_PLAN_ERROR_UNKNOWN_ITEM.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_section_audience (CgChildProtectionPlan  *self,
                                               const char             *section,
                                               guint                   index,
                                               CgAudience              audience,
                                               CgPlanChange           *change,
                                               GError                **error)
{
  CgPlanEntries *entries;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (audience <= CG_AUDIENCE_PROFESSIONALS, FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_change (change, error))
    return FALSE;

  entries = lookup_section (self, section);
  if (entries == NULL || index >= cg_plan_entries_get_len (entries))
    {
      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM,
                   /* Translators: an entry's place and the section's name,
                    * which stays as it is, as do the names in brackets. */
                   _("The plan has no entry %u of a section “%s” (needs, risks, strengths)"), index,
                   section != NULL ? section : "");
      return FALSE;
    }

  if (!cg_plan_entries_set_audience (entries, index, audience))
    return TRUE;

  summary = cg_strdup_format ("Updated %s: %s[%u] for %s", section, section, index,
                              audience == CG_AUDIENCE_PROFESSIONALS ? "professionals only" : "everyone");
  record (self, change, CG_PLAN_CHANGE_KIND_UPDATE_SECTION, section, summary);
  return TRUE;
}

/**
 * cg_child_protection_plan_set_contingency:
 * @self: a plan
 * @contingency: (nullable): the back-up plan
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Rewrites the contingency plan. Setting the same text again records nothing.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_contingency (CgChildProtectionPlan  *self,
                                          const char             *contingency,
                                          CgPlanChange           *change,
                                          GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_text_section (self, &self->contingency, PROP_CONTINGENCY, "contingency",
                           contingency, change, error);
}

/**
 * cg_child_protection_plan_set_contact_arrangements:
 * @self: a plan
 * @arrangements: (nullable): how, how often and by whom the child is seen
 * @change: who made the change, when and why
 * @error: return location for a #GError
 *
 * Rewrites the arrangements for seeing the child. Setting the same text
 * again records nothing.
 *
 * Returns: %TRUE unless the change was refused
 */
gboolean
cg_child_protection_plan_set_contact_arrangements (CgChildProtectionPlan  *self,
                                                   const char             *arrangements,
                                                   CgPlanChange           *change,
                                                   GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_PLAN_CHANGE (change), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_text_section (self, &self->contact_arrangements, PROP_CONTACT_ARRANGEMENTS,
                           "contact-arrangements", arrangements, change, error);
}

/**
 * cg_child_protection_plan_add_dissent:
 * @self: a plan
 * @dissent: the dissent record
 * @error: return location for a #GError
 *
 * Records dissent or disagreement about the plan, by a family member or a
 * professional (Suffolk 2.5, 7.3). The record needs a date, a member and
 * what was said; otherwise this fails with %CG_PLAN_ERROR_INVALID.
 * Dissent does not change the plan's outcomes.
 *
 * Returns: %TRUE if the dissent was recorded
 */
gboolean
cg_child_protection_plan_add_dissent (CgChildProtectionPlan  *self,
                                      CgDissent              *dissent,
                                      GError                **error)
{
  g_return_val_if_fail (CG_IS_CHILD_PROTECTION_PLAN (self), FALSE);
  g_return_val_if_fail (CG_IS_DISSENT (dissent), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cg_dissent_get_date (dissent) == NULL ||
      cg_is_blank (cg_dissent_get_member (dissent)) ||
      cg_is_blank (cg_dissent_get_text (dissent)))
    {
      g_set_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID,
                   _("A dissent record needs a date, the member who disagreed and what they said "
                     "(Suffolk 2.5)"));
      return FALSE;
    }

  cg_item_list_append (cg_child_protection_plan_get_dissent_list (self), dissent);
  return TRUE;
}

CgItemList *
cg_child_protection_plan_get_outcome_list (CgChildProtectionPlan *self)
{
  return self->outcomes;
}

CgItemList *
cg_child_protection_plan_get_action_list (CgChildProtectionPlan *self)
{
  return self->actions;
}

/* Made when first asked for: most plans record none. */
CgItemList *
cg_child_protection_plan_get_dissent_list (CgChildProtectionPlan *self)
{
  return cg_item_list_ensure (&self->dissent, CG_TYPE_DISSENT, NULL);
}

GListModel *
cg_child_protection_plan_peek_dissent (CgChildProtectionPlan *self)
{
  return cg_item_list_made (&self->dissent);
}

CgItemList *
cg_child_protection_plan_get_history_list (CgChildProtectionPlan *self)
{
  return self->history;
}

void
cg_child_protection_plan_restore_sections (CgChildProtectionPlan *self,
                                           const char            *contingency,
                                           const char            *contact_arrangements)
{
  cg_plan_entries_clear (&self->needs);
  cg_plan_entries_clear (&self->risks);
  cg_plan_entries_clear (&self->strengths);
  cg_set_string (&self->contingency, contingency);
  cg_set_string (&self->contact_arrangements, contact_arrangements);
}

CgPlanEntries *
cg_child_protection_plan_get_entries (CgChildProtectionPlan *self,
                                      const char            *section)
{
  return lookup_section (self, section);
}

void
cg_child_protection_plan_set_stored_seal (CgChildProtectionPlan *self,
                                          JsonNode              *seal)
{
  g_clear_pointer (&self->stored_seal, json_node_unref);
  if (seal != NULL && !JSON_NODE_HOLDS_NULL (seal))
    self->stored_seal = json_node_copy (seal);
}

JsonNode *
cg_child_protection_plan_get_stored_seal (CgChildProtectionPlan *self)
{
  return self->stored_seal;
}

void
cg_child_protection_plan_mark_read (CgChildProtectionPlan *self)
{
  self->read = TRUE;
  self->n_read = cg_item_list_get_len (self->history);
}

gboolean
cg_child_protection_plan_was_read (CgChildProtectionPlan *self,
                                   guint                 *n_read)
{
  *n_read = self->read ? self->n_read : 0;
  return self->read;
}

void
cg_child_protection_plan_set_case (CgChildProtectionPlan *self,
                                   CgCase                *kase)
{
  self->kase = kase;
}
