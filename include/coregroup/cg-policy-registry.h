/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-policy.h>
#include <coregroup/cg-rule-policy.h>

G_BEGIN_DECLS

#define CG_TYPE_POLICY_REGISTRY (cg_policy_registry_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgPolicyRegistry, cg_policy_registry, CG, POLICY_REGISTRY, GObject)

CG_AVAILABLE_IN_ALL
CgPolicyRegistry *cg_policy_registry_new            (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgPolicyRegistry *cg_policy_registry_new_builtin    (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
gboolean          cg_policy_registry_load_file      (CgPolicyRegistry  *self,
                                                     GFile             *file,
                                                     GError           **error);
CG_AVAILABLE_IN_ALL
gboolean          cg_policy_registry_load_data      (CgPolicyRegistry  *self,
                                                     const char        *data,
                                                     gssize             length,
                                                     const char        *origin,
                                                     GError           **error);
CG_AVAILABLE_IN_ALL
gboolean          cg_policy_registry_load_directory (CgPolicyRegistry  *self,
                                                     GFile             *directory,
                                                     GError           **error);
CG_AVAILABLE_IN_ALL
gboolean          cg_policy_registry_load_data_dirs (CgPolicyRegistry  *self,
                                                     GError           **error);
CG_AVAILABLE_IN_ALL
void              cg_policy_registry_add            (CgPolicyRegistry  *self,
                                                     CgPolicy          *policy);
CG_AVAILABLE_IN_ALL
CgPolicy         *cg_policy_registry_lookup         (CgPolicyRegistry  *self,
                                                     const char        *id);
CG_AVAILABLE_IN_ALL
GListModel       *cg_policy_registry_get_policies   (CgPolicyRegistry  *self);

G_END_DECLS
