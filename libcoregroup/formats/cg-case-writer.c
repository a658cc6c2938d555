/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Writing the case document (doc/json-format.md) with JsonBuilder, in a
 * stable member order, followed by any unknown members the document had
 * when it was read. */

#include "config.h"

#include <string.h>

#include "json/cg-json-private.h"
#include "formats/cg-formats-private.h"

typedef void (*WriteItemFunc) (JsonBuilder *builder,
                               gpointer     item);

static void
add_items (JsonBuilder   *builder,
           const char    *name,
           GListModel    *model,
           WriteItemFunc  write_item)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      json_builder_begin_object (builder);
      write_item (builder, item);
      cg_json_extra_add (builder, item, "");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_member (JsonBuilder *builder,
              gpointer     item)
{
  CgMember *member = item;

  cg_json_add_string (builder, "id", cg_member_get_id (member));
  cg_json_add_string (builder, "name", cg_member_get_name (member));
  cg_json_add_enum (builder, "role", CG_TYPE_MEMBER_ROLE, cg_member_get_role (member));
  cg_json_add_string (builder, "agency", cg_member_get_agency (member));
  cg_json_add_flag (builder, "needs_interpreter", cg_member_get_needs_interpreter (member));
}

static void
write_attendance (JsonBuilder *builder,
                  gpointer     item)
{
  CgAttendance *attendance = item;

  cg_json_add_string (builder, "member", cg_attendance_get_member_id (attendance));
  cg_json_add_enum (builder, "status", CG_TYPE_ATTENDANCE_STATUS, cg_attendance_get_status (attendance));
  cg_json_add_flag (builder, "written_report", cg_attendance_get_written_report (attendance));
  cg_json_add_string (builder, "substitute", cg_attendance_get_substitute (attendance));
  cg_json_add_flag (builder, "interpreter", cg_attendance_get_interpreter (attendance));
}

static void
write_meeting (JsonBuilder *builder,
               gpointer     item)
{
  CgMeeting *meeting = item;
  GDate *next_date = cg_meeting_get_next_meeting_date (meeting);
  const char *next_venue = cg_meeting_get_next_meeting_venue (meeting);
  JsonObject *next_extra = cg_json_extra_get (meeting, "next_meeting");

  cg_json_add_string (builder, "id", cg_meeting_get_id (meeting));
  cg_json_add_enum (builder, "kind", CG_TYPE_MEETING_KIND, cg_meeting_get_kind (meeting));
  cg_json_add_date (builder, "date", cg_meeting_get_date (meeting));
  cg_json_add_string (builder, "time", cg_meeting_get_time (meeting));
  cg_json_add_string (builder, "venue", cg_meeting_get_venue (meeting));
  cg_json_add_string (builder, "chair", cg_meeting_get_chair (meeting));
  cg_json_add_string (builder, "minute_taker", cg_meeting_get_minute_taker (meeting));
  add_items (builder, "attendance", cg_meeting_get_attendance (meeting), write_attendance);
  cg_json_add_string (builder, "child_views", cg_meeting_get_child_views (meeting));
  if (next_date != NULL || next_venue != NULL || next_extra != NULL)
    {
      json_builder_set_member_name (builder, "next_meeting");
      json_builder_begin_object (builder);
      cg_json_add_date (builder, "date", next_date);
      cg_json_add_string (builder, "venue", next_venue);
      cg_json_extra_add (builder, meeting, "next_meeting");
      json_builder_end_object (builder);
    }
  cg_json_add_date (builder, "minutes_circulated", cg_meeting_get_minutes_circulated (meeting));
  cg_json_add_date (builder, "chair_update", cg_meeting_get_chair_update (meeting));
  cg_json_add_string (builder, "agreed_chair", cg_meeting_get_agreed_chair (meeting));
  cg_json_add_string (builder, "agreed_vice_chair", cg_meeting_get_agreed_vice_chair (meeting));
}

