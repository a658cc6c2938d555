/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Integrity checked from the record: the plan's history must account for
 * the plan (doc/rules.md, agreed-item-removed and
 * outcome-changed-outside-conference), a change is a conference's only on
 * a day a conference sat, and the history is the one that was saved
 * (plan-history-altered; doc/json-format.md, "History links and seal"). */

#include <string.h>

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

#include "test-fixtures.h"

#define TODAY "2027-01-20"
#define KEY "correct horse battery staple"

/* A history entry with a reason; more fields each preceded by a comma. */
#define ENTRY(date, source, kind, target, fields) \
  "{ \"date\": \"" date "\", \"author\": \"Lead\", \"reason\": \"Agreed\", \"source\": \"" source "\"," \
  "  \"kind\": \"" kind "\", \"target\": \"" target "\"" fields " }"

/* An initial conference on Thu 5 Nov 2026, a review held on Thu 14 Jan
 * 2027 and one booked for Wed 14 Apr 2027. */
#define ICPC "2026-11-05"
#define REVIEWS "\"review_conferences\": [ { \"date\": \"2027-01-14\", \"held\": true }," \
                "                          { \"date\": \"2027-04-14\", \"held\": false } ],"

static GBytes *
new_key (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static CgPlanChange *
new_change (CgPlanChangeSource  source,
            const char         *date)
{
  g_autoptr(GDate) day = date_new (date);

  return cg_plan_change_new (source, "Lead", day, "Agreed");
}

/* Reading the plan against its history */

/* An action the history added is missing from the plan and no removal is
 * recorded: the record lost it outside any conference (Suffolk 2.3, 3.4). */
static void
test_history_added_action_missing (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = ICPC,
    .plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe\" } ],"
            "  \"actions\": [ { \"id\": \"a2\", \"description\": \"Visit weekly\" } ],"
            "  \"history\": [ " ENTRY (ICPC, "conference", "add-outcome", "o1", "") ","
                               ENTRY (ICPC, "conference", "add-outcome", "o2", "") ","
                               ENTRY ("2026-11-17", "core-group", "add-action", "a1", "") ","
                               ENTRY ("2026-11-17", "core-group", "add-action", "a2", "") " ] }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_findings_are (report, "agreed-item-removed", "o2,a1", CG_SEVERITY_ERROR,
                       "Agreed outcome “o2”, added to the plan on 5 Nov 2026 as its history records, is no "
                       "longer in the plan, and no conference removed it (Suffolk 2.3, 3.4);"
                       "Agreed action “a1”, added to the plan on 17 Nov 2026 as its history records, is no "
                       "longer in the plan, and no conference removed it (Suffolk 2.3, 3.4);");
}

/* Removed by the initial conference or by a review held: no finding. A
 * removal recorded as the core group's gives one finding, for the removal. */
static void
test_history_removed_by_held_conference (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = ICPC, .extra = REVIEWS,
    .plan = "{ \"actions\": [ { \"id\": \"a4\", \"description\": \"Visit weekly\" } ],"
            "  \"history\": [ " ENTRY ("2026-11-17", "core-group", "add-action", "a1", "") ","
                               ENTRY ("2026-11-17", "core-group", "add-action", "a2", "") ","
                               ENTRY ("2026-11-17", "core-group", "add-action", "a3", "") ","
                               ENTRY ("2026-11-17", "core-group", "add-action", "a4", "") ","
                               ENTRY ("2027-01-14", "conference", "remove-action", "a1", "") ","
                               ENTRY (ICPC, "conference", "remove-action", "a2", "") ","
                               ENTRY ("2026-12-01", "core-group", "remove-action", "a3", "") " ] }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_finding (report, "agreed-item-removed", "a3", CG_SEVERITY_ERROR,
                  "The core group removed agreed action “a3” on 1 Dec 2026; only a conference may (Suffolk 2.3, 3.4)");
}

/* A change recorded as a conference's on a day no conference sat (none at
 * all, or a review only booked) is the core group's, and says why. */
