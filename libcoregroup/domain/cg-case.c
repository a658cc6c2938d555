/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-case-private.h"
#include "domain/cg-child-protection-plan-private.h"
#include "domain/cg-core-group-private.h"
#include "json/cg-json-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-util-private.h"

/**
 * CgCase:
 *
 * The record of one child subject of a child protection plan: the child,
 * the categories of abuse, the family's background, the initial and review
 * conferences, the core group and its meetings, the plan, the contacts in which the child was
 * seen, the events (school moves, significant changes, changes of
 * allocated professional) that start timescales of their own, what the
 * conferences decided about the rules for this child, the deadlines whose
 * delay someone acknowledged, the requests to move a review conference,
 * and the concerns escalated beyond the core group.
 *
 * A case is usually read from a case document (see the
 * [JSON format](json-format.html)) and written back with
 * [method@CoreGroup.Case.save], which replaces the file atomically:
 *
 * ```c
 * g_autoptr(GFile) file = g_file_new_for_path ("SUF-0001.json");
 * g_autoptr(GError) error = NULL;
 * g_autoptr(CgCase) kase = cg_case_new_from_file (file, &error);
 *
 * if (kase == NULL)
 *   {
 *     // e.g. "meetings[2].attendance[0].member: not a member of the core group"
 *     g_printerr ("%s\n", error->message);
 *     return;
 *   }
 *
 * cg_case_set_plan_ended (kase, today);
 * if (!cg_case_save (kase, file, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * Each save links the entries of the plan's history and seals it, so that
 * a history edited afterwards is found (see the
 * [JSON format](json-format.html#history-links-and-seal)). With a key of
 * the application's own, the links are HMAC-SHA256 under it and an edit by
 * anyone without the key is found even if they recomputed them:
 *
 * ```c
 * cg_case_set_history_key (kase, key);
 * if (!cg_case_verify_history (kase, &error))
 *   g_printerr ("%s\n", error->message);  // "plan.history[3]: recorded differently when it was saved"
 * ```
 *
 * From Python:
 *
 * ```python
 * kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path('SUF-0001.json'))
 * for meeting in kase.get_core_group().get_meetings():
 *     print(meeting.props.id, CoreGroup.date_format(meeting.get_date()))
 * ```
 */

struct _CgCase
{
  GObject                parent_instance;
  char                  *id;
  char                  *policy;
  char                  *family;
  char                  *child_name;
  GDate                  child_date_of_birth;   /* cleared: none */
  gboolean               child_pre_verbal;
  CgAbuseCategory        categories;
  char                  *background_family_composition;
  char                  *background_brief_history;
  GDate                  initial_conference;   /* cleared: none */
  GDate                  plan_ended;   /* cleared: none */
  CgCoreGroup           *core_group;
  CgChildProtectionPlan *plan;
  CgItemList            *conferences;
  CgItemList            *contacts;
  CgItemList            *events;
  CgItemList            *decisions;
  CgItemList            *acknowledgements;
  CgItemList            *review_requests;
  CgItemList            *escalations;
  GBytes                *history_key;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_POLICY,
  PROP_FAMILY,
  PROP_CHILD_NAME,
  PROP_CHILD_DATE_OF_BIRTH,
  PROP_CHILD_PRE_VERBAL,
  PROP_CATEGORIES,
  PROP_BACKGROUND_FAMILY_COMPOSITION,
  PROP_BACKGROUND_BRIEF_HISTORY,
  PROP_INITIAL_CONFERENCE,
  PROP_PLAN_ENDED,
  PROP_CORE_GROUP,
  PROP_PLAN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgCase, cg_case, G_TYPE_OBJECT)

static void
cg_case_dispose (GObject *object)
{
  CgCase *self = CG_CASE (object);

  g_clear_object (&self->core_group);
  if (self->plan != NULL)
    cg_child_protection_plan_set_case (self->plan, NULL);
  g_clear_object (&self->plan);
  g_clear_object (&self->conferences);
  g_clear_object (&self->contacts);
  g_clear_object (&self->events);
  g_clear_object (&self->decisions);
  g_clear_object (&self->acknowledgements);
  g_clear_object (&self->review_requests);
  g_clear_object (&self->escalations);

  G_OBJECT_CLASS (cg_case_parent_class)->dispose (object);
}

