/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading and writing case documents: the public contract of doc/json-format.md. */

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

#include "test-json-util.h"
#include "test-util.h"

static char *
read_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static CgCase *
load_fixture (const char *name)
{
  g_autofree char *text = read_fixture (name);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  return kase;
}

static void
test_load_full (void)
{
  g_autoptr(CgCase) kase = load_fixture ("case-full.json");
  CgCoreGroup *group = cg_case_get_core_group (kase);
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  CgMeeting *cg1, *cg2;
  CgAttendance *hv;
  g_autoptr(CgContactRecord) contact = NULL;
  g_autoptr(CgCaseEvent) event = NULL;
  g_autofree char *ended = NULL;

  g_assert_cmpstr (cg_case_get_id (kase), ==, "TEST-0001");
  g_assert_cmpstr (cg_case_get_policy (kase), ==, "suffolk");
  g_assert_cmpstr (cg_case_get_child_name (kase), ==, "Test Child (fictional)");
  g_assert_true (cg_case_get_child_pre_verbal (kase));
  g_assert_cmpint (cg_case_get_categories (kase), ==,
                   CG_ABUSE_CATEGORY_NEGLECT | CG_ABUSE_CATEGORY_EMOTIONAL_ABUSE);
  g_assert_cmpint (g_date_get_day (cg_case_get_initial_conference (kase)), ==, 5);
  g_assert_null (cg_case_get_plan_ended (kase));
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_review_conferences (kase)), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (cg_core_group_get_members (group)), ==, 5);
  g_assert_true (cg_member_get_needs_interpreter (cg_core_group_lookup_member (group, "m3")));
  g_assert_cmpstr (cg_member_get_id (cg_core_group_get_lead_social_worker (group)), ==, "m1");

  cg1 = cg_core_group_lookup_meeting (group, "cg1");
  cg2 = cg_core_group_lookup_meeting (group, "cg2");
  g_assert_nonnull (cg1);
  g_assert_cmpstr (cg_meeting_get_time (cg1), ==, "10:00");
  g_assert_cmpstr (cg_meeting_get_next_meeting_venue (cg1), ==, "Family centre");
  g_assert_cmpint (g_date_get_month (cg_meeting_get_next_meeting_date (cg1)), ==, G_DATE_DECEMBER);
  g_assert_cmpstr (cg_meeting_get_agreed_vice_chair (cg1), ==, "m2");
  hv = cg_meeting_lookup_attendance (cg1, "m2");
  g_assert_cmpint (cg_attendance_get_status (hv), ==, CG_ATTENDANCE_STATUS_SUBSTITUTE);
  g_assert_cmpstr (cg_attendance_get_substitute (hv), ==, "T. Colleague");
  g_assert_true (cg_attendance_get_written_report (cg_meeting_lookup_attendance (cg1, "m4")));
  g_assert_true (cg_attendance_get_interpreter (cg_meeting_lookup_attendance (cg1, "m3")));
  /* m1 present, m2 by substitute; m3 is a parent, m4 sent apologies (Suffolk 4.7). */
  g_assert_cmpuint (cg_core_group_count_professionals_present (group, cg1), ==, 2);
  g_assert_nonnull (cg_meeting_get_chair_update (cg2));

  g_assert_cmpuint (g_list_model_get_n_items (cg_child_protection_plan_get_outcomes (plan)), ==, 1);
  g_assert_cmpstr (cg_action_get_outcome (cg_child_protection_plan_lookup_action (plan, "a1")), ==, "o1");
  g_assert_nonnull (cg_action_get_completed (cg_child_protection_plan_lookup_action (plan, "a2")));
  g_assert_cmpstr (cg_child_protection_plan_get_needs (plan)[1], ==, "Health checks");
  g_assert_cmpuint (g_list_model_get_n_items (cg_child_protection_plan_get_history (plan)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cg_child_protection_plan_get_dissent (plan)), ==, 1);

  contact = g_list_model_get_item (cg_case_get_contacts (kase), 0);
  g_assert_cmpstr (cg_contact_record_get_parenting_capacity (contact), ==, "Warm");
  g_assert_cmpstr (cg_contact_record_get_risk_indicators (contact)[0], ==, "Little food in the house");
  g_assert_true (cg_contact_record_get_unannounced (contact));

  event = g_list_model_get_item (cg_case_get_events (kase), 0);
  g_assert_cmpint (cg_case_event_get_kind (event), ==, CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE);
  ended = cg_date_format (cg_case_event_get_reported_on (event));
  g_assert_cmpstr (ended, ==, "2026-11-27");
}

