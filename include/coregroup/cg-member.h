/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgMemberRole:
 * @CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER: the lead social worker (key worker)
 * @CG_MEMBER_ROLE_SOCIAL_WORKER: another social worker
 * @CG_MEMBER_ROLE_TEAM_MANAGER: the lead social worker's team manager
 * @CG_MEMBER_ROLE_CONFERENCE_CHAIR: the child protection conference chair
 * @CG_MEMBER_ROLE_HEALTH_VISITOR: health visitor
 * @CG_MEMBER_ROLE_MIDWIFE: midwife
 * @CG_MEMBER_ROLE_SCHOOL_NURSE: school nurse
 * @CG_MEMBER_ROLE_GP: general practitioner
 * @CG_MEMBER_ROLE_TEACHER: teacher or designated safeguarding lead
 * @CG_MEMBER_ROLE_POLICE: police officer
 * @CG_MEMBER_ROLE_PROBATION: probation officer
 * @CG_MEMBER_ROLE_SUBSTANCE_MISUSE_WORKER: substance misuse worker
 * @CG_MEMBER_ROLE_DOMESTIC_ABUSE_WORKER: domestic abuse worker
 * @CG_MEMBER_ROLE_MENTAL_HEALTH_WORKER: mental health worker
 * @CG_MEMBER_ROLE_OTHER_PROFESSIONAL: any other professional
 * @CG_MEMBER_ROLE_PARENT: parent
 * @CG_MEMBER_ROLE_CARER: carer
 * @CG_MEMBER_ROLE_CHILD: the child
 * @CG_MEMBER_ROLE_FAMILY_MEMBER: another family member
 * @CG_MEMBER_ROLE_FOSTER_CARER: foster carer
 * @CG_MEMBER_ROLE_ADVOCATE: advocate
 * @CG_MEMBER_ROLE_INTERPRETER: interpreter or signer
 * @CG_MEMBER_ROLE_SUPPORTER: a friend or relative supporting a parent
 *
 * The role of a core group member. The JSON format writes the nick
 * (`lead-social-worker`). The first fifteen roles are professional: they
 * count towards quorum and towards the child being seen (doc/rules.md,
 * "Member roles"); see [func@CoreGroup.MemberRole.is_professional].
 */
typedef enum
{
  CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER,
  CG_MEMBER_ROLE_SOCIAL_WORKER,
  CG_MEMBER_ROLE_TEAM_MANAGER,
  CG_MEMBER_ROLE_CONFERENCE_CHAIR,
  CG_MEMBER_ROLE_HEALTH_VISITOR,
  CG_MEMBER_ROLE_MIDWIFE,
  CG_MEMBER_ROLE_SCHOOL_NURSE,
  CG_MEMBER_ROLE_GP,
  CG_MEMBER_ROLE_TEACHER,
  CG_MEMBER_ROLE_POLICE,
  CG_MEMBER_ROLE_PROBATION,
  CG_MEMBER_ROLE_SUBSTANCE_MISUSE_WORKER,
  CG_MEMBER_ROLE_DOMESTIC_ABUSE_WORKER,
  CG_MEMBER_ROLE_MENTAL_HEALTH_WORKER,
  CG_MEMBER_ROLE_OTHER_PROFESSIONAL,
  CG_MEMBER_ROLE_PARENT,
  CG_MEMBER_ROLE_CARER,
  CG_MEMBER_ROLE_CHILD,
  CG_MEMBER_ROLE_FAMILY_MEMBER,
  CG_MEMBER_ROLE_FOSTER_CARER,
  CG_MEMBER_ROLE_ADVOCATE,
  CG_MEMBER_ROLE_INTERPRETER,
  CG_MEMBER_ROLE_SUPPORTER,
} CgMemberRole;

#define CG_TYPE_MEMBER (cg_member_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgMember, cg_member, CG, MEMBER, GObject)

CG_AVAILABLE_IN_ALL
gboolean      cg_member_role_is_professional (CgMemberRole  role);
CG_AVAILABLE_IN_ALL
gboolean      cg_member_role_is_social_care  (CgMemberRole  role);

CG_AVAILABLE_IN_ALL
CgMember     *cg_member_new                  (const char   *id,
                                              const char   *name,
                                              CgMemberRole  role) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char   *cg_member_get_id               (CgMember     *self);
CG_AVAILABLE_IN_ALL
const char   *cg_member_get_name             (CgMember     *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_name             (CgMember     *self,
                                              const char   *name);
CG_AVAILABLE_IN_ALL
CgMemberRole  cg_member_get_role             (CgMember     *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_role             (CgMember     *self,
                                              CgMemberRole  role);
CG_AVAILABLE_IN_ALL
const char   *cg_member_get_agency           (CgMember     *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_agency           (CgMember     *self,
                                              const char   *agency);
CG_AVAILABLE_IN_ALL
gboolean      cg_member_get_needs_interpreter (CgMember    *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_needs_interpreter (CgMember    *self,
                                               gboolean     needs_interpreter);
CG_AVAILABLE_IN_ALL
gboolean      cg_member_get_professional     (CgMember     *self);
CG_AVAILABLE_IN_ALL
const char   *cg_member_get_address          (CgMember     *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_address          (CgMember     *self,
                                              const char   *address);
CG_AVAILABLE_IN_ALL
const char   *cg_member_get_phone            (CgMember     *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_phone            (CgMember     *self,
                                              const char   *phone);
CG_AVAILABLE_IN_ALL
const char * const *cg_member_get_withhold_from (CgMember  *self);
CG_AVAILABLE_IN_ALL
void          cg_member_set_withhold_from    (CgMember           *self,
                                              const char * const *member_ids);
CG_AVAILABLE_IN_ALL
gboolean      cg_member_withholds_from       (CgMember     *self,
                                              const char   *member_id);

G_END_DECLS
