/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Plan integrity as the procedures state it, enforced by the API:
 * the core group may add to and adjust the plan but not remove an agreed
 * action or outcome (Suffolk 2.3, 3.4); outcomes change only through a
 * conference (Suffolk 7.3); every change has a reason, author and date. */

#include <string.h>

#include <coregroup/coregroup.h>

#include "test-util.h"

typedef struct
{
  CgChildProtectionPlan *plan;
  GDate                 *day;
  CgPlanChange          *by_core_group;
  CgPlanChange          *by_conference;
  guint                  actions_changed;
} Fixture;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Fixture *f = user_data;

  f->actions_changed++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CgOutcome) outcome = cg_outcome_new ("o1", "A. gains weight", "25th centile by review");
  g_autoptr(CgAction) action = cg_action_new ("a1", "Weigh A. fortnightly", "m2", NULL);
  g_autoptr(GError) error = NULL;

  f->plan = cg_child_protection_plan_new ();
  f->day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
  f->by_core_group = cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "J. Okafor", f->day,
                                         "Agreed at the core group of 12 November");
  f->by_conference = cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CONFERENCE, "Conference chair", f->day,
                                         "Set by the initial conference");

  g_assert_true (cg_child_protection_plan_add_outcome (f->plan, outcome, f->by_conference, &error));
  g_assert_no_error (error);
  g_assert_true (cg_child_protection_plan_add_action (f->plan, action, f->by_core_group, &error));
  g_assert_no_error (error);

  g_signal_connect (cg_child_protection_plan_get_actions (f->plan), "items-changed",
                    G_CALLBACK (items_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->plan);
  g_clear_object (&f->by_core_group);
  g_clear_object (&f->by_conference);
  g_clear_pointer (&f->day, g_date_free);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static guint
history_len (Fixture *f)
{
  return n_items (cg_child_protection_plan_get_history (f->plan));
}

static CgPlanChange *
last_change (Fixture *f)
{
  GListModel *history = cg_child_protection_plan_get_history (f->plan);
  CgPlanChange *change = g_list_model_get_item (history, n_items (history) - 1);

  g_object_unref (change);   /* the plan keeps it alive */
  return change;
}

static void
test_history_records_each_change (Fixture       *f,
                                  gconstpointer  data)
{
  CgPlanChange *change;

  g_assert_cmpuint (history_len (f), ==, 2);
  change = last_change (f);
  g_assert_cmpint (cg_plan_change_get_kind (change), ==, CG_PLAN_CHANGE_KIND_ADD_ACTION);
  g_assert_cmpint (cg_plan_change_get_source (change), ==, CG_PLAN_CHANGE_SOURCE_CORE_GROUP);
  g_assert_cmpstr (cg_plan_change_get_target (change), ==, "a1");
  g_assert_cmpstr (cg_plan_change_get_author (change), ==, "J. Okafor");
  g_assert_cmpstr (cg_plan_change_get_reason (change), ==, "Agreed at the core group of 12 November");
  g_assert_true (g_date_compare (cg_plan_change_get_date (change), f->day) == 0);
  g_assert_nonnull (cg_plan_change_get_summary (change));
  /* The caller's change object is a template; the plan keeps its own record. */
  g_assert_true (change != f->by_core_group);
  g_assert_cmpint (cg_plan_change_get_kind (f->by_core_group), ==, CG_PLAN_CHANGE_KIND_UNSPECIFIED);
}

static void
test_core_group_cannot_remove_action (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_child_protection_plan_remove_action (f->plan, "a1", f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_AGREED_ITEM_REMOVED);
  g_assert_nonnull (cg_child_protection_plan_lookup_action (f->plan, "a1"));
  g_assert_cmpuint (history_len (f), ==, 2);
  g_assert_cmpuint (f->actions_changed, ==, 0);
}

static void
test_conference_can_remove_action (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_child_protection_plan_remove_action (f->plan, "a1", f->by_conference, &error));
  g_assert_no_error (error);
  g_assert_null (cg_child_protection_plan_lookup_action (f->plan, "a1"));
  g_assert_cmpint (cg_plan_change_get_kind (last_change (f)), ==, CG_PLAN_CHANGE_KIND_REMOVE_ACTION);
  g_assert_cmpuint (f->actions_changed, ==, 1);
}

