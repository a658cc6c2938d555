/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-contact-record-private.h"

#include "util/cg-time-of-day-private.h"
#include "util/cg-util-private.h"

/**
 * CgContactRecord:
 *
 * A contact with the child, in the shape of the Haringey core group child
 * contact sheet (Appendix 3): date, time, place, who made the contact,
 * whether the child was seen and seen alone, the interaction, the child's
 * presentation (development, parenting capacity, family and environment)
 * and any risk indicators.
 *
 * Contacts in which a professional member of the core group saw the child
 * satisfy the child-seen timescale (Suffolk 8.3; Haringey, "The core
 * group"); those by the lead social worker also the lead social worker's
 * visits (Suffolk 8.1).
 *
 * ```c
 * g_autoptr(CgContactRecord) visit = cg_contact_record_new (day, "m1");
 * cg_contact_record_set_seen (visit, TRUE);
 * cg_contact_record_set_seen_alone (visit, TRUE);
 * cg_case_add_contact (kase, visit, &error);
 * ```
 */


enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_TIME,
  PROP_PLACE,
  PROP_BY,
  PROP_SEEN,
  PROP_SEEN_ALONE,
  PROP_UNANNOUNCED,
  PROP_INTERACTION,
  PROP_DEVELOPMENT,
  PROP_PARENTING_CAPACITY,
  PROP_FAMILY_ENVIRONMENT,
  PROP_RISK_INDICATORS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgContactRecord, cg_contact_record, G_TYPE_OBJECT)

static void
record_clear (gpointer         fields,
              const CgStrings *strings)
{
  CgContactFields *record = fields;

  cg_strings_clear (strings, &record->id);
  cg_strings_clear (strings, &record->time);
  cg_strings_clear (strings, &record->place);
  cg_strings_clear (strings, &record->by);
  cg_strings_clear (strings, &record->interaction);
  cg_strings_clear (strings, &record->development);
  cg_strings_clear (strings, &record->parenting_capacity);
  cg_strings_clear (strings, &record->family_environment);
  g_clear_pointer (&record->risk_indicators, g_strfreev);
}

const CgItemRecordKind cg_contact_record_kind = {
  sizeof (CgContactFields),
  G_STRUCT_OFFSET (CgContactRecord, record),
  -1,  /* a contact's id may change */
  record_clear,
};

static void
cg_contact_record_finalize (GObject *object)
{
  CgContactRecord *self = CG_CONTACT_RECORD (object);

  record_clear (&self->record, self->strings);
  g_clear_pointer (&self->strings, cg_strings_unref);

  G_OBJECT_CLASS (cg_contact_record_parent_class)->finalize (object);
}

