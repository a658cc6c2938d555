/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-finding.h>

G_BEGIN_DECLS

/**
 * CgRuleKind:
 * @CG_RULE_KIND_DEADLINE: a rule that produces deadline entries ([class@CoreGroup.Deadline])
 * @CG_RULE_KIND_CHECK: a check that produces findings ([class@CoreGroup.Finding])
 *
 * What a rule of the catalogue produces. In a policy file, deadline rules
 * are set under `deadlines` and checks under `checks`.
 */
typedef enum
{
  CG_RULE_KIND_DEADLINE,
  CG_RULE_KIND_CHECK,
} CgRuleKind;

/**
 * CgRuleParameterType:
 * @CG_RULE_PARAMETER_NUMBER: a whole number from 1 to 1000
 * @CG_RULE_PARAMETER_UNIT: a [enum@CoreGroup.TimeUnit] nick, such as `working-days`
 * @CG_RULE_PARAMETER_INTERVAL: an object `{ "value": N, "unit": "..." }`
 * @CG_RULE_PARAMETER_SECTIONS: a list of plan section names, such as `["outcomes", "risks"]`
 * @CG_RULE_PARAMETER_TEXT: words for a message, such as the escalation route a finding names
 *
 * The type of a parameter a rule takes in a policy file.
 */
typedef enum
{
  CG_RULE_PARAMETER_NUMBER,
  CG_RULE_PARAMETER_UNIT,
  CG_RULE_PARAMETER_INTERVAL,
  CG_RULE_PARAMETER_SECTIONS,
  CG_RULE_PARAMETER_TEXT,
} CgRuleParameterType;

#define CG_TYPE_RULE_INFO (cg_rule_info_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgRuleInfo, cg_rule_info, CG, RULE_INFO, GObject)

CG_AVAILABLE_IN_ALL
GListModel          *cg_rule_info_list_all          (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgRuleInfo          *cg_rule_info_lookup            (const char           *id) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char          *cg_rule_info_get_id            (CgRuleInfo           *self);
CG_AVAILABLE_IN_ALL
CgRuleKind           cg_rule_info_get_kind          (CgRuleInfo           *self);
CG_AVAILABLE_IN_ALL
CgSeverity           cg_rule_info_get_severity      (CgRuleInfo           *self);
CG_AVAILABLE_IN_ALL
const char          *cg_rule_info_get_summary       (CgRuleInfo           *self);
CG_AVAILABLE_IN_ALL
const char * const  *cg_rule_info_get_sources       (CgRuleInfo           *self);
CG_AVAILABLE_IN_ALL
guint                cg_rule_info_get_n_parameters  (CgRuleInfo           *self);
CG_AVAILABLE_IN_ALL
const char          *cg_rule_info_get_parameter     (CgRuleInfo           *self,
                                                     guint                 index,
                                                     CgRuleParameterType  *type,
                                                     gboolean             *required,
                                                     const char          **default_value);

G_END_DECLS