static void
test_history_conference_on_no_conference_day (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = ICPC, .extra = REVIEWS,
    .plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe\" } ],"
            "  \"history\": [ " ENTRY ("2026-11-17", "core-group", "add-action", "a1", "") ","
                               ENTRY ("2026-12-01", "conference", "remove-action", "a1", "") ","
                               ENTRY ("2026-12-01", "conference", "add-outcome", "o1", "") ","
                               ENTRY ("2027-04-14", "conference", "revise-outcome", "o1", "") " ] }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  assert_finding (report, "agreed-item-removed", "a1", CG_SEVERITY_ERROR,
                  "Agreed action “a1” was removed on 1 Dec 2026 by a change recorded as a conference's, "
                  "but the date matches no conference; only a conference may remove it (Suffolk 2.3, 3.4)");
  assert_findings_are (report, "outcome-changed-outside-conference", "o1,o1", CG_SEVERITY_ERROR,
                       "Outcome “o1” was added on 1 Dec 2026 by a change recorded as a conference's, but the "
                       "date matches no conference; outcomes change only through a conference (Suffolk 7.3);"
                       "Outcome “o1” was changed on 14 Apr 2027 by a change recorded as a conference's, but the "
                       "date matches no conference; outcomes change only through a conference (Suffolk 7.3);");
}

/* An outcome whose wording was edited in the file: its description is not
 * what its last add or revision recorded. A summary not in the library's
 * form is not compared; the message quotes neither wording (Suffolk 7.3). */
static void
test_history_outcome_reworded (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = ICPC,
    .plan = "{ \"outcomes\": ["
            "    { \"id\": \"o1\", \"description\": \"A. is fed when convenient\" },"
            "    { \"id\": \"o2\", \"description\": \"A. attends school\" },"
            "    { \"id\": \"o3\", \"description\": \"A. is seen by a dentist\" },"
            "    { \"id\": \"o4\", \"description\": \"A. sleeps in a bed of her own\" } ],"
            "  \"history\": [ "
            ENTRY (ICPC, "conference", "add-outcome", "o1", ", \"summary\": \"Added outcome o1: A. is fed regularly\"") ","
            ENTRY (ICPC, "conference", "add-outcome", "o2", ", \"summary\": \"Added outcome o2: A. attends school\"") ","
            ENTRY (ICPC, "conference", "add-outcome", "o3", ", \"summary\": \"Added outcome o3\"") ","
            ENTRY (ICPC, "conference", "add-outcome", "o4", ", \"summary\": \"Added outcome o4: A. has a bed\"") ","
            ENTRY (ICPC, "conference", "revise-outcome", "o4",
                   ", \"summary\": \"Revised outcome o4: A. sleeps in a bed of her own\"") " ] }");
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);
  g_autofree char *text = messages (report, "outcome-changed-outside-conference");

  assert_finding (report, "outcome-changed-outside-conference", "o1", CG_SEVERITY_ERROR,
                  "Outcome “o1” does not read as the plan's history recorded it on 5 Nov 2026; "
                  "outcomes change only through a conference (Suffolk 7.3)");
  g_assert_null (strstr (text, "convenient"));
  g_assert_null (strstr (text, "regularly"));
}

/* The API applies the same test of a conference as the checks: in a
 * case's plan a conference change must be dated on the initial conference
 * or a review held; a plan of its own takes the source as given. */
static void
test_api_conference_day (void)
{
  g_autoptr(CgCase) kase = CASE (.icpc = ICPC, .extra = REVIEWS,
    .plan = "{ \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Safe\" } ],"
            "  \"actions\": [ { \"id\": \"a1\", \"description\": \"Visit\" },"
            "                { \"id\": \"a2\", \"description\": \"Weigh\" } ] }");
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  g_autoptr(CgChildProtectionPlan) alone = cg_child_protection_plan_new ();
  g_autoptr(CgPlanChange) no_conference = new_change (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "2026-12-01");
  g_autoptr(CgPlanChange) booked = new_change (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "2027-04-14");
  g_autoptr(CgPlanChange) review = new_change (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "2027-01-14");
  g_autoptr(CgPlanChange) initial = new_change (CG_PLAN_CHANGE_SOURCE_CONFERENCE, ICPC);
  g_autoptr(CgOutcome) o2 = cg_outcome_new ("o2", "Fed", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_child_protection_plan_remove_action (plan, "a1", no_conference, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_AGREED_ITEM_REMOVED);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_remove_action (plan, "a1", booked, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_AGREED_ITEM_REMOVED);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_add_outcome (plan, o2, no_conference, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_remove_outcome (plan, "o1", booked, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_AGREED_ITEM_REMOVED);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_child_protection_plan_get_history (plan)), ==, 0);

  g_assert_true (cg_child_protection_plan_remove_action (plan, "a1", review, &error));
  g_assert_true (cg_child_protection_plan_remove_action (plan, "a2", initial, &error));
  g_assert_true (cg_child_protection_plan_add_outcome (plan, o2, initial, &error));
  g_assert_no_error (error);

  g_assert_true (cg_child_protection_plan_add_outcome (alone, o2, no_conference, &error));
  g_assert_no_error (error);
}

