/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-attendance-private.h"

#include "util/cg-util-private.h"

/**
 * CgAttendance:
 *
 * How one member took part in a [class@CoreGroup.Meeting]: present, with
 * apologies, absent, or represented by a briefed substitute.
 *
 * An attendance names the member by id; a meeting holds at most one
 * attendance per member (see [method@CoreGroup.Meeting.set_attendance]).
 *
 * ```c
 * g_autoptr(CgAttendance) hv = cg_attendance_new ("m2", CG_ATTENDANCE_STATUS_APOLOGIES);
 * cg_attendance_set_written_report (hv, TRUE);
 * g_assert_false (cg_attendance_get_attended (hv));
 * ```
 *
 * The written report matters when a professional cannot attend: Suffolk 4.6
 * and Haringey ("Attendance at meetings") expect one from an absent
 * professional member.
 */


enum {
  PROP_0,
  PROP_MEMBER_ID,
  PROP_STATUS,
  PROP_WRITTEN_REPORT,
  PROP_SUBSTITUTE,
  PROP_INTERPRETER,
  PROP_ATTENDED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgAttendance, cg_attendance, G_TYPE_OBJECT)

static void
record_clear (gpointer         fields,
              const CgStrings *strings)
{
  CgAttendanceFields *record = fields;

  cg_strings_clear (strings, &record->member_id);
  cg_strings_clear (strings, &record->substitute);
}

const CgItemRecordKind cg_attendance_record_kind = {
  sizeof (CgAttendanceFields),
  G_STRUCT_OFFSET (CgAttendance, record),
  /* Set at construction (CgAttendance:member-id). */
  G_STRUCT_OFFSET (CgAttendanceFields, member_id),
  record_clear,
};

static void
cg_attendance_finalize (GObject *object)
{
  CgAttendance *self = CG_ATTENDANCE (object);

  record_clear (&self->record, self->strings);
  g_clear_pointer (&self->strings, cg_strings_unref);

  G_OBJECT_CLASS (cg_attendance_parent_class)->finalize (object);
}

