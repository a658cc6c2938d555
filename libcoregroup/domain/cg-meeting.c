/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-meeting-private.h"

#include "json/cg-json-private.h"
#include "util/cg-item-list-private.h"
#include "util/cg-time-of-day-private.h"
#include "util/cg-util-private.h"

/**
 * CgMeeting:
 *
 * A meeting about the child: usually a core group meeting, with who
 * attended, who chaired, the child's views and what was agreed about the
 * next meeting.
 *
 * A meeting refers to members by id. It does not check that they exist:
 * the core group that owns the meeting does that.
 *
 * ```c
 * g_autoptr(GDate) date = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
 * g_autoptr(CgMeeting) cg1 = cg_meeting_new ("cg1", CG_MEETING_KIND_CORE_GROUP, date);
 * g_autoptr(CgAttendance) lsw = cg_attendance_new ("m1", CG_ATTENDANCE_STATUS_PRESENT);
 *
 * cg_meeting_set_chair (cg1, "m1");
 * cg_meeting_set_attendance (cg1, lsw);
 * g_assert_cmpuint (g_list_model_get_n_items (cg_meeting_get_attendance (cg1)), ==, 1);
 * ```
 *
 * The fields follow the minutes templates of Suffolk (4.3) and Haringey
 * ("Recording"; Appendix 1 and 2), and the checks in doc/rules.md: quorum
 * and absence from the attendance, the child's views (Suffolk 3.3, 6.1) and
 * the next meeting's date and venue (Suffolk 3.5). What the templates ask
 * the meeting to agree (the family's goals, a scaling score, the progress
 * needed by the next meeting, the information needed and who brings it,
 * what happens if nothing changes and what must change for the plan to
 * end) is kept for its minutes ([class@CoreGroup.Minutes]).
 */


enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_TIME,
  PROP_VENUE,
  PROP_CHAIR,
  PROP_MINUTE_TAKER,
  PROP_CHILD_VIEWS,
  PROP_FAMILY_GOALS,
  PROP_SCALING_SCORE,
  PROP_PROGRESS_NEEDED,
  PROP_PLAN_END_CONDITIONS,
  PROP_INFORMATION_NEEDED,
  PROP_IF_NO_CHANGE,
  PROP_NEXT_MEETING_DATE,
  PROP_NEXT_MEETING_VENUE,
  PROP_MINUTES_CIRCULATED,
  PROP_CHAIR_UPDATE,
  PROP_AGREED_CHAIR,
  PROP_AGREED_VICE_CHAIR,
  PROP_ATTENDANCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgMeeting, cg_meeting, G_TYPE_OBJECT)

/* Made when first asked for: most meetings record none. */
static CgItemList *
information_needed (CgMeeting *self)
{
  return cg_item_list_ensure (&self->information_needed, CG_TYPE_INFORMATION_REQUEST, NULL);
}

GListModel *
cg_meeting_peek_information_needed (CgMeeting *self)
{
  return cg_item_list_made (&self->information_needed);
}

static void
cg_meeting_dispose (GObject *object)
{
  CgMeeting *self = CG_MEETING (object);

  g_clear_object (&self->attendance);
  g_clear_object (&self->information_needed);

  G_OBJECT_CLASS (cg_meeting_parent_class)->dispose (object);
}

static void
cg_meeting_finalize (GObject *object)
{
  CgMeeting *self = CG_MEETING (object);

  cg_strings_clear (self->strings, &self->id);
  cg_strings_clear (self->strings, &self->time);
  cg_strings_clear (self->strings, &self->venue);
  cg_strings_clear (self->strings, &self->chair);
  cg_strings_clear (self->strings, &self->minute_taker);
  cg_strings_clear (self->strings, &self->child_views);
  g_clear_pointer (&self->family_goals, g_strfreev);
  g_clear_pointer (&self->progress_needed, g_strfreev);
  cg_strings_clear (self->strings, &self->plan_end_conditions);
  cg_strings_clear (self->strings, &self->if_no_change);
  cg_strings_clear (self->strings, &self->next_meeting_venue);
  cg_strings_clear (self->strings, &self->agreed_chair);
  cg_strings_clear (self->strings, &self->agreed_vice_chair);
  g_clear_pointer (&self->strings, cg_strings_unref);

  G_OBJECT_CLASS (cg_meeting_parent_class)->finalize (object);
}

