/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading the case document (doc/json-format.md).
 *
 * json-glib 1.6.6 is lenient (trailing documents, single quotes, comments,
 * empty input), so the text is first checked to be one plain JSON object,
 * then the node tree is walked with explicit type checks. Every error names
 * the field path, e.g. "meetings[2].attendance[0].member: ...". */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "formats/cg-formats-private.h"
#include "domain/cg-case-private.h"
#include "domain/cg-core-group-private.h"
#include "domain/cg-child-protection-plan-private.h"
#include "util/cg-time-of-day-private.h"

typedef gboolean (*ReadItemFunc) (CgCase      *kase,
                                  JsonObject  *object,
                                  const char  *path,
                                  GError     **error);

static gboolean
read_items (CgCase       *kase,
            JsonObject   *parent,
            const char   *parent_path,
            const char   *name,
            gboolean      required,
            ReadItemFunc  read_item,
            GError      **error)
{
  JsonArray *array;
  g_autofree char *array_path = cg_json_member_path (parent_path, name);

  if (!cg_json_read_array (parent, parent_path, name, required, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u]", array_path, i);
      JsonObject *object = cg_json_element (array, i, path, error);

      if (object == NULL || !read_item (kase, object, path, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_member (CgCase      *kase,
             JsonObject  *object,
             const char  *path,
             GError     **error)
{
  static const char * const known[] = { "id", "name", "role", "agency", "needs_interpreter", NULL };
  const char *id, *name, *agency;
  int role;
  gboolean needs_interpreter;
  g_autoptr(CgMember) member = NULL;

  if (!cg_json_read_string (object, path, "id", TRUE, &id, error) ||
      !cg_json_read_string (object, path, "name", TRUE, &name, error) ||
      !cg_json_read_enum (object, path, "role", CG_TYPE_MEMBER_ROLE, &role, error) ||
      !cg_json_read_string (object, path, "agency", FALSE, &agency, error) ||
      !cg_json_read_bool (object, path, "needs_interpreter", &needs_interpreter, error))
    return FALSE;

  member = cg_member_new (id, name, role);
  cg_member_set_agency (member, agency);
  cg_member_set_needs_interpreter (member, needs_interpreter);
  cg_json_extra_keep (member, "", object, known);
  cg_item_list_append (cg_core_group_get_member_list (cg_case_get_core_group (kase)), member);
  return TRUE;
}

static gboolean
read_attendance (CgMeeting   *meeting,
                 JsonObject  *object,
                 const char  *path,
                 GError     **error)
{
  static const char * const known[] = {
    "member", "status", "written_report", "substitute", "interpreter", NULL
  };
  const char *member_id, *substitute;
  int status;
  gboolean written_report, interpreter;
  g_autoptr(CgAttendance) attendance = NULL;

  if (!cg_json_read_string (object, path, "member", TRUE, &member_id, error) ||
      !cg_json_read_enum (object, path, "status", CG_TYPE_ATTENDANCE_STATUS, &status, error) ||
      !cg_json_read_bool (object, path, "written_report", &written_report, error) ||
      !cg_json_read_string (object, path, "substitute", FALSE, &substitute, error) ||
      !cg_json_read_bool (object, path, "interpreter", &interpreter, error))
    return FALSE;

  if (cg_meeting_lookup_attendance (meeting, member_id) != NULL)
    {
      g_autofree char *field = cg_json_member_path (path, "member");

      return cg_json_fail (error, CG_FORMAT_ERROR_DUPLICATE_ID, field,
                   "“%s” already has an attendance entry for this meeting", member_id);
    }

  attendance = cg_attendance_new (member_id, status);
  cg_attendance_set_written_report (attendance, written_report);
  cg_attendance_set_substitute (attendance, substitute);
  cg_attendance_set_interpreter (attendance, interpreter);
  cg_json_extra_keep (attendance, "", object, known);
  cg_meeting_set_attendance (meeting, attendance);
  return TRUE;
}

static gboolean
read_meeting (CgCase      *kase,
              JsonObject  *object,
              const char  *path,
              GError     **error)
{
  static const char * const known[] = {
    "id", "kind", "date", "time", "venue", "chair", "minute_taker", "attendance",
    "child_views", "next_meeting", "minutes_circulated", "chair_update",
    "agreed_chair", "agreed_vice_chair", NULL
  };
  static const char * const next_known[] = { "date", "venue", NULL };
  const char *id, *time, *venue, *chair, *minute_taker, *child_views, *agreed_chair;
  const char *agreed_vice_chair, *next_venue = NULL;
  int kind;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) next_date = NULL;
  g_autoptr(GDate) minutes = NULL;
  g_autoptr(GDate) chair_update = NULL;
  g_autoptr(CgMeeting) meeting = NULL;
  g_autofree char *next_path = cg_json_member_path (path, "next_meeting");
  g_autofree char *attendance_path = cg_json_member_path (path, "attendance");
  JsonObject *next;
  JsonArray *attendance;

  if (!cg_json_read_string (object, path, "id", TRUE, &id, error) ||
      !cg_json_read_enum (object, path, "kind", CG_TYPE_MEETING_KIND, &kind, error) ||
      !cg_json_read_date (object, path, "date", TRUE, &date, error) ||
      !cg_json_read_time (object, path, "time", &time, error) ||
      !cg_json_read_string (object, path, "venue", FALSE, &venue, error) ||
      !cg_json_read_string (object, path, "chair", FALSE, &chair, error) ||
      !cg_json_read_string (object, path, "minute_taker", FALSE, &minute_taker, error) ||
      !cg_json_read_array (object, path, "attendance", FALSE, &attendance, error) ||
      !cg_json_read_string (object, path, "child_views", FALSE, &child_views, error) ||
      !cg_json_read_object (object, path, "next_meeting", FALSE, &next, error) ||
      !cg_json_read_date (object, path, "minutes_circulated", FALSE, &minutes, error) ||
      !cg_json_read_date (object, path, "chair_update", FALSE, &chair_update, error) ||
      !cg_json_read_string (object, path, "agreed_chair", FALSE, &agreed_chair, error) ||
      !cg_json_read_string (object, path, "agreed_vice_chair", FALSE, &agreed_vice_chair, error))
    return FALSE;

  if (next != NULL &&
      (!cg_json_read_date (next, next_path, "date", FALSE, &next_date, error) ||
       !cg_json_read_string (next, next_path, "venue", FALSE, &next_venue, error)))
    return FALSE;

  meeting = cg_meeting_new (id, kind, date);
  cg_meeting_set_time (meeting, time);
  cg_meeting_set_venue (meeting, venue);
  cg_meeting_set_chair (meeting, chair);
  cg_meeting_set_minute_taker (meeting, minute_taker);
  cg_meeting_set_child_views (meeting, child_views);
  cg_meeting_set_next_meeting_date (meeting, next_date);
  cg_meeting_set_next_meeting_venue (meeting, next_venue);
  cg_meeting_set_minutes_circulated (meeting, minutes);
  cg_meeting_set_chair_update (meeting, chair_update);
  cg_meeting_set_agreed_chair (meeting, agreed_chair);
  cg_meeting_set_agreed_vice_chair (meeting, agreed_vice_chair);

  for (guint i = 0; attendance != NULL && i < json_array_get_length (attendance); i++)
    {
      g_autofree char *entry_path = g_strdup_printf ("%s[%u]", attendance_path, i);
      JsonObject *entry = cg_json_element (attendance, i, entry_path, error);

      if (entry == NULL || !read_attendance (meeting, entry, entry_path, error))
        return FALSE;
    }

  cg_json_extra_keep (meeting, "", object, known);
  if (next != NULL)
    cg_json_extra_keep (meeting, "next_meeting", next, next_known);
  cg_item_list_append (cg_core_group_get_meeting_list (cg_case_get_core_group (kase)), meeting);
  return TRUE;
}

static gboolean
read_contact (CgCase      *kase,
              JsonObject  *object,
              const char  *path,
              GError     **error)
{
  static const char * const known[] = {
    "id", "date", "time", "place", "by", "seen", "seen_alone", "unannounced",
    "interaction", "presentation", "risk_indicators", NULL
  };
  static const char * const presentation_known[] = {
    "development", "parenting_capacity", "family_environment", NULL
  };
  const char *id, *time, *place, *by, *interaction;
  const char *development = NULL, *parenting = NULL, *environment = NULL;
  gboolean seen, seen_alone, unannounced;
  g_autoptr(GDate) date = NULL;
  g_auto(GStrv) risk_indicators = NULL;
  g_autoptr(CgContactRecord) contact = NULL;
  g_autofree char *presentation_path = cg_json_member_path (path, "presentation");
  JsonObject *presentation;

  if (!cg_json_read_string (object, path, "id", FALSE, &id, error) ||
      !cg_json_read_date (object, path, "date", TRUE, &date, error) ||
      !cg_json_read_time (object, path, "time", &time, error) ||
      !cg_json_read_string (object, path, "place", FALSE, &place, error) ||
      !cg_json_read_string (object, path, "by", TRUE, &by, error) ||
      !cg_json_read_bool (object, path, "seen", &seen, error) ||
      !cg_json_read_bool (object, path, "seen_alone", &seen_alone, error) ||
      !cg_json_read_bool (object, path, "unannounced", &unannounced, error) ||
      !cg_json_read_string (object, path, "interaction", FALSE, &interaction, error) ||
      !cg_json_read_object (object, path, "presentation", FALSE, &presentation, error) ||
      !cg_json_read_strv (object, path, "risk_indicators", &risk_indicators, error))
    return FALSE;

  if (presentation != NULL &&
      (!cg_json_read_string (presentation, presentation_path, "development", FALSE, &development, error) ||
       !cg_json_read_string (presentation, presentation_path, "parenting_capacity", FALSE, &parenting, error) ||
       !cg_json_read_string (presentation, presentation_path, "family_environment", FALSE, &environment, error)))
    return FALSE;

  contact = cg_contact_record_new (date, by);
  cg_contact_record_set_id (contact, id);
  cg_contact_record_set_time (contact, time);
  cg_contact_record_set_place (contact, place);
  cg_contact_record_set_seen (contact, seen);
  cg_contact_record_set_seen_alone (contact, seen_alone);
  cg_contact_record_set_unannounced (contact, unannounced);
  cg_contact_record_set_interaction (contact, interaction);
  cg_contact_record_set_development (contact, development);
  cg_contact_record_set_parenting_capacity (contact, parenting);
  cg_contact_record_set_family_environment (contact, environment);
  cg_contact_record_set_risk_indicators (contact, (const char * const *) risk_indicators);

  cg_json_extra_keep (contact, "", object, known);
  if (presentation != NULL)
    cg_json_extra_keep (contact, "presentation", presentation, presentation_known);
  cg_item_list_append (cg_case_get_contact_list (kase), contact);
  return TRUE;
}

static gboolean
read_event (CgCase      *kase,
            JsonObject  *object,
            const char  *path,
            GError     **error)
{
  static const char * const known[] = {
    "id", "kind", "date", "description", "reported_on", "school", "agency",
    "previous_member", "new_member", NULL
  };
  const char *id, *description, *school, *agency, *previous_member, *new_member;
  int kind;
  g_autoptr(GDate) date = NULL;
  g_autoptr(GDate) reported_on = NULL;
  g_autoptr(CgCaseEvent) event = NULL;

  if (!cg_json_read_string (object, path, "id", TRUE, &id, error) ||
      !cg_json_read_enum (object, path, "kind", CG_TYPE_CASE_EVENT_KIND, &kind, error) ||
      !cg_json_read_date (object, path, "date", TRUE, &date, error) ||
      !cg_json_read_string (object, path, "description", FALSE, &description, error) ||
      !cg_json_read_date (object, path, "reported_on", FALSE, &reported_on, error) ||
      !cg_json_read_string (object, path, "school", FALSE, &school, error) ||
      !cg_json_read_string (object, path, "agency", FALSE, &agency, error) ||
      !cg_json_read_string (object, path, "previous_member", FALSE, &previous_member, error) ||
      !cg_json_read_string (object, path, "new_member", FALSE, &new_member, error))
    return FALSE;

  event = cg_case_event_new (id, kind, date);
  cg_case_event_set_description (event, description);
  cg_case_event_set_reported_on (event, reported_on);
  cg_case_event_set_school (event, school);
  cg_case_event_set_agency (event, agency);
  cg_case_event_set_previous_member (event, previous_member);
  cg_case_event_set_new_member (event, new_member);
  cg_json_extra_keep (event, "", object, known);
  cg_item_list_append (cg_case_get_event_list (kase), event);
  return TRUE;
}

static gboolean
read_conference (CgCase      *kase,
                 JsonObject  *object,
                 const char  *path,
                 GError     **error)
{
  static const char * const known[] = { "date", "held", NULL };
  g_autoptr(GDate) date = NULL;
  g_autoptr(CgConference) conference = NULL;
  gboolean held;

  if (!cg_json_read_date (object, path, "date", TRUE, &date, error) ||
      !cg_json_read_bool (object, path, "held", &held, error))
    return FALSE;

  conference = cg_conference_new (date, held);
  cg_json_extra_keep (conference, "", object, known);
  cg_item_list_append (cg_case_get_conference_list (kase), conference);
  return TRUE;
}

static gboolean
read_outcome (CgCase      *kase,
              JsonObject  *object,
              const char  *path,
              GError     **error)
{
  static const char * const known[] = { "id", "description", "measure", NULL };
  const char *id, *description, *measure;
  g_autoptr(CgOutcome) outcome = NULL;

  if (!cg_json_read_string (object, path, "id", TRUE, &id, error) ||
      !cg_json_read_string (object, path, "description", TRUE, &description, error) ||
      !cg_json_read_string (object, path, "measure", FALSE, &measure, error))
    return FALSE;

  outcome = cg_outcome_new (id, description, measure);
  cg_json_extra_keep (outcome, "", object, known);
  cg_item_list_append (cg_child_protection_plan_get_outcome_list (cg_case_get_plan (kase)), outcome);
  return TRUE;
}

static gboolean
read_action (CgCase      *kase,
             JsonObject  *object,
             const char  *path,
             GError     **error)
{
  static const char * const known[] = {
    "id", "description", "owner", "outcome", "due", "completed", NULL
  };
  const char *id, *description, *owner, *outcome;
  g_autoptr(GDate) due = NULL;
  g_autoptr(GDate) completed = NULL;
  g_autoptr(CgAction) action = NULL;

  if (!cg_json_read_string (object, path, "id", TRUE, &id, error) ||
      !cg_json_read_string (object, path, "description", TRUE, &description, error) ||
      !cg_json_read_string (object, path, "owner", FALSE, &owner, error) ||
      !cg_json_read_string (object, path, "outcome", FALSE, &outcome, error) ||
      !cg_json_read_date (object, path, "due", FALSE, &due, error) ||
      !cg_json_read_date (object, path, "completed", FALSE, &completed, error))
    return FALSE;

  action = g_object_new (CG_TYPE_ACTION,
                         "id", id,
                         "description", description,
                         "owner", owner,
                         "outcome", outcome,
                         "due", due,
                         "completed", completed,
                         NULL);
  cg_json_extra_keep (action, "", object, known);
  cg_item_list_append (cg_child_protection_plan_get_action_list (cg_case_get_plan (kase)), action);
  return TRUE;
}

static gboolean
read_dissent (CgCase      *kase,
              JsonObject  *object,
              const char  *path,
              GError     **error)
{
  static const char * const known[] = { "date", "member", "text", "about", "meeting", NULL };
  const char *member, *text, *about, *meeting;
  g_autoptr(GDate) date = NULL;
  g_autoptr(CgDissent) dissent = NULL;

  if (!cg_json_read_date (object, path, "date", TRUE, &date, error) ||
      !cg_json_read_string (object, path, "member", TRUE, &member, error) ||
      !cg_json_read_string (object, path, "text", TRUE, &text, error) ||
      !cg_json_read_string (object, path, "about", FALSE, &about, error) ||
      !cg_json_read_string (object, path, "meeting", FALSE, &meeting, error))
    return FALSE;

  dissent = g_object_new (CG_TYPE_DISSENT,
                          "date", date,
                          "member", member,
                          "text", text,
                          "about", about,
                          "meeting", meeting,
                          NULL);
  cg_json_extra_keep (dissent, "", object, known);
  cg_item_list_append (cg_child_protection_plan_get_dissent_list (cg_case_get_plan (kase)), dissent);
  return TRUE;
}

/* History is restored as recorded, even a change without a reason or an
 * outcome changed by the core group: the checks must be able to report
 * such a record, so loading it must not fail or drop it. */
static gboolean
read_history (CgCase      *kase,
              JsonObject  *object,
              const char  *path,
              GError     **error)
{
  static const char * const known[] = {
    "date", "author", "reason", "source", "kind", "target", "meeting", "summary", NULL
  };
  const char *author, *reason, *target, *meeting, *summary;
  int source, kind;
  g_autoptr(GDate) date = NULL;
  g_autoptr(CgPlanChange) change = NULL;

  if (!cg_json_read_date (object, path, "date", TRUE, &date, error) ||
      !cg_json_read_string (object, path, "author", TRUE, &author, error) ||
      !cg_json_read_string (object, path, "reason", FALSE, &reason, error) ||
      !cg_json_read_enum (object, path, "source", CG_TYPE_PLAN_CHANGE_SOURCE, &source, error) ||
      !cg_json_read_enum (object, path, "kind", CG_TYPE_PLAN_CHANGE_KIND, &kind, error) ||
      !cg_json_read_string (object, path, "target", FALSE, &target, error) ||
      !cg_json_read_string (object, path, "meeting", FALSE, &meeting, error) ||
      !cg_json_read_string (object, path, "summary", FALSE, &summary, error))
    return FALSE;

  if (kind == CG_PLAN_CHANGE_KIND_UNSPECIFIED)
    {
      g_autofree char *field = cg_json_member_path (path, "kind");

      return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                   "a recorded change must say what it changed");
    }

  change = g_object_new (CG_TYPE_PLAN_CHANGE,
                         "date", date,
                         "author", author,
                         "reason", reason,
                         "source", source,
                         "kind", kind,
                         "target", target,
                         "meeting", meeting,
                         "summary", summary,
                         NULL);
  cg_json_extra_keep (change, "", object, known);
  cg_item_list_append (cg_child_protection_plan_get_history_list (cg_case_get_plan (kase)), change);
  return TRUE;
}

static gboolean
read_plan (CgCase      *kase,
           JsonObject  *root,
           GError     **error)
{
  static const char * const known[] = {
    "outcomes", "actions", "needs", "risks", "strengths", "contingency",
    "contact_arrangements", "dissent", "history", NULL
  };
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  JsonObject *object;
  const char *contingency, *contact_arrangements;
  g_auto(GStrv) needs = NULL;
  g_auto(GStrv) risks = NULL;
  g_auto(GStrv) strengths = NULL;

  if (!cg_json_read_object (root, "", "plan", FALSE, &object, error))
    return FALSE;
  if (object == NULL)
    return TRUE;

  if (!read_items (kase, object, "plan", "outcomes", FALSE, read_outcome, error) ||
      !read_items (kase, object, "plan", "actions", FALSE, read_action, error) ||
      !cg_json_read_strv (object, "plan", "needs", &needs, error) ||
      !cg_json_read_strv (object, "plan", "risks", &risks, error) ||
      !cg_json_read_strv (object, "plan", "strengths", &strengths, error) ||
      !cg_json_read_string (object, "plan", "contingency", FALSE, &contingency, error) ||
      !cg_json_read_string (object, "plan", "contact_arrangements", FALSE, &contact_arrangements, error) ||
      !read_items (kase, object, "plan", "dissent", FALSE, read_dissent, error) ||
      !read_items (kase, object, "plan", "history", FALSE, read_history, error))
    return FALSE;

  cg_child_protection_plan_restore_sections (plan,
                                             (const char * const *) needs,
                                             (const char * const *) risks,
                                             (const char * const *) strengths,
                                             contingency, contact_arrangements);
  cg_json_extra_keep (plan, "", object, known);
  return TRUE;
}

static gboolean
read_header (JsonObject  *root,
             GError     **error)
{
  const char *format;
  JsonNode *version = cg_json_lookup (root, "version");

  if (!cg_json_read_string (root, "", "format", FALSE, &format, error))
    return FALSE;
  if (g_strcmp0 (format, CG_JSON_FORMAT_NAME) != 0)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNKNOWN_FORMAT, "format",
                 "this is not a case document (expected “%s”)", CG_JSON_FORMAT_NAME);

  if (version == NULL)
    return cg_json_missing (error, "", "version");
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    return cg_json_wrong_type (error, "version", "a whole number");
  if (json_node_get_int (version) > CG_JSON_FORMAT_VERSION)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNSUPPORTED_VERSION, "version",
                 "version %" G_GINT64_FORMAT " is newer than this library reads (%d)",
                 json_node_get_int (version), CG_JSON_FORMAT_VERSION);
  if (json_node_get_int (version) < 1)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, "version", "must be 1 or more");

  return TRUE;
}

