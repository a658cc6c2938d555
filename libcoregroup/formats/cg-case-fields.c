/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The fields of the case document (doc/json-format.md), one table per
 * object, in the order they are written. See cg-case-fields-private.h. */

#include "config.h"

#include "formats/cg-case-fields-private.h"
#include "domain/cg-case-private.h"
#include "domain/cg-child-protection-plan-private.h"
#include "domain/cg-core-group-private.h"
#include "domain/cg-action-private.h"
#include "domain/cg-attendance-private.h"
#include "domain/cg-contact-record-private.h"
#include "domain/cg-escalation-private.h"
#include "domain/cg-meeting-private.h"
#include "domain/cg-member-private.h"
#include "domain/cg-outcome-private.h"
#include "domain/cg-plan-change-private.h"
#include "domain/cg-plan-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"

#define ITEMS(getter) ((CgItemList *(*) (gpointer)) (getter))
#define PEEK(getter) ((GListModel *(*) (gpointer)) (getter))
#define FIELDS(array) (array), G_N_ELEMENTS (array)

static CgItemList *
case_members (gpointer kase)
{
  return cg_core_group_get_member_list (cg_case_get_core_group (kase));
}

static CgItemList *
case_meetings (gpointer kase)
{
  return cg_core_group_get_meeting_list (cg_case_get_core_group (kase));
}

static CgItemList *
meeting_attendance (gpointer meeting)
{
  return CG_ITEM_LIST (cg_meeting_get_attendance (meeting));
}

static CgItemList *
meeting_information_needed (gpointer meeting)
{
  return CG_ITEM_LIST (cg_meeting_get_information_needed (meeting));
}

GListModel *
cg_field_items_peek (const CgField *field,
                     gpointer       owner)
{
  return field->peek != NULL ? field->peek (owner) : G_LIST_MODEL (field->items (owner));
}

/* A list written only when it has items, so that a document without any
 * is written as it was before the list existed. */
static gboolean
no_items (GObject       *owner,
          const CgField *field)
{
  return cg_items_len (cg_field_items_peek (field, owner)) == 0;
}

static const CgField member_fields[] = {
  { "id",                CG_FIELD_STRING, TRUE,  "id", CG_FIELD_AT_STRING (CgMember, id) },
  { "name",              CG_FIELD_STRING, TRUE,  "name", CG_FIELD_AT_STRING (CgMember, name) },
  { "role",              CG_FIELD_ENUM,   TRUE,  "role", CG_FIELD_AT_ENUM (CgMember, role) },
  { "agency",            CG_FIELD_STRING, FALSE, "agency", CG_FIELD_AT_STRING (CgMember, agency) },
  { "needs_interpreter", CG_FIELD_FLAG,   FALSE, "needs-interpreter", CG_FIELD_AT_BOOL (CgMember, needs_interpreter) },
  { "address",           CG_FIELD_STRING, FALSE, "address", CG_FIELD_AT_STRING (CgMember, address) },
  { "phone",             CG_FIELD_STRING, FALSE, "phone", CG_FIELD_AT_STRING (CgMember, phone) },
  { "withhold_from",     CG_FIELD_STRV,   FALSE, "withhold-from", CG_FIELD_AT_STRV (CgMember, withhold_from) },
};

static const CgFieldTable member_table = { FIELDS (member_fields) };

/* cg_meeting_set_attendance () replaces the entry of the same member: in a
 * document a second entry is a mistake, not a change. Each entry read is
 * the first for its member, found through the list's index. */
static gboolean
check_attendance (gpointer     meeting,
                  guint        n_read,
                  const char  *path,
                  GError     **error)
{
  guint n = cg_meeting_get_n_attendance (meeting);

  for (guint i = n - n_read; i < n; i++)
    {
      const CgAttendanceFields *attendance = cg_meeting_peek_attendance (meeting, i);
      g_autofree char *item_path = NULL;
      g_autofree char *field = NULL;

      if (cg_meeting_find_attendance (meeting, attendance->member_id) == attendance)
        continue;
      item_path = cg_json_index_path (path, i - (n - n_read));
      field = cg_json_member_path (item_path, "member");
      return cg_json_fail (error, CG_FORMAT_ERROR_DUPLICATE_ID, field,
                           _("a second attendance entry for the same member"));
    }
  return TRUE;
}