static void
cg_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CgMeeting *self = CG_MEETING (object);

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

    case PROP_TIME:
      g_value_set_string (value, self->time);
      break;

    case PROP_VENUE:
      g_value_set_string (value, self->venue);
      break;

    case PROP_CHAIR:
      g_value_set_string (value, self->chair);
      break;

    case PROP_MINUTE_TAKER:
      g_value_set_string (value, self->minute_taker);
      break;

    case PROP_CHILD_VIEWS:
      g_value_set_string (value, self->child_views);
      break;

    case PROP_FAMILY_GOALS:
      g_value_set_boxed (value, self->family_goals);
      break;

    case PROP_SCALING_SCORE:
      g_value_set_int (value, self->scaling_score);
      break;

    case PROP_PROGRESS_NEEDED:
      g_value_set_boxed (value, self->progress_needed);
      break;

    case PROP_PLAN_END_CONDITIONS:
      g_value_set_string (value, self->plan_end_conditions);
      break;

    case PROP_INFORMATION_NEEDED:
      g_value_set_object (value, information_needed (self));
      break;

    case PROP_IF_NO_CHANGE:
      g_value_set_string (value, self->if_no_change);
      break;

    case PROP_NEXT_MEETING_DATE:
      g_value_set_boxed (value, cg_day_peek (&self->next_meeting_date));
      break;

    case PROP_NEXT_MEETING_VENUE:
      g_value_set_string (value, self->next_meeting_venue);
      break;

    case PROP_MINUTES_CIRCULATED:
      g_value_set_boxed (value, cg_day_peek (&self->minutes_circulated));
      break;

    case PROP_CHAIR_UPDATE:
      g_value_set_boxed (value, cg_day_peek (&self->chair_update));
      break;

    case PROP_AGREED_CHAIR:
      g_value_set_string (value, self->agreed_chair);
      break;

    case PROP_AGREED_VICE_CHAIR:
      g_value_set_string (value, self->agreed_vice_chair);
      break;

    case PROP_ATTENDANCE:
      g_value_set_object (value, self->attendance);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_meeting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CgMeeting *self = CG_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      cg_meeting_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DATE:
      cg_meeting_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_TIME:
      cg_meeting_set_time (self, g_value_get_string (value));
      break;

    case PROP_VENUE:
      cg_meeting_set_venue (self, g_value_get_string (value));
      break;

    case PROP_CHAIR:
      cg_meeting_set_chair (self, g_value_get_string (value));
      break;

    case PROP_MINUTE_TAKER:
      cg_meeting_set_minute_taker (self, g_value_get_string (value));
      break;

    case PROP_CHILD_VIEWS:
      cg_meeting_set_child_views (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_GOALS:
      cg_meeting_set_family_goals (self, g_value_get_boxed (value));
      break;

    case PROP_SCALING_SCORE:
      cg_meeting_set_scaling_score (self, g_value_get_int (value));
      break;

    case PROP_PROGRESS_NEEDED:
      cg_meeting_set_progress_needed (self, g_value_get_boxed (value));
      break;

    case PROP_PLAN_END_CONDITIONS:
      cg_meeting_set_plan_end_conditions (self, g_value_get_string (value));
      break;

    case PROP_IF_NO_CHANGE:
      cg_meeting_set_if_no_change (self, g_value_get_string (value));
      break;

    case PROP_NEXT_MEETING_DATE:
      cg_meeting_set_next_meeting_date (self, g_value_get_boxed (value));
      break;

    case PROP_NEXT_MEETING_VENUE:
      cg_meeting_set_next_meeting_venue (self, g_value_get_string (value));
      break;

    case PROP_MINUTES_CIRCULATED:
      cg_meeting_set_minutes_circulated (self, g_value_get_boxed (value));
      break;

    case PROP_CHAIR_UPDATE:
      cg_meeting_set_chair_update (self, g_value_get_boxed (value));
      break;

    case PROP_AGREED_CHAIR:
      cg_meeting_set_agreed_chair (self, g_value_get_string (value));
      break;

    case PROP_AGREED_VICE_CHAIR:
      cg_meeting_set_agreed_vice_chair (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_meeting_class_init (CgMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_meeting_dispose;
  object_class->finalize = cg_meeting_finalize;
  object_class->get_property = cg_meeting_get_property;
  object_class->set_property = cg_meeting_set_property;

  /**
   * CgMeeting:id:
   *
   * The meeting's id, unique within the case. Set at construction.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:kind:
   *
   * What kind of meeting this is. Only core group meetings satisfy core
   * group timescales.
   */
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CG_TYPE_MEETING_KIND, CG_MEETING_KIND_CORE_GROUP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:date:
   *
   * The date the meeting was held, or is planned for.
   */
  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:time:
   *
   * The time the meeting started, as 24-hour "HH:MM", or %NULL.
   */
  properties [PROP_TIME] =
    g_param_spec_string ("time", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:venue:
   *
   * Where the meeting was held.
   */
  properties [PROP_VENUE] =
    g_param_spec_string ("venue", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:chair:
   *
   * The id of the member who chaired the meeting. Haringey ("Chairing")
   * has the lead social worker's team manager chair the first core group;
   * South East Wales advises keeping the chair separate from key working.
   */
  properties [PROP_CHAIR] =
    g_param_spec_string ("chair", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:minute-taker:
   *
   * The id of the member who took the minutes. Any professional member may
   * take them (Suffolk 4.3).
   */
  properties [PROP_MINUTE_TAKER] =
    g_param_spec_string ("minute-taker", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:child-views:
   *
   * The child's views, wishes and feelings as recorded at the meeting
   * (Suffolk 3.3, 6.1).
   */
  properties [PROP_CHILD_VIEWS] =
    g_param_spec_string ("child-views", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:family-goals:
   *
   * The goals the family set itself at the meeting, in its own words
   * (Haringey Appendix 1 and 2, "Family goals").
   */
  properties [PROP_FAMILY_GOALS] =
    g_param_spec_boxed ("family-goals", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:scaling-score:
   *
   * The answer to the scaling question: on a scale of 0 to 10, where 10
   * means the family is where it needs to be, where the meeting placed it
   * (Haringey Appendix 1 and 2). %CG_MEETING_SCALING_SCORE_NONE when no
   * score was recorded.
   */
  properties [PROP_SCALING_SCORE] =
    g_param_spec_int ("scaling-score", NULL, NULL,
                      CG_MEETING_SCALING_SCORE_NONE, 10, CG_MEETING_SCALING_SCORE_NONE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:progress-needed:
   *
   * What must have happened by the next meeting (Haringey Appendix 1 and
   * 2, "Progress needed by next meeting").
   */
  properties [PROP_PROGRESS_NEEDED] =
    g_param_spec_boxed ("progress-needed", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:plan-end-conditions:
   *
   * What must change for the child to no longer need a protection plan
   * (Haringey Appendix 1).
   */
  properties [PROP_PLAN_END_CONDITIONS] =
    g_param_spec_string ("plan-end-conditions", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:information-needed:
   *
   * A [iface@Gio.ListModel] of [class@CoreGroup.InformationRequest]: the
   * information the meeting found it needs and who brings it (Haringey
   * Appendix 1 and 2), in the order they were added. Change it with
   * [method@CoreGroup.Meeting.add_information_request] and
   * [method@CoreGroup.Meeting.remove_information_request].
   */
  properties [PROP_INFORMATION_NEEDED] =
    g_param_spec_object ("information-needed", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:if-no-change:
   *
   * What happens if nothing changes for the child (Haringey Appendix 1 and
   * 2, "What will happen if there is no change").
   */
  properties [PROP_IF_NO_CHANGE] =
    g_param_spec_string ("if-no-change", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:next-meeting-date:
   *
   * The date agreed for the next meeting. Suffolk 3.5: each core group
   * sets the date and venue of the next one.
   */
  properties [PROP_NEXT_MEETING_DATE] =
    g_param_spec_boxed ("next-meeting-date", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:next-meeting-venue:
   *
   * The venue agreed for the next meeting (Suffolk 3.5).
   */
  properties [PROP_NEXT_MEETING_VENUE] =
    g_param_spec_string ("next-meeting-venue", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:minutes-circulated:
   *
   * The date the minutes were distributed to all core group members. The
   * lead social worker ensures this within 15 working days under Suffolk
   * 4.3, and within 5 working days under Haringey ("Recording") and South
   * East Wales.
   */
  properties [PROP_MINUTES_CIRCULATED] =
    g_param_spec_boxed ("minutes-circulated", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:chair-update:
   *
   * The date the chair updated the lead social worker or their manager on
   * the outcome of the meeting. Suffolk 4.2: a chair from outside social
   * care updates the lead social worker within 3 working days.
   */
  properties [PROP_CHAIR_UPDATE] =
    g_param_spec_boxed ("chair-update", NULL, NULL, G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:agreed-chair:
   *
   * The id of the member the meeting agreed as chair of the core group.
   * Haringey ("Frequency of meetings"): the first core group agrees a chair
   * and a vice chair.
   */
  properties [PROP_AGREED_CHAIR] =
    g_param_spec_string ("agreed-chair", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:agreed-vice-chair:
   *
   * The id of the member the meeting agreed as vice chair of the core group
   * (Haringey, "Frequency of meetings").
   */
  properties [PROP_AGREED_VICE_CHAIR] =
    g_param_spec_string ("agreed-vice-chair", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMeeting:attendance:
   *
   * A [iface@Gio.ListModel] of [class@CoreGroup.Attendance], one per
   * member, in the order they were added. Change it with
   * [method@CoreGroup.Meeting.set_attendance] and
   * [method@CoreGroup.Meeting.remove_attendance].
   */
  properties [PROP_ATTENDANCE] =
    g_param_spec_object ("attendance", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_meeting_init (CgMeeting *self)
{
  self->kind = CG_MEETING_KIND_CORE_GROUP;
  self->scaling_score = CG_MEETING_SCALING_SCORE_NONE;
  /* Kept as records until asked for: a meeting has one per member. */
  self->attendance = cg_item_list_new_with_records (CG_TYPE_ATTENDANCE, &cg_attendance_record_kind);
}

/* Notifies @prop_id when the string field changed. */
static void
set_string_prop (CgMeeting   *self,
                 char       **field,
                 const char  *value,
                 guint        prop_id)
{
  if (cg_strings_set (self->strings, field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/* Notifies @prop_id when the date field changed. */
static void
set_date_prop (CgMeeting    *self,
               GDate        *field,
               const GDate  *value,
               guint         prop_id)
{
  if (cg_set_day (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/* Notifies @prop_id when the list of strings changed. */
static void
set_strv_prop (CgMeeting           *self,
               char              ***field,
               const char * const  *value,
               guint                prop_id)
{
  if (cg_set_strv (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/**
 * cg_meeting_new:
 * @id: the meeting's id, unique within the case
 * @kind: what kind of meeting it is
 * @date: (nullable): the date of the meeting
 *
 * Creates a meeting with no attendance recorded.
 *
 * Returns: (transfer full): a new meeting
 */
CgMeeting *
cg_meeting_new (const char    *id,
                CgMeetingKind  kind,
                const GDate   *date)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date == NULL || g_date_valid (date), NULL);

  return g_object_new (CG_TYPE_MEETING,
                       "id", id,
                       "kind", kind,
                       "date", date,
                       NULL);
}

/**
 * cg_meeting_get_id:
 * @self: a meeting
 *
 * Gets the meeting's id.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_meeting_get_id (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->id;
}

/**
 * cg_meeting_get_kind:
 * @self: a meeting
 *
 * Gets what kind of meeting this is.
 *
 * Returns: the kind
 */
CgMeetingKind
cg_meeting_get_kind (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), CG_MEETING_KIND_OTHER);

  return self->kind;
}

/**
 * cg_meeting_set_kind:
 * @self: a meeting
 * @kind: the new kind
 *
 * Sets what kind of meeting this is.
 */
void
cg_meeting_set_kind (CgMeeting     *self,
                     CgMeetingKind  kind)
{
  g_return_if_fail (CG_IS_MEETING (self));
  g_return_if_fail (kind <= CG_MEETING_KIND_OTHER);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

/**
 * cg_meeting_get_date:
 * @self: a meeting
 *
 * Gets the date of the meeting.
 *
 * Returns: (transfer none) (nullable): the date
 */
GDate *
cg_meeting_get_date (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return cg_day_peek (&self->date);
}

/**
 * cg_meeting_set_date:
 * @self: a meeting
 * @date: (nullable): the new date
 *
 * Sets the date of the meeting.
 */
void
cg_meeting_set_date (CgMeeting   *self,
                     const GDate *date)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_date_prop (self, &self->date, date, PROP_DATE);
}

/**
 * cg_meeting_get_time:
 * @self: a meeting
 *
 * Gets the time the meeting started.
 *
 * Returns: (transfer none) (nullable): the time as "HH:MM"
 */
const char *
cg_meeting_get_time (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->time;
}

/**
 * cg_meeting_set_time:
 * @self: a meeting
 * @time: (nullable): the time as 24-hour "HH:MM"
 *
 * Sets the time the meeting started. Passing anything other than %NULL or
 * a 24-hour "HH:MM" time is a programmer error.
 */
void
cg_meeting_set_time (CgMeeting  *self,
                     const char *time)
{
  g_return_if_fail (CG_IS_MEETING (self));
  g_return_if_fail (time == NULL || cg_time_of_day_is_valid (time));

  set_string_prop (self, &self->time, time, PROP_TIME);
}

/**
 * cg_meeting_get_venue:
 * @self: a meeting
 *
 * Gets where the meeting was held.
 *
 * Returns: (transfer none) (nullable): the venue
 */
const char *
cg_meeting_get_venue (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->venue;
}

/**
 * cg_meeting_set_venue:
 * @self: a meeting
 * @venue: (nullable): the venue
 *
 * Sets where the meeting was held.
 */
void
cg_meeting_set_venue (CgMeeting  *self,
                      const char *venue)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->venue, venue, PROP_VENUE);
}

/**
 * cg_meeting_get_chair:
 * @self: a meeting
 *
 * Gets the id of the member who chaired the meeting.
 *
 * Returns: (transfer none) (nullable): the chair's member id
 */
const char *
cg_meeting_get_chair (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->chair;
}

/**
 * cg_meeting_set_chair:
 * @self: a meeting
 * @member_id: (nullable): the chair's member id
 *
 * Sets the id of the member who chaired the meeting.
 */
void
cg_meeting_set_chair (CgMeeting  *self,
                      const char *member_id)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->chair, member_id, PROP_CHAIR);
}

/**
 * cg_meeting_get_minute_taker:
 * @self: a meeting
 *
 * Gets the id of the member who took the minutes.
 *
 * Returns: (transfer none) (nullable): the minute taker's member id
 */
const char *
cg_meeting_get_minute_taker (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->minute_taker;
}

/**
 * cg_meeting_set_minute_taker:
 * @self: a meeting
 * @member_id: (nullable): the minute taker's member id
 *
 * Sets the id of the member who took the minutes.
 */
void
cg_meeting_set_minute_taker (CgMeeting  *self,
                             const char *member_id)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->minute_taker, member_id, PROP_MINUTE_TAKER);
}

/**
 * cg_meeting_get_child_views:
 * @self: a meeting
 *
 * Gets the child's views, wishes and feelings as recorded at the meeting.
 *
 * Returns: (transfer none) (nullable): the child's views
 */
const char *
cg_meeting_get_child_views (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->child_views;
}

/**
 * cg_meeting_set_child_views:
 * @self: a meeting
 * @child_views: (nullable): the child's views
 *
 * Sets the child's views, wishes and feelings as recorded at the meeting.
 */
void
cg_meeting_set_child_views (CgMeeting  *self,
                            const char *child_views)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->child_views, child_views, PROP_CHILD_VIEWS);
}

/**
 * cg_meeting_get_family_goals:
 * @self: a meeting
 *
 * Gets the goals the family set itself at the meeting.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the family's goals
 */
const char * const *
cg_meeting_get_family_goals (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return (const char * const *) self->family_goals;
}

/**
 * cg_meeting_set_family_goals:
 * @self: a meeting
 * @goals: (nullable) (array zero-terminated=1): the family's goals
 *
 * Sets the goals the family set itself at the meeting. An empty list is
 * the same as none.
 */
void
cg_meeting_set_family_goals (CgMeeting          *self,
                             const char * const *goals)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_strv_prop (self, &self->family_goals, goals, PROP_FAMILY_GOALS);
}

/**
 * cg_meeting_get_scaling_score:
 * @self: a meeting
 *
 * Gets the answer to the scaling question: where, on a scale of 0 to 10
 * where 10 means the family is where it needs to be, the meeting placed
 * the family.
 *
 * Returns: the score from 0 to 10, or %CG_MEETING_SCALING_SCORE_NONE
 */
int
cg_meeting_get_scaling_score (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), CG_MEETING_SCALING_SCORE_NONE);

  return self->scaling_score;
}

/**
 * cg_meeting_set_scaling_score:
 * @self: a meeting
 * @score: a score from 0 to 10, or %CG_MEETING_SCALING_SCORE_NONE
 *
 * Sets the answer to the scaling question.
 */
void
cg_meeting_set_scaling_score (CgMeeting *self,
                              int        score)
{
  g_return_if_fail (CG_IS_MEETING (self));
  g_return_if_fail (score >= CG_MEETING_SCALING_SCORE_NONE && score <= 10);

  if (self->scaling_score == score)
    return;

  self->scaling_score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCALING_SCORE]);
}

/**
 * cg_meeting_get_progress_needed:
 * @self: a meeting
 *
 * Gets what must have happened by the next meeting.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the progress needed
 */
const char * const *
cg_meeting_get_progress_needed (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return (const char * const *) self->progress_needed;
}

/**
 * cg_meeting_set_progress_needed:
 * @self: a meeting
 * @progress: (nullable) (array zero-terminated=1): the progress needed
 *
 * Sets what must have happened by the next meeting. An empty list is the
 * same as none.
 */
void
cg_meeting_set_progress_needed (CgMeeting          *self,
                                const char * const *progress)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_strv_prop (self, &self->progress_needed, progress, PROP_PROGRESS_NEEDED);
}

/**
 * cg_meeting_get_plan_end_conditions:
 * @self: a meeting
 *
 * Gets what must change for the child to no longer need a plan.
 *
 * Returns: (transfer none) (nullable): the conditions
 */
const char *
cg_meeting_get_plan_end_conditions (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->plan_end_conditions;
}

/**
 * cg_meeting_set_plan_end_conditions:
 * @self: a meeting
 * @conditions: (nullable): the conditions
 *
 * Sets what must change for the child to no longer need a plan.
 */
void
cg_meeting_set_plan_end_conditions (CgMeeting  *self,
                                    const char *conditions)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->plan_end_conditions, conditions, PROP_PLAN_END_CONDITIONS);
}

/**
 * cg_meeting_get_information_needed:
 * @self: a meeting
 *
 * Gets the information the meeting found it needs, and who brings it.
 * The model is read-only; it emits [signal@Gio.ListModel::items-changed]
 * when a request is added or removed.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.InformationRequest]
 */
GListModel *
cg_meeting_get_information_needed (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return G_LIST_MODEL (information_needed (self));
}

/**
 * cg_meeting_add_information_request:
 * @self: a meeting
 * @request: the information needed and who brings it
 *
 * Appends @request to the information the meeting needs. The meeting does
 * not check that the member exists: [method@CoreGroup.Case.validate] does.
 */
void
cg_meeting_add_information_request (CgMeeting            *self,
                                    CgInformationRequest *request)
{
  g_return_if_fail (CG_IS_MEETING (self));
  g_return_if_fail (CG_IS_INFORMATION_REQUEST (request));

  cg_item_list_append (information_needed (self), request);
}

/**
 * cg_meeting_remove_information_request:
 * @self: a meeting
 * @position: the position of a request in
 *   [method@CoreGroup.Meeting.get_information_needed]
 *
 * Removes a request recorded in error.
 *
 * Returns: %TRUE if a request was removed
 */
gboolean
cg_meeting_remove_information_request (CgMeeting *self,
                                       guint      position)
{
  g_return_val_if_fail (CG_IS_MEETING (self), FALSE);

  if (position >= cg_item_list_get_len (self->information_needed))
    return FALSE;

  cg_item_list_remove (self->information_needed, position);
  return TRUE;
}

/**
 * cg_meeting_get_if_no_change:
 * @self: a meeting
 *
 * Gets what happens if nothing changes for the child.
 *
 * Returns: (transfer none) (nullable): what happens
 */
const char *
cg_meeting_get_if_no_change (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->if_no_change;
}

/**
 * cg_meeting_set_if_no_change:
 * @self: a meeting
 * @if_no_change: (nullable): what happens
 *
 * Sets what happens if nothing changes for the child: usually what the
 * core group or the next conference will consider.
 */
void
cg_meeting_set_if_no_change (CgMeeting  *self,
                             const char *if_no_change)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->if_no_change, if_no_change, PROP_IF_NO_CHANGE);
}

/**
 * cg_meeting_get_next_meeting_date:
 * @self: a meeting
 *
 * Gets the date agreed for the next meeting.
 *
 * Returns: (transfer none) (nullable): the next meeting's date
 */
GDate *
cg_meeting_get_next_meeting_date (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return cg_day_peek (&self->next_meeting_date);
}

/**
 * cg_meeting_set_next_meeting_date:
 * @self: a meeting
 * @date: (nullable): the next meeting's date
 *
 * Sets the date agreed for the next meeting.
 */
void
cg_meeting_set_next_meeting_date (CgMeeting   *self,
                                  const GDate *date)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_date_prop (self, &self->next_meeting_date, date, PROP_NEXT_MEETING_DATE);
}

/**
 * cg_meeting_get_next_meeting_venue:
 * @self: a meeting
 *
 * Gets the venue agreed for the next meeting.
 *
 * Returns: (transfer none) (nullable): the next meeting's venue
 */
const char *
cg_meeting_get_next_meeting_venue (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->next_meeting_venue;
}

/**
 * cg_meeting_set_next_meeting_venue:
 * @self: a meeting
 * @venue: (nullable): the next meeting's venue
 *
 * Sets the venue agreed for the next meeting.
 */
void
cg_meeting_set_next_meeting_venue (CgMeeting  *self,
                                   const char *venue)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->next_meeting_venue, venue, PROP_NEXT_MEETING_VENUE);
}

/**
 * cg_meeting_get_minutes_circulated:
 * @self: a meeting
 *
 * Gets the date the minutes were distributed to the core group.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if not yet
 */
GDate *
cg_meeting_get_minutes_circulated (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return cg_day_peek (&self->minutes_circulated);
}

/**
 * cg_meeting_set_minutes_circulated:
 * @self: a meeting
 * @date: (nullable): the date the minutes were distributed
 *
 * Sets the date the minutes were distributed to the core group
 * (Suffolk 4.3; Haringey, "Recording").
 */
void
cg_meeting_set_minutes_circulated (CgMeeting   *self,
                                   const GDate *date)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_date_prop (self, &self->minutes_circulated, date, PROP_MINUTES_CIRCULATED);
}

/**
 * cg_meeting_get_chair_update:
 * @self: a meeting
 *
 * Gets the date the chair updated the lead social worker on the meeting.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if not yet
 */
GDate *
cg_meeting_get_chair_update (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return cg_day_peek (&self->chair_update);
}

/**
 * cg_meeting_set_chair_update:
 * @self: a meeting
 * @date: (nullable): the date of the update
 *
 * Sets the date the chair updated the lead social worker or their manager
 * on the outcome of the meeting (Suffolk 4.2).
 */
void
cg_meeting_set_chair_update (CgMeeting   *self,
                             const GDate *date)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_date_prop (self, &self->chair_update, date, PROP_CHAIR_UPDATE);
}

/**
 * cg_meeting_get_agreed_chair:
 * @self: a meeting
 *
 * Gets the id of the member agreed as chair of the core group.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_meeting_get_agreed_chair (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->agreed_chair;
}

/**
 * cg_meeting_set_agreed_chair:
 * @self: a meeting
 * @member_id: (nullable): the member id
 *
 * Sets the id of the member agreed as chair of the core group (Haringey,
 * "Frequency of meetings").
 */
void
cg_meeting_set_agreed_chair (CgMeeting  *self,
                             const char *member_id)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->agreed_chair, member_id, PROP_AGREED_CHAIR);
}

/**
 * cg_meeting_get_agreed_vice_chair:
 * @self: a meeting
 *
 * Gets the id of the member agreed as vice chair of the core group.
 *
 * Returns: (transfer none) (nullable): the member id
 */
const char *
cg_meeting_get_agreed_vice_chair (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return self->agreed_vice_chair;
}

/**
 * cg_meeting_set_agreed_vice_chair:
 * @self: a meeting
 * @member_id: (nullable): the member id
 *
 * Sets the id of the member agreed as vice chair of the core group
 * (Haringey, "Frequency of meetings").
 */
void
cg_meeting_set_agreed_vice_chair (CgMeeting  *self,
                                  const char *member_id)
{
  g_return_if_fail (CG_IS_MEETING (self));

  set_string_prop (self, &self->agreed_vice_chair, member_id, PROP_AGREED_VICE_CHAIR);
}

/**
 * cg_meeting_get_attendance:
 * @self: a meeting
 *
 * Gets the meeting's attendance, one entry per member. The model is
 * read-only; it emits [signal@Gio.ListModel::items-changed] when the
 * meeting's attendance changes.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Attendance]
 */
GListModel *
cg_meeting_get_attendance (CgMeeting *self)
{
  g_return_val_if_fail (CG_IS_MEETING (self), NULL);

  return G_LIST_MODEL (self->attendance);
}

static gboolean
find_attendance (CgMeeting  *self,
                 const char *member_id,
                 guint      *position)
{
  int found = cg_item_list_find_record (self->attendance, member_id);

  if (found < 0)
    return FALSE;
  *position = (guint) found;
  return TRUE;
}

guint
cg_meeting_get_n_attendance (CgMeeting *self)
{
  return cg_item_list_get_len (self->attendance);
}

const CgAttendanceFields *
cg_meeting_peek_attendance (CgMeeting *self,
                            guint      position)
{
  return cg_item_list_peek_record (self->attendance, position);
}

const CgAttendanceFields *
cg_meeting_find_attendance (CgMeeting  *self,
                            const char *member_id)
{
  guint position;

  if (member_id == NULL || !find_attendance (self, member_id, &position))
    return NULL;
  return cg_item_list_peek_record (self->attendance, position);
}

/**
 * cg_meeting_lookup_attendance:
 * @self: a meeting
 * @member_id: a member id
 *
 * Finds the attendance recorded for @member_id.
 *
 * Returns: (transfer none) (nullable): the attendance, or %NULL if none is
 *   recorded for that member
 */
CgAttendance *
cg_meeting_lookup_attendance (CgMeeting  *self,
                              const char *member_id)
{
  guint position;

  g_return_val_if_fail (CG_IS_MEETING (self), NULL);
  g_return_val_if_fail (member_id != NULL, NULL);

  if (!find_attendance (self, member_id, &position))
    return NULL;

  return cg_item_list_peek (self->attendance, position);
}

/**
 * cg_meeting_set_attendance:
 * @self: a meeting
 * @attendance: the attendance to record
 *
 * Records @attendance. If the meeting already has an attendance for the
 * same member, @attendance replaces it in place, taking over any fields
 * the replaced entry had in its case document that the library does not
 * know; otherwise it is appended. The meeting does not check that the
 * member exists.
 */
void
cg_meeting_set_attendance (CgMeeting    *self,
                           CgAttendance *attendance)
{
  guint position;

  g_return_if_fail (CG_IS_MEETING (self));
  g_return_if_fail (CG_IS_ATTENDANCE (attendance));
  g_return_if_fail (cg_attendance_get_member_id (attendance) != NULL);

  if (!find_attendance (self, cg_attendance_get_member_id (attendance), &position))
    cg_item_list_append (self->attendance, attendance);
  else if (cg_item_list_peek (self->attendance, position) != attendance)
    {
      cg_json_extra_copy (cg_item_list_peek (self->attendance, position), attendance);
      cg_item_list_replace (self->attendance, position, attendance);
    }
}

/**
 * cg_meeting_remove_attendance:
 * @self: a meeting
 * @member_id: a member id
 *
 * Removes the attendance recorded for @member_id, if any.
 *
 * Returns: %TRUE if an attendance was removed
 */
gboolean
cg_meeting_remove_attendance (CgMeeting  *self,
                              const char *member_id)
{
  guint position;

  g_return_val_if_fail (CG_IS_MEETING (self), FALSE);
  g_return_val_if_fail (member_id != NULL, FALSE);

  if (!find_attendance (self, member_id, &position))
    return FALSE;

  cg_item_list_remove (self->attendance, position);
  return TRUE;
}
