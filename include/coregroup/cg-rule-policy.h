/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-policy.h>

G_BEGIN_DECLS

/**
 * CgTimeUnit:
 * @CG_TIME_UNIT_WORKING_DAYS: working days of the policy's division (`working-days`)
 * @CG_TIME_UNIT_CALENDAR_DAYS: calendar days (`calendar-days`), as Scotland counts
 * @CG_TIME_UNIT_WEEKS: weeks of seven days, without rolling (`weeks`)
 * @CG_TIME_UNIT_MONTHS: months, clamped to the end of a shorter month (`months`)
 *
 * The unit a timescale is stated in (see the [rule book](rules.html), "Intervals").
 */
typedef enum
{
  CG_TIME_UNIT_WORKING_DAYS,
  CG_TIME_UNIT_CALENDAR_DAYS,
  CG_TIME_UNIT_WEEKS,
  CG_TIME_UNIT_MONTHS,
} CgTimeUnit;

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