static const CgField attendance_fields[] = {
  { "member",         CG_FIELD_STRING, TRUE,  "member-id", CG_FIELD_AT_STRING (CgAttendance, record.member_id) },
  { "status",         CG_FIELD_ENUM,   TRUE,  "status", CG_FIELD_AT_ENUM (CgAttendance, record.status) },
  { "written_report", CG_FIELD_FLAG,   FALSE, "written-report", CG_FIELD_AT_BOOL (CgAttendance, record.written_report) },
  { "substitute",     CG_FIELD_STRING, FALSE, "substitute", CG_FIELD_AT_STRING (CgAttendance, record.substitute) },
  { "interpreter",    CG_FIELD_FLAG,   FALSE, "interpreter", CG_FIELD_AT_BOOL (CgAttendance, record.interpreter) },
};

static const CgFieldTable attendance_table = { FIELDS (attendance_fields), .check_items = check_attendance };

static const CgField information_request_fields[] = {
  { "what", CG_FIELD_STRING, TRUE, "what" },
  { "by",   CG_FIELD_STRING, TRUE, "by" },
};

static const CgFieldTable information_request_table = { FIELDS (information_request_fields) };

static const CgField next_meeting_fields[] = {
  { "date",  CG_FIELD_DATE,   FALSE, "next-meeting-date", CG_FIELD_AT_DATE (CgMeeting, next_meeting_date) },
  { "venue", CG_FIELD_STRING, FALSE, "next-meeting-venue", CG_FIELD_AT_STRING (CgMeeting, next_meeting_venue) },
};

static const CgFieldTable next_meeting_table = { FIELDS (next_meeting_fields) };

static const CgField meeting_fields[] = {
  { "id",                 CG_FIELD_STRING, TRUE,  "id", CG_FIELD_AT_STRING (CgMeeting, id) },
  { "kind",               CG_FIELD_ENUM,   TRUE,  "kind", CG_FIELD_AT_ENUM (CgMeeting, kind) },
  { "date",               CG_FIELD_DATE,   TRUE,  "date", CG_FIELD_AT_DATE (CgMeeting, date) },
  { "time",               CG_FIELD_TIME,   FALSE, "time", CG_FIELD_AT_STRING (CgMeeting, time) },
  { "venue",              CG_FIELD_STRING, FALSE, "venue", CG_FIELD_AT_STRING (CgMeeting, venue) },
  { "chair",              CG_FIELD_STRING, FALSE, "chair", CG_FIELD_AT_STRING (CgMeeting, chair) },
  { "minute_taker",       CG_FIELD_STRING, FALSE, "minute-taker", CG_FIELD_AT_STRING (CgMeeting, minute_taker) },
  { "attendance",         CG_FIELD_ITEMS,  FALSE, NULL, &attendance_table, meeting_attendance },
  { "child_views",        CG_FIELD_STRING, FALSE, "child-views", CG_FIELD_AT_STRING (CgMeeting, child_views) },
  { "family_goals",       CG_FIELD_STRV,   FALSE, "family-goals", CG_FIELD_AT_STRV (CgMeeting, family_goals) },
  { "scaling_score",      CG_FIELD_INT,    FALSE, "scaling-score" },
  { "progress_needed",    CG_FIELD_STRV,   FALSE, "progress-needed", CG_FIELD_AT_STRV (CgMeeting, progress_needed) },
  { "plan_end_conditions", CG_FIELD_STRING, FALSE, "plan-end-conditions", CG_FIELD_AT_STRING (CgMeeting, plan_end_conditions) },
  { "information_needed", CG_FIELD_ITEMS,  FALSE, NULL, &information_request_table,
    meeting_information_needed, .peek = PEEK (cg_meeting_peek_information_needed), .omit = no_items },
  { "if_no_change",       CG_FIELD_STRING, FALSE, "if-no-change", CG_FIELD_AT_STRING (CgMeeting, if_no_change) },
  { "next_meeting",       CG_FIELD_OBJECT, FALSE, NULL, &next_meeting_table },
  { "minutes_circulated", CG_FIELD_DATE,   FALSE, "minutes-circulated", CG_FIELD_AT_DATE (CgMeeting, minutes_circulated) },
  { "chair_update",       CG_FIELD_DATE,   FALSE, "chair-update", CG_FIELD_AT_DATE (CgMeeting, chair_update) },
  { "agreed_chair",       CG_FIELD_STRING, FALSE, "agreed-chair", CG_FIELD_AT_STRING (CgMeeting, agreed_chair) },
  { "agreed_vice_chair",  CG_FIELD_STRING, FALSE, "agreed-vice-chair", CG_FIELD_AT_STRING (CgMeeting, agreed_vice_chair) },
};