static void
write_contact (JsonBuilder *builder,
               gpointer     item)
{
  CgContactRecord *contact = item;
  const char *development = cg_contact_record_get_development (contact);
  const char *parenting = cg_contact_record_get_parenting_capacity (contact);
  const char *environment = cg_contact_record_get_family_environment (contact);

  cg_json_add_string (builder, "id", cg_contact_record_get_id (contact));
  cg_json_add_date (builder, "date", cg_contact_record_get_date (contact));
  cg_json_add_string (builder, "time", cg_contact_record_get_time (contact));
  cg_json_add_string (builder, "place", cg_contact_record_get_place (contact));
  cg_json_add_string (builder, "by", cg_contact_record_get_by (contact));
  cg_json_add_bool (builder, "seen", cg_contact_record_get_seen (contact));
  cg_json_add_flag (builder, "seen_alone", cg_contact_record_get_seen_alone (contact));
  cg_json_add_flag (builder, "unannounced", cg_contact_record_get_unannounced (contact));
  cg_json_add_string (builder, "interaction", cg_contact_record_get_interaction (contact));
  if (development != NULL || parenting != NULL || environment != NULL ||
      cg_json_extra_get (contact, "presentation") != NULL)
    {
      json_builder_set_member_name (builder, "presentation");
      json_builder_begin_object (builder);
      cg_json_add_string (builder, "development", development);
      cg_json_add_string (builder, "parenting_capacity", parenting);
      cg_json_add_string (builder, "family_environment", environment);
      cg_json_extra_add (builder, contact, "presentation");
      json_builder_end_object (builder);
    }
  cg_json_add_strv (builder, "risk_indicators", cg_contact_record_get_risk_indicators (contact));
}

static void
write_event (JsonBuilder *builder,
             gpointer     item)
{
  CgCaseEvent *event = item;

  cg_json_add_string (builder, "id", cg_case_event_get_id (event));
  cg_json_add_enum (builder, "kind", CG_TYPE_CASE_EVENT_KIND, cg_case_event_get_kind (event));
  cg_json_add_date (builder, "date", cg_case_event_get_date (event));
  cg_json_add_string (builder, "description", cg_case_event_get_description (event));
  cg_json_add_date (builder, "reported_on", cg_case_event_get_reported_on (event));
  cg_json_add_string (builder, "school", cg_case_event_get_school (event));
  cg_json_add_string (builder, "agency", cg_case_event_get_agency (event));
  cg_json_add_string (builder, "previous_member", cg_case_event_get_previous_member (event));
  cg_json_add_string (builder, "new_member", cg_case_event_get_new_member (event));
}

static void
write_conference (JsonBuilder *builder,
                  gpointer     item)
{
  cg_json_add_date (builder, "date", cg_conference_get_date (item));
  cg_json_add_bool (builder, "held", cg_conference_get_held (item));
}

static void
write_outcome (JsonBuilder *builder,
               gpointer     item)
{
  cg_json_add_string (builder, "id", cg_outcome_get_id (item));
  cg_json_add_string (builder, "description", cg_outcome_get_description (item));
  cg_json_add_string (builder, "measure", cg_outcome_get_measure (item));
}

static void
write_action (JsonBuilder *builder,
              gpointer     item)
{
  CgAction *action = item;

  cg_json_add_string (builder, "id", cg_action_get_id (action));
  cg_json_add_string (builder, "description", cg_action_get_description (action));
  cg_json_add_string (builder, "owner", cg_action_get_owner (action));
  cg_json_add_string (builder, "outcome", cg_action_get_outcome (action));
  cg_json_add_date (builder, "due", cg_action_get_due (action));
  cg_json_add_date (builder, "completed", cg_action_get_completed (action));
}

static void
write_dissent (JsonBuilder *builder,
               gpointer     item)
{
  CgDissent *dissent = item;

  cg_json_add_date (builder, "date", cg_dissent_get_date (dissent));
  cg_json_add_string (builder, "member", cg_dissent_get_member (dissent));
  cg_json_add_string (builder, "text", cg_dissent_get_text (dissent));
  cg_json_add_string (builder, "about", cg_dissent_get_about (dissent));
  cg_json_add_string (builder, "meeting", cg_dissent_get_meeting (dissent));
}

static void
write_change (JsonBuilder *builder,
              gpointer     item)
{
  CgPlanChange *change = item;

  cg_json_add_date (builder, "date", cg_plan_change_get_date (change));
  cg_json_add_string (builder, "author", cg_plan_change_get_author (change));
  cg_json_add_string (builder, "reason", cg_plan_change_get_reason (change));
  cg_json_add_enum (builder, "source", CG_TYPE_PLAN_CHANGE_SOURCE, cg_plan_change_get_source (change));
  cg_json_add_enum (builder, "kind", CG_TYPE_PLAN_CHANGE_KIND, cg_plan_change_get_kind (change));
  cg_json_add_string (builder, "target", cg_plan_change_get_target (change));
  cg_json_add_string (builder, "meeting", cg_plan_change_get_meeting (change));
  cg_json_add_string (builder, "summary", cg_plan_change_get_summary (change));
}