/* Saving and reading again gives the same document, unknown fields and all. */
static void
assert_round_trip (CgCase *kase)
{
  g_autofree char *first = cg_case_to_data (kase, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) again = cg_case_new_from_data (first, -1, &error);
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  second = cg_case_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_round_trip (void)
{
  g_autoptr(CgCase) kase = load_fixture ("case-full.json");

  assert_round_trip (kase);
}

static void
test_round_trip_examples (void)
{
  g_autofree char *cases = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (cases, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (cases, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(CgCase) kase = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;

      g_test_message ("checking %s", name);
      kase = cg_case_new_from_file (file, &error);
      g_assert_no_error (error);
      assert_round_trip (kase);
    }
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* A value a save may leave out: what reading it gives when it is absent. */
static gboolean
is_default (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_array_get_length (json_node_get_array (node)) == 0;
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return !json_node_get_boolean (node);
  return json_node_get_value_type (node) == G_TYPE_STRING &&
         g_str_equal (json_node_get_string (node), "everyone");
}

/* Every value of @read is in @saved at the same path (@path, for the
 * message), but for those a save leaves out as defaults. */
static void
assert_kept (JsonNode   *read,
             JsonNode   *saved,
             const char *path)
{
  if (JSON_NODE_HOLDS_OBJECT (read))
    {
      JsonObject *from = json_node_get_object (read);
      g_autoptr(GList) names = json_object_get_members (from);

      g_assert_true (JSON_NODE_HOLDS_OBJECT (saved));
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (from, l->data);
          JsonNode *kept = json_object_get_member (json_node_get_object (saved), l->data);
          g_autofree char *member_path = g_strdup_printf ("%s.%s", path, (const char *) l->data);

          if (kept == NULL && is_default (member))
            continue;
          if (kept == NULL)
            g_error ("%s was not saved", member_path);
          assert_kept (member, kept, member_path);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (read) && g_str_equal (path, "$.categories"))
    {
      /* Flags are a set, written in the order of their values. */
      JsonArray *from = json_node_get_array (read);
      JsonArray *to = json_node_get_array (saved);

      g_assert_cmpuint (json_array_get_length (from), ==, json_array_get_length (to));
      for (guint i = 0; i < json_array_get_length (from); i++)
        {
          gboolean found = FALSE;

          for (guint j = 0; j < json_array_get_length (to); j++)
            found = found || json_node_equal (json_array_get_element (from, i), json_array_get_element (to, j));
          g_assert_true (found);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (read))
    {
      JsonArray *from = json_node_get_array (read);

      g_assert_true (JSON_NODE_HOLDS_ARRAY (saved));
      g_assert_cmpuint (json_array_get_length (from), ==, json_array_get_length (json_node_get_array (saved)));
      for (guint i = 0; i < json_array_get_length (from); i++)
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);

          assert_kept (json_array_get_element (from, i),
                       json_array_get_element (json_node_get_array (saved), i), element_path);
        }
    }
  else if (!json_node_equal (read, saved))
    g_error ("%s was saved with another value", path);
}

/* Each value read is the property its field names: saved again, every
 * value of the document is where it was. The reader stores many fields
 * straight into their records, so this is what would show one stored in
 * the wrong place. */
static void
assert_every_value_kept (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);
  g_autofree char *saved = NULL;
  g_autoptr(JsonNode) read = NULL;
  g_autoptr(JsonNode) written = NULL;

  g_assert_no_error (error);
  saved = cg_case_to_data (kase, NULL);
  read = parse (text);
  written = parse (saved);
  assert_kept (read, written, "$");
}

static void
test_every_value_kept (void)
{
  g_autofree char *cases = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", NULL);
  g_autofree char *full = read_fixture ("case-full.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (cases, 0, &error);
  const char *name;

  assert_every_value_kept (full);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (cases, name, NULL);
      g_autofree char *text = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      g_test_message ("checking %s", name);
      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      assert_every_value_kept (text);
    }
}

/* Finds the node at a path like "meetings[0].next_meeting" in @root. */
static JsonNode *
node_at (JsonNode   *root,
         const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    {
      char *bracket = strchr (parts[i], '[');
      guint index;

      if (bracket != NULL)
        *bracket = '\0';
      node = json_object_get_member (json_node_get_object (node), parts[i]);
      if (bracket != NULL)
        {
          index = (guint) g_ascii_strtoull (bracket + 1, NULL, 10);
          node = json_array_get_element (json_node_get_array (node), index);
        }
    }

  return node;
}

static void
test_unknown_fields_kept (void)
{
  static const struct { const char *path; const char *json; } kept[] = {
    { "x_vendor_top", "{\"exported_by\":\"Example CMS\",\"rev\":12}" },
    { "child.x_vendor_child_ref", "\"C-991\"" },
    { "review_conferences[0].x_room", "\"Endeavour House\"" },
    { "members[1].x_phone", "\"000\"" },
    { "plan.x_plan_version", "\"3\"" },
    { "plan.actions[1].x_ticket", "42" },
    { "meetings[0].x_vendor_meeting", "{\"nested\":[1,2,3]}" },
    { "meetings[0].next_meeting.x_booked", "true" },
    { "meetings[0].attendance[3].x_note", "\"sent by email\"" },
    { "contacts[0].presentation.x_scale", "7" },
  };
  g_autoptr(CgCase) kase = load_fixture ("case-full.json");
  g_autofree char *saved = cg_case_to_data (kase, NULL);
  g_autoptr(JsonNode) root = parse (saved);

  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autoptr(JsonNode) expected = parse (kept[i].json);
      JsonNode *actual = node_at (root, kept[i].path);

      g_test_message ("checking %s", kept[i].path);
      g_assert_nonnull (actual);
      g_assert_true (json_node_equal (actual, expected));
    }
}

