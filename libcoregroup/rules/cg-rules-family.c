/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* family-record-mismatch (doc/rules.md): brothers' and sisters' cases
 * record a joint meeting under one meeting id, and the records must
 * agree. Members are per case, so attendance is compared by member name
 * and status. The check needs the other cases, so a single-case
 * evaluation cannot apply it: a caseload run calls
 * cg_report_check_family instead. */

#include "config.h"

#include <string.h>

#include "domain/cg-meeting-private.h"
#include "rules/cg-report-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

#define RULE "family-record-mismatch"

/* The catalogue's entry: nothing to compare within one case. */
void
cg_check_family_record_mismatch (const CgRuleContext *ctx,
                                 const CgRuleSetting *setting)
{
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static CgMeeting *
find_meeting (CgCase     *kase,
              const char *id)
{
  GListModel *meetings = cg_core_group_get_meetings (cg_case_get_core_group (kase));

  for (guint i = 0; i < cg_items_len (meetings); i++)
    {
      g_autoptr(CgMeeting) meeting = g_list_model_get_item (meetings, i);

      if (g_strcmp0 (cg_meeting_get_id (meeting), id) == 0)
        return g_steal_pointer (&meeting);
    }
  return NULL;
}

/* "name=status" for each attendance entry, sorted: the attendance as a
 * set that two cases can compare. */
static GPtrArray *
attendance_set (CgCase    *kase,
                CgMeeting *meeting)
{
  CgCoreGroup *group = cg_case_get_core_group (kase);
  g_autoptr(GEnumClass) statuses = g_type_class_ref (CG_TYPE_ATTENDANCE_STATUS);
  GPtrArray *set = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < cg_meeting_get_n_attendance (meeting); i++)
    {
      const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, i);
      CgMember *member = cg_core_group_lookup_member (group, entry->member_id);
      const char *name = member != NULL ? cg_member_get_name (member) : entry->member_id;

      g_ptr_array_add (set, cg_strdup_format ("%s=%s", name,
                                              g_enum_get_value (statuses, entry->status)->value_nick));
    }
  g_ptr_array_sort (set, compare_strings);
  return set;
}

static gboolean
same_attendance (CgCase    *kase,
                 CgMeeting *meeting,
                 CgCase    *other,
                 CgMeeting *other_meeting)
{
  g_autoptr(GPtrArray) a = attendance_set (kase, meeting);
  g_autoptr(GPtrArray) b = attendance_set (other, other_meeting);

  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/**
 * cg_report_check_family:
 * @self: the report on @kase
 * @kase: a case with a [property@CoreGroup.Case:family]
 * @family: (element-type CgCase): the cases of a caseload that share
 *   @kase's family; @kase itself, and cases of other families, are passed
 *   over
 * @source: (nullable): the paragraph the policy cites for
 *   `family-record-mismatch`, given with each finding
 *
 * Compares each joint meeting of @kase (one whose meeting id another case
 * of the family also records) with the other case's record of it, and
 * adds a `family-record-mismatch` warning to @self for each other case
 * whose record differs in the date or in the attendance, naming the other
 * case and what differs. Members are per case, so attendance is compared
 * as the set of member names, each with its status.
 *
 * The check needs the other cases, so [method@CoreGroup.Policy.evaluate]
 * does not apply it; `coregroup deadlines` calls this for each case of a
 * run whose policy lists the check. Findings stay most severe first.
 *
 * Returns: the number of findings added
 */
guint
cg_report_check_family (CgReport   *self,
                        CgCase     *kase,
                        GPtrArray  *family,
                        const char *source)
{
  GListModel *meetings;
  const char *family_id;
  guint added = 0;

  g_return_val_if_fail (CG_IS_REPORT (self), 0);
  g_return_val_if_fail (CG_IS_CASE (kase), 0);
  g_return_val_if_fail (family != NULL, 0);

  family_id = cg_case_get_family (kase);
  if (family_id == NULL)
    return 0;

  meetings = cg_core_group_get_meetings (cg_case_get_core_group (kase));
  for (guint i = 0; i < cg_items_len (meetings); i++)
    {
      CgMeeting *meeting = cg_items_peek (meetings, i);
      const char *id = cg_meeting_get_id (meeting);

      for (guint j = 0; id != NULL && j < family->len; j++)
        {
          CgCase *other = g_ptr_array_index (family, j);
          g_autoptr(CgMeeting) joint = NULL;
          char *message = NULL;
          gboolean date_differs, attendance_differs;

          g_return_val_if_fail (CG_IS_CASE (other), added);
          if (other == kase || g_strcmp0 (cg_case_get_family (other), family_id) != 0 ||
              (joint = find_meeting (other, id)) == NULL)
            continue;

          date_differs = g_date_compare (cg_meeting_get_date (meeting), cg_meeting_get_date (joint)) != 0;
          attendance_differs = !same_attendance (kase, meeting, other, joint);
          if (!date_differs && !attendance_differs)
            continue;

          /* Only what differs and the other case's id: the other child's
           * record stays in the other case. */
          if (date_differs && attendance_differs)
            /* Translators: the meeting's id and the other case's id. */
            message = cg_strdup_format (_("The joint meeting %s is recorded differently in case %s: date and attendance"),
                                        id, cg_case_get_id (other));
          else if (date_differs)
            /* Translators: the meeting's id and the other case's id. */
            message = cg_strdup_format (_("The joint meeting %s is recorded differently in case %s: date"),
                                        id, cg_case_get_id (other));
          else
            /* Translators: the meeting's id and the other case's id. */
            message = cg_strdup_format (_("The joint meeting %s is recorded differently in case %s: attendance"),
                                        id, cg_case_get_id (other));
          cg_report_add_finding_fields (self, RULE, CG_SEVERITY_WARNING, id, message, source);
          added++;
        }
    }

  if (added > 0)
    cg_report_sort (self);
  return added;
}