static gboolean
read_categories (CgCase      *kase,
                 JsonObject  *root,
                 GError     **error)
{
  g_auto(GStrv) nicks = NULL;
  g_autoptr(GFlagsClass) klass = g_type_class_ref (CG_TYPE_ABUSE_CATEGORY);
  CgAbuseCategory categories = CG_ABUSE_CATEGORY_NONE;

  if (!cg_json_read_strv (root, "", "categories", &nicks, error))
    return FALSE;

  for (guint i = 0; nicks != NULL && nicks[i] != NULL; i++)
    {
      GFlagsValue *value = g_flags_get_value_by_nick (klass, nicks[i]);

      if (value == NULL || value->value == CG_ABUSE_CATEGORY_NONE)
        {
          g_autofree char *field = g_strdup_printf ("categories[%u]", i);

          return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                       "“%s” is not one of neglect, physical-abuse, emotional-abuse, sexual-abuse",
                       nicks[i]);
        }
      categories |= value->value;
    }

  cg_case_set_categories (kase, categories);
  return TRUE;
}

static CgCase *
read_case (JsonObject  *root,
           GError     **error)
{
  static const char * const known[] = {
    "format", "version", "id", "policy", "child", "categories", "initial_conference",
    "review_conferences", "plan_ended", "members", "plan", "meetings", "contacts", "events", NULL
  };
  static const char * const child_known[] = { "name", "date_of_birth", "pre_verbal", NULL };
  const char *id, *policy, *child_name;
  gboolean pre_verbal;
  JsonObject *child;
  g_autoptr(GDate) date_of_birth = NULL;
  g_autoptr(GDate) initial_conference = NULL;
  g_autoptr(GDate) plan_ended = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(GError) invalid = NULL;

  if (!read_header (root, error) ||
      !cg_json_read_string (root, "", "id", TRUE, &id, error) ||
      !cg_json_read_string (root, "", "policy", TRUE, &policy, error) ||
      !cg_json_read_object (root, "", "child", TRUE, &child, error) ||
      !cg_json_read_string (child, "child", "name", TRUE, &child_name, error) ||
      !cg_json_read_date (child, "child", "date_of_birth", FALSE, &date_of_birth, error) ||
      !cg_json_read_bool (child, "child", "pre_verbal", &pre_verbal, error) ||
      !cg_json_read_date (root, "", "initial_conference", TRUE, &initial_conference, error) ||
      !cg_json_read_date (root, "", "plan_ended", FALSE, &plan_ended, error))
    return NULL;

  kase = cg_case_new (id);
  cg_case_set_policy (kase, policy);
  cg_case_set_child_name (kase, child_name);
  cg_case_set_child_date_of_birth (kase, date_of_birth);
  cg_case_set_child_pre_verbal (kase, pre_verbal);
  cg_case_set_initial_conference (kase, initial_conference);
  cg_case_set_plan_ended (kase, plan_ended);

  if (!read_categories (kase, root, error) ||
      !read_items (kase, root, "", "review_conferences", FALSE, read_conference, error) ||
      !read_items (kase, root, "", "members", TRUE, read_member, error) ||
      !read_plan (kase, root, error) ||
      !read_items (kase, root, "", "meetings", FALSE, read_meeting, error) ||
      !read_items (kase, root, "", "contacts", FALSE, read_contact, error) ||
      !read_items (kase, root, "", "events", FALSE, read_event, error))
    return NULL;

  /* References and duplicate ids are checked once, over the whole record,
   * by the same code that checks a case built through the API. */
  if (!cg_case_validate (kase, &invalid))
    {
      int code = invalid->code == CG_CASE_ERROR_DUPLICATE_ID ? CG_FORMAT_ERROR_DUPLICATE_ID
               : invalid->code == CG_CASE_ERROR_UNKNOWN_MEMBER ? CG_FORMAT_ERROR_UNKNOWN_REFERENCE
               : CG_FORMAT_ERROR_MISSING_FIELD;

      g_set_error_literal (error, CG_FORMAT_ERROR, code, invalid->message);
      return NULL;
    }

  cg_json_extra_keep (kase, "", root, known);
  cg_json_extra_keep (kase, "child", child, child_known);
  return g_steal_pointer (&kase);
}