static void
test_outcomes_only_by_conference (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CgOutcome) extra = cg_outcome_new ("o2", "A. attends nursery", NULL);
  g_autoptr(CgOutcome) reworded = cg_outcome_new ("o1", "A. is well fed", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_child_protection_plan_add_outcome (f->plan, extra, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE);
  g_clear_error (&error);

  g_assert_false (cg_child_protection_plan_revise_outcome (f->plan, reworded, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE);
  g_clear_error (&error);

  g_assert_false (cg_child_protection_plan_remove_outcome (f->plan, "o1", f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_AGREED_ITEM_REMOVED);
  g_clear_error (&error);

  /* Nothing changed. */
  g_assert_cmpuint (n_items (cg_child_protection_plan_get_outcomes (f->plan)), ==, 1);
  g_assert_cmpstr (cg_outcome_get_description (cg_child_protection_plan_lookup_outcome (f->plan, "o1")),
                   ==, "A. gains weight");
  g_assert_cmpuint (history_len (f), ==, 2);

  /* A conference may do all three. */
  g_assert_true (cg_child_protection_plan_revise_outcome (f->plan, reworded, f->by_conference, &error));
  g_assert_cmpstr (cg_outcome_get_description (cg_child_protection_plan_lookup_outcome (f->plan, "o1")),
                   ==, "A. is well fed");
  g_assert_true (cg_child_protection_plan_add_outcome (f->plan, extra, f->by_conference, &error));
  g_assert_true (cg_child_protection_plan_remove_outcome (f->plan, "o1", f->by_conference, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (cg_child_protection_plan_get_outcomes (f->plan)), ==, 1);
  g_assert_cmpuint (history_len (f), ==, 5);
}

static void
test_change_needs_reason_author_date (Fixture       *f,
                                      gconstpointer  data)
{
  static const char *blank_reasons[] = { NULL, "", "   \n" };
  g_autoptr(CgAction) action = cg_action_new ("a2", "Refer to nursery", "m1", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (blank_reasons); i++)
    {
      g_autoptr(CgPlanChange) change =
        cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "J. Okafor", f->day, blank_reasons[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (cg_child_protection_plan_add_action (f->plan, action, change, &error));
      g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_CHANGE_WITHOUT_REASON);
      g_assert_true (strstr (error->message, "reason") != NULL);
    }

  {
    g_autoptr(CgPlanChange) no_author =
      cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, NULL, f->day, "Needed");
    g_autoptr(CgPlanChange) no_date =
      cg_plan_change_new (CG_PLAN_CHANGE_SOURCE_CORE_GROUP, "J. Okafor", NULL, "Needed");
    g_autoptr(GError) error = NULL;

    g_assert_false (cg_child_protection_plan_add_action (f->plan, action, no_author, &error));
    g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_CHANGE_WITHOUT_REASON);
    g_clear_error (&error);
    g_assert_false (cg_child_protection_plan_set_contingency (f->plan, "New", no_date, &error));
    g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_CHANGE_WITHOUT_REASON);
  }

  g_assert_null (cg_child_protection_plan_lookup_action (f->plan, "a2"));
  g_assert_null (cg_child_protection_plan_get_contingency (f->plan));
  g_assert_cmpuint (history_len (f), ==, 2);
}