static const CgFieldTable meeting_table = { FIELDS (meeting_fields) };

static const CgField presentation_fields[] = {
  { "development",        CG_FIELD_STRING, FALSE, "development", CG_FIELD_AT_STRING (CgContactRecord, record.development) },
  { "parenting_capacity", CG_FIELD_STRING, FALSE, "parenting-capacity", CG_FIELD_AT_STRING (CgContactRecord, record.parenting_capacity) },
  { "family_environment", CG_FIELD_STRING, FALSE, "family-environment", CG_FIELD_AT_STRING (CgContactRecord, record.family_environment) },
};

static const CgFieldTable presentation_table = { FIELDS (presentation_fields) };

static const CgField contact_fields[] = {
  { "id",              CG_FIELD_STRING, FALSE, "id", CG_FIELD_AT_STRING (CgContactRecord, record.id) },
  { "date",            CG_FIELD_DATE,   TRUE,  "date", CG_FIELD_AT_DATE (CgContactRecord, record.date) },
  { "time",            CG_FIELD_TIME,   FALSE, "time", CG_FIELD_AT_STRING (CgContactRecord, record.time) },
  { "place",           CG_FIELD_STRING, FALSE, "place", CG_FIELD_AT_STRING (CgContactRecord, record.place) },
  { "by",              CG_FIELD_STRING, TRUE,  "by", CG_FIELD_AT_STRING (CgContactRecord, record.by) },
  { "seen",            CG_FIELD_BOOL,   FALSE, "seen", CG_FIELD_AT_BOOL (CgContactRecord, record.seen) },
  { "seen_alone",      CG_FIELD_FLAG,   FALSE, "seen-alone", CG_FIELD_AT_BOOL (CgContactRecord, record.seen_alone) },
  { "unannounced",     CG_FIELD_FLAG,   FALSE, "unannounced", CG_FIELD_AT_BOOL (CgContactRecord, record.unannounced) },
  { "interaction",     CG_FIELD_STRING, FALSE, "interaction", CG_FIELD_AT_STRING (CgContactRecord, record.interaction) },
  { "presentation",    CG_FIELD_OBJECT, FALSE, NULL, &presentation_table },
  { "risk_indicators", CG_FIELD_STRV,   FALSE, "risk-indicators", CG_FIELD_AT_STRV (CgContactRecord, record.risk_indicators) },
};

static const CgFieldTable contact_table = { FIELDS (contact_fields) };

static const CgField event_fields[] = {
  { "id",              CG_FIELD_STRING, TRUE,  "id" },
  { "kind",            CG_FIELD_ENUM,   TRUE,  "kind" },
  { "date",            CG_FIELD_DATE,   TRUE,  "date" },
  { "description",     CG_FIELD_STRING, FALSE, "description" },
  { "reported_on",     CG_FIELD_DATE,   FALSE, "reported-on" },
  { "school",          CG_FIELD_STRING, FALSE, "school" },
  { "agency",          CG_FIELD_STRING, FALSE, "agency" },
  { "previous_member", CG_FIELD_STRING, FALSE, "previous-member" },
  { "new_member",      CG_FIELD_STRING, FALSE, "new-member" },
};

static const CgFieldTable event_table = { FIELDS (event_fields) };

/* A recommendation says what it recommends: "none" is what its absence
 * means, not a value a document gives. */
static gboolean
check_recommended (const GValue  *value,
                   const char    *field,
                   GError       **error)
{
  if (g_value_get_enum (value) != CG_PLAN_RECOMMENDATION_NONE)
    return TRUE;

  return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field, _("not one of continue, end"));
}

