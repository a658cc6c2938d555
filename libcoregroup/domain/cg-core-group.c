/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-core-group-private.h"
#include "domain/cg-meeting-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

/**
 * CgCoreGroup:
 *
 * The multi-agency group that develops and implements a child's protection
 * plan: its members and the record of its meetings.
 *
 * Membership is agreed at the initial conference, and new members may join
 * if they become directly involved (Suffolk 1.3). Member ids are unique, and
 * every meeting may refer only to members of the group, so a meeting whose
 * chair or attendance names someone else is refused with
 * %CG_CASE_ERROR_UNKNOWN_MEMBER.
 *
 * ```c
 * CgCoreGroup *group = cg_case_get_core_group (kase);
 * g_autoptr(CgMember) lsw = cg_member_new ("m1", "J. Okafor", CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER);
 * g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
 * g_autoptr(CgMeeting) cg1 = cg_meeting_new ("cg1", CG_MEETING_KIND_CORE_GROUP, day);
 * g_autoptr(CgAttendance) present = cg_attendance_new ("m1", CG_ATTENDANCE_STATUS_PRESENT);
 *
 * cg_core_group_add_member (group, lsw, NULL);
 * cg_meeting_set_attendance (cg1, present);
 * if (!cg_core_group_add_meeting (group, cg1, &error))
 *   g_printerr ("%s\n", error->message);
 * ```
 *
 * The member and meeting lists are [iface@Gio.ListModel]s that a GTK list
 * view can bind to; they change only through this object's methods.
 */

struct _CgCoreGroup
{
  GObject     parent_instance;
  CgItemList *members;
  CgItemList *meetings;
};

G_DEFINE_FINAL_TYPE (CgCoreGroup, cg_core_group, G_TYPE_OBJECT)

static void
cg_core_group_dispose (GObject *object)
{
  CgCoreGroup *self = CG_CORE_GROUP (object);

  g_clear_object (&self->members);
  g_clear_object (&self->meetings);

  G_OBJECT_CLASS (cg_core_group_parent_class)->dispose (object);
}

static void
cg_core_group_class_init (CgCoreGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_core_group_dispose;
}

static void
cg_core_group_init (CgCoreGroup *self)
{
  self->members = cg_item_list_new_with_ids (CG_TYPE_MEMBER, (CgItemIdFunc) cg_member_get_id);
  self->meetings = cg_item_list_new_with_ids (CG_TYPE_MEETING, (CgItemIdFunc) cg_meeting_get_id);
}

/**
 * cg_core_group_new:
 *
 * Creates an empty core group. A core group normally comes with its case,
 * from [method@CoreGroup.Case.get_core_group].
 *
 * Returns: (transfer full): a new core group
 */
CgCoreGroup *
cg_core_group_new (void)
{
  return g_object_new (CG_TYPE_CORE_GROUP, NULL);
}

/**
 * cg_core_group_get_members:
 * @self: a core group
 *
 * Gets the members of the core group, in the order they joined.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Member]
 */
GListModel *
cg_core_group_get_members (CgCoreGroup *self)
{
  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);

  return G_LIST_MODEL (self->members);
}

/**
 * cg_core_group_get_meetings:
 * @self: a core group
 *
 * Gets the recorded meetings, in the order they were recorded (not
 * necessarily by date).
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Meeting]
 */
GListModel *
cg_core_group_get_meetings (CgCoreGroup *self)
{
  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

/**
 * cg_core_group_lookup_member:
 * @self: a core group
 * @id: a member id
 *
 * Finds a member by id.
 *
 * Returns: (transfer none) (nullable): the member, or %NULL
 */
CgMember *
cg_core_group_lookup_member (CgCoreGroup *self,
                             const char  *id)
{
  int pos;

  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  pos = cg_item_list_find (self->members, (CgItemIdFunc) cg_member_get_id, id, G_MAXUINT);
  return pos < 0 ? NULL : cg_item_list_peek (self->members, (guint) pos);
}

/**
 * cg_core_group_get_member_name:
 * @self: a core group
 * @id: (nullable): a member id
 *
 * Gets the name to show for member @id in messages and documents: the
 * member's name, or @id itself for a member with no name or an id the
 * core group does not know.
 *
 * Returns: (transfer none) (nullable): the name, or @id
 */
const char *
cg_core_group_get_member_name (CgCoreGroup *self,
                               const char  *id)
{
  CgMember *member;

  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);

  member = id != NULL ? cg_core_group_lookup_member (self, id) : NULL;
  if (member == NULL || cg_member_get_name (member) == NULL)
    return id;
  return cg_member_get_name (member);
}

