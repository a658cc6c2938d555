/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-member-private.h"

#include "util/cg-util-private.h"

/**
 * CgMember:
 *
 * A person in a child's core group: a professional, a parent or carer, the
 * child, or someone supporting the family.
 *
 * Members are identified by an id that is unique within the case; meetings,
 * contacts and plan actions refer to members by that id.
 *
 * ```c
 * g_autoptr(CgMember) hv = cg_member_new ("m2", "P. Shah", CG_MEMBER_ROLE_HEALTH_VISITOR);
 * cg_member_set_agency (hv, "NHS Community Health");
 * g_assert_true (cg_member_get_professional (hv));
 * ```
 *
 * Whether a member is professional decides whether they count towards the
 * quorum of a core group (Suffolk 4.7) and whether their contacts count as
 * the child being seen (Suffolk 8.3).
 *
 * A member's contact details, [property@CoreGroup.Member:address] and
 * [property@CoreGroup.Member:phone], are in every member's copy of the plan
 * except those of the members they are withheld from
 * ([property@CoreGroup.Member:withhold-from]): where there is domestic abuse
 * or family conflict, one parent's address must never reach the other
 * (Suffolk 5.5).
 *
 * ```c
 * const char *from[] = { "m4", NULL };
 *
 * cg_member_set_address (mother, "Flat 2, 4 Example Road");
 * cg_member_set_withhold_from (mother, from);
 * g_assert_true (cg_member_withholds_from (mother, "m4"));
 * ```
 */


enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_AGENCY,
  PROP_NEEDS_INTERPRETER,
  PROP_PROFESSIONAL,
  PROP_ADDRESS,
  PROP_PHONE,
  PROP_WITHHOLD_FROM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgMember, cg_member, G_TYPE_OBJECT)

/**
 * cg_member_role_is_professional:
 * @role: a member role
 *
 * Whether @role is a professional role (doc/rules.md, "Member roles"): the
 * roles that count towards quorum and towards the child being seen.
 *
 * Returns: %TRUE for a professional role
 */
gboolean
cg_member_role_is_professional (CgMemberRole role)
{
  return role <= CG_MEMBER_ROLE_OTHER_PROFESSIONAL;
}

/**
 * cg_member_role_is_social_care:
 * @role: a member role
 *
 * Whether @role belongs to children's social care (lead social worker,
 * social worker, team manager). Suffolk 4.2 asks a chair from outside social
 * care to update the lead social worker within 3 working days.
 *
 * Returns: %TRUE for a social care role
 */
gboolean
cg_member_role_is_social_care (CgMemberRole role)
{
  return role == CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER ||
         role == CG_MEMBER_ROLE_SOCIAL_WORKER ||
         role == CG_MEMBER_ROLE_TEAM_MANAGER;
}

static void
cg_member_finalize (GObject *object)
{
  CgMember *self = CG_MEMBER (object);

  cg_strings_clear (self->strings, &self->id);
  cg_strings_clear (self->strings, &self->name);
  cg_strings_clear (self->strings, &self->agency);
  cg_strings_clear (self->strings, &self->address);
  cg_strings_clear (self->strings, &self->phone);
  g_clear_pointer (&self->strings, cg_strings_unref);
  g_clear_pointer (&self->withhold_from, g_strfreev);

  G_OBJECT_CLASS (cg_member_parent_class)->finalize (object);
}