static void
cg_attendance_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CgAttendance *self = CG_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_MEMBER_ID:
      g_value_set_string (value, self->record.member_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->record.status);
      break;

    case PROP_WRITTEN_REPORT:
      g_value_set_boolean (value, self->record.written_report);
      break;

    case PROP_SUBSTITUTE:
      g_value_set_string (value, self->record.substitute);
      break;

    case PROP_INTERPRETER:
      g_value_set_boolean (value, self->record.interpreter);
      break;

    case PROP_ATTENDED:
      g_value_set_boolean (value, cg_attendance_get_attended (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_attendance_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CgAttendance *self = CG_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_MEMBER_ID:
      self->record.member_id = g_value_dup_string (value);
      break;

    case PROP_STATUS:
      cg_attendance_set_status (self, g_value_get_enum (value));
      break;

    case PROP_WRITTEN_REPORT:
      cg_attendance_set_written_report (self, g_value_get_boolean (value));
      break;

    case PROP_SUBSTITUTE:
      cg_attendance_set_substitute (self, g_value_get_string (value));
      break;

    case PROP_INTERPRETER:
      cg_attendance_set_interpreter (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_attendance_class_init (CgAttendanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_attendance_finalize;
  object_class->get_property = cg_attendance_get_property;
  object_class->set_property = cg_attendance_set_property;

  /**
   * CgAttendance:member-id:
   *
   * The id of the [class@CoreGroup.Member] this attendance is for. Set at
   * construction.
   */
  properties [PROP_MEMBER_ID] =
    g_param_spec_string ("member-id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CgAttendance:status:
   *
   * How the member took part in the meeting.
   */
  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CG_TYPE_ATTENDANCE_STATUS, CG_ATTENDANCE_STATUS_PRESENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgAttendance:written-report:
   *
   * Whether the member sent a written report to the meeting. A professional
   * who cannot attend should send one (Suffolk 4.6; Haringey, "Attendance
   * at meetings").
   */
  properties [PROP_WRITTEN_REPORT] =
    g_param_spec_boolean ("written-report", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgAttendance:substitute:
   *
   * The name of the briefed colleague who attended in the member's place,
   * when [property@CoreGroup.Attendance:status] is
   * %CG_ATTENDANCE_STATUS_SUBSTITUTE. Suffolk 4.2 asks the lead social
   * worker's manager to send an informed duty social worker in their place.
   */
  properties [PROP_SUBSTITUTE] =
    g_param_spec_string ("substitute", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgAttendance:interpreter:
   *
   * Whether an interpreter or signer was provided for the member at this
   * meeting (Suffolk 5.1; Haringey, "Attendance at meetings").
   */
  properties [PROP_INTERPRETER] =
    g_param_spec_boolean ("interpreter", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgAttendance:attended:
   *
   * Whether the member counts as present: %TRUE for
   * %CG_ATTENDANCE_STATUS_PRESENT and %CG_ATTENDANCE_STATUS_SUBSTITUTE (a
   * substitute counts as present for quorum, doc/json-format.md). Changes,
   * and is notified, with the status.
   */
  properties [PROP_ATTENDED] =
    g_param_spec_boolean ("attended", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_attendance_init (CgAttendance *self)
{
  self->record.status = CG_ATTENDANCE_STATUS_PRESENT;
}

/**
 * cg_attendance_new:
 * @member_id: the id of the member attending
 * @status: how the member took part
 *
 * Creates an attendance record for one member at a meeting.
 *
 * Returns: (transfer full): a new attendance
 */
CgAttendance *
cg_attendance_new (const char         *member_id,
                   CgAttendanceStatus  status)
{
  g_return_val_if_fail (member_id != NULL, NULL);

  return g_object_new (CG_TYPE_ATTENDANCE,
                       "member-id", member_id,
                       "status", status,
                       NULL);
}

/**
 * cg_attendance_get_member_id:
 * @self: an attendance
 *
 * Gets the id of the member this attendance is for.
 *
 * Returns: (transfer none): the member id
 */
const char *
cg_attendance_get_member_id (CgAttendance *self)
{
  g_return_val_if_fail (CG_IS_ATTENDANCE (self), NULL);

  return self->record.member_id;
}

/**
 * cg_attendance_get_status:
 * @self: an attendance
 *
 * Gets how the member took part in the meeting.
 *
 * Returns: the status
 */
CgAttendanceStatus
cg_attendance_get_status (CgAttendance *self)
{
  g_return_val_if_fail (CG_IS_ATTENDANCE (self), CG_ATTENDANCE_STATUS_ABSENT);

  return self->record.status;
}

/**
 * cg_attendance_set_status:
 * @self: an attendance
 * @status: the new status
 *
 * Sets how the member took part in the meeting.
 * [property@CoreGroup.Attendance:attended] is notified too when the change
 * moves the member between present and not present.
 */
void
cg_attendance_set_status (CgAttendance       *self,
                          CgAttendanceStatus  status)
{
  gboolean was_attended;

  g_return_if_fail (CG_IS_ATTENDANCE (self));
  g_return_if_fail (status <= CG_ATTENDANCE_STATUS_SUBSTITUTE);

  if (self->record.status == status)
    return;

  was_attended = cg_attendance_fields_attended (&self->record);
  self->record.status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
  if (was_attended != cg_attendance_fields_attended (&self->record))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ATTENDED]);
}

/**
 * cg_attendance_get_written_report:
 * @self: an attendance
 *
 * Gets whether the member sent a written report.
 *
 * Returns: %TRUE if a written report was sent
 */
gboolean
cg_attendance_get_written_report (CgAttendance *self)
{
  g_return_val_if_fail (CG_IS_ATTENDANCE (self), FALSE);

  return self->record.written_report;
}

/**
 * cg_attendance_set_written_report:
 * @self: an attendance
 * @written_report: whether a written report was sent
 *
 * Sets whether the member sent a written report.
 */
void
cg_attendance_set_written_report (CgAttendance *self,
                                  gboolean      written_report)
{
  g_return_if_fail (CG_IS_ATTENDANCE (self));

  written_report = !!written_report;
  if (self->record.written_report == written_report)
    return;

  self->record.written_report = written_report;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WRITTEN_REPORT]);
}

/**
 * cg_attendance_get_substitute:
 * @self: an attendance
 *
 * Gets the name of the colleague who attended in the member's place.
 *
 * Returns: (transfer none) (nullable): the substitute's name
 */
const char *
cg_attendance_get_substitute (CgAttendance *self)
{
  g_return_val_if_fail (CG_IS_ATTENDANCE (self), NULL);

  return self->record.substitute;
}

/**
 * cg_attendance_set_substitute:
 * @self: an attendance
 * @substitute: (nullable): the substitute's name
 *
 * Sets the name of the colleague who attended in the member's place. This
 * does not change [property@CoreGroup.Attendance:status].
 */
void
cg_attendance_set_substitute (CgAttendance *self,
                              const char   *substitute)
{
  g_return_if_fail (CG_IS_ATTENDANCE (self));

  if (cg_strings_set (self->strings, &self->record.substitute, substitute))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBSTITUTE]);
}

/**
 * cg_attendance_get_interpreter:
 * @self: an attendance
 *
 * Gets whether an interpreter or signer was provided for the member.
 *
 * Returns: %TRUE if an interpreter was provided
 */
gboolean
cg_attendance_get_interpreter (CgAttendance *self)
{
  g_return_val_if_fail (CG_IS_ATTENDANCE (self), FALSE);

  return self->record.interpreter;
}

/**
 * cg_attendance_set_interpreter:
 * @self: an attendance
 * @interpreter: whether an interpreter was provided
 *
 * Sets whether an interpreter or signer was provided for the member.
 */
void
cg_attendance_set_interpreter (CgAttendance *self,
                               gboolean      interpreter)
{
  g_return_if_fail (CG_IS_ATTENDANCE (self));

  interpreter = !!interpreter;
  if (self->record.interpreter == interpreter)
    return;

  self->record.interpreter = interpreter;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INTERPRETER]);
}

/**
 * cg_attendance_get_attended:
 * @self: an attendance
 *
 * Gets whether the member counts as present: %TRUE for
 * %CG_ATTENDANCE_STATUS_PRESENT and for %CG_ATTENDANCE_STATUS_SUBSTITUTE,
 * since a briefed substitute counts as present for quorum
 * (doc/json-format.md).
 *
 * Returns: %TRUE if the member counts as present
 */
gboolean
cg_attendance_get_attended (CgAttendance *self)
{
  g_return_val_if_fail (CG_IS_ATTENDANCE (self), FALSE);

  return cg_attendance_fields_attended (&self->record);
}