static gboolean
no_recommendation (GObject       *conference,
                   const CgField *field)
{
  return cg_conference_get_recommendation (CG_CONFERENCE (conference)) == CG_PLAN_RECOMMENDATION_NONE;
}

static const CgField recommendation_fields[] = {
  { "plan",    CG_FIELD_ENUM,   TRUE,  "recommendation", .check = check_recommended, .omit = no_recommendation },
  { "reason",  CG_FIELD_STRING, FALSE, "recommendation-reason" },
  { "meeting", CG_FIELD_STRING, FALSE, "recommendation-meeting" },
};

static const CgFieldTable recommendation_table = { FIELDS (recommendation_fields) };

static const CgField conference_fields[] = {
  { "date",             CG_FIELD_DATE,  TRUE,  "date" },
  { "held",             CG_FIELD_BOOL,  FALSE, "held" },
  { "rescheduled_from", CG_FIELD_DATES, FALSE, "rescheduled-from" },
  { "recommendation",   CG_FIELD_OBJECT, FALSE, NULL, &recommendation_table },
};

static const CgFieldTable conference_table = { FIELDS (conference_fields) };

/* An item's audience is written only when it is not everyone, the
 * default, so that a plan without one is written as it was before items
 * had an audience; `"everyone"` is read as the default. */
static gboolean
for_everyone (GObject       *item,
              const CgField *field)
{
  CgAudience audience;

  g_object_get (item, field->property, &audience, NULL);
  return audience == CG_AUDIENCE_EVERYONE;
}

static const CgField outcome_fields[] = {
  { "id",          CG_FIELD_STRING, TRUE,  "id", CG_FIELD_AT_STRING (CgOutcome, id) },
  { "description", CG_FIELD_STRING, TRUE,  "description", CG_FIELD_AT_STRING (CgOutcome, description) },
  { "measure",     CG_FIELD_STRING, FALSE, "measure", CG_FIELD_AT_STRING (CgOutcome, measure) },
  { "audience",    CG_FIELD_ENUM,   FALSE, "audience", .omit = for_everyone, CG_FIELD_AT_ENUM (CgOutcome, audience) },
};

static const CgFieldTable outcome_table = { FIELDS (outcome_fields) };

static const CgField action_fields[] = {
  { "id",          CG_FIELD_STRING, TRUE,  "id", CG_FIELD_AT_STRING (CgAction, id) },
  { "description", CG_FIELD_STRING, TRUE,  "description", CG_FIELD_AT_STRING (CgAction, description) },
  { "owner",       CG_FIELD_STRING, FALSE, "owner", CG_FIELD_AT_STRING (CgAction, owner) },
  { "outcome",     CG_FIELD_STRING, FALSE, "outcome", CG_FIELD_AT_STRING (CgAction, outcome) },
  { "due",         CG_FIELD_DATE,   FALSE, "due", CG_FIELD_AT_DATE (CgAction, due) },
  { "completed",   CG_FIELD_DATE,   FALSE, "completed", CG_FIELD_AT_DATE (CgAction, completed) },
  { "audience",    CG_FIELD_ENUM,   FALSE, "audience", .omit = for_everyone, CG_FIELD_AT_ENUM (CgAction, audience) },
};

static const CgFieldTable action_table = { FIELDS (action_fields) };

static const CgField dissent_fields[] = {
  { "date",    CG_FIELD_DATE,   TRUE,  "date" },
  { "member",  CG_FIELD_STRING, TRUE,  "member" },
  { "text",    CG_FIELD_STRING, TRUE,  "text" },
  { "about",   CG_FIELD_STRING, FALSE, "about" },
  { "meeting", CG_FIELD_STRING, FALSE, "meeting" },
};

static const CgFieldTable dissent_table = { FIELDS (dissent_fields) };

/* History is restored as recorded, even a change without a reason or an
 * outcome changed by the core group: the checks must be able to report
 * such a record, so loading it must not fail or drop it. Only a change
 * that does not say what it changed is refused. */
static gboolean
check_recorded_kind (const GValue  *value,
                     const char    *field,
                     GError       **error)
{
  if (g_value_get_enum (value) != CG_PLAN_CHANGE_KIND_UNSPECIFIED)
    return TRUE;

  return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                       _("a recorded change must say what it changed"));
}