static void
cg_contact_record_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CgContactRecord *self = CG_CONTACT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->record.id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->record.date));
      break;

    case PROP_TIME:
      g_value_set_string (value, self->record.time);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->record.place);
      break;

    case PROP_BY:
      g_value_set_string (value, self->record.by);
      break;

    case PROP_SEEN:
      g_value_set_boolean (value, self->record.seen);
      break;

    case PROP_SEEN_ALONE:
      g_value_set_boolean (value, self->record.seen_alone);
      break;

    case PROP_UNANNOUNCED:
      g_value_set_boolean (value, self->record.unannounced);
      break;

    case PROP_INTERACTION:
      g_value_set_string (value, self->record.interaction);
      break;

    case PROP_DEVELOPMENT:
      g_value_set_string (value, self->record.development);
      break;

    case PROP_PARENTING_CAPACITY:
      g_value_set_string (value, self->record.parenting_capacity);
      break;

    case PROP_FAMILY_ENVIRONMENT:
      g_value_set_string (value, self->record.family_environment);
      break;

    case PROP_RISK_INDICATORS:
      g_value_set_boxed (value, self->record.risk_indicators);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_contact_record_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CgContactRecord *self = CG_CONTACT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      cg_contact_record_set_id (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      cg_contact_record_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_TIME:
      cg_contact_record_set_time (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      cg_contact_record_set_place (self, g_value_get_string (value));
      break;

    case PROP_BY:
      cg_contact_record_set_by (self, g_value_get_string (value));
      break;

    case PROP_SEEN:
      cg_contact_record_set_seen (self, g_value_get_boolean (value));
      break;

    case PROP_SEEN_ALONE:
      cg_contact_record_set_seen_alone (self, g_value_get_boolean (value));
      break;

    case PROP_UNANNOUNCED:
      cg_contact_record_set_unannounced (self, g_value_get_boolean (value));
      break;

    case PROP_INTERACTION:
      cg_contact_record_set_interaction (self, g_value_get_string (value));
      break;

    case PROP_DEVELOPMENT:
      cg_contact_record_set_development (self, g_value_get_string (value));
      break;

    case PROP_PARENTING_CAPACITY:
      cg_contact_record_set_parenting_capacity (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_ENVIRONMENT:
      cg_contact_record_set_family_environment (self, g_value_get_string (value));
      break;

    case PROP_RISK_INDICATORS:
      cg_contact_record_set_risk_indicators (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_contact_record_class_init (CgContactRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_contact_record_finalize;
  object_class->get_property = cg_contact_record_get_property;
  object_class->set_property = cg_contact_record_set_property;

  /**
   * CgContactRecord:id:
   *
   * The contact's id, unique within the case when set. Optional.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:date:
   *
   * The day of the contact (Appendix 3: "Date").
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);

  /**
   * CgContactRecord:time:
   *
   * The time of the contact, `HH:MM` (Appendix 3: "Time").
   */
  properties [PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:place:
   *
   * Where the contact took place (Appendix 3: "Place").
   */
  properties [PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:by:
   *
   * The member id of the person who made the contact. Only contacts by a
   * professional member count as the child being seen (Suffolk 8.3).
   */
  properties [PROP_BY] =
    g_param_spec_string ("by", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:seen:
   *
   * Whether the child was seen.
   */
  properties [PROP_SEEN] =
    g_param_spec_boolean ("seen", NULL, NULL, FALSE, rw);

  /**
   * CgContactRecord:seen-alone:
   *
   * Whether the child was seen and spoken to alone (Haringey, "The key
   * worker"; Suffolk 8.1).
   */
  properties [PROP_SEEN_ALONE] =
    g_param_spec_boolean ("seen-alone", NULL, NULL, FALSE, rw);

  /**
   * CgContactRecord:unannounced:
   *
   * Whether the visit was unannounced (Suffolk 8.4).
   */
  properties [PROP_UNANNOUNCED] =
    g_param_spec_boolean ("unannounced", NULL, NULL, FALSE, rw);

  /**
   * CgContactRecord:interaction:
   *
   * What the interaction with the child was (Appendix 3: "What was your
   * interaction?").
   */
  properties [PROP_INTERACTION] =
    g_param_spec_string ("interaction", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:development:
   *
   * The child's development: physical, emotional, learning (Appendix 3).
   */
  properties [PROP_DEVELOPMENT] =
    g_param_spec_string ("development", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:parenting-capacity:
   *
   * Parenting capacity, seen through the child's behaviour, dress and so on
   * (Appendix 3).
   */
  properties [PROP_PARENTING_CAPACITY] =
    g_param_spec_string ("parenting-capacity", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:family-environment:
   *
   * Any change in family and environmental factors (Appendix 3).
   */
  properties [PROP_FAMILY_ENVIRONMENT] =
    g_param_spec_string ("family-environment", NULL, NULL, NULL, rw);

  /**
   * CgContactRecord:risk-indicators:
   *
   * Risk indicators identified, with the plan as reference (Appendix 3:
   * "be sure to identify any risk indicators").
   */
  properties [PROP_RISK_INDICATORS] =
    g_param_spec_boxed ("risk-indicators", NULL, NULL, G_TYPE_STRV, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_contact_record_init (CgContactRecord *self)
{
}

/**
 * cg_contact_record_new:
 * @date: the day of the contact
 * @by: the member id of the person who made it
 *
 * Creates a contact record. The child is not recorded as seen until
 * [method@CoreGroup.ContactRecord.set_seen] says so.
 *
 * Returns: (transfer full): a new contact record
 */
CgContactRecord *
cg_contact_record_new (const GDate *date,
                       const char  *by)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  g_return_val_if_fail (by != NULL, NULL);

  return g_object_new (CG_TYPE_CONTACT_RECORD, "date", date, "by", by, NULL);
}

/**
 * cg_contact_record_get_id:
 * @self: a contact record
 *
 * Gets the contact's id.
 *
 * Returns: (transfer none) (nullable): the id
 */
const char *
cg_contact_record_get_id (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.id;
}

/**
 * cg_contact_record_set_id:
 * @self: a contact record
 * @id: (nullable): the id
 *
 * Sets the contact's id.
 */
void
cg_contact_record_set_id (CgContactRecord *self,
                          const char *id)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

/**
 * cg_contact_record_get_date:
 * @self: a contact record
 *
 * Gets the day of the contact.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_contact_record_get_date (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return cg_day_peek (&self->record.date);
}

/**
 * cg_contact_record_set_date:
 * @self: a contact record
 * @date: (nullable): the date
 *
 * Sets the day of the contact.
 */
void
cg_contact_record_set_date (CgContactRecord *self,
                            const GDate *date)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));
  g_return_if_fail (date != NULL);

  if (cg_set_day (&self->record.date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

/**
 * cg_contact_record_get_time:
 * @self: a contact record
 *
 * Gets the time of the contact.
 *
 * Returns: (transfer none) (nullable): the time
 */
const char *
cg_contact_record_get_time (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.time;
}

/**
 * cg_contact_record_set_time:
 * @self: a contact record
 * @time: (nullable): the time
 *
 * Sets the time of the contact.
 */
void
cg_contact_record_set_time (CgContactRecord *self,
                            const char *time)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));
  g_return_if_fail (time == NULL || cg_time_of_day_is_valid (time));

  if (cg_strings_set (self->strings, &self->record.time, time))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TIME]);
}

/**
 * cg_contact_record_get_place:
 * @self: a contact record
 *
 * Gets where the contact took place.
 *
 * Returns: (transfer none) (nullable): the place
 */
const char *
cg_contact_record_get_place (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.place;
}

/**
 * cg_contact_record_set_place:
 * @self: a contact record
 * @place: (nullable): the place
 *
 * Sets where the contact took place.
 */
void
cg_contact_record_set_place (CgContactRecord *self,
                             const char *place)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLACE]);
}

/**
 * cg_contact_record_get_by:
 * @self: a contact record
 *
 * Gets who made the contact.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_contact_record_get_by (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.by;
}

/**
 * cg_contact_record_set_by:
 * @self: a contact record
 * @by: (nullable): the member id
 *
 * Sets who made the contact.
 */
void
cg_contact_record_set_by (CgContactRecord *self,
                          const char *by)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.by, by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BY]);
}