static void
cg_case_finalize (GObject *object)
{
  CgCase *self = CG_CASE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->policy, g_free);
  g_clear_pointer (&self->family, g_free);
  g_clear_pointer (&self->child_name, g_free);
  g_clear_pointer (&self->background_family_composition, g_free);
  g_clear_pointer (&self->background_brief_history, g_free);
  g_clear_pointer (&self->history_key, g_bytes_unref);

  G_OBJECT_CLASS (cg_case_parent_class)->finalize (object);
}

static void
cg_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CgCase *self = CG_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_POLICY:
      g_value_set_string (value, self->policy);
      break;

    case PROP_FAMILY:
      g_value_set_string (value, self->family);
      break;

    case PROP_CHILD_NAME:
      g_value_set_string (value, self->child_name);
      break;

    case PROP_CHILD_DATE_OF_BIRTH:
      g_value_set_boxed (value, cg_day_peek (&self->child_date_of_birth));
      break;

    case PROP_CHILD_PRE_VERBAL:
      g_value_set_boolean (value, self->child_pre_verbal);
      break;

    case PROP_CATEGORIES:
      g_value_set_flags (value, self->categories);
      break;

    case PROP_BACKGROUND_FAMILY_COMPOSITION:
      g_value_set_string (value, self->background_family_composition);
      break;

    case PROP_BACKGROUND_BRIEF_HISTORY:
      g_value_set_string (value, self->background_brief_history);
      break;

    case PROP_INITIAL_CONFERENCE:
      g_value_set_boxed (value, cg_day_peek (&self->initial_conference));
      break;

    case PROP_PLAN_ENDED:
      g_value_set_boxed (value, cg_day_peek (&self->plan_ended));
      break;

    case PROP_CORE_GROUP:
      g_value_set_object (value, self->core_group);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_case_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CgCase *self = CG_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_POLICY:
      cg_case_set_policy (self, g_value_get_string (value));
      break;

    case PROP_FAMILY:
      cg_case_set_family (self, g_value_get_string (value));
      break;

    case PROP_CHILD_NAME:
      cg_case_set_child_name (self, g_value_get_string (value));
      break;

    case PROP_CHILD_DATE_OF_BIRTH:
      cg_case_set_child_date_of_birth (self, g_value_get_boxed (value));
      break;

    case PROP_CHILD_PRE_VERBAL:
      cg_case_set_child_pre_verbal (self, g_value_get_boolean (value));
      break;

    case PROP_CATEGORIES:
      cg_case_set_categories (self, g_value_get_flags (value));
      break;

    case PROP_BACKGROUND_FAMILY_COMPOSITION:
      cg_case_set_background_family_composition (self, g_value_get_string (value));
      break;

    case PROP_BACKGROUND_BRIEF_HISTORY:
      cg_case_set_background_brief_history (self, g_value_get_string (value));
      break;

    case PROP_INITIAL_CONFERENCE:
      cg_case_set_initial_conference (self, g_value_get_boxed (value));
      break;

    case PROP_PLAN_ENDED:
      cg_case_set_plan_ended (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_case_class_init (CgCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_case_dispose;
  object_class->finalize = cg_case_finalize;
  object_class->get_property = cg_case_get_property;
  object_class->set_property = cg_case_set_property;

  /**
   * CgCase:id:
   *
   * The case id, as the case-management system knows it. Set at construction.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:policy:
   *
   * The id of the local policy (LSCP procedures) the case is run under,
   * such as `suffolk` or `south-east-wales`.
   */
  properties [PROP_POLICY] =
    g_param_spec_string ("policy", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:family:
   *
   * The id the cases of brothers and sisters on plans at the same time
   * share, or %NULL. Each child keeps its own case; a joint meeting
   * appears in each child's case under the same meeting id, and
   * [method@CoreGroup.Report.check_family] compares those records.
   */
  properties [PROP_FAMILY] =
    g_param_spec_string ("family", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:child-name:
   *
   * The child's name.
   */
  properties [PROP_CHILD_NAME] =
    g_param_spec_string ("child-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:child-date-of-birth:
   *
   * The child's date of birth, if known.
   */
  properties [PROP_CHILD_DATE_OF_BIRTH] =
    g_param_spec_boxed ("child-date-of-birth", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:child-pre-verbal:
   *
   * Whether the child is pre-verbal. Pre-verbal children are seen but
   * cannot be spoken to alone (Haringey, "The key worker"; Suffolk 8.1).
   */
  properties [PROP_CHILD_PRE_VERBAL] =
    g_param_spec_boolean ("child-pre-verbal", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:categories:
   *
   * The categories of abuse or neglect under which the plan was made.
   */
  properties [PROP_CATEGORIES] =
    g_param_spec_flags ("categories", NULL, NULL, CG_TYPE_ABUSE_CATEGORY, CG_ABUSE_CATEGORY_NONE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:background-family-composition:
   *
   * Who is in the child's family and household, as the minutes of the
   * first core group give it (Haringey Appendix 1, "Family composition").
   */
  properties [PROP_BACKGROUND_FAMILY_COMPOSITION] =
    g_param_spec_string ("background-family-composition", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:background-brief-history:
   *
   * A brief history of the concerns that led to the plan, as the minutes
   * of the first core group give it (Haringey Appendix 1, "Brief history").
   */
  properties [PROP_BACKGROUND_BRIEF_HISTORY] =
    g_param_spec_string ("background-brief-history", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:initial-conference:
   *
   * The day of the initial child protection conference, from which the
   * first core group and the first review are counted (Suffolk 2.1).
   */
  properties [PROP_INITIAL_CONFERENCE] =
    g_param_spec_boxed ("initial-conference", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:plan-ended:
   *
   * The day the child stopped being subject of a plan, or %NULL while the
   * plan is in place. Recurring timescales stop here (doc/rules.md,
   * "Recurring rules").
   */
  properties [PROP_PLAN_ENDED] =
    g_param_spec_boxed ("plan-ended", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:core-group:
   *
   * The case's core group.
   */
  properties [PROP_CORE_GROUP] =
    g_param_spec_object ("core-group", NULL, NULL, CG_TYPE_CORE_GROUP,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CgCase:plan:
   *
   * The child's protection plan.
   */
  properties [PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, CG_TYPE_CHILD_PROTECTION_PLAN,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_case_init (CgCase *self)
{
  self->core_group = cg_core_group_new ();
  self->plan = cg_child_protection_plan_new ();
  cg_child_protection_plan_set_case (self->plan, self);
  /* Kept as records until asked for: a case has several. */
  self->contacts = cg_item_list_new_with_records (CG_TYPE_CONTACT_RECORD, &cg_contact_record_kind);
}

/**
 * cg_case_new:
 * @id: the case id
 *
 * Creates an empty case. Most cases are read from a file with
 * [ctor@CoreGroup.Case.new_from_file].
 *
 * Returns: (transfer full): a new case
 */
CgCase *
cg_case_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CG_TYPE_CASE, "id", id, NULL);
}

/**
 * cg_case_get_id:
 * @self: a case
 *
 * Gets the case id.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_case_get_id (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->id;
}

/**
 * cg_case_get_policy:
 * @self: a case
 *
 * Gets the id of the policy the case is run under.
 *
 * Returns: (transfer none) (nullable): the policy id
 */
const char *
cg_case_get_policy (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->policy;
}

/**
 * cg_case_set_policy:
 * @self: a case
 * @policy: (nullable): a policy id
 *
 * Sets the id of the policy the case is run under.
 */
void
cg_case_set_policy (CgCase     *self,
                    const char *policy)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_string (&self->policy, policy))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POLICY]);
}

/**
 * cg_case_get_family:
 * @self: a case
 *
 * Gets the id the cases of the child's brothers and sisters share.
 *
 * Returns: (transfer none) (nullable): the family id
 */
const char *
cg_case_get_family (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->family;
}

/**
 * cg_case_set_family:
 * @self: a case
 * @family: (nullable): a family id
 *
 * Sets the id the cases of the child's brothers and sisters share.
 */
void
cg_case_set_family (CgCase     *self,
                    const char *family)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_string (&self->family, family))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FAMILY]);
}

/**
 * cg_case_get_child_name:
 * @self: a case
 *
 * Gets the child's name.
 *
 * Returns: (transfer none) (nullable): the name
 */
const char *
cg_case_get_child_name (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->child_name;
}

/**
 * cg_case_set_child_name:
 * @self: a case
 * @name: (nullable): the child's name
 *
 * Sets the child's name.
 */
void
cg_case_set_child_name (CgCase     *self,
                        const char *name)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_string (&self->child_name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHILD_NAME]);
}

/**
 * cg_case_get_child_date_of_birth:
 * @self: a case
 *
 * Gets the child's date of birth.
 *
 * Returns: (transfer none) (nullable): the date of birth
 */
GDate *
cg_case_get_child_date_of_birth (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return cg_day_peek (&self->child_date_of_birth);
}

/**
 * cg_case_set_child_date_of_birth:
 * @self: a case
 * @date: (nullable): the date of birth
 *
 * Sets the child's date of birth.
 */
void
cg_case_set_child_date_of_birth (CgCase      *self,
                                 const GDate *date)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_day (&self->child_date_of_birth, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHILD_DATE_OF_BIRTH]);
}