/* The links and the seal are read as they are, whatever they hold, and
 * verified only when asked (cg-plan-history.c): reading must not fail on
 * them, so that the plan-history-altered check can report a record
 * altered after it was saved. */
static void
attach_link (GObject  *change,
             JsonNode *value)
{
  cg_plan_change_set_stored_link (CG_PLAN_CHANGE (change), value);
}

static JsonNode *
attached_link (GObject                 *change,
               const CgPlanHistorySeal *history)
{
  JsonNode *link = g_hash_table_lookup (history->links, change);

  return link != NULL ? json_node_copy (link) : NULL;
}

static const CgField history_fields[] = {
  { "date",    CG_FIELD_DATE,   TRUE,  "date", CG_FIELD_AT_DATE (CgPlanChange, date) },
  { "author",  CG_FIELD_STRING, TRUE,  "author", CG_FIELD_AT_STRING (CgPlanChange, author) },
  { "reason",  CG_FIELD_STRING, FALSE, "reason", CG_FIELD_AT_STRING (CgPlanChange, reason) },
  { "source",  CG_FIELD_ENUM,   TRUE,  "source", CG_FIELD_AT_ENUM (CgPlanChange, source) },
  { "kind",    CG_FIELD_ENUM,   TRUE,  "kind", .check = check_recorded_kind },
  { "target",  CG_FIELD_STRING, FALSE, "target", CG_FIELD_AT_STRING (CgPlanChange, target) },
  { "meeting", CG_FIELD_STRING, FALSE, "meeting", CG_FIELD_AT_STRING (CgPlanChange, meeting) },
  { "summary", CG_FIELD_STRING, FALSE, "summary", CG_FIELD_AT_STRING (CgPlanChange, summary) },
  { "link",    CG_FIELD_ATTACHED, FALSE, .attach = attach_link, .attached = attached_link },
};

static const CgFieldTable history_table = { FIELDS (history_fields) };

static gconstpointer
value_of (const char    *property,
          guint          n_values,
          const char   **names,
          const GValue  *values)
{
  for (guint i = 0; i < n_values; i++)
    if (g_str_equal (names[i], property))
      return g_value_peek_pointer (&values[i]);

  return NULL;
}

/* The plan's sections are read-only properties: the methods that change
 * them record each change in the history. Loading puts back what the
 * document recorded, without adding to the history: the text sections
 * here, the entries of the list sections once the plan is restored. */
static void
restore_plan (GObject       *plan,
              guint          n_values,
              const char   **names,
              const GValue  *values)
{
  cg_child_protection_plan_restore_sections (CG_CHILD_PROTECTION_PLAN (plan),
                                             value_of ("contingency", n_values, names, values),
                                             value_of ("contact-arrangements", n_values, names, values));
}

static void
attach_seal (GObject  *plan,
             JsonNode *value)
{
  cg_child_protection_plan_set_stored_seal (CG_CHILD_PROTECTION_PLAN (plan), value);
}

static JsonNode *
attached_seal (GObject                 *plan,
               const CgPlanHistorySeal *history)
{
  return history->seal != NULL ? json_node_copy (history->seal) : NULL;
}

static CgPlanEntries *
plan_entries (gpointer    plan,
              const char *name)
{
  return cg_child_protection_plan_get_entries (plan, name);
}

static const CgField plan_fields[] = {
  { "outcomes",             CG_FIELD_ITEMS,  FALSE, NULL, &outcome_table,
    ITEMS (cg_child_protection_plan_get_outcome_list) },
  { "actions",              CG_FIELD_ITEMS,  FALSE, NULL, &action_table,
    ITEMS (cg_child_protection_plan_get_action_list) },
  { "needs",                CG_FIELD_ENTRIES, FALSE, .entries = plan_entries },
  { "risks",                CG_FIELD_ENTRIES, FALSE, .entries = plan_entries },
  { "strengths",            CG_FIELD_ENTRIES, FALSE, .entries = plan_entries },
  { "contingency",          CG_FIELD_STRING, FALSE, "contingency" },
  { "contact_arrangements", CG_FIELD_STRING, FALSE, "contact-arrangements" },
  { "dissent",              CG_FIELD_ITEMS,  FALSE, NULL, &dissent_table,
    ITEMS (cg_child_protection_plan_get_dissent_list), .peek = PEEK (cg_child_protection_plan_peek_dissent) },
  { "history",              CG_FIELD_ITEMS,  FALSE, NULL, &history_table,
    ITEMS (cg_child_protection_plan_get_history_list) },
  { "history_seal",         CG_FIELD_ATTACHED, FALSE, .attach = attach_seal, .attached = attached_seal },
};