typedef struct
{
  const char *test_path;
  const char *field;     /* path of the node to replace, or NULL to replace the whole text */
  const char *value;     /* JSON for the node, or "<delete>" to remove it */
  int         code;
  const char *message;   /* glob the error message must match */
} BadCase;

static const BadCase bad_cases[] = {
  { "/json/bad/format", "format", "\"coregroup-plan\"", CG_FORMAT_ERROR_UNKNOWN_FORMAT, "format: *" },
  { "/json/bad/no-format", "format", "<delete>", CG_FORMAT_ERROR_UNKNOWN_FORMAT, "format: *" },
  { "/json/bad/newer-version", "version", "2", CG_FORMAT_ERROR_UNSUPPORTED_VERSION, "version: version 2 is newer*" },
  { "/json/bad/version-string", "version", "\"1\"", CG_FORMAT_ERROR_INVALID_TYPE, "version: must be*" },
  { "/json/bad/version-zero", "version", "0", CG_FORMAT_ERROR_INVALID_VALUE, "version: *" },
  { "/json/bad/no-id", "id", "<delete>", CG_FORMAT_ERROR_MISSING_FIELD, "id: required field is missing" },
  { "/json/bad/empty-id", "id", "\"\"", CG_FORMAT_ERROR_INVALID_VALUE, "id: must not be empty" },
  { "/json/bad/no-child-name", "child.name", "<delete>", CG_FORMAT_ERROR_MISSING_FIELD, "child.name: *" },
  { "/json/bad/child-not-object", "child", "\"A. Child\"", CG_FORMAT_ERROR_INVALID_TYPE, "child: must be an object" },
  { "/json/bad/category", "categories", "[\"neglect\", \"poverty\"]", CG_FORMAT_ERROR_INVALID_VALUE, "categories[1]: not one of neglect, physical-abuse, emotional-abuse, sexual-abuse" },
  { "/json/bad/initial-date", "initial_conference", "\"2026-11-31\"", CG_FORMAT_ERROR_INVALID_DATE, "initial_conference: not a real calendar date" },
  { "/json/bad/date-year-1", "initial_conference", "\"0001-01-01\"", CG_FORMAT_ERROR_INVALID_DATE, "initial_conference: *" },
  { "/json/bad/date-1899", "initial_conference", "\"1899-12-31\"", CG_FORMAT_ERROR_INVALID_DATE, "initial_conference: outside the years the calendar counts (1900 to 2199)" },
  { "/json/bad/date-2200", "meetings[1].date", "\"2200-01-01\"", CG_FORMAT_ERROR_INVALID_DATE, "meetings[1].date: outside the years the calendar counts (1900 to 2199)" },
  { "/json/bad/date-9999", "contacts[0].date", "\"9999-12-31\"", CG_FORMAT_ERROR_INVALID_DATE, "contacts[0].date: outside the years*" },
  { "/json/bad/date-format", "meetings[1].date", "\"17/12/2026\"", CG_FORMAT_ERROR_INVALID_DATE, "meetings[1].date: *" },
  { "/json/bad/date-number", "meetings[0].minutes_circulated", "20261119", CG_FORMAT_ERROR_INVALID_TYPE, "meetings[0].minutes_circulated: must be a string" },
  { "/json/bad/review-no-date", "review_conferences[0].date", "<delete>", CG_FORMAT_ERROR_MISSING_FIELD, "review_conferences[0].date: *" },
  { "/json/bad/held-string", "review_conferences[0].held", "\"yes\"", CG_FORMAT_ERROR_INVALID_TYPE, "review_conferences[0].held: must be true or false" },
  { "/json/bad/no-members", "members", "<delete>", CG_FORMAT_ERROR_MISSING_FIELD, "members: *" },
  { "/json/bad/member-not-object", "members[2]", "\"m3\"", CG_FORMAT_ERROR_INVALID_TYPE, "members[2]: must be an object" },
  { "/json/bad/role", "members[1].role", "\"plumber\"", CG_FORMAT_ERROR_INVALID_VALUE, "members[1].role: not one of lead-social-worker*" },
  { "/json/bad/duplicate-member", "members[4].id", "\"m2\"", CG_FORMAT_ERROR_DUPLICATE_ID, "members[4].id: the same id as members[1]" },
  { "/json/bad/duplicate-meeting", "meetings[1].id", "\"cg1\"", CG_FORMAT_ERROR_DUPLICATE_ID, "meetings[1].id: *" },
  { "/json/bad/unknown-attendee", "meetings[1].attendance[0].member", "\"m9\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "meetings[1].attendance[0].member: not a member of the core group" },
  { "/json/bad/unknown-chair", "meetings[0].chair", "\"m9\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "meetings[0].chair: *" },
  { "/json/bad/attendance-twice", "meetings[0].attendance[1].member", "\"m1\"", CG_FORMAT_ERROR_DUPLICATE_ID, "meetings[0].attendance[1].member: *" },
  { "/json/bad/status", "meetings[0].attendance[0].status", "\"late\"", CG_FORMAT_ERROR_INVALID_VALUE, "meetings[0].attendance[0].status: *" },
  { "/json/bad/meeting-kind", "meetings[0].kind", "\"coregroup\"", CG_FORMAT_ERROR_INVALID_VALUE, "meetings[0].kind: *" },
  { "/json/bad/time", "meetings[0].time", "\"25:00\"", CG_FORMAT_ERROR_INVALID_VALUE, "meetings[0].time: *HH:MM*" },
  { "/json/bad/next-meeting-date", "meetings[0].next_meeting.date", "\"2026-12-32\"", CG_FORMAT_ERROR_INVALID_DATE, "meetings[0].next_meeting.date: *" },
  { "/json/bad/contact-by", "contacts[1].by", "\"m7\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "contacts[1].by: *" },
  { "/json/bad/contact-no-by", "contacts[0].by", "<delete>", CG_FORMAT_ERROR_MISSING_FIELD, "contacts[0].by: *" },
  { "/json/bad/risk-not-string", "contacts[0].risk_indicators", "[\"ok\", 3]", CG_FORMAT_ERROR_INVALID_TYPE, "contacts[0].risk_indicators[1]: must be a string" },
  { "/json/bad/action-owner", "plan.actions[0].owner", "\"m8\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "plan.actions[0].owner: *" },
  { "/json/bad/action-outcome", "plan.actions[0].outcome", "\"o9\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "plan.actions[0].outcome: *" },
  { "/json/bad/duplicate-action", "plan.actions[1].id", "\"a1\"", CG_FORMAT_ERROR_DUPLICATE_ID, "plan.actions[1].id: *" },
  { "/json/bad/dissent-meeting", "plan.dissent[0].meeting", "\"cg7\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "plan.dissent[0].meeting: *" },
  { "/json/bad/history-source", "plan.history[0].source", "\"manager\"", CG_FORMAT_ERROR_INVALID_VALUE, "plan.history[0].source: *" },
  { "/json/bad/history-kind", "plan.history[0].kind", "\"unspecified\"", CG_FORMAT_ERROR_INVALID_VALUE, "plan.history[0].kind: *" },
  { "/json/bad/event-kind", "events[0].kind", "\"house-move\"", CG_FORMAT_ERROR_INVALID_VALUE, "events[0].kind: *" },
  { "/json/bad/event-member", "events[1].new_member", "\"m6\"", CG_FORMAT_ERROR_UNKNOWN_REFERENCE, "events[1].new_member: *" },
  { "/json/bad/duplicate-event", "events[1].id", "\"e1\"", CG_FORMAT_ERROR_DUPLICATE_ID, "events[1].id: *" },
  { "/json/syntax/empty", NULL, "", CG_FORMAT_ERROR_SYNTAX, "the document is empty" },
  { "/json/syntax/blank", NULL, "  \n ", CG_FORMAT_ERROR_SYNTAX, "the document is empty" },
  { "/json/syntax/array", NULL, "[1, 2]", CG_FORMAT_ERROR_SYNTAX, "*must be a JSON object*" },
  { "/json/syntax/trailing-document", NULL, "{\"format\": \"coregroup-case\"}{\"b\": 2}", CG_FORMAT_ERROR_SYNTAX, "*after the end of the document*" },
  { "/json/syntax/single-quotes", NULL, "{'format': 'coregroup-case'}", CG_FORMAT_ERROR_SYNTAX, "*double quotes*" },
  { "/json/syntax/comment", NULL, "/* c */ {\"format\": 1}", CG_FORMAT_ERROR_SYNTAX, "*" },
  { "/json/syntax/trailing-comma", NULL, "{\n  \"format\": \"coregroup-case\",\n}", CG_FORMAT_ERROR_SYNTAX, "line *, column *: *" },
  { "/json/syntax/bareword", NULL, "{\n  \"version\": tru\n}", CG_FORMAT_ERROR_SYNTAX, "version: line 2, column 14: *" },
  { "/json/syntax/not-utf8", NULL, "{\"id\": \"\xff\"}", CG_FORMAT_ERROR_SYNTAX, "*UTF-8*" },
};

/* Sets (or, for "<delete>", removes) the node at @field, through its parent:
 * json-glib 1.6.6 cannot re-initialise a value node in place (json_node_init
 * frees the value and then reads it). */
static char *
edit_fixture (const char *field,
              const char *value)
{
  g_autofree char *original = read_fixture ("case-full.json");
  g_autoptr(JsonNode) root = parse (original);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) replacement = g_str_equal (value, "<delete>") ? NULL : parse (value);
  g_autofree char *parent_path = g_strdup (field);
  char *last = strrchr (parent_path, '.');
  const char *name = field;
  JsonNode *parent = root;

  g_assert_nonnull (node_at (root, field));
  if (last != NULL)
    {
      *last = '\0';
      parent = node_at (root, parent_path);
      name = last + 1;
    }

  if (strchr (name, '[') != NULL)
    {
      /* An array element: rebuild the array with the element replaced. */
      g_autofree char *array_name = g_strndup (name, (gsize) (strchr (name, '[') - name));
      guint index = (guint) g_ascii_strtoull (strchr (name, '[') + 1, NULL, 10);
      JsonArray *old = json_object_get_array_member (json_node_get_object (parent), array_name);
      JsonArray *rebuilt = json_array_new ();

      for (guint i = 0; i < json_array_get_length (old); i++)
        if (i != index)
          json_array_add_element (rebuilt, json_node_copy (json_array_get_element (old, i)));
        else if (replacement != NULL)
          json_array_add_element (rebuilt, json_node_copy (replacement));
      json_object_set_array_member (json_node_get_object (parent), array_name, rebuilt);
    }
  else if (replacement != NULL)
    json_object_set_member (json_node_get_object (parent), name, json_node_copy (replacement));
  else
    json_object_remove_member (json_node_get_object (parent), name);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bad = data;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;

  text = bad->field != NULL ? edit_fixture (bad->field, bad->value) : g_strdup (bad->value);
  kase = cg_case_new_from_data (text, -1, &error);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, bad->code);
  if (!g_pattern_match_simple (bad->message, error->message))
    g_error ("message “%s” does not match “%s”", error->message, bad->message);

  /* The message names the field and the problem, never the value: an
   * application may log it. */
  if (bad->value[0] == '"' && strlen (bad->value) > 5)
    {
      g_autofree char *value = g_strndup (bad->value + 1, strlen (bad->value) - 2);

      g_assert_null (strstr (error->message, value));
    }
}

/* Whom a member's details are kept from is checked entry by entry, and
 * the error names the entry. */
static void
test_bad_withhold_from (void)
{
  g_autofree char *full = read_fixture ("case-full.json");
  g_autoptr(GString) text = g_string_new (full);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;

  g_assert_cmpuint (g_string_replace (text, "\"x_phone\": \"000\"",
                                      "\"x_phone\": \"000\", \"withhold_from\": [\"m1\", \"m9\"]", 1), ==, 1);
  kase = cg_case_new_from_data (text->str, -1, &error);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_UNKNOWN_REFERENCE);
  g_assert_cmpstr (error->message, ==, "members[1].withhold_from[1]: not a member of the core group");
}

/* The strings a case is read with live in one block its records share
 * (the document is gone once it is read): a record kept after its case
 * keeps them, and a setter replaces one without freeing the block. */
static void
test_strings_outlive_case (void)
{
  g_autofree char *text = read_fixture ("case-full.json");
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, NULL);
  g_autoptr(CgMember) member = NULL;
  g_autoptr(CgMeeting) meeting = NULL;
  g_autoptr(CgAttendance) attendance = NULL;

  g_assert_nonnull (kase);
  member = g_list_model_get_item (cg_core_group_get_members (cg_case_get_core_group (kase)), 0);
  meeting = g_list_model_get_item (cg_core_group_get_meetings (cg_case_get_core_group (kase)), 0);
  attendance = g_list_model_get_item (cg_meeting_get_attendance (meeting), 0);
  g_clear_pointer (&text, g_free);
  g_clear_object (&kase);

  g_assert_cmpstr (cg_member_get_id (member), ==, "m1");
  g_assert_cmpstr (cg_member_get_name (member), ==, "J. Okafor");
  g_assert_cmpstr (cg_member_get_agency (member), ==, "Children's Services");
  g_assert_cmpstr (cg_meeting_get_id (meeting), ==, "cg1");
  g_assert_cmpstr (cg_meeting_get_venue (meeting), ==, "Family centre");
  g_assert_cmpstr (cg_attendance_get_member_id (attendance), ==, "m1");

  cg_member_set_name (member, "A. Mensah");
  cg_member_set_agency (member, NULL);
  cg_meeting_set_venue (meeting, "School");
  cg_meeting_set_venue (meeting, "Clinic");
  g_assert_cmpstr (cg_member_get_name (member), ==, "A. Mensah");
  g_assert_null (cg_member_get_agency (member));
  g_assert_cmpstr (cg_meeting_get_venue (meeting), ==, "Clinic");
  g_assert_cmpstr (cg_member_get_id (member), ==, "m1");
}

/* A document refused late, when many records already point into it,
 * frees none of their strings twice: by a bad value in its last
 * attendance, and by a reference the whole-case check refuses. */
static void
test_strings_refused_late (void)
{
  g_autofree char *full = read_fixture ("case-full.json");
  g_autoptr(GString) text = g_string_new (full);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  char *last = g_strrstr (text->str, "\"status\": \"present\"");

  g_assert_nonnull (last);
  memcpy (last + strlen ("\"status\": \""), "sitting", strlen ("present"));
  kase = cg_case_new_from_data (text->str, -1, &error);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_string_assign (text, full);
  g_assert_cmpuint (g_string_replace (text, "\"member\": \"m1\"", "\"member\": \"m9\"", 1), ==, 1);
  kase = cg_case_new_from_data (text->str, -1, &error);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_UNKNOWN_REFERENCE);
}

/* A history entry without a reason is loaded, not rejected: the
 * change-without-reason check must be able to report it (Suffolk 2.3). */
static void
test_history_without_reason_loads (void)
{
  g_autofree char *text = read_fixture ("case-full.json");
  g_autoptr(GString) edited = g_string_new (text);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgPlanChange) change = NULL;

  g_assert_cmpuint (g_string_replace (edited, "\"reason\": \"Agreed at first core group\", ", "", 1), ==, 1);
  kase = cg_case_new_from_data (edited->str, -1, &error);
  g_assert_no_error (error);
  change = g_list_model_get_item (cg_child_protection_plan_get_history (cg_case_get_plan (kase)), 0);
  g_assert_null (cg_plan_change_get_reason (change));
}