/**
 * cg_case_get_child_pre_verbal:
 * @self: a case
 *
 * Gets whether the child is pre-verbal.
 *
 * Returns: %TRUE for a pre-verbal child
 */
gboolean
cg_case_get_child_pre_verbal (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), FALSE);

  return self->child_pre_verbal;
}

/**
 * cg_case_set_child_pre_verbal:
 * @self: a case
 * @pre_verbal: whether the child is pre-verbal
 *
 * Sets whether the child is pre-verbal.
 */
void
cg_case_set_child_pre_verbal (CgCase   *self,
                              gboolean  pre_verbal)
{
  g_return_if_fail (CG_IS_CASE (self));

  pre_verbal = !!pre_verbal;
  if (self->child_pre_verbal == pre_verbal)
    return;

  self->child_pre_verbal = pre_verbal;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHILD_PRE_VERBAL]);
}

/**
 * cg_case_get_categories:
 * @self: a case
 *
 * Gets the categories of abuse or neglect.
 *
 * Returns: the categories
 */
CgAbuseCategory
cg_case_get_categories (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), CG_ABUSE_CATEGORY_NONE);

  return self->categories;
}

/**
 * cg_case_set_categories:
 * @self: a case
 * @categories: the categories of abuse or neglect
 *
 * Sets the categories of abuse or neglect.
 */