static void
cg_member_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgMember *self = CG_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_AGENCY:
      g_value_set_string (value, self->agency);
      break;

    case PROP_NEEDS_INTERPRETER:
      g_value_set_boolean (value, self->needs_interpreter);
      break;

    case PROP_PROFESSIONAL:
      g_value_set_boolean (value, cg_member_get_professional (self));
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_WITHHOLD_FROM:
      g_value_set_boxed (value, self->withhold_from);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_member_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgMember *self = CG_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      cg_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      cg_member_set_role (self, g_value_get_enum (value));
      break;

    case PROP_AGENCY:
      cg_member_set_agency (self, g_value_get_string (value));
      break;

    case PROP_NEEDS_INTERPRETER:
      cg_member_set_needs_interpreter (self, g_value_get_boolean (value));
      break;

    case PROP_ADDRESS:
      cg_member_set_address (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      cg_member_set_phone (self, g_value_get_string (value));
      break;

    case PROP_WITHHOLD_FROM:
      cg_member_set_withhold_from (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_member_class_init (CgMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cg_member_finalize;
  object_class->get_property = cg_member_get_property;
  object_class->set_property = cg_member_set_property;

  /**
   * CgMember:id:
   *
   * The member's id, unique within the case. Set at construction.
   */
  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:name:
   *
   * The member's name as it appears in minutes and reports.
   */
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:role:
   *
   * The member's role in the core group.
   */
  properties [PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       CG_TYPE_MEMBER_ROLE, CG_MEMBER_ROLE_OTHER_PROFESSIONAL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:agency:
   *
   * The agency the member represents, such as "Children's Services" or
   * "NHS", or %NULL for family members.
   */
  properties [PROP_AGENCY] =
    g_param_spec_string ("agency", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:needs-interpreter:
   *
   * Whether the member needs an interpreter or signer to take part in
   * meetings (Suffolk 5.1; Haringey, "Attendance at meetings").
   */
  properties [PROP_NEEDS_INTERPRETER] =
    g_param_spec_boolean ("needs-interpreter", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:professional:
   *
   * Whether the member's [property@CoreGroup.Member:role] is professional.
   * Changes, and is notified, with the role.
   */
  properties [PROP_PROFESSIONAL] =
    g_param_spec_boolean ("professional", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:address:
   *
   * Where the member can be reached by post, as their copy of the plan and
   * the other members' copies give it (Haringey, "The child protection
   * plan": "names and contact details"), unless it is withheld from the
   * reader ([property@CoreGroup.Member:withhold-from]).
   */
  properties [PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:phone:
   *
   * The member's telephone number, given and withheld as the
   * [property@CoreGroup.Member:address] is.
   */
  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgMember:withhold-from:
   *
   * The ids of the members who must not see this member's contact details,
   * such as the other parent where there is domestic abuse (Suffolk 5.5).
   * Each must be a member of the core group: [method@CoreGroup.Case.validate]
   * and reading a case document check it. Details withheld from any
   * family member are withheld from every family reader of the plan: see
   * [class@CoreGroup.PlanCopy].
   */
  properties [PROP_WITHHOLD_FROM] =
    g_param_spec_boxed ("withhold-from", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_member_init (CgMember *self)
{
  self->role = CG_MEMBER_ROLE_OTHER_PROFESSIONAL;
}

/**
 * cg_member_new:
 * @id: the member's id, unique within the case
 * @name: (nullable): the member's name
 * @role: the member's role
 *
 * Creates a core group member.
 *
 * Returns: (transfer full): a new member
 */
CgMember *
cg_member_new (const char   *id,
               const char   *name,
               CgMemberRole  role)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CG_TYPE_MEMBER,
                       "id", id,
                       "name", name,
                       "role", role,
                       NULL);
}

/**
 * cg_member_get_id:
 * @self: a member
 *
 * Gets the member's id.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_member_get_id (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), NULL);

  return self->id;
}

/**
 * cg_member_get_name:
 * @self: a member
 *
 * Gets the member's name.
 *
 * Returns: (transfer none) (nullable): the name
 */
const char *
cg_member_get_name (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), NULL);

  return self->name;
}

/**
 * cg_member_set_name:
 * @self: a member
 * @name: (nullable): the new name
 *
 * Sets the member's name.
 */
void
cg_member_set_name (CgMember   *self,
                    const char *name)
{
  g_return_if_fail (CG_IS_MEMBER (self));

  if (cg_strings_set (self->strings, &self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

/**
 * cg_member_get_role:
 * @self: a member
 *
 * Gets the member's role.
 *
 * Returns: the role
 */
CgMemberRole
cg_member_get_role (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), CG_MEMBER_ROLE_OTHER_PROFESSIONAL);

  return self->role;
}

/**
 * cg_member_set_role:
 * @self: a member
 * @role: the new role
 *
 * Sets the member's role. [property@CoreGroup.Member:professional] is
 * notified too when the change moves the member in or out of the
 * professional roles.
 */
void
cg_member_set_role (CgMember     *self,
                    CgMemberRole  role)
{
  gboolean was_professional;

  g_return_if_fail (CG_IS_MEMBER (self));
  g_return_if_fail (role <= CG_MEMBER_ROLE_SUPPORTER);

  if (self->role == role)
    return;

  was_professional = cg_member_get_professional (self);
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
  if (was_professional != cg_member_get_professional (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROFESSIONAL]);
}

/**
 * cg_member_get_agency:
 * @self: a member
 *
 * Gets the agency the member represents.
 *
 * Returns: (transfer none) (nullable): the agency
 */
const char *
cg_member_get_agency (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), NULL);

  return self->agency;
}

/**
 * cg_member_set_agency:
 * @self: a member
 * @agency: (nullable): the agency
 *
 * Sets the agency the member represents.
 */
void
cg_member_set_agency (CgMember   *self,
                      const char *agency)
{
  g_return_if_fail (CG_IS_MEMBER (self));

  if (cg_strings_set (self->strings, &self->agency, agency))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGENCY]);
}

/**
 * cg_member_get_needs_interpreter:
 * @self: a member
 *
 * Gets whether the member needs an interpreter.
 *
 * Returns: %TRUE if the member needs an interpreter
 */
gboolean
cg_member_get_needs_interpreter (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), FALSE);

  return self->needs_interpreter;
}