/**
 * cg_contact_record_get_seen:
 * @self: a contact record
 *
 * Gets whether the child was seen.
 *
 * Returns: %TRUE if the child was seen
 */
gboolean
cg_contact_record_get_seen (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), FALSE);

  return self->record.seen;
}

/**
 * cg_contact_record_set_seen:
 * @self: a contact record
 * @seen: %TRUE if the child was seen
 *
 * Sets whether the child was seen.
 */
void
cg_contact_record_set_seen (CgContactRecord *self,
                            gboolean seen)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  seen = !!seen;
  if (self->record.seen == seen)
    return;

  self->record.seen = seen;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEEN]);
}

/**
 * cg_contact_record_get_seen_alone:
 * @self: a contact record
 *
 * Gets whether the child was seen alone.
 *
 * Returns: %TRUE if seen alone
 */
gboolean
cg_contact_record_get_seen_alone (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), FALSE);

  return self->record.seen_alone;
}

/**
 * cg_contact_record_set_seen_alone:
 * @self: a contact record
 * @seen_alone: %TRUE if seen alone
 *
 * Sets whether the child was seen alone.
 */
void
cg_contact_record_set_seen_alone (CgContactRecord *self,
                                  gboolean seen_alone)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  seen_alone = !!seen_alone;
  if (self->record.seen_alone == seen_alone)
    return;

  self->record.seen_alone = seen_alone;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEEN_ALONE]);
}