void
cg_case_set_categories (CgCase          *self,
                        CgAbuseCategory  categories)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (self->categories == categories)
    return;

  self->categories = categories;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATEGORIES]);
}

/**
 * cg_case_get_background_family_composition:
 * @self: a case
 *
 * Gets who is in the child's family and household.
 *
 * Returns: (transfer none) (nullable): the family composition
 */
const char *
cg_case_get_background_family_composition (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->background_family_composition;
}

/**
 * cg_case_set_background_family_composition:
 * @self: a case
 * @text: (nullable): the family composition
 *
 * Sets who is in the child's family and household.
 */
void
cg_case_set_background_family_composition (CgCase     *self,
                                           const char *text)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_string (&self->background_family_composition, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BACKGROUND_FAMILY_COMPOSITION]);
}

/**
 * cg_case_get_background_brief_history:
 * @self: a case
 *
 * Gets the brief history of the concerns that led to the plan.
 *
 * Returns: (transfer none) (nullable): the brief history
 */
const char *
cg_case_get_background_brief_history (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->background_brief_history;
}

/**
 * cg_case_set_background_brief_history:
 * @self: a case
 * @text: (nullable): the brief history
 *
 * Sets the brief history of the concerns that led to the plan.
 */
void
cg_case_set_background_brief_history (CgCase     *self,
                                      const char *text)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_string (&self->background_brief_history, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BACKGROUND_BRIEF_HISTORY]);
}

/**
 * cg_case_get_initial_conference:
 * @self: a case
 *
 * Gets the day of the initial child protection conference.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_case_get_initial_conference (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return cg_day_peek (&self->initial_conference);
}

/**
 * cg_case_set_initial_conference:
 * @self: a case
 * @date: (nullable): the day of the initial conference
 *
 * Sets the day of the initial child protection conference.
 */
void
cg_case_set_initial_conference (CgCase      *self,
                                const GDate *date)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_day (&self->initial_conference, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INITIAL_CONFERENCE]);
}

/**
 * cg_case_get_plan_ended:
 * @self: a case
 *
 * Gets the day the plan ended.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL while the plan is in place
 */
GDate *
cg_case_get_plan_ended (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return cg_day_peek (&self->plan_ended);
}

/**
 * cg_case_set_plan_ended:
 * @self: a case
 * @date: (nullable): the day the plan ended, or %NULL
 *
 * Sets the day the child stopped being subject of a plan.
 */
