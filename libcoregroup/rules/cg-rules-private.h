/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "domain/cg-contact-record-private.h"

G_BEGIN_DECLS

typedef struct _CgRuleDescriptor CgRuleDescriptor;

/* One rule or check as a policy sets it: its parameters and the paragraph
 * that sets them. Which parameters a rule reads is the catalogue's to say
 * (CgRuleDescriptor.parameters); a parameter the policy leaves out holds
 * the catalogue's default. A deadline rule uses value/unit (and
 * then_value/then_unit for a second interval, as review conferences have);
 * a check may use minimum and sections, and plan-language the longest
 * sentence and the lowest reading ease it accepts. */
/* A second interval, such as the later reviews' "then every 6 months". */
typedef struct
{
  gboolean    set;
  int         value;
  CgTimeUnit  unit;
} CgRuleInterval;

typedef struct
{
  const CgRuleDescriptor *rule;
  int             value;
  CgTimeUnit      unit;
  CgRuleInterval  then;
  int             minimum;
  int             max_sentence_words;
  int             min_reading_ease;
  GStrv           sections;
  char           *route;
  char           *mode;
  char           *conference_may;  /* "tighten", "change" or "none" */
  char           *source;
  char           *note;
} CgRuleSetting;

CgRuleSetting *cg_rule_setting_copy (const CgRuleSetting *setting);
void           cg_rule_setting_free (CgRuleSetting       *setting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgRuleSetting, cg_rule_setting_free)

/* A conference decision as the policy judges it (cg-rules-decisions.c). */
typedef struct
{
  CgConferenceDecision *decision;
  guint                 index;     /* in conference_decisions */
  const GDate          *date;      /* the conference's */
  const CgRuleSetting  *setting;   /* the rule's; NULL when the policy does not apply it */
  gboolean              allowed;
  char                 *refusal;   /* why not, when not allowed */
  char                 *source;    /* "conference of 2 Nov 2026, under Suffolk 3.1" */
  char                 *what;      /* "the review conference", as an explanation names it */
  char                 *event;     /* "initial-conference" or "review-conference:YYYY-MM-DD" */
} CgRuleDecision;

/* What every rule needs to evaluate a case on a day. core_groups holds the
 * core group meetings held on or before today, by date; decisions the
 * conference decisions dated on or before today, by date, as the policy
 * judged them. */
typedef struct
{
  CgCase      *kase;
  CgCoreGroup *group;
  CgCalendar  *calendar;
  const GDate *today;
  CgReport    *report;
  GPtrArray   *core_groups;
  GPtrArray   *decisions;      /* CgRuleDecision */
  GPtrArray   *unmatched;      /* CgAcknowledgement matching no late or overdue entry */
  /* What the policy calls a conference, as messages name it, in the
   * user's language: whole phrases, so that a language whose words
   * change with their place gets each one right. */
  char        *conference;     /* "conference", as a decision's source names it */
  char        *initial;        /* "the initial conference" */
  char        *review;         /* "the review conference" */
  char        *any_review;     /* "review conference", after "no" */
  char        *review_title;   /* "Review conference", starting a description */
} CgRuleContext;

/* @conference_name: what the policy calls a conference, or NULL for the
 * usual "conference". */
void cg_rule_context_init  (CgRuleContext *ctx,
                            CgCase        *kase,
                            CgCalendar    *calendar,
                            const GDate   *today,
                            CgReport      *report,
                            const char    *conference_name);
void cg_rule_context_clear (CgRuleContext *ctx);

typedef void (*CgRuleFunc) (const CgRuleContext *ctx,
                            const CgRuleSetting *setting);

#define CG_RULE_MAX_PARAMETERS 4  /* review-conference: value, unit, then, conference_may */

typedef struct
{
  const char          *name;
  CgRuleParameterType  type;
  gboolean             required;
  const char          *default_value;  /* as a policy file would write it; NULL for none */
  gsize                offset;         /* of the CgRuleSetting field that holds it */
  const char          *choices;        /* for text: the values allowed, "a|b"; NULL for any */
} CgRuleParameterSpec;

/* The rule catalogue (cg-rule-catalogue.c): one entry per rule, in the
 * order rules run and reports list them. Everything else that knows about
 * rules (the policy reader, `coregroup policies -v`, CgRuleInfo, the doc
 * tests) reads this table. */
struct _CgRuleDescriptor
{
  const char          *id;
  CgRuleKind           kind;
  CgRuleFunc           func;
  CgSeverity           severity;     /* of a finding; for a deadline rule, of an overdue entry */
  const char          *summary;
  const char * const  *sources;
  CgRuleParameterSpec  parameters[CG_RULE_MAX_PARAMETERS + 1];  /* ends at a NULL name */
};