/* The history's links and seal */

/* The Suffolk example as this library saves it, with @key if not NULL:
 * its seven history entries linked, the plan sealed. */
static char *
saved_example (GBytes *key)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");

  cg_case_set_history_key (kase, key);
  return cg_case_to_data (kase, NULL);
}

static CgCase *
load_text (const char *text,
           GBytes     *key)
{
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_data (text, -1, &error);

  /* Reading never fails because of the links or the seal. */
  g_assert_no_error (error);
  cg_case_set_history_key (kase, key);
  return kase;
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_autoptr(GString) edited = g_string_new (text);

  g_assert_cmpuint (g_string_replace (edited, from, to, 1), ==, 1);
  return g_string_free (g_steal_pointer (&edited), FALSE);
}

/* Applies @edit to the document's root object and gives the text back. */
static char *
edit_json (const char *text,
           void      (*edit) (JsonObject *root))
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  edit (json_node_get_object (json_parser_get_root (parser)));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static JsonObject *
plan_of (JsonObject *root)
{
  return json_object_get_object_member (root, "plan");
}

static JsonArray *
history_of (JsonObject *root)
{
  return json_object_get_array_member (plan_of (root), "history");
}

/* The history is not the one saved: verifying says where, without
 * quoting the record, and the check reports it, once, on the case. */
static void
assert_altered (CgCase     *kase,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) suffolk = NULL;
  g_autofree char *expected = NULL;

  g_assert_false (cg_case_verify_history (kase, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_HISTORY_ALTERED);
  g_assert_cmpstr (error->message, ==, message);

  suffolk = evaluate ("suffolk", kase, TODAY);
  expected = g_strdup_printf ("The plan's history was changed after it was saved; %s "
                              "(the record's own integrity)", message);
  assert_finding (suffolk, "plan-history-altered", cg_case_get_id (kase), CG_SEVERITY_ERROR, expected);
}

/* Every built-in policy applies the check. */
static void
assert_every_policy_reports (CgCase *kase)
{
  const char * const *ids = builtin_policy_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(CgReport) report = evaluate (ids[i], kase, TODAY);

      g_test_message ("policy %s", ids[i]);
      assert_findings (report, "plan-history-altered", cg_case_get_id (kase));
    }
}

static void
assert_intact (CgCase *kase)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  g_assert_true (cg_case_verify_history (kase, &error));
  g_assert_no_error (error);
  assert_findings (report, "plan-history-altered", "");
}

/* The history cannot be checked: no finding, and verifying says why. */
static void
assert_unverified (CgCase     *kase,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);

  g_assert_false (cg_case_verify_history (kase, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_HISTORY_UNVERIFIED);
  g_assert_cmpstr (error->message, ==, message);
  assert_findings (report, "plan-history-altered", "");
}

/* Saved and read again, the history verifies. Fields the library does not
 * know are not covered by the links; changes made through the API after
 * reading are not the document's. */
static void
test_chain_intact (void)
{
  g_autofree char *saved = saved_example (NULL);
  g_autofree char *with_unknown = replace (saved, "\"summary\" : \"Added action a1\",",
                                           "\"summary\" : \"Added action a1\", \"x_ticket\" : 7,");
  g_autoptr(CgCase) kase = load_text (saved, NULL);
  g_autoptr(CgCase) unknown = load_text (with_unknown, NULL);
  g_autoptr(CgCase) again = NULL;
  g_autoptr(CgPlanChange) change = new_change (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "2027-01-19");
  g_autoptr(CgAction) action = cg_action_new ("a4", "Attend a cookery course", "m1", NULL);
  g_autoptr(CgCase) built = cg_case_new ("T-9");
  g_autoptr(GError) error = NULL;
  g_autofree char *resaved = NULL;

  assert_intact (kase);
  assert_intact (unknown);

  g_assert_true (cg_child_protection_plan_add_action (cg_case_get_plan (kase), action, change, &error));
  g_assert_no_error (error);
  assert_intact (kase);
  resaved = cg_case_to_data (kase, NULL);
  again = load_text (resaved, NULL);
  assert_intact (again);
  g_assert_cmpuint (g_list_model_get_n_items (cg_child_protection_plan_get_history (cg_case_get_plan (again))), ==, 8);

  /* A case not read from a document has nothing to check. */
  g_assert_true (cg_case_verify_history (built, &error));
  g_assert_no_error (error);
}