static void
test_revise_and_complete_action (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GDate) due = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) done = g_date_new_dmy (28, G_DATE_NOVEMBER, 2026);
  CgAction *original = cg_child_protection_plan_lookup_action (f->plan, "a1");
  g_autoptr(CgAction) revised = cg_action_new_revision (original, "Weigh A. weekly", "m2", due);
  g_autoptr(CgAction) ghost = cg_action_new ("a9", "Unknown", NULL, NULL);
  g_autoptr(GError) error = NULL;
  CgAction *now;

  g_assert_true (cg_child_protection_plan_revise_action (f->plan, revised, f->by_core_group, &error));
  g_assert_no_error (error);
  now = cg_child_protection_plan_lookup_action (f->plan, "a1");
  g_assert_cmpstr (cg_action_get_description (now), ==, "Weigh A. weekly");
  g_assert_cmpuint (f->actions_changed, ==, 1);

  g_assert_false (cg_child_protection_plan_revise_action (f->plan, ghost, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM);
  g_clear_error (&error);

  g_assert_true (cg_child_protection_plan_complete_action (f->plan, "a1", done, f->by_core_group, &error));
  g_assert_no_error (error);
  now = cg_child_protection_plan_lookup_action (f->plan, "a1");
  g_assert_true (g_date_compare (cg_action_get_completed (now), done) == 0);
  g_assert_cmpstr (cg_action_get_description (now), ==, "Weigh A. weekly");
  g_assert_cmpint (cg_plan_change_get_kind (last_change (f)), ==, CG_PLAN_CHANGE_KIND_COMPLETE_ACTION);

  g_assert_false (cg_child_protection_plan_complete_action (f->plan, "a1", done, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID);
  g_assert_cmpuint (history_len (f), ==, 4);
}

static void
test_action_checks (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CgAction) twin = cg_action_new ("a1", "Another a1", NULL, NULL);
  g_autoptr(CgAction) unlinked = g_object_new (CG_TYPE_ACTION, "id", "a3", "description", "x",
                                               "outcome", "o7", NULL);
  g_autoptr(CgAction) blank = cg_action_new ("a4", "  ", NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_child_protection_plan_add_action (f->plan, twin, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_add_action (f->plan, unlinked, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_add_action (f->plan, blank, f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_remove_action (f->plan, "a9", f->by_conference, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM);

  g_assert_cmpuint (n_items (cg_child_protection_plan_get_actions (f->plan)), ==, 1);
  g_assert_cmpuint (f->actions_changed, ==, 0);
}

static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  const char *needs[] = { "Regular meals", "Health checks", NULL };
  g_autoptr(GError) error = NULL;
  guint n_needs = 0, n_contingency = 0;

  g_signal_connect (f->plan, "notify::needs", G_CALLBACK (count_notify_cb), &n_needs);
  g_signal_connect (f->plan, "notify::contingency", G_CALLBACK (count_notify_cb), &n_contingency);

  g_assert_true (cg_child_protection_plan_set_needs (f->plan, needs, f->by_core_group, &error));
  g_assert_true (cg_child_protection_plan_set_needs (f->plan, needs, f->by_core_group, &error));
  g_assert_true (cg_child_protection_plan_set_contingency (f->plan, "Legal planning meeting",
                                                           f->by_core_group, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (n_needs, ==, 1);
  g_assert_cmpuint (n_contingency, ==, 1);
  g_assert_cmpstrv (cg_child_protection_plan_get_needs (f->plan), needs);
  /* Setting the same list again is not a change, so it is not recorded. */
  g_assert_cmpuint (history_len (f), ==, 4);
  g_assert_cmpint (cg_plan_change_get_kind (last_change (f)), ==, CG_PLAN_CHANGE_KIND_UPDATE_SECTION);
  g_assert_cmpstr (cg_plan_change_get_target (last_change (f)), ==, "contingency");

  g_assert_true (cg_child_protection_plan_set_risks (f->plan, NULL, f->by_core_group, &error));
  g_assert_null (cg_child_protection_plan_get_risks (f->plan));
  g_assert_cmpuint (history_len (f), ==, 4);
}

static void
test_dissent (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CgDissent) dissent = cg_dissent_new (f->day, "m3", "Disagrees with the category");
  g_autoptr(CgDissent) anonymous = cg_dissent_new (f->day, NULL, "Someone disagrees");
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_child_protection_plan_add_dissent (f->plan, dissent, &error));
  g_assert_no_error (error);
  g_assert_false (cg_child_protection_plan_add_dissent (f->plan, anonymous, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID);
  g_assert_cmpuint (n_items (cg_child_protection_plan_get_dissent (f->plan)), ==, 1);
  /* Dissent is recorded on the plan; it changes no outcome (Suffolk 7.3). */
  g_assert_cmpuint (n_items (cg_child_protection_plan_get_outcomes (f->plan)), ==, 1);
}

/* An outcome an action still serves cannot be removed, even by a
 * conference: the plan would name an outcome it does not have, and the
 * saved case would no longer load. */
static void
test_outcome_served_by_an_action (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CgAction) serving = g_object_new (CG_TYPE_ACTION, "id", "a2", "description", "Dietitian review",
                                              "owner", "m2", "outcome", "o1", NULL);
  g_autoptr(CgAction) detached = cg_action_new ("a2", "Dietitian review", "m2", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_child_protection_plan_add_action (f->plan, serving, f->by_core_group, &error));
  g_assert_false (cg_child_protection_plan_remove_outcome (f->plan, "o1", f->by_conference, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_INVALID);
  g_assert_nonnull (cg_child_protection_plan_lookup_outcome (f->plan, "o1"));
  g_clear_error (&error);

  g_assert_true (cg_child_protection_plan_revise_action (f->plan, detached, f->by_conference, &error));
  g_assert_true (cg_child_protection_plan_remove_outcome (f->plan, "o1", f->by_conference, &error));
  g_assert_no_error (error);
}

/* Who may read an item changes only through set_*_audience (): a revision
 * may narrow it but never widens it, so rewording an item for
 * professionals cannot put it in the family's copy (Suffolk 5.5). */
static void
test_item_audience (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CgAction) hidden = g_object_new (CG_TYPE_ACTION, "id", "a2", "description", "Tell the police of any sighting",
                                             "owner", "m1", "audience", CG_AUDIENCE_PROFESSIONALS, NULL);
  g_autoptr(CgAction) reworded = cg_action_new ("a2", "Tell the police of any sighting of L.", "m1", NULL);
  g_autoptr(CgOutcome) reworded_outcome = cg_outcome_new ("o1", "A. is well fed", NULL);
  g_autoptr(CgAction) revision = NULL;
  g_autoptr(GError) error = NULL;
  CgAction *now;

  g_assert_true (cg_child_protection_plan_add_action (f->plan, hidden, f->by_core_group, &error));
  revision = cg_action_new_revision (hidden, "Tell the police", "m1", NULL);
  g_assert_cmpint (cg_action_get_audience (revision), ==, CG_AUDIENCE_PROFESSIONALS);

  /* A revision for everyone of an action for professionals is kept for
   * professionals, with the revision's wording and the unknown fields. */
  g_assert_true (cg_child_protection_plan_revise_action (f->plan, reworded, f->by_core_group, &error));
  now = cg_child_protection_plan_lookup_action (f->plan, "a2");
  g_assert_cmpstr (cg_action_get_description (now), ==, "Tell the police of any sighting of L.");
  g_assert_cmpint (cg_action_get_audience (now), ==, CG_AUDIENCE_PROFESSIONALS);
  g_assert_cmpint (cg_action_get_audience (reworded), ==, CG_AUDIENCE_EVERYONE);
  g_assert_cmpuint (history_len (f), ==, 4);

  /* Widening is its own recorded change; the same audience again is none. */
  g_assert_true (cg_child_protection_plan_set_action_audience (f->plan, "a2", CG_AUDIENCE_EVERYONE,
                                                                f->by_core_group, &error));
  g_assert_cmpint (cg_action_get_audience (cg_child_protection_plan_lookup_action (f->plan, "a2")), ==,
                   CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_plan_change_get_kind (last_change (f)), ==, CG_PLAN_CHANGE_KIND_REVISE_ACTION);
  g_assert_cmpstr (cg_plan_change_get_summary (last_change (f)), ==, "Action a2 for everyone");
  g_assert_true (cg_child_protection_plan_set_action_audience (f->plan, "a2", CG_AUDIENCE_EVERYONE,
                                                                f->by_core_group, &error));
  g_assert_cmpuint (history_len (f), ==, 5);
  g_assert_false (cg_child_protection_plan_set_action_audience (f->plan, "a9", CG_AUDIENCE_EVERYONE,
                                                                 f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM);
  g_clear_error (&error);

  /* An outcome's audience is the conference's to set (Suffolk 7.3); the
   * history keeps its wording, which outcome-changed-outside-conference
   * compares. */
  g_assert_false (cg_child_protection_plan_set_outcome_audience (f->plan, "o1", CG_AUDIENCE_PROFESSIONALS,
                                                                  f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE);
  g_clear_error (&error);
  g_assert_true (cg_child_protection_plan_set_outcome_audience (f->plan, "o1", CG_AUDIENCE_PROFESSIONALS,
                                                                 f->by_conference, &error));
  g_assert_cmpstr (cg_plan_change_get_summary (last_change (f)), ==, "Revised outcome o1: A. gains weight");
  g_assert_true (cg_child_protection_plan_revise_outcome (f->plan, reworded_outcome, f->by_conference, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cg_outcome_get_audience (cg_child_protection_plan_lookup_outcome (f->plan, "o1")), ==,
                   CG_AUDIENCE_PROFESSIONALS);
  g_assert_cmpstr (cg_outcome_get_description (cg_child_protection_plan_lookup_outcome (f->plan, "o1")), ==,
                   "A. is well fed");
  g_assert_cmpuint (history_len (f), ==, 7);
}

/* The GStrv setters cannot say who may read an entry, so they never show
 * the family one it was kept from: a kept text keeps its audience, and a
 * new text is for professionals while an entry for professionals is
 * missing from the new list (it may be that entry reworded). */
static void
test_section_audience (Fixture       *f,
                       gconstpointer  data)
{
  const char *risks[] = { "Father drinks", "Father knows the new address", NULL };
  const char *reordered[] = { "Father knows the new address", "Father drinks", "Missed visits", NULL };
  const char *reworded[] = { "Father drinks", "Father has found the new address", NULL };
  const char *shortened[] = { "Father drinks", NULL };
  CgChildProtectionPlan *plan = f->plan;
  g_autoptr(GError) error = NULL;

  g_assert_true (cg_child_protection_plan_set_risks (plan, risks, f->by_core_group, &error));
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 1), ==, CG_AUDIENCE_EVERYONE);
  g_assert_true (cg_child_protection_plan_set_section_audience (plan, "risks", 1, CG_AUDIENCE_PROFESSIONALS,
                                                                 f->by_core_group, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cg_plan_change_get_kind (last_change (f)), ==, CG_PLAN_CHANGE_KIND_UPDATE_SECTION);
  g_assert_cmpstr (cg_plan_change_get_target (last_change (f)), ==, "risks");
  g_assert_cmpstr (cg_plan_change_get_summary (last_change (f)), ==,
                   "Updated risks: risks[1] for professionals only");
  /* The same again records nothing. */
  g_assert_true (cg_child_protection_plan_set_section_audience (plan, "risks", 1, CG_AUDIENCE_PROFESSIONALS,
                                                                 f->by_core_group, &error));
  g_assert_cmpuint (history_len (f), ==, 4);

  /* Kept texts keep their audience, wherever they move; all are kept, so
   * the new one is everyone's. */
  g_assert_true (cg_child_protection_plan_set_risks (plan, reordered, f->by_core_group, &error));
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 0), ==, CG_AUDIENCE_PROFESSIONALS);
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 1), ==, CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 2), ==, CG_AUDIENCE_EVERYONE);
  g_assert_cmpstr (cg_plan_change_get_summary (last_change (f)), ==,
                   "Updated risks (3 entries, 1 for professionals only)");

  /* The entry for professionals reworded: the new text stays hidden. */
  g_assert_true (cg_child_protection_plan_set_risks (plan, reworded, f->by_core_group, &error));
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 0), ==, CG_AUDIENCE_EVERYONE);
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 1), ==, CG_AUDIENCE_PROFESSIONALS);

  /* Shown to the family again, on purpose; then removed. */
  g_assert_true (cg_child_protection_plan_set_section_audience (plan, "risks", 1, CG_AUDIENCE_EVERYONE,
                                                                 f->by_core_group, &error));
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "risks", 1), ==, CG_AUDIENCE_EVERYONE);
  g_assert_true (cg_child_protection_plan_set_risks (plan, shortened, f->by_core_group, &error));
  g_assert_cmpstrv (cg_child_protection_plan_get_risks (plan), shortened);
  g_assert_no_error (error);

  g_assert_false (cg_child_protection_plan_set_section_audience (plan, "risks", 1, CG_AUDIENCE_PROFESSIONALS,
                                                                  f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM);
  g_clear_error (&error);
  g_assert_false (cg_child_protection_plan_set_section_audience (plan, "contingency", 0, CG_AUDIENCE_PROFESSIONALS,
                                                                  f->by_core_group, &error));
  g_assert_error (error, CG_PLAN_ERROR, CG_PLAN_ERROR_UNKNOWN_ITEM);

  /* A mistake hides the entry rather than shows it. */
  g_test_expect_message ("CoreGroup", G_LOG_LEVEL_CRITICAL, "*index < *");
  g_assert_cmpint (cg_child_protection_plan_get_section_audience (plan, "needs", 0), ==, CG_AUDIENCE_PROFESSIONALS);
  g_test_assert_expected_messages ();
}