static const CgFieldTable plan_table = { FIELDS (plan_fields), .restore = restore_plan };

/* What a field of @object holds in the JSON read, if anything: the table's
 * check runs once each field has been read with its type checked. */
static const char *
string_of (const CgJsonValue *object,
           const char        *name)
{
  const CgJsonValue *node = cg_json_lookup (object, name);

  return node != NULL ? node->v.string : NULL;
}

static gboolean
is_true (const CgJsonValue *object,
         const char        *name)
{
  const CgJsonValue *node = cg_json_lookup (object, name);

  return node != NULL && node->v.boolean;
}

static gboolean
is_deadline_rule (const char *id)
{
  const CgRuleDescriptor *rule = cg_rule_catalogue_lookup (id);

  return rule != NULL && rule->kind == CG_RULE_KIND_DEADLINE;
}

/* A decision sets an interval (value and unit together) for a deadline
 * rule, or turns not-seen-alone off; the rule is one of the catalogue's. */
static gboolean
check_decision (const CgJsonValue *decision,
                const char        *path,
                GError     **error)
{
  const char *rule = string_of (decision, "rule");
  gboolean value = cg_json_lookup (decision, "value") != NULL;
  gboolean unit = cg_json_lookup (decision, "unit") != NULL;
  gboolean off = is_true (decision, "off");
  g_autofree char *rule_path = cg_json_member_path (path, "rule");
  g_autofree char *value_path = cg_json_member_path (path, "value");
  g_autofree char *unit_path = cg_json_member_path (path, "unit");
  g_autofree char *off_path = cg_json_member_path (path, "off");

  if (cg_rule_catalogue_lookup (rule) == NULL)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, rule_path, _("not a rule of the catalogue"));
  if (value && !unit)
    return cg_json_fail (error, CG_FORMAT_ERROR_MISSING_FIELD, unit_path, _("required with value"));
  if (unit && !value)
    return cg_json_fail (error, CG_FORMAT_ERROR_MISSING_FIELD, value_path, _("required with unit"));
  if (value && off)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, off_path,
                         _("a decision sets value and unit or turns its rule off, not both"));
  if (!value && !off)
    return cg_json_fail (error, CG_FORMAT_ERROR_MISSING_FIELD, value_path,
                         _("a decision sets value and unit or turns its rule off"));
  if (off && g_strcmp0 (rule, "not-seen-alone") != 0)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, off_path,
                         _("only not-seen-alone can be turned off"));
  if (value && !is_deadline_rule (rule))
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, value_path,
                         _("only a deadline rule takes an interval"));

  return TRUE;
}

static gboolean
no_interval (GObject       *decision,
             const CgField *field)
{
  return cg_conference_decision_get_value (CG_CONFERENCE_DECISION (decision)) == 0;
}

static const CgField decision_fields[] = {
  { "conference", CG_FIELD_DATE,   TRUE,  "conference" },
  { "rule",       CG_FIELD_STRING, TRUE,  "rule" },
  { "value",      CG_FIELD_INT,    FALSE, "value" },
  { "unit",       CG_FIELD_ENUM,   FALSE, "unit", .omit = no_interval },
  { "off",        CG_FIELD_FLAG,   FALSE, "off" },
  { "by",         CG_FIELD_STRV,   FALSE, "by" },
  { "reason",     CG_FIELD_STRING, TRUE,  "reason" },
};

static const CgFieldTable decision_table = { FIELDS (decision_fields), .check = check_decision };

/* An acknowledgement names the entry of a deadline rule. */
static gboolean
check_acknowledgement (const CgJsonValue *acknowledgement,
                       const char        *path,
                       GError     **error)
{
  g_autofree char *rule_path = NULL;

  if (is_deadline_rule (string_of (acknowledgement, "rule")))
    return TRUE;

  rule_path = cg_json_member_path (path, "rule");
  return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, rule_path, _("not a deadline rule of the catalogue"));
}