void
cg_case_set_plan_ended (CgCase      *self,
                        const GDate *date)
{
  g_return_if_fail (CG_IS_CASE (self));

  if (cg_set_day (&self->plan_ended, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLAN_ENDED]);
}

/**
 * cg_case_get_core_group:
 * @self: a case
 *
 * Gets the case's core group: its members and meetings.
 *
 * Returns: (transfer none): the core group
 */
CgCoreGroup *
cg_case_get_core_group (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->core_group;
}

/**
 * cg_case_get_plan:
 * @self: a case
 *
 * Gets the child's protection plan.
 *
 * Returns: (transfer none): the plan
 */
CgChildProtectionPlan *
cg_case_get_plan (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->plan;
}

/**
 * cg_case_set_history_key:
 * @self: a case
 * @key: (nullable): the key, not empty, or %NULL for none
 *
 * Sets the key the plan's history links and seal are made with (see
 * [the JSON format](json-format.html#history-links-and-seal)).
 * With a key, [method@CoreGroup.Case.save] links the history entries and
 * seals the history with HMAC-SHA256 under the key, and
 * [method@CoreGroup.Case.verify_history] accepts only a history sealed with
 * the same key: an edit by someone without the key is found even if they
 * recomputed the links. Without a key they are plain SHA-256, which anyone
 * can recompute.
 *
 * The key is the embedding application's secret: keep it out of the case
 * document and out of logs. It may be set before or after the case is
 * read, since verifying is done when asked; but a document saved without a
 * key does not verify once one is set, so an application that uses a key
 * uses it from a document's first save on. The case keeps a reference to
 * @key.
 */
void
cg_case_set_history_key (CgCase *self,
                         GBytes *key)
{
  g_return_if_fail (CG_IS_CASE (self));
  g_return_if_fail (key == NULL || g_bytes_get_size (key) > 0);

  if (key != NULL)
    g_bytes_ref (key);
  g_clear_pointer (&self->history_key, g_bytes_unref);
  self->history_key = key;
}

/**
 * cg_case_get_history_key:
 * @self: a case
 *
 * Gets the key set with [method@CoreGroup.Case.set_history_key].
 *
 * Returns: (transfer none) (nullable): the key, or %NULL if none is set
 */
GBytes *
cg_case_get_history_key (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return self->history_key;
}

/**
 * cg_case_get_review_conferences:
 * @self: a case
 *
 * Gets the review conferences, held and scheduled.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Conference]
 */
GListModel *
cg_case_get_review_conferences (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (cg_case_get_conference_list (self));
}

/**
 * cg_case_add_review_conference:
 * @self: a case
 * @conference: a held or scheduled review conference
 *
 * Adds a review conference.
 */
void
cg_case_add_review_conference (CgCase       *self,
                               CgConference *conference)
{
  g_return_if_fail (CG_IS_CASE (self));
  g_return_if_fail (CG_IS_CONFERENCE (conference));
  g_return_if_fail (cg_conference_get_date (conference) != NULL);

  cg_item_list_append (cg_case_get_conference_list (self), conference);
}

/**
 * cg_case_get_contacts:
 * @self: a case
 *
 * Gets the recorded contacts with the child.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.ContactRecord]
 */
GListModel *
cg_case_get_contacts (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (self->contacts);
}

static gboolean
check_contact (CgCase                *self,
               const CgContactFields *contact,
               const char            *path,
               GError               **error)
{
  if (cg_contact_fields_get_date (contact) == NULL || contact->by == NULL)
    {
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID,
                   /* Translators: the contact's field path ("contacts[2]"),
                    * which stays as it is. */
                   _("%s: a contact needs a date and the member who made it"), path);
      return FALSE;
    }

  return cg_core_group_check_member_ref (self->core_group, contact->by, path, "by", error);
}

static gboolean
find_contact_id (CgCase     *self,
                 const char *id)
{
  for (guint i = 0; i < cg_case_get_n_contacts (self); i++)
    if (g_strcmp0 (cg_case_peek_contact (self, i)->id, id) == 0)
      return TRUE;
  return FALSE;
}

guint
cg_case_get_n_contacts (CgCase *self)
{
  return cg_item_list_get_len (self->contacts);
}

const CgContactFields *
cg_case_peek_contact (CgCase *self,
                      guint   position)
{
  return cg_item_list_peek_record (self->contacts, position);
}