static int
find_meeting (CgCoreGroup *self,
              const char  *id)
{
  return cg_item_list_find (self->meetings, (CgItemIdFunc) cg_meeting_get_id, id, G_MAXUINT);
}

/**
 * cg_core_group_lookup_meeting:
 * @self: a core group
 * @id: a meeting id
 *
 * Finds a meeting by id.
 *
 * Returns: (transfer none) (nullable): the meeting, or %NULL
 */
CgMeeting *
cg_core_group_lookup_meeting (CgCoreGroup *self,
                              const char  *id)
{
  int pos;

  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  pos = find_meeting (self, id);
  return pos < 0 ? NULL : cg_item_list_peek (self->meetings, (guint) pos);
}

static CgMember *
first_with_role (CgCoreGroup  *self,
                 CgMemberRole  role)
{
  for (guint i = 0; i < cg_item_list_get_len (self->members); i++)
    {
      CgMember *member = cg_item_list_peek (self->members, i);

      if (cg_member_get_role (member) == role)
        return member;
    }

  return NULL;
}

/**
 * cg_core_group_get_lead_social_worker:
 * @self: a core group
 *
 * Gets the lead social worker (key worker), who coordinates the core group
 * (Suffolk 1.4). If several members hold the role, the first is returned.
 *
 * Returns: (transfer none) (nullable): the lead social worker, or %NULL
 */
CgMember *
cg_core_group_get_lead_social_worker (CgCoreGroup *self)
{
  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);

  return first_with_role (self, CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER);
}

/**
 * cg_core_group_get_team_manager:
 * @self: a core group
 *
 * Gets the lead social worker's team manager, whose team holds the case.
 * If several members hold the role, the first is returned.
 *
 * Returns: (transfer none) (nullable): the team manager, or %NULL
 */
CgMember *
cg_core_group_get_team_manager (CgCoreGroup *self)
{
  g_return_val_if_fail (CG_IS_CORE_GROUP (self), NULL);

  return first_with_role (self, CG_MEMBER_ROLE_TEAM_MANAGER);
}

/**
 * cg_core_group_add_member:
 * @self: a core group
 * @member: the new member
 * @error: return location for a #GError
 *
 * Adds a member. Fails with %CG_CASE_ERROR_DUPLICATE_ID if a member with
 * the same id is already in the group.
 *
 * Returns: %TRUE if the member was added
 */
gboolean
cg_core_group_add_member (CgCoreGroup  *self,
                          CgMember     *member,
                          GError      **error)
{
  g_return_val_if_fail (CG_IS_CORE_GROUP (self), FALSE);
  g_return_val_if_fail (CG_IS_MEMBER (member), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cg_core_group_lookup_member (self, cg_member_get_id (member)) != NULL)
    {
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
                   /* Translators: %s is the member's id. */
                   _("The core group already has a member with id “%s”"),
                   cg_member_get_id (member));
      return FALSE;
    }

  cg_item_list_append (self->members, member);
  return TRUE;
}

/* No member, or one of the group. */
static gboolean
knows (CgCoreGroup *self,
       const char  *member_id)
{
  return member_id == NULL || cg_core_group_lookup_member (self, member_id) != NULL;
}

gboolean
cg_core_group_check_member_ref (CgCoreGroup  *self,
                                const char   *member_id,
                                const char   *path,
                                const char   *field,
                                GError      **error)
{
  if (knows (self, member_id))
    return TRUE;

  g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER,
               /* Translators: a field path ("meetings[2].attendance[0]") and
                * a field's name ("member"), which stay as they are. */
               _("%s.%s: not a member of the core group"), path, field);
  return FALSE;
}