static void
test_file_errors (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/case.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_file (missing, &error);

  g_assert_null (kase);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* The save replaces the file by renaming a complete temporary file over it,
 * so the old file is never half-written: the inode changes. */
static void
test_dates (void)
{
  static const char *bad[] = { "2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-01-01T10:00",
                               "0000-01-01", "2026/01/01", "", "2026-00-10" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) leap = cg_date_parse ("2028-02-29", &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = cg_date_format (leap);
  g_assert_cmpstr (text, ==, "2028-02-29");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) bad_error = NULL;
      g_autoptr(GDate) date = cg_date_parse (bad[i], &bad_error);

      g_assert_null (date);
      g_assert_error (bad_error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_INVALID_DATE);
    }
}

/* An outcome or action for professionals only is read and written with
 * its audience (Suffolk 5.5); `everyone`, the default, is read but not
 * written, so a plan that marks nothing is written as before. */
static void
test_audience_items (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-audience.json");
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  g_autofree char *saved = cg_case_to_data (kase, NULL);

  g_assert_cmpint (cg_outcome_get_audience (cg_child_protection_plan_lookup_outcome (plan, "o1")), ==,
                   CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_outcome_get_audience (cg_child_protection_plan_lookup_outcome (plan, "o2")), ==,
                   CG_AUDIENCE_PROFESSIONALS);
  g_assert_cmpint (cg_action_get_audience (cg_child_protection_plan_lookup_action (plan, "a1")), ==,
                   CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_action_get_audience (cg_child_protection_plan_lookup_action (plan, "a2")), ==,
                   CG_AUDIENCE_PROFESSIONALS);

  test_assert_saved_value (saved, "$.plan.outcomes[0].audience", NULL);
  test_assert_saved_value (saved, "$.plan.outcomes[1].audience", "\"professionals\"");
  test_assert_saved_value (saved, "$.plan.actions[0].audience", NULL);
  test_assert_saved_value (saved, "$.plan.actions[1].audience", "\"professionals\"");
  test_assert_saved_value (saved, "$.plan.actions[1].x_ticket", "7");
  assert_round_trip (kase);
}