/**
 * cg_case_add_contact:
 * @self: a case
 * @contact: a record of contact with the child
 * @error: return location for a #GError
 *
 * Records a contact with the child. The contact's
 * [property@CoreGroup.ContactRecord:by] must be a member of the core group
 * (%CG_CASE_ERROR_UNKNOWN_MEMBER), and its id, if any, must be new
 * (%CG_CASE_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the contact was recorded
 */
gboolean
cg_case_add_contact (CgCase           *self,
                     CgContactRecord  *contact,
                     GError          **error)
{
  const char *id;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (contact), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = cg_contact_record_get_id (contact);
  if (id != NULL && find_contact_id (self, id))
    {
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
                   /* Translators: %s is the contact's id. */
                   _("A contact with id “%s” is already recorded"), id);
      return FALSE;
    }

  if (!check_contact (self, &contact->record, "contact", error))
    return FALSE;

  cg_item_list_append (self->contacts, contact);
  return TRUE;
}

/**
 * cg_case_get_events:
 * @self: a case
 *
 * Gets the recorded events: significant changes, school moves and changes
 * of allocated professional.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.CaseEvent]
 */
GListModel *
cg_case_get_events (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (cg_case_get_event_list (self));
}

static gboolean
find_event_id (CgCase     *self,
               const char *id,
               guint       before)
{
  return cg_item_list_find (self->events, (CgItemIdFunc) cg_case_event_get_id, id, before) >= 0;
}

static gboolean
check_event (CgCase       *self,
             CgCaseEvent  *event,
             const char   *path,
             GError      **error)
{
  if (cg_case_event_get_date (event) == NULL)
    {
      /* Translators: the event's field path ("events[0]"), which stays as it
       * is, as does "date". */
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID, _("%s.date: an event needs a date"), path);
      return FALSE;
    }

  return cg_core_group_check_member_ref (self->core_group, cg_case_event_get_previous_member (event),
                                         path, "previous_member", error) &&
         cg_core_group_check_member_ref (self->core_group, cg_case_event_get_new_member (event),
                                         path, "new_member", error);
}

/**
 * cg_case_add_event:
 * @self: a case
 * @event: a significant change, school move or change of professional
 * @error: return location for a #GError
 *
 * Records an event. Its id must be new (%CG_CASE_ERROR_DUPLICATE_ID) and
 * the members it names must be in the core group
 * (%CG_CASE_ERROR_UNKNOWN_MEMBER).
 *
 * Returns: %TRUE if the event was recorded
 */
gboolean
cg_case_add_event (CgCase       *self,
                   CgCaseEvent  *event,
                   GError      **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (CG_IS_CASE_EVENT (event), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_event_id (self, cg_case_event_get_id (event), cg_item_list_get_len (self->events)))
    {
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
                   /* Translators: %s is the event's id. */
                   _("An event with id “%s” is already recorded"), cg_case_event_get_id (event));
      return FALSE;
    }

  /* Translators: how an error names an event added through the API, before a
   * field's name; %s is its id. */
  path = cg_strdup_format (_("event “%s”"), cg_case_event_get_id (event));
  if (!check_event (self, event, path, error))
    return FALSE;

  cg_item_list_append (cg_case_get_event_list (self), event);
  return TRUE;
}

/* Names the two entries, not the id they share: a message may be logged. */
static gboolean
duplicate (GError     **error,
           const char  *list,
           guint        position,
           int          earlier)
{
  g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
               /* Translators: a list's name ("contacts"), a place in it, the
                * list again and the place of the earlier entry with that id;
                * the names stay as they are. */
               _("%s[%u].id: the same id as %s[%d]"), list, position, list, earlier);
  return FALSE;
}