/* The history is altered in @text; saving writes the links as read and,
 * for an altered history, the seal as read, so it stays found after a save
 * and a reload, and after an entry is added through the API and the case
 * saved again (@after_adding, when the first problem is then another). */
static void
assert_stays_altered (const char *text,
                      const char *message,
                      const char *after_adding)
{
  g_autoptr(CgCase) kase = load_text (text, NULL);
  g_autoptr(CgPlanChange) change = new_change (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "2027-01-19");
  g_autoptr(CgAction) action = cg_action_new ("a4", "Attend a cookery course", "m1", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *resaved = NULL;
  g_autofree char *added = NULL;
  g_autoptr(CgCase) again = NULL;
  g_autoptr(CgCase) third = NULL;

  assert_altered (kase, message);
  assert_every_policy_reports (kase);

  resaved = cg_case_to_data (kase, NULL);
  again = load_text (resaved, NULL);
  assert_altered (again, message);

  g_assert_true (cg_child_protection_plan_add_action (cg_case_get_plan (again), action, change, &error));
  g_assert_no_error (error);
  added = cg_case_to_data (again, NULL);
  third = load_text (added, NULL);
  assert_altered (third, after_adding != NULL ? after_adding : message);
}

/* An entry's reason edited in the JSON text; the case id changed. */
static void
test_chain_edited_entry (void)
{
  g_autofree char *saved = saved_example (NULL);
  g_autofree char *edited = replace (saved, "School offered a breakfast club place",
                                     "School offered a place after half term");
  g_autofree char *renamed = replace (saved, "\"id\" : \"SUF-2026-0417\"", "\"id\" : \"SUF-2026-0418\"");
  g_autoptr(CgCase) kase = load_text (edited, NULL);
  g_autoptr(GError) error = NULL;

  assert_stays_altered (edited, "plan.history[4]: recorded differently when it was saved", NULL);
  g_assert_false (cg_case_verify_history (kase, &error));
  g_assert_null (strstr (error->message, "half term"));
  assert_stays_altered (renamed, "plan.history[0]: recorded differently when it was saved", NULL);
}

/* Edits to the saved Suffolk example's JSON. */
static void
remove_entry_2 (JsonObject *root)
{
  json_array_remove_element (history_of (root), 2);
}

static void
swap_entries_2_and_3 (JsonObject *root)
{
  JsonArray *history = history_of (root);
  JsonArray *swapped = json_array_new ();

  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      guint from = i == 2 ? 3 : i == 3 ? 2 : i;

      json_array_add_element (swapped, json_node_copy (json_array_get_element (history, from)));
    }
  json_object_set_array_member (plan_of (root), "history", swapped);
}

static void
remove_last_entry (JsonObject *root)
{
  JsonArray *history = history_of (root);

  json_array_remove_element (history, json_array_get_length (history) - 1);
}

static void
remove_last_entry_and_recount (JsonObject *root)
{
  remove_last_entry (root);
  json_object_set_int_member (json_object_get_object_member (plan_of (root), "history_seal"), "entries", 6);
}

static void
remove_link_3 (JsonObject *root)
{
  json_object_remove_member (json_array_get_object_element (history_of (root), 3), "link");
}

static void
number_for_link_0 (JsonObject *root)
{
  json_object_set_int_member (json_array_get_object_element (history_of (root), 0), "link", 42);
}

static void
string_for_seal (JsonObject *root)
{
  json_object_set_string_member (plan_of (root), "history_seal", "sealed");
}

static void
remove_seal (JsonObject *root)
{
  json_object_remove_member (plan_of (root), "history_seal");
}

typedef struct
{
  const char  *path;
  void       (*edit) (JsonObject *root);
  const char  *message;
  const char  *after_adding;
} Alteration;

/* The links and the seal are read whatever they hold; anything but what
 * the library would write is an alteration. */
