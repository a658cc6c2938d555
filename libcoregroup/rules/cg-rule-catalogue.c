/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The rule catalogue: one entry per rule the library implements, in the
 * order rules run and reports list them. Adding a rule is one entry here
 * plus its function; the policy reader, `coregroup policies -v`,
 * CgRuleInfo and the tests that hold doc/rules.md to the catalogue all
 * read this table. Sources name every document that states the rule; a
 * policy file cites the paragraph it applies. */

#include "config.h"

#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"

#define SUFFOLK  "Suffolk Safeguarding Partnership, Core Group Guidance, "
#define HARINGEY "Haringey LSCB, Practice Guidance for Core Groups, "
#define HACKNEY  "City & Hackney Safeguarding Children Board, Core Group Practice Guidance, "
#define SEWALES  "South East Wales Safeguarding Children Board, Tips for Multi-Agency Core Group Members, "
#define HERTS    "Hertfordshire Safeguarding Children Partnership, Understanding Core Groups, "
#define WT2018   "HM Government, Working Together to Safeguard Children 2018, "
#define WALES    "Wales Safeguarding Procedures, "

/* What a conference may do to the figure (doc/rules.md, "Conference
 * decisions"): nothing unless the policy says so. */
#define CONFERENCE_MAY(choices_) \
  { "conference_may", CG_RULE_PARAMETER_TEXT, FALSE, "none", G_STRUCT_OFFSET (CgRuleSetting, conference_may), choices_ }

/* Every deadline rule states its timescale as a number and a unit. */
#define TIMESCALE \
  { "value", CG_RULE_PARAMETER_NUMBER, TRUE, NULL, G_STRUCT_OFFSET (CgRuleSetting, value) }, \
  { "unit", CG_RULE_PARAMETER_UNIT, TRUE, NULL, G_STRUCT_OFFSET (CgRuleSetting, unit) }

#define DEADLINE(id_, func_, summary_, ...) \
  { id_, CG_RULE_KIND_DEADLINE, func_, CG_SEVERITY_ERROR, summary_, \
    (const char * const[]) { __VA_ARGS__, NULL }, { TIMESCALE, CONFERENCE_MAY ("tighten|change|none") } }

#define CHECK(id_, func_, severity_, summary_, parameters_, ...) \
  { id_, CG_RULE_KIND_CHECK, func_, CG_SEVERITY_ ## severity_, summary_, \
    (const char * const[]) { __VA_ARGS__, NULL }, parameters_ }

#define NO_PARAMETERS { { NULL } }
#define MINIMUM(default_) \
  { { "minimum", CG_RULE_PARAMETER_NUMBER, FALSE, default_, G_STRUCT_OFFSET (CgRuleSetting, minimum) } }

#define SECTIONS(default_) \
  { { "sections", CG_RULE_PARAMETER_SECTIONS, FALSE, default_, G_STRUCT_OFFSET (CgRuleSetting, sections) } }

/* attendance-concern: how many missed in a row, and the escalation route
 * its message names, which each policy gives in its own words. */
#define MINIMUM_AND_ROUTE(minimum_, route_) \
  { { "minimum", CG_RULE_PARAMETER_NUMBER, FALSE, minimum_, G_STRUCT_OFFSET (CgRuleSetting, minimum) }, \
    { "route", CG_RULE_PARAMETER_TEXT, FALSE, route_, G_STRUCT_OFFSET (CgRuleSetting, route) } }

/* not-seen-alone: alone on every visit (Haringey), or not too many visits
 * in a row with the parents (Suffolk 8.1: alone "as well as" with them);
 * a conference may be allowed to turn it off for the case (Haringey). */
#define MODE_AND_MINIMUM(mode_, minimum_) \
  { { "mode", CG_RULE_PARAMETER_TEXT, FALSE, mode_, G_STRUCT_OFFSET (CgRuleSetting, mode), "every-visit|some-visits" }, \
    { "minimum", CG_RULE_PARAMETER_NUMBER, FALSE, minimum_, G_STRUCT_OFFSET (CgRuleSetting, minimum) }, \
    CONFERENCE_MAY ("change|none") }