static gboolean
validate_core_group (CgCase  *self,
                     GError **error)
{
  CgItemList *members = cg_core_group_get_member_list (self->core_group);
  CgItemList *meetings = cg_core_group_get_meeting_list (self->core_group);

  for (guint i = 0; i < cg_item_list_get_len (members); i++)
    {
      const char *id = cg_member_get_id (cg_item_list_peek (members, i));
      int earlier = cg_item_list_find (members, (CgItemIdFunc) cg_member_get_id, id, i);

      if (earlier >= 0)
        return duplicate (error, "members", i, earlier);
    }

  /* Whom a member's contact details are kept from must be a member: a
   * mistyped id would keep them from nobody. */
  for (guint i = 0; i < cg_item_list_get_len (members); i++)
    {
      const char * const *withhold_from = cg_member_get_withhold_from (cg_item_list_peek (members, i));

      for (guint j = 0; withhold_from != NULL && withhold_from[j] != NULL; j++)
        {
          g_autofree char *path = NULL;
          g_autofree char *field = NULL;

          /* The path is made only for an error, here and below: a
           * caseload has millions of records to check. */
          if (cg_core_group_check_member_ref (self->core_group, withhold_from[j], "", "", NULL))
            continue;
          path = cg_strdup_format ("members[%u]", i);
          field = cg_strdup_format ("withhold_from[%u]", j);
          return cg_core_group_check_member_ref (self->core_group, withhold_from[j], path, field, error);
        }
    }

  for (guint i = 0; i < cg_item_list_get_len (meetings); i++)
    {
      CgMeeting *meeting = cg_item_list_peek (meetings, i);
      int earlier = cg_item_list_find (meetings, (CgItemIdFunc) cg_meeting_get_id, cg_meeting_get_id (meeting), i);
      g_autofree char *path = NULL;

      if (earlier >= 0)
        return duplicate (error, "meetings", i, earlier);
      if (cg_core_group_check_meeting (self->core_group, meeting, "", NULL))
        continue;
      path = cg_json_index_path ("meetings", i);
      return cg_core_group_check_meeting (self->core_group, meeting, path, error);
    }

  return TRUE;
}

static gboolean
validate_plan (CgCase  *self,
               GError **error)
{
  CgItemList *outcomes = cg_child_protection_plan_get_outcome_list (self->plan);
  CgItemList *actions = cg_child_protection_plan_get_action_list (self->plan);
  CgItemList *dissent = CG_ITEM_LIST (cg_child_protection_plan_peek_dissent (self->plan));

  for (guint i = 0; i < cg_item_list_get_len (outcomes); i++)
    {
      const char *id = cg_outcome_get_id (cg_item_list_peek (outcomes, i));
      int earlier = cg_item_list_find (outcomes, (CgItemIdFunc) cg_outcome_get_id, id, i);

      if (earlier >= 0)
        return duplicate (error, "plan.outcomes", i, earlier);
    }

  for (guint i = 0; i < cg_item_list_get_len (actions); i++)
    {
      CgAction *action = cg_item_list_peek (actions, i);
      const char *outcome = cg_action_get_outcome (action);
      int earlier = cg_item_list_find (actions, (CgItemIdFunc) cg_action_get_id, cg_action_get_id (action), i);
      g_autofree char *path = NULL;

      if (earlier >= 0)
        return duplicate (error, "plan.actions", i, earlier);
      path = cg_json_index_path ("plan.actions", i);
      if (!cg_core_group_check_member_ref (self->core_group, cg_action_get_owner (action),
                                           path, "owner", error))
        return FALSE;
      if (outcome != NULL && cg_child_protection_plan_lookup_outcome (self->plan, outcome) == NULL)
        {
          g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER,
                       /* Translators: an action's field path
                        * ("plan.actions[1]"), which stays as it is, as does
                        * "outcome". */
                       _("%s.outcome: not an outcome of the plan"), path);
          return FALSE;
        }
    }

  for (guint i = 0; i < cg_item_list_get_len (dissent); i++)
    {
      CgDissent *record = cg_item_list_peek (dissent, i);
      const char *meeting = cg_dissent_get_meeting (record);
      g_autofree char *path = cg_strdup_format ("plan.dissent[%u]", i);

      if (!cg_core_group_check_member_ref (self->core_group, cg_dissent_get_member (record),
                                           path, "member", error))
        return FALSE;
      if (meeting != NULL && cg_core_group_lookup_meeting (self->core_group, meeting) == NULL)
        {
          g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER,
                       /* Translators: a dissent's field path
                        * ("plan.dissent[0]"), which stays as it is, as does
                        * "meeting". */
                       _("%s.meeting: not a recorded meeting"), path);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * cg_case_validate:
 * @self: a case
 * @error: return location for a #GError
 *
 * Checks that the record is consistent: ids are unique within each kind
 * (members, meetings, contacts, events, outcomes, actions, escalations),
 * every reference names a member, meeting, outcome or action that exists,
 * and each
 * conference decision is dated on the initial conference or a held review
 * conference and either sets an interval or turns its rule off, and each
 * acknowledgement has its rule, days, person and reason, and a review
 * request has the day it was decided exactly when it is decided. Loading a
 * file runs the same checks. Members, meetings and other records edited
 * after they were added (a meeting's chair changed, say) are only checked
 * here.
 *
 * The error, in the %CG_CASE_ERROR domain, names the field path in the
 * case document, for example `meetings[2].attendance[0].member`.
 *
 * Returns: %TRUE if the record is consistent
 */
gboolean
cg_case_validate (CgCase  *self,
                  GError **error)
{
  g_autoptr(GHashTable) contact_ids = NULL;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_core_group (self, error) || !validate_plan (self, error))
    return FALSE;

  /* A contact's id may change after it is recorded, so its list keeps no
   * index: a set made here keeps the check linear. */
  contact_ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < cg_item_list_get_len (self->contacts); i++)
    {
      const CgContactFields *contact = cg_case_peek_contact (self, i);
      const char *id = contact->id;
      gpointer earlier;
      g_autofree char *path = NULL;

      if (id != NULL && g_hash_table_lookup_extended (contact_ids, id, NULL, &earlier))
        return duplicate (error, "contacts", i, GPOINTER_TO_INT (earlier));
      if (id != NULL)
        g_hash_table_insert (contact_ids, (gpointer) id, GINT_TO_POINTER (i));
      if (check_contact (self, contact, "", NULL))
        continue;
      path = cg_strdup_format ("contacts[%u]", i);
      return check_contact (self, contact, path, error);
    }

  for (guint i = 0; i < cg_item_list_get_len (self->events); i++)
    {
      CgCaseEvent *event = cg_item_list_peek (self->events, i);
      int earlier = cg_item_list_find (self->events, (CgItemIdFunc) cg_case_event_get_id,
                                       cg_case_event_get_id (event), i);
      g_autofree char *path = NULL;

      if (earlier >= 0)
        return duplicate (error, "events", i, earlier);
      if (check_event (self, event, "", NULL))
        continue;
      path = cg_strdup_format ("events[%u]", i);
      return check_event (self, event, path, error);
    }

  return cg_case_validate_records (self, error);
}

