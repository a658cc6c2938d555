/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-case.h>

G_BEGIN_DECLS

#define CG_TYPE_PLAN_COPY (cg_plan_copy_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgPlanCopy, cg_plan_copy, CG, PLAN_COPY, GObject)

CG_AVAILABLE_IN_ALL
CgPlanCopy *cg_plan_copy_new          (CgCase      *kase,
                                       const char  *audience,
                                       GError     **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char *cg_plan_copy_get_audience (CgPlanCopy  *self);
CG_AVAILABLE_IN_ALL
char       *cg_plan_copy_to_text      (CgPlanCopy  *self) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char       *cg_plan_copy_to_html      (CgPlanCopy  *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