/* plan-language: the most words a sentence may have and the lowest
 * Flesch reading ease a text may score. */
#define LANGUAGE(max_sentence_words_, min_reading_ease_) \
  { { "max_sentence_words", CG_RULE_PARAMETER_NUMBER, FALSE, max_sentence_words_, \
      G_STRUCT_OFFSET (CgRuleSetting, max_sentence_words) }, \
    { "min_reading_ease", CG_RULE_PARAMETER_NUMBER, FALSE, min_reading_ease_, \
      G_STRUCT_OFFSET (CgRuleSetting, min_reading_ease) } }

/* review-request-not-actioned: how long after the chair agreed the review
 * conference may stay where it was. */
#define WITHIN(value_, unit_) \
  { { "value", CG_RULE_PARAMETER_NUMBER, FALSE, value_, G_STRUCT_OFFSET (CgRuleSetting, value) }, \
    { "unit", CG_RULE_PARAMETER_UNIT, FALSE, unit_, G_STRUCT_OFFSET (CgRuleSetting, unit) } }

/* The summaries are translated where they are read (cg_rule_info_get_summary). */
static const CgRuleDescriptor catalogue[] = {
  DEADLINE ("first-core-group", cg_rule_first_core_group,
            N_("The first core group meets within the timescale after the initial conference"),
            SUFFOLK "2.1", HARINGEY "Frequency of meetings", HACKNEY "paragraph 2",
            SEWALES "Aim of Leaflet", WT2018 "chapter 1"),
  DEADLINE ("core-group-interval", cg_rule_core_group_interval,
            N_("Each further core group meets within the interval after the previous one"),
            SUFFOLK "3.1", HARINGEY "Frequency of meetings", HACKNEY "paragraph 2",
            SEWALES "Aim of Leaflet", WALES "section 4, The core group"),
  DEADLINE ("final-core-group-before-review", cg_rule_final_core_group_before_review,
            N_("A core group meets in the window before each review conference"),
            SUFFOLK "3.6"),
  DEADLINE ("minutes-circulated", cg_rule_minutes_circulated,
            N_("The minutes of each core group reach every member within the timescale"),
            SUFFOLK "4.3", HARINGEY "Recording of core group meetings", SEWALES "The Core Group should"),
  DEADLINE ("child-seen", cg_rule_child_seen,
            N_("A professional member of the core group sees the child at least this often"),
            SUFFOLK "8.3", HARINGEY "The key worker; The core group"),
  DEADLINE ("lead-social-worker-visit", cg_rule_lead_social_worker_visit,
            N_("The lead social worker sees the child face to face at least this often"),
            SUFFOLK "8.1"),
  {
    "review-conference", CG_RULE_KIND_DEADLINE, cg_rule_review_conference, CG_SEVERITY_ERROR,
    N_("The review conference is held within the timescale after the initial conference, then after each review"),
    (const char * const[]) { WT2018 "chapter 1", WALES "section 4, The review conference", NULL },
    { TIMESCALE, { "then", CG_RULE_PARAMETER_INTERVAL, FALSE, NULL, G_STRUCT_OFFSET (CgRuleSetting, then) },
      CONFERENCE_MAY ("tighten|change|none") },
  },
  DEADLINE ("chair-update", cg_rule_chair_update,
            N_("A chair from outside social care updates the lead social worker after the meeting"),
            SUFFOLK "4.2"),
  DEADLINE ("significant-change-report", cg_rule_significant_change_report,
            N_("The lead social worker reports a significant change to the conference chair"),
            SUFFOLK "4.5"),
  DEADLINE ("member-change-notice", cg_rule_member_change_notice,
            N_("An agency tells the core group when its allocated professional changes"),
            HARINGEY "Attendance at meetings"),
  DEADLINE ("school-move-core-group", cg_rule_school_move_core_group,
            N_("A core group meets at the child's new school after a school move"),
            HARINGEY "Frequency of meetings"),

  CHECK ("quorum", cg_check_quorum, ERROR,
         N_("A core group needs at least the minimum number of professional members present"),
         MINIMUM ("2"), SUFFOLK "4.7"),
  CHECK ("key-worker-absent", cg_check_key_worker_absent, ERROR,
         N_("The key worker or a representative attends every core group"),
         NO_PARAMETERS, HARINGEY "Attendance at meetings"),
  CHECK ("absent-without-report", cg_check_absent_without_report, WARNING,
         N_("A professional member who cannot attend sends a written report"),
         NO_PARAMETERS, SUFFOLK "4.6", HARINGEY "Attendance at meetings",
         HERTS "Role & responsibilities of Core Group members"),
  CHECK ("child-views-missing", cg_check_child_views_missing, WARNING,
         N_("Each core group records the child's views, wishes and feelings"),
         NO_PARAMETERS, SUFFOLK "3.3, 6.1"),
  CHECK ("next-meeting-missing", cg_check_next_meeting_missing, WARNING,
         N_("Each core group records the date and venue of the next meeting"),
         NO_PARAMETERS, SUFFOLK "3.5"),
  CHECK ("first-meeting-chair", cg_check_first_meeting_chair, WARNING,
         N_("The key worker's team manager chairs the first core group"),
         NO_PARAMETERS, HARINGEY "Chairing of meetings"),
  CHECK ("chair-not-agreed", cg_check_chair_not_agreed, WARNING,
         N_("The first core group agrees a chair and a vice chair"),
         NO_PARAMETERS, HARINGEY "Frequency of meetings"),
  CHECK ("chair-is-key-worker", cg_check_chair_is_key_worker, INFO,
         N_("Good practice keeps key working and chairing apart"),
         NO_PARAMETERS, SEWALES "The Core Group should"),
  CHECK ("interpreter-missing", cg_check_interpreter_missing, WARNING,
         N_("A member who needs an interpreter has one at the meeting"),
         NO_PARAMETERS, SUFFOLK "5.1", HARINGEY "Attendance at meetings", HERTS "Core Group Membership"),
  CHECK ("not-seen-alone", cg_check_not_seen_alone, WARNING,
         N_("The lead social worker sees the child alone (not asked of a pre-verbal child)"),
         MODE_AND_MINIMUM ("every-visit", "2"), HARINGEY "The key worker", SUFFOLK "8.1"),
  CHECK ("plan-incomplete", cg_check_plan_incomplete, WARNING,
         N_("Every section of the plan the policy requires has content"),
         SECTIONS ("outcomes, actions, needs, risks, contingency, contact-arrangements"),
         SUFFOLK "7.2", HARINGEY "The child protection plan", HACKNEY "The Child Protection Plan",
         SEWALES "The Core Group should"),
  CHECK ("plan-language", cg_check_plan_language, INFO,
         N_("The plan the family reads is in words they can understand: no jargon, short sentences, easy to read"),
         LANGUAGE ("25", "50"), SUFFOLK "7.1", HACKNEY "The Child Protection Plan"),
  CHECK ("action-overdue", cg_check_action_overdue, WARNING,
         N_("An agreed action past its due date and not done is drift"),
         NO_PARAMETERS, SUFFOLK "3.2", SEWALES "Escalation Process"),
  CHECK ("attendance-concern", cg_check_attendance_concern, WARNING,
         N_("A professional member who misses the minimum number of core groups in a row is a concern to escalate"),
         MINIMUM_AND_ROUTE ("2", N_("raise it through the local escalation procedure")),
         SUFFOLK "4.8", SEWALES "Escalation Process", HERTS "Professional Difference & Escalation",
         HARINGEY "Attendance at meetings"),
  CHECK ("agreed-item-removed", cg_check_agreed_item_removed, ERROR,
         N_("Only a conference may remove an agreed action or outcome"),
         NO_PARAMETERS, SUFFOLK "2.3, 3.4"),
  CHECK ("outcome-changed-outside-conference", cg_check_outcome_changed_outside_conference, ERROR,
         N_("Outcomes change only through a conference"),
         NO_PARAMETERS, SUFFOLK "7.3"),
  CHECK ("change-without-reason", cg_check_change_without_reason, ERROR,
         N_("Every change to the plan records its reason"),
         NO_PARAMETERS, SUFFOLK "2.3, 3.4"),
  CHECK ("plan-history-altered", cg_check_plan_history_altered, ERROR,
         N_("The plan's history is the one that was saved: no entry edited, removed or moved afterwards"),
         NO_PARAMETERS, SUFFOLK "2.3, 3.4"),
  CHECK ("chair-absent", cg_check_chair_absent, ERROR,
         N_("A meeting's chair is not also recorded as absent or sending apologies"),
         NO_PARAMETERS, HARINGEY "Chairing of meetings; Appendix 1 and 2 templates (chair; attendees and apologies)"),
  CHECK ("attendance-not-recorded", cg_check_attendance_not_recorded, WARNING,
         N_("Every professional member of the core group has an attendance entry for each core group"),
         NO_PARAMETERS, HARINGEY "Appendix 1 and 2 templates (attendees and apologies)", SUFFOLK "4.6, 4.7"),
  CHECK ("record-date-inconsistent", cg_check_record_date_inconsistent, ERROR,
         N_("The record's dates agree with each other: minutes after their meeting, core groups inside the plan"),
         NO_PARAMETERS, SUFFOLK "2.1, 4.3", WT2018 "chapter 1"),
  CHECK ("record-after-today", cg_check_record_after_today, WARNING,
         N_("Nothing in the record is dated after the day of evaluation"),
         NO_PARAMETERS, SUFFOLK "4.3"),
  CHECK ("conference-decision-not-allowed", cg_check_conference_decision_not_allowed, ERROR,
         N_("A conference decision the policy does not allow is not applied"),
         NO_PARAMETERS, SUFFOLK "3.1, 8.3", HARINGEY "The key worker; The core group"),
  CHECK ("acknowledgement-unmatched", cg_check_acknowledgement_unmatched, WARNING,
         N_("Every acknowledgement accepts a late or overdue entry of the report"),
         NO_PARAMETERS, SUFFOLK "2.3, 3.4"),
  CHECK ("review-request-open", cg_check_review_request_open, INFO,
         N_("A request to move the review conference waits for the chair's decision"),
         NO_PARAMETERS, SUFFOLK "7.4, 7.5", HERTS "Role & responsibilities of Core Group members"),
  CHECK ("review-request-not-actioned", cg_check_review_request_not_actioned, WARNING,
         N_("A review conference the chair agreed to move is rescheduled within the timescale"),
         WITHIN ("10", "working-days"), SUFFOLK "7.4, 7.5", HERTS "Role & responsibilities of Core Group members"),
  /* Applied over a caseload (cg_report_check_family), not to one case. */
  CHECK ("family-record-mismatch", cg_check_family_record_mismatch, WARNING,
         N_("A joint meeting of brothers and sisters is recorded alike, date and attendance, in each child's case"),
         NO_PARAMETERS, "the record's own consistency"),
};

const CgRuleDescriptor *
cg_rule_catalogue_get (guint index)
{
  return index < G_N_ELEMENTS (catalogue) ? &catalogue[index] : NULL;
}

const CgRuleDescriptor *
cg_rule_catalogue_lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (g_str_equal (catalogue[i].id, id))
      return &catalogue[i];
  return NULL;
}

/* Whether @id is the catalogue's own string, by address. */
static gboolean
is_catalogue_id (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalogue); i++)
    if (catalogue[i].id == id)
      return TRUE;
  return FALSE;
}

char *
cg_rule_id_keep (const char *id)
{
  return is_catalogue_id (id) ? (char *) id : g_strdup (id);
}

void
cg_rule_id_free (char *id)
{
  if (id != NULL && !is_catalogue_id (id))
    g_free (id);
}

const CgRuleParameterSpec *
cg_rule_descriptor_find_parameter (const CgRuleDescriptor *rule,
                                   const char             *name)
{
  for (guint i = 0; rule->parameters[i].name != NULL; i++)
    if (g_str_equal (rule->parameters[i].name, name))
      return &rule->parameters[i];
  return NULL;
}
