/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The words the documents write for the values of the record
 * (cg-words-private.h). */

#include "config.h"

#include "documents/cg-words-private.h"

const char *
cg_words_member_role (CgMemberRole role)
{
  switch (role)
    {
    case CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER: return "Lead social worker";
    case CG_MEMBER_ROLE_SOCIAL_WORKER: return "Social worker";
    case CG_MEMBER_ROLE_TEAM_MANAGER: return "Team manager";
    case CG_MEMBER_ROLE_CONFERENCE_CHAIR: return "Conference chair";
    case CG_MEMBER_ROLE_HEALTH_VISITOR: return "Health visitor";
    case CG_MEMBER_ROLE_MIDWIFE: return "Midwife";
    case CG_MEMBER_ROLE_SCHOOL_NURSE: return "School nurse";
    case CG_MEMBER_ROLE_GP: return "GP";
    case CG_MEMBER_ROLE_TEACHER: return "Teacher";
    case CG_MEMBER_ROLE_POLICE: return "Police";
    case CG_MEMBER_ROLE_PROBATION: return "Probation officer";
    case CG_MEMBER_ROLE_SUBSTANCE_MISUSE_WORKER: return "Substance misuse worker";
    case CG_MEMBER_ROLE_DOMESTIC_ABUSE_WORKER: return "Domestic abuse worker";
    case CG_MEMBER_ROLE_MENTAL_HEALTH_WORKER: return "Mental health worker";
    case CG_MEMBER_ROLE_OTHER_PROFESSIONAL: return "Professional";
    case CG_MEMBER_ROLE_PARENT: return "Parent";
    case CG_MEMBER_ROLE_CARER: return "Carer";
    case CG_MEMBER_ROLE_CHILD: return "Child";
    case CG_MEMBER_ROLE_FAMILY_MEMBER: return "Family member";
    case CG_MEMBER_ROLE_FOSTER_CARER: return "Foster carer";
    case CG_MEMBER_ROLE_ADVOCATE: return "Advocate";
    case CG_MEMBER_ROLE_INTERPRETER: return "Interpreter";
    case CG_MEMBER_ROLE_SUPPORTER: return "Supporter";
    }

  return "Member";
}

const char *
cg_words_category (CgAbuseCategory category)
{
  switch (category)
    {
    case CG_ABUSE_CATEGORY_NEGLECT: return "Neglect";
    case CG_ABUSE_CATEGORY_PHYSICAL_ABUSE: return "Physical abuse";
    case CG_ABUSE_CATEGORY_EMOTIONAL_ABUSE: return "Emotional abuse";
    case CG_ABUSE_CATEGORY_SEXUAL_ABUSE: return "Sexual abuse";
    default: return NULL;
    }
}

char *
cg_words_attendance (CgAttendance *attendance,
                     CgMember     *member)
{
  const char *substitute = cg_attendance_get_substitute (attendance);
  gboolean report = cg_attendance_get_written_report (attendance);
  /* Only a professional's absence without a report is a gap (Suffolk 4.6). */
  gboolean professional = member != NULL && cg_member_get_professional (member);

  switch (cg_attendance_get_status (attendance))
    {
    case CG_ATTENDANCE_STATUS_PRESENT:
      return g_strdup (cg_attendance_get_interpreter (attendance) ? "Present, with an interpreter" : "Present");

    case CG_ATTENDANCE_STATUS_SUBSTITUTE:
      if (substitute != NULL && *substitute != '\0')
        return g_strdup_printf ("%s attended as substitute", substitute);
      return g_strdup ("A substitute attended");

    case CG_ATTENDANCE_STATUS_APOLOGIES:
      if (report)
        return g_strdup ("Apologies, written report sent");
      return g_strdup (professional ? "Apologies, no written report" : "Apologies");

    case CG_ATTENDANCE_STATUS_ABSENT:
      if (report)
        return g_strdup ("Absent, written report sent");
      return g_strdup (professional ? "Absent, no written report" : "Absent");
    }

  return g_strdup ("Not recorded");
}
