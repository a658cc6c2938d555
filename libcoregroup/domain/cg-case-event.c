/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-util-private.h"

/**
 * CgCaseEvent:
 *
 * Something that happened in the case and starts a timescale of its own:
 * a significant change the lead social worker must report to the
 * conference chair within 5 working days (Suffolk 4.5), a school move
 * that calls for a core group at the new school within 10 working days, or
 * a change of allocated professional that the agency must tell the core
 * group about within 5 working days (Haringey, "Frequency of meetings" and
 * "Attendance at meetings").
 *
 * ```c
 * g_autoptr(CgCaseEvent) move = cg_case_event_new ("e1", CG_CASE_EVENT_KIND_SCHOOL_MOVE, day);
 * cg_case_event_set_school (move, "Northgate Primary");
 * cg_case_add_event (kase, move, &error);
 * ```
 */

struct _CgCaseEvent
{
  GObject parent_instance;
  char *id;
  CgCaseEventKind kind;
  GDate  date;   /* cleared: none */
  char *description;
  GDate  reported_on;   /* cleared: none */
  char *school;
  char *agency;
  char *previous_member;
  char *new_member;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_DESCRIPTION,
  PROP_REPORTED_ON,
  PROP_SCHOOL,
  PROP_AGENCY,
  PROP_PREVIOUS_MEMBER,
  PROP_NEW_MEMBER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgCaseEvent, cg_case_event, G_TYPE_OBJECT)

static void
cg_case_event_finalize (GObject *object)
{
  CgCaseEvent *self = CG_CASE_EVENT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->school, g_free);
  g_clear_pointer (&self->agency, g_free);
  g_clear_pointer (&self->previous_member, g_free);
  g_clear_pointer (&self->new_member, g_free);

  G_OBJECT_CLASS (cg_case_event_parent_class)->finalize (object);
}

static void
cg_case_event_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CgCaseEvent *self = CG_CASE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->date));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_REPORTED_ON:
      g_value_set_boxed (value, cg_day_peek (&self->reported_on));
      break;

    case PROP_SCHOOL:
      g_value_set_string (value, self->school);
      break;

    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;

    case PROP_PREVIOUS_MEMBER:
      g_value_set_string (value, self->previous_member);
      break;

    case PROP_NEW_MEMBER:
      g_value_set_string (value, self->new_member);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_case_event_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CgCaseEvent *self = CG_CASE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_DATE:
      cg_case_event_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_DESCRIPTION:
      cg_case_event_set_description (self, g_value_get_string (value));
      break;

    case PROP_REPORTED_ON:
      cg_case_event_set_reported_on (self, g_value_get_boxed (value));
      break;

    case PROP_SCHOOL:
      cg_case_event_set_school (self, g_value_get_string (value));
      break;

    case PROP_AGENCY:
      cg_case_event_set_agency (self, g_value_get_string (value));
      break;

    case PROP_PREVIOUS_MEMBER:
      cg_case_event_set_previous_member (self, g_value_get_string (value));
      break;

    case PROP_NEW_MEMBER:
      cg_case_event_set_new_member (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_case_event_class_init (CgCaseEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_case_event_finalize;
  object_class->get_property = cg_case_event_get_property;
  object_class->set_property = cg_case_event_set_property;

  /**
   * CgCaseEvent:id:
   *
   * The event's id, unique within the case. Set at construction.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, construct);

  /**
   * CgCaseEvent:kind:
   *
   * What happened. Set at construction.
   */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, CG_TYPE_CASE_EVENT_KIND, CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE, construct);

  /**
   * CgCaseEvent:date:
   *
   * When it happened; the timescale it starts counts from this day.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgCaseEvent:description:
   *
   * What happened, in a sentence.
   */
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, rw);

  /**
   * CgCaseEvent:reported-on:
   *
   * For a significant change, when the lead social worker reported it to
   * the conference chair (Suffolk 4.5); for a change of professional, when
   * the agency told the core group (Haringey, "Attendance at meetings").
   */
  properties [PROP_REPORTED_ON] =
    g_param_spec_boxed ("reported-on", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgCaseEvent:school:
   *
   * For a school move, the new school, where a core group is held
   * (Haringey, "Frequency of meetings").
   */
  properties [PROP_SCHOOL] =
    g_param_spec_string ("school", NULL, NULL, NULL, rw);

  /**
   * CgCaseEvent:agency:
   *
   * For a change of professional, the agency whose professional changed.
   */
  properties [PROP_AGENCY] =
    g_param_spec_string ("agency", NULL, NULL, NULL, rw);

  /**
   * CgCaseEvent:previous-member:
   *
   * For a change of professional, the member id of the professional
   * who left.
   */
  properties [PROP_PREVIOUS_MEMBER] =
    g_param_spec_string ("previous-member", NULL, NULL, NULL, rw);

  /**
   * CgCaseEvent:new-member:
   *
   * For a change of professional, the member id of the professional
   * newly allocated.
   */
  properties [PROP_NEW_MEMBER] =
    g_param_spec_string ("new-member", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_case_event_init (CgCaseEvent *self)
{
}

/**
 * cg_case_event_new:
 * @id: the event's id, unique within the case
 * @kind: what happened
 * @date: when it happened
 *
 * Creates a case event.
 *
 * Returns: (transfer full): a new event
 */
CgCaseEvent *
cg_case_event_new (const char      *id,
                   CgCaseEventKind  kind,
                   const GDate     *date)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_object_new (CG_TYPE_CASE_EVENT, "id", id, "kind", kind, "date", date, NULL);
}

/**
 * cg_case_event_get_id:
 * @self: a case event
 *
 * Gets the event's id.
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
cg_case_event_get_id (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return self->id;
}

/**
 * cg_case_event_get_kind:
 * @self: a case event
 *
 * Gets what happened.
 *
 * Returns: the kind
 */
CgCaseEventKind
cg_case_event_get_kind (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE);

  return self->kind;
}