static const CgField acknowledgement_fields[] = {
  { "rule",   CG_FIELD_STRING, TRUE, "rule" },
  { "due",    CG_FIELD_DATE,   TRUE, "due" },
  { "date",   CG_FIELD_DATE,   TRUE, "date" },
  { "by",     CG_FIELD_STRING, TRUE, "by" },
  { "reason", CG_FIELD_STRING, TRUE, "reason" },
};

static const CgFieldTable acknowledgement_table = { FIELDS (acknowledgement_fields),
                                                    .check = check_acknowledgement };

/* A decided request says when it was decided; an open one cannot. */
static gboolean
check_review_request (const CgJsonValue *request,
                      const char        *path,
                      GError     **error)
{
  gboolean decided = cg_json_lookup (request, "decision") != NULL;
  gboolean decided_on = cg_json_lookup (request, "decided_on") != NULL;
  g_autofree char *decided_on_path = cg_json_member_path (path, "decided_on");

  if (decided && !decided_on)
    return cg_json_fail (error, CG_FORMAT_ERROR_MISSING_FIELD, decided_on_path,
                         _("required once the request is decided"));
  if (!decided && decided_on)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, decided_on_path,
                         _("not allowed while the request is open"));

  return TRUE;
}

static const CgField review_request_fields[] = {
  { "date",       CG_FIELD_DATE,         TRUE,  "date" },
  { "by",         CG_FIELD_STRING,       TRUE,  "by" },
  { "direction",  CG_FIELD_ENUM,         TRUE,  "direction" },
  { "reason",     CG_FIELD_STRING,       TRUE,  "reason" },
  { "decision",   CG_FIELD_ENUM_OR_NULL, FALSE, "decision" },
  { "decided_on", CG_FIELD_DATE,         FALSE, "decided-on" },
  { "decided_by", CG_FIELD_STRING,       FALSE, "decided-by" },
};

static const CgFieldTable review_request_table = { FIELDS (review_request_fields),
                                                   .check = check_review_request };

static const CgField escalation_step_fields[] = {
  { "date", CG_FIELD_DATE,   TRUE,  "date" },
  { "step", CG_FIELD_ENUM,   TRUE,  "step" },
  { "note", CG_FIELD_STRING, FALSE, "note" },
};

static const CgFieldTable escalation_step_table = { FIELDS (escalation_step_fields) };

static const CgField escalation_fields[] = {
  { "id",        CG_FIELD_STRING,       TRUE,  "id" },
  { "date",      CG_FIELD_DATE,         TRUE,  "date" },
  { "raised_by", CG_FIELD_STRING,       TRUE,  "raised-by" },
  { "concern",   CG_FIELD_ENUM,         TRUE,  "concern" },
  { "about",     CG_FIELD_STRING,       FALSE, "about" },
  { "steps",     CG_FIELD_ITEMS,        FALSE, NULL, &escalation_step_table,
    ITEMS (cg_escalation_get_step_list) },
  { "resolved",  CG_FIELD_DATE_OR_NULL, FALSE, "resolved" },
  { "outcome",   CG_FIELD_STRING,       FALSE, "outcome" },
};

static const CgFieldTable escalation_table = { FIELDS (escalation_fields) };

static const CgField child_fields[] = {
  { "name",          CG_FIELD_STRING, TRUE,  "child-name" },
  { "date_of_birth", CG_FIELD_DATE,   FALSE, "child-date-of-birth" },
  { "pre_verbal",    CG_FIELD_FLAG,   FALSE, "child-pre-verbal" },
};

static const CgFieldTable child_table = { FIELDS (child_fields) };

static const CgField background_fields[] = {
  { "family_composition", CG_FIELD_STRING, FALSE, "background-family-composition" },
  { "brief_history",      CG_FIELD_STRING, FALSE, "background-brief-history" },
};

static const CgFieldTable background_table = { FIELDS (background_fields) };

/* The header is checked before anything else, so that another kind of
 * document is refused as such rather than for a missing field. */