/* An entry of needs, risks or strengths is a string, or an object with
 * its text and audience and any fields the library does not know; each is
 * written back in the form it was read. */
static void
test_audience_sections (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-audience.json");
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  const char *risks[] = { "L. has hit K. in front of T.", "L. has been seen near the refuge", NULL };
  g_autofree char *saved = cg_case_to_data (kase, NULL);

  g_assert_cmpstrv (cg_child_protection_plan_get_risks (plan), risks);
  g_assert_cmpstr (cg_child_protection_plan_get_needs (plan)[1], ==, "A school place near the refuge");
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 0), ==, CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 1), ==, CG_AUDIENCE_PROFESSIONALS);
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "needs", 1), ==, CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "strengths", 0), ==, CG_AUDIENCE_EVERYONE);

  test_assert_saved_value (saved, "$.plan.needs[0]", "\"A safe home\"");
  test_assert_saved_value (saved, "$.plan.needs[1]", "{\"text\":\"A school place near the refuge\"}");
  test_assert_saved_value (saved, "$.plan.risks[0]", "\"L. has hit K. in front of T.\"");
  test_assert_saved_value (saved, "$.plan.risks[1]",
                           "{\"text\":\"L. has been seen near the refuge\",\"audience\":\"professionals\","
                           "\"x_source\":\"police\"}");
  /* everyone is the default: read, and not written. */
  test_assert_saved_value (saved, "$.plan.strengths[0]", "{\"text\":\"K. wants to keep T. safe\"}");
  assert_round_trip (kase);
}

