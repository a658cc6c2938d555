/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgAudience:
 * @CG_AUDIENCE_EVERYONE: every member of the core group, the family
 *   included (`everyone`, the default)
 * @CG_AUDIENCE_PROFESSIONALS: the professional members only
 *   (`professionals`): kept out of the copy of the plan a parent, carer or
 *   the child is given
 *
 * Who may read an item of the child protection plan: an outcome, an
 * action, or an entry of its needs, risks or strengths. Every member has
 * their own copy of the plan (Haringey, "The child protection plan"), and
 * nothing in it may put someone at risk (Suffolk 5.5), so an item that
 * would is marked for professionals; see [class@CoreGroup.PlanCopy].
 */
typedef enum
{
  CG_AUDIENCE_EVERYONE,
  CG_AUDIENCE_PROFESSIONALS,
} CgAudience;

G_END_DECLS