/**
 * cg_contact_record_get_unannounced:
 * @self: a contact record
 *
 * Gets whether the visit was unannounced.
 *
 * Returns: %TRUE if unannounced
 */
gboolean
cg_contact_record_get_unannounced (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), FALSE);

  return self->record.unannounced;
}

/**
 * cg_contact_record_set_unannounced:
 * @self: a contact record
 * @unannounced: %TRUE if unannounced
 *
 * Sets whether the visit was unannounced.
 */
void
cg_contact_record_set_unannounced (CgContactRecord *self,
                                   gboolean unannounced)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  unannounced = !!unannounced;
  if (self->record.unannounced == unannounced)
    return;

  self->record.unannounced = unannounced;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNANNOUNCED]);
}

/**
 * cg_contact_record_get_interaction:
 * @self: a contact record
 *
 * Gets the interaction.
 *
 * Returns: (transfer none) (nullable): the interaction
 */
const char *
cg_contact_record_get_interaction (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.interaction;
}

/**
 * cg_contact_record_set_interaction:
 * @self: a contact record
 * @interaction: (nullable): the interaction
 *
 * Sets the interaction.
 */
void
cg_contact_record_set_interaction (CgContactRecord *self,
                                   const char *interaction)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.interaction, interaction))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INTERACTION]);
}

/**
 * cg_contact_record_get_development:
 * @self: a contact record
 *
 * Gets the child's development.
 *
 * Returns: (transfer none) (nullable): the text
 */
const char *
cg_contact_record_get_development (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.development;
}

/**
 * cg_contact_record_set_development:
 * @self: a contact record
 * @development: (nullable): the text
 *
 * Sets the child's development.
 */
void
cg_contact_record_set_development (CgContactRecord *self,
                                   const char *development)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.development, development))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEVELOPMENT]);
}

/**
 * cg_contact_record_get_parenting_capacity:
 * @self: a contact record
 *
 * Gets the parenting capacity observed.
 *
 * Returns: (transfer none) (nullable): the text
 */
const char *
cg_contact_record_get_parenting_capacity (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.parenting_capacity;
}

/**
 * cg_contact_record_set_parenting_capacity:
 * @self: a contact record
 * @parenting_capacity: (nullable): the text
 *
 * Sets the parenting capacity observed.
 */
void
cg_contact_record_set_parenting_capacity (CgContactRecord *self,
                                          const char *parenting_capacity)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.parenting_capacity, parenting_capacity))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PARENTING_CAPACITY]);
}

/**
 * cg_contact_record_get_family_environment:
 * @self: a contact record
 *
 * Gets the change in family and environment.
 *
 * Returns: (transfer none) (nullable): the text
 */
const char *
cg_contact_record_get_family_environment (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return self->record.family_environment;
}

/**
 * cg_contact_record_set_family_environment:
 * @self: a contact record
 * @family_environment: (nullable): the text
 *
 * Sets the change in family and environment.
 */
void
cg_contact_record_set_family_environment (CgContactRecord *self,
                                          const char *family_environment)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_strings_set (self->strings, &self->record.family_environment, family_environment))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FAMILY_ENVIRONMENT]);
}

/**
 * cg_contact_record_get_risk_indicators:
 * @self: a contact record
 *
 * Gets the risk indicators.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the risk indicators
 */
const char * const *
cg_contact_record_get_risk_indicators (CgContactRecord *self)
{
  g_return_val_if_fail (CG_IS_CONTACT_RECORD (self), NULL);

  return (const char * const *) self->record.risk_indicators;
}

/**
 * cg_contact_record_set_risk_indicators:
 * @self: a contact record
 * @risk_indicators: (nullable) (array zero-terminated=1): the risk indicators
 *
 * Sets the risk indicators.
 */
void
cg_contact_record_set_risk_indicators (CgContactRecord *self,
                                       const char * const *risk_indicators)
{
  g_return_if_fail (CG_IS_CONTACT_RECORD (self));

  if (cg_set_strv (&self->record.risk_indicators, risk_indicators))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RISK_INDICATORS]);
}