/* A member's contact details, and the members they are withheld from. */
static void
test_audience_contact_details (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-audience.json");
  CgCoreGroup *group = cg_case_get_core_group (kase);
  CgMember *mother = cg_core_group_lookup_member (group, "m3");
  CgMember *father = cg_core_group_lookup_member (group, "m4");
  const char *from[] = { "m4", NULL };
  g_autofree char *saved = cg_case_to_data (kase, NULL);

  g_assert_cmpstr (cg_member_get_address (mother), ==, "Room 3, Example Refuge, Sample Town");
  g_assert_cmpstr (cg_member_get_phone (mother), ==, "07700 900003");
  g_assert_cmpstrv (cg_member_get_withhold_from (mother), from);
  g_assert_true (cg_member_withholds_from (mother, "m4"));
  g_assert_false (cg_member_withholds_from (mother, "m1"));
  g_assert_null (cg_member_get_withhold_from (father));
  g_assert_false (cg_member_withholds_from (father, "m3"));

  test_assert_saved_value (saved, "$.members[2].withhold_from", "[\"m4\"]");
  test_assert_saved_value (saved, "$.members[3].withhold_from", NULL);
  test_assert_saved_value (saved, "$.members[4].phone", "\"01632 960005\"");
  test_assert_saved_value (saved, "$.members[4].address", NULL);
  assert_round_trip (kase);
}