static gboolean
read_format (const CgJsonValue *root,
             const char        *path,
             GError     **error)
{
  const char *format;

  if (!cg_json_read_string (root, path, "format", FALSE, &format, error))
    return FALSE;
  if (g_strcmp0 (format, CG_JSON_FORMAT_NAME) != 0)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNKNOWN_FORMAT, "format",
                         /* Translators: %s is the format's name,
                          * "coregroup-case", which stays as it is. */
                         _("this is not a case document (expected “%s”)"), CG_JSON_FORMAT_NAME);

  return TRUE;
}

static void
write_format (JsonBuilder *builder)
{
  cg_json_add_string (builder, "format", CG_JSON_FORMAT_NAME);
}

static gboolean
read_version (const CgJsonValue *root,
              const char        *path,
              GError     **error)
{
  const CgJsonValue *version = cg_json_lookup (root, "version");

  if (version == NULL)
    return cg_json_missing (error, path, "version");
  if (version->type != CG_JSON_INT)
    return cg_json_wrong_type (error, "version", _("a whole number"));
  if (version->v.integer > CG_JSON_FORMAT_VERSION)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNSUPPORTED_VERSION, "version",
                         /* Translators: the document's format version, and
                          * the newest this library reads. */
                         _("version %lld is newer than this library reads (%d)"),
                         (long long) version->v.integer, CG_JSON_FORMAT_VERSION);
  if (version->v.integer < 1)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, "version", _("must be 1 or more"));

  return TRUE;
}

static void
write_version (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CG_JSON_FORMAT_VERSION);
}

static const CgField case_fields[] = {
  { "format",             CG_FIELD_CUSTOM, TRUE,  .read = read_format, .write = write_format },
  { "version",            CG_FIELD_CUSTOM, TRUE,  .read = read_version, .write = write_version },
  { "id",                 CG_FIELD_STRING, TRUE,  "id" },
  { "policy",             CG_FIELD_STRING, TRUE,  "policy" },
  { "family",             CG_FIELD_STRING, FALSE, "family" },
  { "child",              CG_FIELD_OBJECT, TRUE,  NULL, &child_table },
  { "categories",         CG_FIELD_FLAGS,  FALSE, "categories" },
  { "background",         CG_FIELD_OBJECT, FALSE, NULL, &background_table },
  { "initial_conference", CG_FIELD_DATE,   TRUE,  "initial-conference" },
  { "review_conferences", CG_FIELD_ITEMS,  FALSE, NULL, &conference_table,
    ITEMS (cg_case_get_conference_list), .peek = PEEK (cg_case_peek_conference) },
  { "plan_ended",         CG_FIELD_DATE_OR_NULL, FALSE, "plan-ended" },
  { "members",            CG_FIELD_ITEMS,  TRUE,  NULL, &member_table, case_members },
  { "plan",               CG_FIELD_OBJECT, FALSE, "plan", &plan_table },
  { "meetings",           CG_FIELD_ITEMS,  FALSE, NULL, &meeting_table, case_meetings },
  { "contacts",           CG_FIELD_ITEMS,  FALSE, NULL, &contact_table,
    ITEMS (cg_case_get_contact_list) },
  { "events",             CG_FIELD_ITEMS,  FALSE, NULL, &event_table,
    ITEMS (cg_case_get_event_list), .peek = PEEK (cg_case_peek_event) },
  { "conference_decisions", CG_FIELD_ITEMS, FALSE, NULL, &decision_table,
    ITEMS (cg_case_get_decision_list), .peek = PEEK (cg_case_peek_decision), .omit = no_items },
  { "acknowledgements",   CG_FIELD_ITEMS,  FALSE, NULL, &acknowledgement_table,
    ITEMS (cg_case_get_acknowledgement_list), .peek = PEEK (cg_case_peek_acknowledgement), .omit = no_items },
  { "review_requests",    CG_FIELD_ITEMS,  FALSE, NULL, &review_request_table,
    ITEMS (cg_case_get_review_request_list), .peek = PEEK (cg_case_peek_review_request), .omit = no_items },
  { "escalations",        CG_FIELD_ITEMS,  FALSE, NULL, &escalation_table,
    ITEMS (cg_case_get_escalation_list), .peek = PEEK (cg_case_peek_escalation), .omit = no_items },
};

const CgFieldTable cg_case_fields = { FIELDS (case_fields) };