static const Alteration alterations[] = {
  { "/integrity/chain/middle-entry-removed", remove_entry_2,
    "plan.history[2]: recorded differently when it was saved" },
  { "/integrity/chain/entries-reordered", swap_entries_2_and_3,
    "plan.history[2]: recorded differently when it was saved" },
  /* Every remaining link is right: only the seal shows the history was
   * cut. An entry added through the API makes the count agree again, but
   * the seal still names the last link that was cut. */
  { "/integrity/chain/last-entry-removed", remove_last_entry,
    "plan.history_seal: the history has a different number of entries than when it was saved",
    "plan.history_seal: does not match the history" },
  { "/integrity/chain/last-entry-removed-and-recounted", remove_last_entry_and_recount,
    "plan.history_seal: does not match the history",
    "plan.history_seal: the history has a different number of entries than when it was saved" },
  { "/integrity/chain/link-removed", remove_link_3,
    "plan.history[3]: has no link, though the history was linked when it was saved" },
  { "/integrity/chain/link-not-a-string", number_for_link_0,
    "plan.history[0]: recorded differently when it was saved" },
  { "/integrity/chain/seal-not-an-object", string_for_seal,
    "plan.history_seal: not in the form the library writes" },
  { "/integrity/chain/seal-removed", remove_seal,
    "plan.history_seal: missing, though the history entries are linked" },
};

static void
test_chain_altered (gconstpointer data)
{
  const Alteration *alteration = data;
  g_autofree char *saved = saved_example (NULL);
  g_autofree char *edited = edit_json (saved, alteration->edit);

  assert_stays_altered (edited, alteration->message, alteration->after_adding);
}

/* Links recomputed as the format describes, as anyone without the key
 * can: each field 0 when absent, else 1, its length in 8 bytes (most
 * significant first) and its bytes. */
static void
digest_field (GChecksum  *checksum,
              const char *text)
{
  guchar head[9] = { 0 };
  guint64 length;

  if (text == NULL)
    {
      g_checksum_update (checksum, head, 1);
      return;
    }

  length = strlen (text);
  head[0] = 1;
  for (guint i = 0; i < 8; i++)
    head[8 - i] = (guchar) (length >> (8 * i));
  g_checksum_update (checksum, head, sizeof head);
  g_checksum_update (checksum, (const guchar *) text, (gssize) length);
}

static const char *
member_text (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static void
relink_with_sha256 (JsonObject *root,
                    const char *algorithm)
{
  static const char *fields[] = { "date", "author", "reason", "source", "kind", "target", "meeting", "summary" };
  JsonArray *history = history_of (root);
  g_autofree char *previous = g_strdup (json_object_get_string_member (root, "id"));
  g_autoptr(GChecksum) seal = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *count = g_strdup_printf ("%u", json_array_get_length (history));
  JsonObject *sealed = json_object_new ();

  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      JsonObject *entry = json_array_get_object_element (history, i);
      g_autoptr(GChecksum) link = g_checksum_new (G_CHECKSUM_SHA256);

      digest_field (link, "coregroup-history-link-1");
      digest_field (link, previous);
      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        digest_field (link, member_text (entry, fields[f]));
      g_free (previous);
      previous = g_strdup (g_checksum_get_string (link));
      json_object_set_string_member (entry, "link", previous);
    }

  digest_field (seal, "coregroup-history-seal-1");
  digest_field (seal, previous);
  digest_field (seal, count);
  json_object_set_string_member (sealed, "algorithm", algorithm);
  json_object_set_int_member (sealed, "entries", json_array_get_length (history));
  json_object_set_string_member (sealed, "value", g_checksum_get_string (seal));
  json_object_set_object_member (plan_of (root), "history_seal", sealed);
}

static void
relink_as_sha256 (JsonObject *root)
{
  relink_with_sha256 (root, "sha256");
}

static void
relink_still_claiming_hmac (JsonObject *root)
{
  relink_with_sha256 (root, "hmac-sha256");
}

/* Without a key, a tool that knows the format can recompute the chain
 * after an edit, and the edit is not found: that is what a key is for. */
static void
test_chain_recomputed_without_key (void)
{
  g_autofree char *saved = saved_example (NULL);
  g_autofree char *edited = replace (saved, "School offered a breakfast club place",
                                     "School offered a place after half term");
  g_autofree char *relinked = edit_json (edited, relink_as_sha256);
  g_autoptr(CgCase) kase = load_text (relinked, NULL);

  assert_intact (kase);
}