/* A case-audience.json with one change, which the reader refuses with
 * the field path and the code. */
typedef struct
{
  const char *from;
  const char *to;
  int         code;
  const char *message;
} Edit;

static void
assert_edit_refused (const Edit *edit)
{
  g_autofree char *text = test_fixture_text ("case-audience.json", edit->from, edit->to);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);

  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, edit->code);
  if (!g_pattern_match_simple (edit->message, error->message))
    g_error ("message “%s” does not match “%s”", error->message, edit->message);
}

static void
test_audience_refused (void)
{
  static const Edit bad[] = {
    { "\"measure\": \"No contact by L.\", \"audience\": \"professionals\"",
      "\"measure\": \"No contact by L.\", \"audience\": \"family\"", CG_FORMAT_ERROR_INVALID_VALUE,
      "plan.outcomes[1].audience: not one of everyone, professionals" },
    { "\"audience\": \"professionals\", \"x_ticket\"", "\"audience\": true, \"x_ticket\"",
      CG_FORMAT_ERROR_INVALID_TYPE, "plan.actions[1].audience: must be a string" },
    { "\"needs\": [\"A safe home\",", "\"needs\": [3,", CG_FORMAT_ERROR_INVALID_TYPE,
      "plan.needs[0]: must be a string or an object" },
    { "{ \"text\": \"A school place near the refuge\" }", "{ \"txt\": \"A school place near the refuge\" }",
      CG_FORMAT_ERROR_MISSING_FIELD, "plan.needs[1].text: required field is missing" },
    { "\"audience\": \"professionals\", \"x_source\"", "\"audience\": \"family\", \"x_source\"",
      CG_FORMAT_ERROR_INVALID_VALUE, "plan.risks[1].audience: not one of everyone, professionals" },
    { "\"strengths\": [{ \"text\": \"K. wants to keep T. safe\"", "\"strengths\": [{ \"text\": [\"K.\"]",
      CG_FORMAT_ERROR_INVALID_TYPE, "plan.strengths[0].text: must be a string" },
    { "\"withhold_from\": [\"m4\"]", "\"withhold_from\": [\"m1\", \"m9\"]", CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
      "members[2].withhold_from[1]: not a member of the core group" },
    { "\"withhold_from\": [\"m4\"]", "\"withhold_from\": \"m4\"", CG_FORMAT_ERROR_INVALID_TYPE,
      "members[2].withhold_from: must be an array" },
    { "\"phone\": \"07700 900004\"", "\"phone\": 7700900004", CG_FORMAT_ERROR_INVALID_TYPE,
      "members[3].phone: must be a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_edit_refused (&bad[i]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/json/load/full", test_load_full);
  g_test_add_func ("/json/round-trip", test_round_trip);
  g_test_add_func ("/json/round-trip/examples", test_round_trip_examples);
  g_test_add_func ("/json/round-trip/every-value-kept", test_every_value_kept);
  g_test_add_func ("/json/unknown-fields-kept", test_unknown_fields_kept);
  g_test_add_func ("/json/history-without-reason-loads", test_history_without_reason_loads);
  g_test_add_func ("/json/bad/withhold-from", test_bad_withhold_from);
  g_test_add_func ("/json/strings/outlive-case", test_strings_outlive_case);
  g_test_add_func ("/json/strings/refused-late", test_strings_refused_late);
  g_test_add_func ("/json/file-errors", test_file_errors);
  g_test_add_func ("/json/dates", test_dates);
  g_test_add_func ("/json/audience/items", test_audience_items);
  g_test_add_func ("/json/audience/sections", test_audience_sections);
  g_test_add_func ("/json/audience/contact-details", test_audience_contact_details);
  g_test_add_func ("/json/audience/refused", test_audience_refused);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    g_test_add_data_func (bad_cases[i].test_path, &bad_cases[i], test_bad_case);

  return g_test_run ();
}
