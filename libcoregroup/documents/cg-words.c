/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The words the documents write for the values of the record
 * (cg-words-private.h). */

#include "config.h"

#include "documents/cg-words-private.h"
#include "util/cg-i18n-private.h"

const char *
cg_words_member_role (CgMemberRole role)
{
  switch (role)
    {
    case CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER: return C_("member role", "Lead social worker");
    case CG_MEMBER_ROLE_SOCIAL_WORKER: return C_("member role", "Social worker");
    case CG_MEMBER_ROLE_TEAM_MANAGER: return C_("member role", "Team manager");
    case CG_MEMBER_ROLE_CONFERENCE_CHAIR: return C_("member role", "Conference chair");
    case CG_MEMBER_ROLE_HEALTH_VISITOR: return C_("member role", "Health visitor");
    case CG_MEMBER_ROLE_MIDWIFE: return C_("member role", "Midwife");
    case CG_MEMBER_ROLE_SCHOOL_NURSE: return C_("member role", "School nurse");
    case CG_MEMBER_ROLE_GP: return C_("member role", "GP");
    case CG_MEMBER_ROLE_TEACHER: return C_("member role", "Teacher");
    case CG_MEMBER_ROLE_POLICE: return C_("member role", "Police");
    case CG_MEMBER_ROLE_PROBATION: return C_("member role", "Probation officer");
    case CG_MEMBER_ROLE_SUBSTANCE_MISUSE_WORKER: return C_("member role", "Substance misuse worker");
    case CG_MEMBER_ROLE_DOMESTIC_ABUSE_WORKER: return C_("member role", "Domestic abuse worker");
    case CG_MEMBER_ROLE_MENTAL_HEALTH_WORKER: return C_("member role", "Mental health worker");
    case CG_MEMBER_ROLE_OTHER_PROFESSIONAL: return C_("member role", "Professional");
    case CG_MEMBER_ROLE_PARENT: return C_("member role", "Parent");
    case CG_MEMBER_ROLE_CARER: return C_("member role", "Carer");
    case CG_MEMBER_ROLE_CHILD: return C_("member role", "Child");
    case CG_MEMBER_ROLE_FAMILY_MEMBER: return C_("member role", "Family member");
    case CG_MEMBER_ROLE_FOSTER_CARER: return C_("member role", "Foster carer");
    case CG_MEMBER_ROLE_ADVOCATE: return C_("member role", "Advocate");
    case CG_MEMBER_ROLE_INTERPRETER: return C_("member role", "Interpreter");
    case CG_MEMBER_ROLE_SUPPORTER: return C_("member role", "Supporter");
    }

  return C_("member role", "Member");
}

const char *
cg_words_category (CgAbuseCategory category)
{
  switch (category)
    {
    case CG_ABUSE_CATEGORY_NEGLECT: return C_("category of abuse", "Neglect");
    case CG_ABUSE_CATEGORY_PHYSICAL_ABUSE: return C_("category of abuse", "Physical abuse");
    case CG_ABUSE_CATEGORY_EMOTIONAL_ABUSE: return C_("category of abuse", "Emotional abuse");
    case CG_ABUSE_CATEGORY_SEXUAL_ABUSE: return C_("category of abuse", "Sexual abuse");
    default: return NULL;
    }
}

char *
cg_words_attendance (const CgAttendanceFields *attendance,
                     CgMember                 *member)
{
  const char *substitute = attendance->substitute;
  gboolean report = attendance->written_report;
  /* Only a professional's absence without a report is a gap (Suffolk 4.6). */
  gboolean professional = member != NULL && cg_member_get_professional (member);

  switch (attendance->status)
    {
    case CG_ATTENDANCE_STATUS_PRESENT:
      return g_strdup (attendance->interpreter ? C_("attendance", "Present, with an interpreter")
                                               : C_("attendance", "Present"));

    case CG_ATTENDANCE_STATUS_SUBSTITUTE:
      if (substitute != NULL && *substitute != '\0')
        /* Translators: %s is the name of who attended in the member's place. */
        return g_strdup_printf (C_("attendance", "%s attended as substitute"), substitute);
      return g_strdup (C_("attendance", "A substitute attended"));

    case CG_ATTENDANCE_STATUS_APOLOGIES:
      if (report)
        return g_strdup (C_("attendance", "Apologies, written report sent"));
      return g_strdup (professional ? C_("attendance", "Apologies, no written report") : C_("attendance", "Apologies"));

    case CG_ATTENDANCE_STATUS_ABSENT:
      if (report)
        return g_strdup (C_("attendance", "Absent, written report sent"));
      return g_strdup (professional ? C_("attendance", "Absent, no written report") : C_("attendance", "Absent"));
    }

  return g_strdup (C_("attendance", "Not recorded"));
}

/* The nicks the documents write, for the catalogue: the JSON form keeps
 * them as they are, the documents say them in words. */
static const char * const nicks[] G_GNUC_UNUSED = {
  NC_("deadline status", "met"),
  NC_("deadline status", "late"),
  NC_("deadline status", "overdue"),
  NC_("deadline status", "pending"),
  NC_("severity", "error"),
  NC_("severity", "warning"),
  NC_("severity", "info"),
  /* Translators: an action of the plan that is neither done nor overdue. */
  NC_("action state", "open"),
  NC_("action state", "done"),
  NC_("action state", "overdue"),
  NC_("review decision", "agreed"),
  NC_("review decision", "declined"),
  NC_("escalation concern", "attendance"),
  NC_("escalation concern", "plan-not-effective"),
  NC_("escalation concern", "non-co-operation"),
  NC_("escalation concern", "disagreement"),
  NC_("escalation concern", "drift"),
  NC_("escalation concern", "other"),
  NC_("escalation step", "core-group"),
  NC_("escalation step", "lead-social-worker-and-manager"),
  NC_("escalation step", "own-agency"),
  NC_("escalation step", "agency-managers"),
  NC_("escalation step", "conference-chair"),
  NC_("escalation step", "resolving-professional-differences"),
  NC_("escalation step", "multi-agency-supervision"),
  NC_("escalation step", "lscp-escalation"),
  NC_("escalation step", "legal-advice"),
  /* Translators: a change to the plan the record gives no summary of. */
  NC_("plan change", "unspecified"),
  NC_("plan change", "add-outcome"),
  NC_("plan change", "revise-outcome"),
  NC_("plan change", "remove-outcome"),
  NC_("plan change", "add-action"),
  NC_("plan change", "revise-action"),
  NC_("plan change", "complete-action"),
  NC_("plan change", "remove-action"),
  NC_("plan change", "update-section"),
};

const char *
cg_words_nick (const char *context,
               const char *nick)
{
  return nick != NULL ? cg_dpgettext2 (context, nick) : NULL;
}