/* With a key: saved keyed, then edited and relinked with plain SHA-256 by
 * someone without it; found whichever algorithm the forged seal names. */
static void
test_keyed_recomputed_without_key (void)
{
  g_autoptr(GBytes) key = new_key (KEY);
  g_autofree char *saved = saved_example (key);
  g_autofree char *edited = replace (saved, "School offered a breakfast club place",
                                     "School offered a place after half term");
  g_autofree char *as_sha256 = edit_json (edited, relink_as_sha256);
  g_autofree char *claiming_hmac = edit_json (edited, relink_still_claiming_hmac);
  g_autoptr(CgCase) intact = load_text (saved, key);
  g_autoptr(CgCase) a = load_text (as_sha256, key);
  g_autoptr(CgCase) b = load_text (claiming_hmac, key);

  g_assert_nonnull (strstr (saved, "\"algorithm\" : \"hmac-sha256\""));
  assert_intact (intact);
  assert_altered (a, "plan.history_seal: made without the history key");
  assert_altered (b, "plan.history[0]: recorded differently when it was saved");
}

/* A keyed history cannot be verified without the key, which may be set
 * after reading; a wrong key makes it look altered from the first entry. */
static void
test_keyed_key_set_after_reading (void)
{
  g_autoptr(GBytes) key = new_key (KEY);
  g_autoptr(GBytes) wrong = new_key ("Tr0ub4dor&3");
  g_autofree char *saved = saved_example (key);
  g_autoptr(CgCase) kase = load_text (saved, NULL);
  g_autoptr(CgCase) guessed = load_text (saved, wrong);

  g_assert_null (cg_case_get_history_key (kase));
  assert_unverified (kase, "plan.history_seal: made with a history key, and none is set");
  cg_case_set_history_key (kase, key);
  g_assert_true (cg_case_get_history_key (kase) == key);
  assert_intact (kase);
  assert_altered (guessed, "plan.history[0]: recorded differently when it was saved");
}

/* A document saved before links were written: read and evaluated as
 * before, with no finding; its next save links and seals it. */
static void
test_legacy_document (void)
{
  g_autoptr(CgCase) kase = load_example ("suffolk-neglect.json");
  const char * const *ids = builtin_policy_ids ();
  g_autofree char *saved = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) again = NULL;
  JsonObject *root, *seal;
  JsonArray *history;

  assert_unverified (kase, "plan.history: saved without links, so it cannot be verified");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(CgReport) report = evaluate (ids[i], kase, TODAY);

      assert_findings (report, "plan-history-altered", "");
      assert_findings (report, "agreed-item-removed", "");
      assert_findings (report, "outcome-changed-outside-conference", "");
    }

  saved = cg_case_to_data (kase, NULL);
  json_parser_load_from_data (parser, saved, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  history = history_of (root);
  g_assert_cmpuint (json_array_get_length (history), ==, 7);
  for (guint i = 0; i < json_array_get_length (history); i++)
    {
      const char *link = member_text (json_array_get_object_element (history, i), "link");

      g_assert_nonnull (link);
      g_assert_cmpuint (strlen (link), ==, 64);
      g_assert_cmpuint (strspn (link, "0123456789abcdef"), ==, 64);
    }
  seal = json_object_get_object_member (plan_of (root), "history_seal");
  g_assert_cmpstr (json_object_get_string_member (seal, "algorithm"), ==, "sha256");
  g_assert_cmpint (json_object_get_int_member (seal, "entries"), ==, 7);

  again = load_text (saved, NULL);
  assert_intact (again);
}

/* The property: whatever the API is asked, in any order, by anyone, on any
 * day, every action and outcome its history added is still in the plan or
 * was removed by a conference, on the day of the initial conference or of
 * a review held. */
#define SEQUENCES 2000
#define MAX_STEPS 12

static const char * const action_ids[] = { "a1", "a2", "a3", "a4", "a5" };
static const char * const outcome_ids[] = { "o1", "o2", "o3" };

static const char *
pick (const char * const *ids,
      guint               n)
{
  return ids[g_test_rand_int_range (0, (gint32) n)];
}

/* Conference days half the time: the initial conference, the review
 * held, the review only booked; otherwise any day of the plan. */