/* "<data>:3:15: Parse error: ..." becomes "line 3, column 15: ...". */
static void
set_syntax_error (GError     **error,
                  const GError *parse_error)
{
  int line = 0, column = 0, offset = 0;
  const char *message = parse_error->message;

  if (sscanf (message, "<data>:%d:%d: Parse error: %n", &line, &column, &offset) == 2 && offset > 0)
    g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX,
                 "line %d, column %d: %s", line, column, message + offset);
  else
    g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX, "%s", message);
}

/**
 * cg_case_new_from_data:
 * @data: (array length=length) (element-type guint8): the case document, UTF-8 JSON
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a #GError
 *
 * Reads a case from a case document (see the [JSON format](json-format.html)).
 *
 * Reading is strict: a document that is not one valid JSON object, has an
 * unknown `format` or a newer `version`, lacks a required field, holds a
 * value of the wrong type, a malformed date, a reference to a missing
 * member, or a duplicate id fails with a %CG_FORMAT_ERROR whose message
 * starts with the field path (`meetings[2].attendance[0].member: ...`) or,
 * for syntax errors, the line and column.
 *
 * Fields the library does not know are kept and written back by
 * [method@CoreGroup.Case.to_data] and [method@CoreGroup.Case.save].
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_data (const char  *data,
                       gssize       length,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  gsize len;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (data) : (gsize) length;
  if (!g_utf8_validate (data, (gssize) len, NULL))
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX, "the document is not valid UTF-8");
      return NULL;
    }

  if (!cg_json_check_plain_object (data, len, error))
    return NULL;

  /* A fresh parser per document: json-glib keeps state such as
   * has_assignment between loads. */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &parse_error))
    {
      set_syntax_error (error, parse_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root) || json_parser_has_assignment (parser, NULL))
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX,
                   "a case document must be a single JSON object");
      return NULL;
    }

  return read_case (json_node_get_object (root), error);
}

/**
 * cg_case_new_from_file:
 * @file: a case document
 * @error: return location for a #GError
 *
 * Reads a case from a file; see [ctor@CoreGroup.Case.new_from_data] for
 * the errors. A file that cannot be read fails with a %G_IO_ERROR.
 *
 * Returns: (transfer full): the case, or %NULL with @error set
 */
CgCase *
cg_case_new_from_file (GFile   *file,
                       GError **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return cg_case_new_from_data (contents, (gssize) length, error);
}