static void
write_plan (JsonBuilder           *builder,
            CgChildProtectionPlan *plan)
{
  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_items (builder, "outcomes", cg_child_protection_plan_get_outcomes (plan), write_outcome);
  add_items (builder, "actions", cg_child_protection_plan_get_actions (plan), write_action);
  cg_json_add_strv (builder, "needs", cg_child_protection_plan_get_needs (plan));
  cg_json_add_strv (builder, "risks", cg_child_protection_plan_get_risks (plan));
  cg_json_add_strv (builder, "strengths", cg_child_protection_plan_get_strengths (plan));
  cg_json_add_string (builder, "contingency", cg_child_protection_plan_get_contingency (plan));
  cg_json_add_string (builder, "contact_arrangements", cg_child_protection_plan_get_contact_arrangements (plan));
  add_items (builder, "dissent", cg_child_protection_plan_get_dissent (plan), write_dissent);
  add_items (builder, "history", cg_child_protection_plan_get_history (plan), write_change);
  cg_json_extra_add (builder, plan, "");
  json_builder_end_object (builder);
}

static void
write_categories (JsonBuilder     *builder,
                  CgAbuseCategory  categories)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (CG_TYPE_ABUSE_CATEGORY);

  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (categories & klass->values[i].value) != 0)
      json_builder_add_string_value (builder, klass->values[i].value_nick);
  json_builder_end_array (builder);
}

static JsonNode *
build_case (CgCase *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  CgCoreGroup *core_group = cg_case_get_core_group (self);

  json_builder_begin_object (builder);
  cg_json_add_string (builder, "format", CG_JSON_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CG_JSON_FORMAT_VERSION);
  cg_json_add_string (builder, "id", cg_case_get_id (self));
  cg_json_add_string (builder, "policy", cg_case_get_policy (self));

  json_builder_set_member_name (builder, "child");
  json_builder_begin_object (builder);
  cg_json_add_string (builder, "name", cg_case_get_child_name (self));
  cg_json_add_date (builder, "date_of_birth", cg_case_get_child_date_of_birth (self));
  cg_json_add_flag (builder, "pre_verbal", cg_case_get_child_pre_verbal (self));
  cg_json_extra_add (builder, self, "child");
  json_builder_end_object (builder);

  write_categories (builder, cg_case_get_categories (self));
  cg_json_add_date (builder, "initial_conference", cg_case_get_initial_conference (self));
  add_items (builder, "review_conferences", cg_case_get_review_conferences (self), write_conference);
  json_builder_set_member_name (builder, "plan_ended");
  if (cg_case_get_plan_ended (self) != NULL)
    {
      g_autofree char *ended = cg_date_format (cg_case_get_plan_ended (self));

      json_builder_add_string_value (builder, ended);
    }
  else
    json_builder_add_null_value (builder);

  add_items (builder, "members", cg_core_group_get_members (core_group), write_member);
  write_plan (builder, cg_case_get_plan (self));
  add_items (builder, "meetings", cg_core_group_get_meetings (core_group), write_meeting);
  add_items (builder, "contacts", cg_case_get_contacts (self), write_contact);
  add_items (builder, "events", cg_case_get_events (self), write_event);
  cg_json_extra_add (builder, self, "");
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * cg_case_to_data:
 * @self: a case
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes the case as a case document (see the
 * [JSON format](json-format.html)): pretty-printed UTF-8 JSON, members in a
 * stable order, followed by any fields the document had when it was read
 * that the library does not know.
 *
 * Returns: (transfer full): the document, nul-terminated
 */
char *
cg_case_to_data (CgCase *self,
                 gsize  *length)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  root = build_case (self);
  return cg_json_to_text (root, length);
}

/**
 * cg_case_save:
 * @self: a case
 * @file: where to write the case document
 * @error: return location for a #GError
 *
 * Writes the case to @file. An existing file is replaced atomically: the
 * document is written to a temporary file beside it, which is then renamed
 * over the old one, so a crash or a full disk leaves the old file whole.
 *
 * Returns: %TRUE if the case was saved
 */
gboolean
cg_case_save (CgCase  *self,
              GFile   *file,
              GError **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = cg_case_to_data (self, &length);
  return g_file_replace_contents (file, data, length, NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}
