/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* One rule or check as a policy sets it: its parameters and the paragraph
 * that sets them. A deadline rule uses value/unit (and then_value/then_unit
 * for a second interval, as review conferences have); a check may use
 * minimum (quorum, attendance-concern) and sections (plan-incomplete). */
typedef struct
{
  char       *id;
  int         value;
  CgTimeUnit  unit;
  gboolean    has_then;
  int         then_value;
  CgTimeUnit  then_unit;
  int         minimum;
  GStrv       sections;
  char       *source;
  char       *note;
} CgRuleSetting;

CgRuleSetting *cg_rule_setting_copy (const CgRuleSetting *setting);
void           cg_rule_setting_free (CgRuleSetting       *setting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgRuleSetting, cg_rule_setting_free)

/* What every rule needs to evaluate a case on a day. core_groups holds the
 * core group meetings held on or before today, by date. */
typedef struct
{
  CgCase      *kase;
  CgCoreGroup *group;
  CgCalendar  *calendar;
  const GDate *today;
  CgReport    *report;
  GPtrArray   *core_groups;
} CgRuleContext;

void cg_rule_context_init  (CgRuleContext *ctx,
                            CgCase        *kase,
                            CgCalendar    *calendar,
                            const GDate   *today,
                            CgReport      *report);
void cg_rule_context_clear (CgRuleContext *ctx);

typedef void (*CgRuleFunc) (const CgRuleContext *ctx,
                            const CgRuleSetting *setting);

/* The rule ids of rules.md, and whether this library implements them. */
CgRuleFunc cg_rules_lookup_deadline (const char *id);
CgRuleFunc cg_rules_lookup_check    (const char *id);
const char *cg_rules_deadline_id   (guint       index);
const char *cg_rules_check_id      (guint       index);

/* Shared by the rules. */
void  cg_rules_add_interval   (CgCalendar  *calendar,
                               const GDate *from,
                               int          value,
                               CgTimeUnit   unit,
                               GDate       *result);
char *cg_rules_describe_date  (const GDate *date);
char *cg_rules_describe_span  (int          value,
                               CgTimeUnit   unit);

G_END_DECLS
