/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "domain/cg-attendance-private.h"

G_BEGIN_DECLS

/* The words the documents write for the values of the record (a member's
 * role, a category of the plan, a member's attendance at a meeting), so
 * that every document says them the same way, in the user's language. */

/* "Lead social worker". */
const char *cg_words_member_role (CgMemberRole     role);
/* "Emotional abuse", for one category. */
const char *cg_words_category    (CgAbuseCategory  category);
/* "Apologies, written report sent"; "A. Colleague attended as substitute".
 * @member, if known, says whether a written report was to be expected. */
char       *cg_words_attendance  (const CgAttendanceFields *attendance,
                                  CgMember        *member);
/* A value of the record's JSON form (an enum's nick: "late", "warning",
 * "agency-managers") in the user's language; @context names the enum
 * ("deadline status"). The nick itself where the catalogue has none. */
const char *cg_words_nick        (const char      *context,
                                  const char      *nick);

G_END_DECLS