gboolean
cg_core_group_check_meeting (CgCoreGroup  *self,
                             CgMeeting    *meeting,
                             const char   *path,
                             GError      **error)
{
  GListModel *information = cg_meeting_peek_information_needed (meeting);

  if (cg_meeting_get_date (meeting) == NULL)
    {
      /* Translators: the meeting's field path ("meetings[2]"), which stays as
       * it is, as does "date". */
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID, _("%s.date: a meeting needs a date"), path);
      return FALSE;
    }

  if (!cg_core_group_check_member_ref (self, cg_meeting_get_chair (meeting), path, "chair", error) ||
      !cg_core_group_check_member_ref (self, cg_meeting_get_minute_taker (meeting), path, "minute_taker", error) ||
      !cg_core_group_check_member_ref (self, cg_meeting_get_agreed_chair (meeting), path, "agreed_chair", error) ||
      !cg_core_group_check_member_ref (self, cg_meeting_get_agreed_vice_chair (meeting), path, "agreed_vice_chair", error))
    return FALSE;

  /* The paths are made only for an error: a caseload has millions of
   * references to check. */
  for (guint i = 0; i < cg_meeting_get_n_attendance (meeting); i++)
    {
      const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, i);
      g_autofree char *entry_path = NULL;

      if (knows (self, entry->member_id))
        continue;
      entry_path = cg_strdup_format ("%s.attendance[%u]", path, i);
      return cg_core_group_check_member_ref (self, entry->member_id,
                                             entry_path, "member", error);
    }

  for (guint i = 0; i < cg_items_len (information); i++)
    {
      CgInformationRequest *request = cg_items_peek (information, i);
      g_autofree char *request_path = NULL;

      if (knows (self, cg_information_request_get_by (request)))
        continue;
      request_path = cg_strdup_format ("%s.information_needed[%u]", path, i);
      return cg_core_group_check_member_ref (self, cg_information_request_get_by (request),
                                             request_path, "by", error);
    }

  return TRUE;
}

/**
 * cg_core_group_add_meeting:
 * @self: a core group
 * @meeting: the meeting to record
 * @error: return location for a #GError
 *
 * Records a meeting. Fails with %CG_CASE_ERROR_DUPLICATE_ID if a meeting
 * with the same id is recorded, %CG_CASE_ERROR_INVALID if it has no date, and
 * %CG_CASE_ERROR_UNKNOWN_MEMBER if its chair, minute taker, agreed chair or
 * vice chair, an attendance entry or the member who is to bring information
 * it needs is someone outside the group.
 *
 * Returns: %TRUE if the meeting was recorded
 */
gboolean
cg_core_group_add_meeting (CgCoreGroup  *self,
                           CgMeeting    *meeting,
                           GError      **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (CG_IS_CORE_GROUP (self), FALSE);
  g_return_val_if_fail (CG_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (find_meeting (self, cg_meeting_get_id (meeting)) >= 0)
    {
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
                   /* Translators: %s is the meeting's id. */
                   _("A meeting with id “%s” is already recorded"), cg_meeting_get_id (meeting));
      return FALSE;
    }

  /* Translators: how an error names a meeting added through the API, before a
   * field's name; %s is its id. */
  path = cg_strdup_format (_("meeting “%s”"), cg_meeting_get_id (meeting));
  if (!cg_core_group_check_meeting (self, meeting, path, error))
    return FALSE;

  cg_item_list_append (self->meetings, meeting);
  return TRUE;
}

/**
 * cg_core_group_remove_meeting:
 * @self: a core group
 * @id: the id of a recorded meeting
 *
 * Removes a meeting recorded in error.
 *
 * Returns: %TRUE if a meeting was removed
 */
gboolean
cg_core_group_remove_meeting (CgCoreGroup *self,
                              const char  *id)
{
  int pos;

  g_return_val_if_fail (CG_IS_CORE_GROUP (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  pos = find_meeting (self, id);
  if (pos < 0)
    return FALSE;

  cg_item_list_remove (self->meetings, (guint) pos);
  return TRUE;
}

/**
 * cg_core_group_count_professionals_present:
 * @self: a core group
 * @meeting: a meeting of the group
 *
 * Counts the professional members who attended @meeting, in person or
 * through a briefed substitute (doc/json-format.md: a substitute counts as
 * present).
 * A core group is quorate when at least two professional members attend
 * (Suffolk 4.7). Attendance entries naming someone outside the group are
 * not counted.
 *
 * Returns: the number of professional members present
 */
guint
cg_core_group_count_professionals_present (CgCoreGroup *self,
                                           CgMeeting   *meeting)
{
  guint count = 0;

  g_return_val_if_fail (CG_IS_CORE_GROUP (self), 0);
  g_return_val_if_fail (CG_IS_MEETING (meeting), 0);

  for (guint i = 0; i < cg_meeting_get_n_attendance (meeting); i++)
    {
      const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, i);
      CgMember *member = cg_core_group_lookup_member (self, entry->member_id);

      if (member != NULL && cg_member_get_professional (member) && cg_attendance_fields_attended (entry))
        count++;
    }

  return count;
}

CgItemList *
cg_core_group_get_member_list (CgCoreGroup *self)
{
  return self->members;
}

CgItemList *
cg_core_group_get_meeting_list (CgCoreGroup *self)
{
  return self->meetings;
}