static GDate *
random_day (const GDate *review)
{
  g_autoptr(GDate) day = date_new ("2026-11-01");

  switch (g_test_rand_int_range (0, 6))
    {
    case 0:
      return date_new ("2026-11-05");
    case 1:
      return g_date_copy (review);
    case 2:
      return date_new ("2027-02-04");
    default:
      g_date_add_days (day, (guint) g_test_rand_int_range (0, 240));
      return g_steal_pointer (&day);
    }
}

static void
mutate (CgChildProtectionPlan *plan,
        const GDate           *review)
{
  CgPlanChangeSource source = g_test_rand_bit () ? CG_PLAN_CHANGE_SOURCE_CONFERENCE
                                                 : CG_PLAN_CHANGE_SOURCE_CORE_GROUP;
  g_autoptr(GDate) day = random_day (review);
  g_autoptr(CgPlanChange) change = cg_plan_change_new (source, "Lead", day, "Decided");
  g_autoptr(GError) error = NULL;
  const char *action = pick (action_ids, G_N_ELEMENTS (action_ids));
  const char *outcome = pick (outcome_ids, G_N_ELEMENTS (outcome_ids));
  g_autofree char *wording = g_strdup_printf ("Wording %u", g_test_rand_int_range (0, 1000));

  switch (g_test_rand_int_range (0, 7))
    {
    case 0:
      {
        g_autoptr(CgAction) added = cg_action_new (action, wording, NULL, NULL);

        cg_child_protection_plan_add_action (plan, added, change, &error);
      }
      break;
    case 1:
      {
        CgAction *current = cg_child_protection_plan_lookup_action (plan, action);
        g_autoptr(CgAction) revised = current != NULL ? cg_action_new_revision (current, wording, NULL, NULL)
                                                      : cg_action_new (action, wording, NULL, NULL);

        cg_child_protection_plan_revise_action (plan, revised, change, &error);
      }
      break;
    case 2:
      cg_child_protection_plan_complete_action (plan, action, day, change, &error);
      break;
    case 3:
      cg_child_protection_plan_remove_action (plan, action, change, &error);
      break;
    case 4:
    case 5:
      {
        g_autoptr(CgOutcome) item = cg_outcome_new (outcome, wording, NULL);

        if (g_test_rand_bit ())
          cg_child_protection_plan_add_outcome (plan, item, change, &error);
        else
          cg_child_protection_plan_revise_outcome (plan, item, change, &error);
      }
      break;
    default:
      cg_child_protection_plan_remove_outcome (plan, outcome, change, &error);
      break;
    }

  g_assert_true (error == NULL || error->domain == CG_PLAN_ERROR);
}

static gboolean
is_conference_day (CgCase      *kase,
                   const GDate *day)
{
  GListModel *reviews = cg_case_get_review_conferences (kase);

  if (g_date_compare (day, cg_case_get_initial_conference (kase)) == 0)
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(CgConference) review = g_list_model_get_item (reviews, i);

      if (cg_conference_get_held (review) && g_date_compare (day, cg_conference_get_date (review)) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Walks the history: for each item the last recorded addition or removal. */
static void
assert_no_removal_without_conference (CgCase *kase)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  GListModel *history = cg_child_protection_plan_get_history (plan);
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CgPlanChange) change = g_list_model_get_item (history, i);
      CgPlanChangeKind kind = cg_plan_change_get_kind (change);
      gboolean action = kind == CG_PLAN_CHANGE_KIND_ADD_ACTION || kind == CG_PLAN_CHANGE_KIND_REMOVE_ACTION;

      if (kind == CG_PLAN_CHANGE_KIND_ADD_ACTION || kind == CG_PLAN_CHANGE_KIND_ADD_OUTCOME ||
          kind == CG_PLAN_CHANGE_KIND_REMOVE_ACTION || kind == CG_PLAN_CHANGE_KIND_REMOVE_OUTCOME)
        g_hash_table_insert (last, g_strconcat (action ? "action " : "outcome ", cg_plan_change_get_target (change), NULL),
                             g_object_ref (change));
    }

  g_hash_table_iter_init (&iter, last);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      CgPlanChange *change = value;
      const char *id = cg_plan_change_get_target (change);
      gboolean in_plan = g_str_has_prefix (key, "action ") ? cg_child_protection_plan_lookup_action (plan, id) != NULL
                                                            : cg_child_protection_plan_lookup_outcome (plan, id) != NULL;
      CgPlanChangeKind kind = cg_plan_change_get_kind (change);

      if (kind == CG_PLAN_CHANGE_KIND_ADD_ACTION || kind == CG_PLAN_CHANGE_KIND_ADD_OUTCOME)
        {
          g_assert_true (in_plan);
          continue;
        }

      g_assert_false (in_plan);
      g_assert_cmpint (cg_plan_change_get_source (change), ==, CG_PLAN_CHANGE_SOURCE_CONFERENCE);
      g_assert_true (is_conference_day (kase, cg_plan_change_get_date (change)));
    }
}