CgItemList *
cg_case_get_conference_list (CgCase *self)
{
  return cg_item_list_ensure (&self->conferences, CG_TYPE_CONFERENCE, NULL);
}

GListModel *
cg_case_peek_conference (CgCase *self)
{
  return cg_item_list_made (&self->conferences);
}

CgItemList *
cg_case_get_contact_list (CgCase *self)
{
  return self->contacts;
}

CgItemList *
cg_case_get_event_list (CgCase *self)
{
  return cg_item_list_ensure (&self->events, CG_TYPE_CASE_EVENT, (CgItemIdFunc) cg_case_event_get_id);
}

GListModel *
cg_case_peek_event (CgCase *self)
{
  return cg_item_list_made (&self->events);
}

CgItemList *
cg_case_get_decision_list (CgCase *self)
{
  return cg_item_list_ensure (&self->decisions, CG_TYPE_CONFERENCE_DECISION, NULL);
}

GListModel *
cg_case_peek_decision (CgCase *self)
{
  return cg_item_list_made (&self->decisions);
}

CgItemList *
cg_case_get_acknowledgement_list (CgCase *self)
{
  return cg_item_list_ensure (&self->acknowledgements, CG_TYPE_ACKNOWLEDGEMENT, NULL);
}

GListModel *
cg_case_peek_acknowledgement (CgCase *self)
{
  return cg_item_list_made (&self->acknowledgements);
}

CgItemList *
cg_case_get_review_request_list (CgCase *self)
{
  return cg_item_list_ensure (&self->review_requests, CG_TYPE_REVIEW_REQUEST, NULL);
}

GListModel *
cg_case_peek_review_request (CgCase *self)
{
  return cg_item_list_made (&self->review_requests);
}

CgItemList *
cg_case_get_escalation_list (CgCase *self)
{
  return cg_item_list_ensure (&self->escalations, CG_TYPE_ESCALATION, (CgItemIdFunc) cg_escalation_get_id);
}

GListModel *
cg_case_peek_escalation (CgCase *self)
{
  return cg_item_list_made (&self->escalations);
}