/**
 * cg_case_event_get_date:
 * @self: a case event
 *
 * Gets when the event happened.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_case_event_get_date (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_case_event_set_date:
 * @self: a case event
 * @date: (nullable): the date
 *
 * Sets when the event happened.
 */
void
cg_case_event_set_date (CgCaseEvent *self,
                        const GDate *date)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));
  g_return_if_fail (date != NULL);

  if (cg_set_day (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

/**
 * cg_case_event_get_description:
 * @self: a case event
 *
 * Gets the description.
 *
 * Returns: (transfer none) (nullable): the description
 */
const char *
cg_case_event_get_description (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return self->description;
}

/**
 * cg_case_event_set_description:
 * @self: a case event
 * @description: (nullable): the description
 *
 * Sets the description.
 */
void
cg_case_event_set_description (CgCaseEvent *self,
                               const char *description)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));

  if (cg_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

/**
 * cg_case_event_get_reported_on:
 * @self: a case event
 *
 * Gets when the event was reported.
 *
 * Returns: (transfer none) (nullable): the date reported
 */
GDate *
cg_case_event_get_reported_on (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return cg_day_peek (&self->reported_on);
}

/**
 * cg_case_event_set_reported_on:
 * @self: a case event
 * @reported_on: (nullable): the date reported
 *
 * Sets when the event was reported.
 */
void
cg_case_event_set_reported_on (CgCaseEvent *self,
                               const GDate *reported_on)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));

  if (cg_set_day (&self->reported_on, reported_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORTED_ON]);
}

/**
 * cg_case_event_get_school:
 * @self: a case event
 *
 * Gets the new school.
 *
 * Returns: (transfer none) (nullable): the school
 */
const char *
cg_case_event_get_school (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return self->school;
}

/**
 * cg_case_event_set_school:
 * @self: a case event
 * @school: (nullable): the school
 *
 * Sets the new school.
 */
void
cg_case_event_set_school (CgCaseEvent *self,
                          const char *school)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));

  if (cg_set_string (&self->school, school))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCHOOL]);
}

/**
 * cg_case_event_get_agency:
 * @self: a case event
 *
 * Gets the agency.
 *
 * Returns: (transfer none) (nullable): the agency
 */
const char *
cg_case_event_get_agency (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return self->agency;
}

/**
 * cg_case_event_set_agency:
 * @self: a case event
 * @agency: (nullable): the agency
 *
 * Sets the agency.
 */
void
cg_case_event_set_agency (CgCaseEvent *self,
                          const char *agency)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));

  if (cg_set_string (&self->agency, agency))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGENCY]);
}

/**
 * cg_case_event_get_previous_member:
 * @self: a case event
 *
 * Gets the previous professional's member id.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_case_event_get_previous_member (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return self->previous_member;
}

/**
 * cg_case_event_set_previous_member:
 * @self: a case event
 * @previous_member: (nullable): the member id
 *
 * Sets the previous professional's member id.
 */
void
cg_case_event_set_previous_member (CgCaseEvent *self,
                                   const char *previous_member)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));

  if (cg_set_string (&self->previous_member, previous_member))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PREVIOUS_MEMBER]);
}

/**
 * cg_case_event_get_new_member:
 * @self: a case event
 *
 * Gets the new professional's member id.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_case_event_get_new_member (CgCaseEvent *self)
{
  g_return_val_if_fail (CG_IS_CASE_EVENT (self), NULL);

  return self->new_member;
}

/**
 * cg_case_event_set_new_member:
 * @self: a case event
 * @new_member: (nullable): the member id
 *
 * Sets the new professional's member id.
 */
void
cg_case_event_set_new_member (CgCaseEvent *self,
                              const char *new_member)
{
  g_return_if_fail (CG_IS_CASE_EVENT (self));

  if (cg_set_string (&self->new_member, new_member))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEW_MEMBER]);
}

