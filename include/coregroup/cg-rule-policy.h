/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-policy.h>
#include <coregroup/cg-time-unit.h>

G_BEGIN_DECLS

#define CG_TYPE_RULE_POLICY (cg_rule_policy_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgRulePolicy, cg_rule_policy, CG, RULE_POLICY, GObject)

CG_AVAILABLE_IN_ALL
CgRulePolicy *cg_rule_policy_new_from_data  (const char        *data,
                                             gssize             length,
                                             const char        *origin,
                                             CgRulePolicy      *base,
                                             GError           **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgRulePolicy *cg_rule_policy_new_from_file  (GFile             *file,
                                             CgRulePolicy      *base,
                                             GError           **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char   *cg_rule_policy_get_extends    (CgRulePolicy      *self);
CG_AVAILABLE_IN_ALL
const char   *cg_rule_policy_get_document   (CgRulePolicy      *self);
CG_AVAILABLE_IN_ALL
char        **cg_rule_policy_dup_rules      (CgRulePolicy      *self) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char        **cg_rule_policy_dup_checks     (CgRulePolicy      *self) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
gboolean      cg_rule_policy_get_timescale  (CgRulePolicy      *self,
                                             const char        *rule,
                                             int               *value,
                                             CgTimeUnit        *unit);
CG_AVAILABLE_IN_ALL
const char   *cg_rule_policy_get_source     (CgRulePolicy      *self,
                                             const char        *rule);
CG_AVAILABLE_IN_ALL
char         *cg_rule_policy_describe_parameters (CgRulePolicy *self,
                                                  const char   *rule) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