const CgRuleDescriptor    *cg_rule_catalogue_get       (guint                   index);
const CgRuleDescriptor    *cg_rule_catalogue_lookup    (const char             *id);
/* A rule id for a deadline or finding to keep: the catalogue's own string
 * when @id is it (the rules give it), so a report's many entries need no
 * copy each, or a copy; cg_rule_id_free () frees either. */
char                      *cg_rule_id_keep             (const char             *id);
void                       cg_rule_id_free             (char                   *id);
const CgRuleParameterSpec *cg_rule_descriptor_find_parameter (const CgRuleDescriptor *rule,
                                                              const char             *name);

/* CgRuleInfo wraps a catalogue entry. */
CgRuleInfo *cg_rule_info_new (const CgRuleDescriptor *rule);

/* The plan sections plan-incomplete can judge (cg-rules-checks.c). */
gboolean    cg_rules_is_plan_section (const char *name);

/* The rules (cg-rules-deadlines.c, cg-rules-checks.c). */
void cg_rule_first_core_group                  (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_core_group_interval               (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_final_core_group_before_review    (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_minutes_circulated                (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_child_seen                        (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_lead_social_worker_visit          (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_review_conference                 (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_chair_update                      (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_significant_change_report         (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_member_change_notice              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_rule_school_move_core_group            (const CgRuleContext *ctx, const CgRuleSetting *setting);

void cg_check_quorum                           (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_key_worker_absent                (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_absent_without_report            (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_child_views_missing              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_next_meeting_missing             (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_first_meeting_chair              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_chair_not_agreed                 (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_chair_is_key_worker              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_interpreter_missing              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_not_seen_alone                   (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_plan_incomplete                  (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_action_overdue                   (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_attendance_concern               (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_agreed_item_removed              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_outcome_changed_outside_conference (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_change_without_reason            (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_plan_history_altered             (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_chair_absent                     (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_attendance_not_recorded          (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_record_date_inconsistent         (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_record_after_today               (const CgRuleContext *ctx, const CgRuleSetting *setting);

/* The plan in words the family understands (cg-rules-language.c). */
void cg_check_plan_language                    (const CgRuleContext *ctx, const CgRuleSetting *setting);

/* Conference decisions (cg-rules-decisions.c). */
void                  cg_rules_judge_decisions   (CgRuleContext       *ctx,
                                                  GHashTable          *deadlines,
                                                  GHashTable          *checks);
const CgRuleDecision *cg_rules_decision_in_force (const CgRuleContext *ctx,
                                                  const char          *rule,
                                                  const GDate         *day);

/* What happens around the dates (cg-rules-follow-up.c): acknowledgements
 * are matched once every deadline rule has run; open escalations are
 * listed on the report after every check. */
void                  cg_rules_match_acknowledgements (CgRuleContext *ctx);
void                  cg_rules_list_open_escalations  (CgRuleContext *ctx);
CgEscalation         *cg_rules_covering_escalation    (const CgRuleContext *ctx,
                                                       const char          *about,
                                                       const char          *agency);
char                 *cg_rules_describe_escalation    (CgEscalation        *escalation,
                                                       const GDate         *today);

void cg_check_conference_decision_not_allowed (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_acknowledgement_unmatched        (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_review_request_open              (const CgRuleContext *ctx, const CgRuleSetting *setting);
void cg_check_review_request_not_actioned      (const CgRuleContext *ctx, const CgRuleSetting *setting);

/* A no-op for one case: a caseload run applies it (cg-rules-family.c). */
void cg_check_family_record_mismatch           (const CgRuleContext *ctx, const CgRuleSetting *setting);

/* Shared by the rules. */
void cg_rules_add_finding (const CgRuleContext *ctx,
                           const CgRuleSetting *setting,
                           CgSeverity           severity,
                           const char          *subject,
                           const char          *text);
char *cg_rules_review_event (const GDate *date);
/* A member as messages and documents name them: their name, or the id
 * as given when no member (or no name) has it. */
static inline const char *
cg_rules_member_name (CgCoreGroup *group,
                      const char  *id)
{
  return cg_core_group_get_member_name (group, id);
}
gboolean cg_rules_add_interval (CgCalendar  *calendar,
                               const GDate *from,
                               int          value,
                               CgTimeUnit   unit,
                               GDate       *result);
char *cg_rules_describe_date  (const GDate *date);
char *cg_rules_describe_day   (const GDate *date);
char *cg_rules_contact_subject (const CgContactFields *contact,
                                guint                  index);
char *cg_rules_describe_span  (int          value,
                               CgTimeUnit   unit);

G_END_DECLS