/* A section read from a document takes time in proportion to its length
 * (its block grows by doubling, not by one entry at a time, which made a
 * long section quadratic to read: 40,000 entries took 45 seconds), and
 * holds what was read. */
static void
test_long_section (void)
{
  g_autoptr(GString) needs = g_string_new ("\"needs\": [");
  g_autofree char *text = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *read;
  const guint n = 200000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (needs, "%s\"need %u\"", i > 0 ? ", " : "", i);
  g_string_append (needs, "]");
  text = test_fixture_text ("case-full.json", "\"needs\": [\"Regular meals\", \"Health checks\"]", needs->str);
  kase = cg_case_new_from_data (text, -1, &error);
  g_assert_no_error (error);

  read = cg_child_protection_plan_get_needs (cg_case_get_plan (kase));
  g_assert_cmpuint (g_strv_length ((char **) read), ==, n);
  g_assert_cmpstr (read[0], ==, "need 0");
  g_assert_cmpstr (read[n - 1], ==, "need 199999");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD ("/plan/history/records-each-change", test_history_records_each_change);
  ADD ("/plan/integrity/core-group-cannot-remove-action", test_core_group_cannot_remove_action);
  ADD ("/plan/integrity/conference-can-remove-action", test_conference_can_remove_action);
  ADD ("/plan/integrity/outcomes-only-by-conference", test_outcomes_only_by_conference);
  ADD ("/plan/integrity/outcome-served-by-an-action", test_outcome_served_by_an_action);
  ADD ("/plan/integrity/change-needs-reason-author-date", test_change_needs_reason_author_date);
  ADD ("/plan/action/revise-and-complete", test_revise_and_complete_action);
  ADD ("/plan/action/checks", test_action_checks);
  ADD ("/plan/sections", test_sections);
  ADD ("/plan/dissent", test_dissent);
  ADD ("/plan/audience/items", test_item_audience);
  ADD ("/plan/audience/sections", test_section_audience);
  g_test_add_func ("/plan/long-section", test_long_section);

  return g_test_run ();
}
