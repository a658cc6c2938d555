/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/**
 * CgDissent:
 *
 * A record of dissent or disagreement about the child protection plan, by
 * a family member or a professional. Dissent must be recorded in the
 * minutes and on the plan, and summarised in the lead social worker's
 * report to the next review conference (Suffolk 2.5, 7.3).
 *
 * Records are immutable once made. [ctor@CoreGroup.Dissent.new] sets the
 * essentials; set [property@CoreGroup.Dissent:about] and
 * [property@CoreGroup.Dissent:meeting] at construction if needed:
 *
 * ```c
 * g_autoptr(CgDissent) dissent =
 *   g_object_new (CG_TYPE_DISSENT,
 *                 "date", day, "member", "m3",
 *                 "text", "Does not accept the category of neglect",
 *                 "about", "categories", "meeting", "cg1",
 *                 NULL);
 * ```
 */

struct _CgDissent
{
  GObject  parent_instance;
  GDate    date;   /* cleared: none */
  char    *member;
  char    *text;
  char    *about;
  char    *meeting;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_MEMBER,
  PROP_TEXT,
  PROP_ABOUT,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgDissent, cg_dissent, G_TYPE_OBJECT)

static void
cg_dissent_finalize (GObject *object)
{
  CgDissent *self = CG_DISSENT (object);

  g_clear_pointer (&self->member, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->about, g_free);
  g_clear_pointer (&self->meeting, g_free);

  G_OBJECT_CLASS (cg_dissent_parent_class)->finalize (object);
}

static void
cg_dissent_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgDissent *self = CG_DISSENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_ABOUT:
      g_value_set_string (value, self->about);
      break;

    case PROP_MEETING:
      g_value_set_string (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_dissent_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CgDissent *self = CG_DISSENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      cg_set_day (&self->date, g_value_get_boxed (value));
      break;

    case PROP_MEMBER:
      self->member = g_value_dup_string (value);
      break;

    case PROP_TEXT:
      self->text = g_value_dup_string (value);
      break;

    case PROP_ABOUT:
      self->about = g_value_dup_string (value);
      break;

    case PROP_MEETING:
      self->meeting = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_dissent_class_init (CgDissentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_dissent_finalize;
  object_class->get_property = cg_dissent_get_property;
  object_class->set_property = cg_dissent_set_property;

  /**
   * CgDissent:date:
   *
   * When the dissent was expressed.
   */
  properties [PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, flags);

  /**
   * CgDissent:member:
   *
   * The id of the core group member who disagreed.
   */
  properties [PROP_MEMBER] = g_param_spec_string ("member", NULL, NULL, NULL, flags);

  /**
   * CgDissent:text:
   *
   * What the member disagreed with, and why, in their words where possible.
   */
  properties [PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);

  /**
   * CgDissent:about:
   *
   * What the dissent is about: the id of an action or outcome, or free text.
   */
  properties [PROP_ABOUT] = g_param_spec_string ("about", NULL, NULL, NULL, flags);

  /**
   * CgDissent:meeting:
   *
   * The id of the meeting where the dissent was recorded, if any.
   */
  properties [PROP_MEETING] = g_param_spec_string ("meeting", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_dissent_init (CgDissent *self)
{
}

/**
 * cg_dissent_new:
 * @date: (nullable): when the dissent was expressed
 * @member_id: (nullable): the id of the member who disagreed
 * @text: (nullable): what they disagreed with
 *
 * Creates a dissent record. All three are needed for the plan to accept
 * it ([method@CoreGroup.ChildProtectionPlan.add_dissent]).
 *
 * Returns: (transfer full): a new dissent record
 */
CgDissent *
cg_dissent_new (const GDate *date,
                const char  *member_id,
                const char  *text)
{
  return g_object_new (CG_TYPE_DISSENT,
                       "date", date,
                       "member", member_id,
                       "text", text,
                       NULL);
}

/**
 * cg_dissent_get_date:
 * @self: a dissent record
 *
 * Gets when the dissent was expressed.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_dissent_get_date (CgDissent *self)
{
  g_return_val_if_fail (CG_IS_DISSENT (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_dissent_get_member:
 * @self: a dissent record
 *
 * Gets the id of the member who disagreed.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_dissent_get_member (CgDissent *self)
{
  g_return_val_if_fail (CG_IS_DISSENT (self), NULL);

  return self->member;
}

/**
 * cg_dissent_get_text:
 * @self: a dissent record
 *
 * Gets what the member disagreed with.
 *
 * Returns: (transfer none) (nullable): the text
 */
const char *
cg_dissent_get_text (CgDissent *self)
{
  g_return_val_if_fail (CG_IS_DISSENT (self), NULL);

  return self->text;
}

/**
 * cg_dissent_get_about:
 * @self: a dissent record
 *
 * Gets what the dissent is about.
 *
 * Returns: (transfer none) (nullable): an action or outcome id, or free text
 */
const char *
cg_dissent_get_about (CgDissent *self)
{
  g_return_val_if_fail (CG_IS_DISSENT (self), NULL);

  return self->about;
}

/**
 * cg_dissent_get_meeting:
 * @self: a dissent record
 *
 * Gets the id of the meeting where the dissent was recorded.
 *
 * Returns: (transfer none) (nullable): the meeting id
 */
const char *
cg_dissent_get_meeting (CgDissent *self)
{
  g_return_val_if_fail (CG_IS_DISSENT (self), NULL);

  return self->meeting;
}
