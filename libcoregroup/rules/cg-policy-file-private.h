/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* A policy file parsed and its header checked, but not yet built into a
 * policy: the registry reads `id` and `extends` from it to find the base
 * policy, then hands both to cg_rule_policy_new_from_policy_file (), so
 * the rule policy never needs to know where its base came from. */
typedef struct _CgPolicyFile CgPolicyFile;

CgPolicyFile *cg_policy_file_parse        (const char    *data,
                                           gsize          length,
                                           const char    *origin,
                                           GError       **error);
void          cg_policy_file_free         (CgPolicyFile  *file);
const char   *cg_policy_file_get_origin   (CgPolicyFile  *file);
const char   *cg_policy_file_get_id       (CgPolicyFile  *file);
const char   *cg_policy_file_get_extends  (CgPolicyFile  *file);

CgRulePolicy *cg_rule_policy_new_from_policy_file (CgPolicyFile  *file,
                                                   CgRulePolicy  *base,
                                                   GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgPolicyFile, cg_policy_file_free)

G_END_DECLS