/**
 * cg_member_set_needs_interpreter:
 * @self: a member
 * @needs_interpreter: whether the member needs an interpreter
 *
 * Sets whether the member needs an interpreter.
 */
void
cg_member_set_needs_interpreter (CgMember *self,
                                 gboolean  needs_interpreter)
{
  g_return_if_fail (CG_IS_MEMBER (self));

  needs_interpreter = !!needs_interpreter;
  if (self->needs_interpreter == needs_interpreter)
    return;

  self->needs_interpreter = needs_interpreter;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEEDS_INTERPRETER]);
}

/**
 * cg_member_get_professional:
 * @self: a member
 *
 * Gets whether the member holds a professional role; see
 * [func@CoreGroup.MemberRole.is_professional].
 *
 * Returns: %TRUE for a professional member
 */
gboolean
cg_member_get_professional (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), FALSE);

  return cg_member_role_is_professional (self->role);
}

/**
 * cg_member_get_address:
 * @self: a member
 *
 * Gets the member's postal address.
 *
 * Returns: (transfer none) (nullable): the address
 */
const char *
cg_member_get_address (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), NULL);

  return self->address;
}

/**
 * cg_member_set_address:
 * @self: a member
 * @address: (nullable): the address
 *
 * Sets the member's postal address.
 */
void
cg_member_set_address (CgMember   *self,
                       const char *address)
{
  g_return_if_fail (CG_IS_MEMBER (self));

  if (cg_strings_set (self->strings, &self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ADDRESS]);
}

/**
 * cg_member_get_phone:
 * @self: a member
 *
 * Gets the member's telephone number.
 *
 * Returns: (transfer none) (nullable): the number
 */
const char *
cg_member_get_phone (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), NULL);

  return self->phone;
}

/**
 * cg_member_set_phone:
 * @self: a member
 * @phone: (nullable): the number
 *
 * Sets the member's telephone number.
 */
void
cg_member_set_phone (CgMember   *self,
                     const char *phone)
{
  g_return_if_fail (CG_IS_MEMBER (self));

  if (cg_strings_set (self->strings, &self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PHONE]);
}

/**
 * cg_member_get_withhold_from:
 * @self: a member
 *
 * Gets the ids of the members who must not see this member's contact
 * details.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the member ids
 */
const char * const *
cg_member_get_withhold_from (CgMember *self)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), NULL);

  return (const char * const *) self->withhold_from;
}

/**
 * cg_member_set_withhold_from:
 * @self: a member
 * @member_ids: (nullable) (array zero-terminated=1): the ids of the members
 *   who must not see this member's contact details
 *
 * Sets who must not see the member's address and telephone number.
 */
void
cg_member_set_withhold_from (CgMember           *self,
                             const char * const *member_ids)
{
  g_return_if_fail (CG_IS_MEMBER (self));

  if (cg_set_strv (&self->withhold_from, member_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WITHHOLD_FROM]);
}

/**
 * cg_member_withholds_from:
 * @self: a member
 * @member_id: another member's id
 *
 * Whether the member's contact details are withheld from @member_id.
 *
 * Returns: %TRUE if @member_id must not see them
 */
gboolean
cg_member_withholds_from (CgMember   *self,
                          const char *member_id)
{
  g_return_val_if_fail (CG_IS_MEMBER (self), TRUE);
  g_return_val_if_fail (member_id != NULL, TRUE);

  return self->withhold_from != NULL &&
         g_strv_contains ((const char * const *) self->withhold_from, member_id);
}