/* The plan and the conferences are all the sequences use: the meetings,
 * contacts, events and dissent and recommendations (which name a meeting)
 * are left out, so that reading a fresh copy 2000 times stays quick. */
static void
keep_plan_and_conferences (JsonObject *root)
{
  JsonArray *reviews = json_object_get_array_member (root, "review_conferences");

  for (guint i = 0; i < json_array_get_length (reviews); i++)
    json_object_remove_member (json_array_get_object_element (reviews, i), "recommendation");
  json_object_set_array_member (root, "meetings", json_array_new ());
  json_object_set_array_member (root, "contacts", json_array_new ());
  json_object_set_array_member (root, "events", json_array_new ());
  json_object_remove_member (plan_of (root), "dissent");
}

static void
test_property_no_removal_without_conference (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", "suffolk-neglect.json", NULL);
  g_autofree char *example = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &example, NULL, &error);
  g_assert_no_error (error);
  text = edit_json (example, keep_plan_and_conferences);

  for (guint s = 0; s < SEQUENCES; s++)
    {
      g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);
      g_autoptr(GDate) review = date_new ("2027-01-07");
      g_autoptr(CgConference) held = NULL;
      guint steps = (guint) g_test_rand_int_range (1, MAX_STEPS + 1);

      g_assert_no_error (error);
      /* A review held on a day that varies from one sequence to the next. */
      g_date_add_days (review, (guint) g_test_rand_int_range (0, 14));
      held = cg_conference_new (review, TRUE);
      cg_case_add_review_conference (kase, held);

      for (guint i = 0; i < steps; i++)
        mutate (cg_case_get_plan (kase), review);

      assert_no_removal_without_conference (kase);

      /* What the API recorded, the checks find nothing wrong with; saved,
       * it reads again (no sequence leaves an action serving an outcome
       * the plan lost) and verifies. */
      if (s % 20 == 0)
        {
          g_autoptr(CgReport) report = evaluate ("suffolk", kase, TODAY);
          g_autofree char *saved = NULL;
          g_autoptr(CgCase) again = NULL;

          assert_findings (report, "agreed-item-removed", "");
          assert_findings (report, "outcome-changed-outside-conference", "");
          saved = cg_case_to_data (kase, NULL);
          again = cg_case_new_from_data (saved, -1, &error);
          g_assert_no_error (error);
          assert_intact (again);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/integrity/history/added-action-missing", test_history_added_action_missing);
  g_test_add_func ("/integrity/history/removed-by-held-conference", test_history_removed_by_held_conference);
  g_test_add_func ("/integrity/history/conference-on-no-conference-day", test_history_conference_on_no_conference_day);
  g_test_add_func ("/integrity/history/outcome-reworded", test_history_outcome_reworded);
  g_test_add_func ("/integrity/api/conference-day", test_api_conference_day);
  g_test_add_func ("/integrity/chain/intact", test_chain_intact);
  g_test_add_func ("/integrity/chain/edited-entry", test_chain_edited_entry);
  for (guint i = 0; i < G_N_ELEMENTS (alterations); i++)
    g_test_add_data_func (alterations[i].path, &alterations[i], test_chain_altered);
  g_test_add_func ("/integrity/chain/recomputed-without-key", test_chain_recomputed_without_key);
  g_test_add_func ("/integrity/keyed/recomputed-without-key", test_keyed_recomputed_without_key);
  g_test_add_func ("/integrity/keyed/key-set-after-reading", test_keyed_key_set_after_reading);
  g_test_add_func ("/integrity/legacy/no-links", test_legacy_document);
  g_test_add_func ("/integrity/property/no-removal-without-conference", test_property_no_removal_without_conference);

  return g_test_run ();
}
