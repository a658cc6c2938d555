/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <coregroup/coregroup.h>

#include "test-json-util.h"
#include "test-util.h"

static CgCase *
make_case (void)
{
  CgCase *kase = cg_case_new ("SUF-0042");
  g_autoptr(CgMember) lsw = cg_member_new ("m1", "J. Okafor", CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER);
  g_autoptr(CgMember) parent = cg_member_new ("m2", "K. Parent", CG_MEMBER_ROLE_PARENT);
  g_autoptr(GError) error = NULL;

  cg_core_group_add_member (cg_case_get_core_group (kase), lsw, &error);
  g_assert_no_error (error);
  cg_core_group_add_member (cg_case_get_core_group (kase), parent, &error);
  g_assert_no_error (error);
  return kase;
}

static void
test_properties (void)
{
  g_autoptr(CgCase) kase = cg_case_new ("SUF-0042");
  g_autoptr(GDate) icpc = g_date_new_dmy (5, G_DATE_NOVEMBER, 2026);
  g_autoptr(GDate) same = g_date_new_dmy (5, G_DATE_NOVEMBER, 2026);
  guint n_icpc = 0, n_policy = 0, n_categories = 0;

  g_signal_connect (kase, "notify::initial-conference", G_CALLBACK (count_notify_cb), &n_icpc);
  g_signal_connect (kase, "notify::policy", G_CALLBACK (count_notify_cb), &n_policy);
  g_signal_connect (kase, "notify::categories", G_CALLBACK (count_notify_cb), &n_categories);

  cg_case_set_initial_conference (kase, icpc);
  cg_case_set_initial_conference (kase, same);
  cg_case_set_policy (kase, "suffolk");
  g_object_set (kase, "policy", "suffolk", NULL);
  cg_case_set_categories (kase, CG_ABUSE_CATEGORY_NEGLECT);
  cg_case_set_categories (kase, CG_ABUSE_CATEGORY_NEGLECT);

  g_assert_cmpuint (n_icpc, ==, 1);
  g_assert_cmpuint (n_policy, ==, 1);
  g_assert_cmpuint (n_categories, ==, 1);
  g_assert_cmpstr (cg_case_get_id (kase), ==, "SUF-0042");
  g_assert_true (g_date_compare (cg_case_get_initial_conference (kase), icpc) == 0);
  /* The case keeps its own copy of the date. */
  g_date_add_days (icpc, 1);
  g_assert_cmpint (g_date_get_day (cg_case_get_initial_conference (kase)), ==, 5);

  g_assert_nonnull (cg_case_get_core_group (kase));
  g_assert_nonnull (cg_case_get_plan (kase));
  g_assert_finalize_object (g_steal_pointer (&kase));
}

static void
test_contacts (void)
{
  g_autoptr(CgCase) kase = make_case ();
  g_autoptr(GDate) day = g_date_new_dmy (6, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgContactRecord) visit = cg_contact_record_new (day, "m1");
  g_autoptr(CgContactRecord) stranger = cg_contact_record_new (day, "m9");
  g_autoptr(CgContactRecord) twin = cg_contact_record_new (day, "m1");
  g_autoptr(GError) error = NULL;

  cg_contact_record_set_id (visit, "c1");
  cg_contact_record_set_seen (visit, TRUE);
  g_assert_true (cg_case_add_contact (kase, visit, &error));
  g_assert_no_error (error);

  g_assert_false (cg_case_add_contact (kase, stranger, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_clear_error (&error);

  cg_contact_record_set_id (twin, "c1");
  g_assert_false (cg_case_add_contact (kase, twin, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID);

  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_contacts (kase)), ==, 1);
}

static void
test_events (void)
{
  g_autoptr(CgCase) kase = make_case ();
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_DECEMBER, 2026);
  g_autoptr(CgCaseEvent) move = cg_case_event_new ("e1", CG_CASE_EVENT_KIND_SCHOOL_MOVE, day);
  g_autoptr(CgCaseEvent) change = cg_case_event_new ("e2", CG_CASE_EVENT_KIND_PROFESSIONAL_CHANGE, day);
  g_autoptr(CgCaseEvent) twin = cg_case_event_new ("e1", CG_CASE_EVENT_KIND_SIGNIFICANT_CHANGE, day);
  g_autoptr(GError) error = NULL;

  cg_case_event_set_school (move, "Northgate Primary");
  g_assert_true (cg_case_add_event (kase, move, &error));
  g_assert_no_error (error);

  cg_case_event_set_new_member (change, "m7");
  g_assert_false (cg_case_add_event (kase, change, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_clear_error (&error);

  g_assert_false (cg_case_add_event (kase, twin, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID);
  g_assert_cmpuint (g_list_model_get_n_items (cg_case_get_events (kase)), ==, 1);
}

/* A meeting edited after it was recorded is caught by validate, with the
 * same field path the loader would report. */
static void
test_validate_after_edit (void)
{
  g_autoptr(CgCase) kase = make_case ();
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgMeeting) meeting = cg_meeting_new ("cg1", CG_MEETING_KIND_CORE_GROUP, day);
  g_autoptr(CgAttendance) entry = cg_attendance_new ("m1", CG_ATTENDANCE_STATUS_PRESENT);
  g_autoptr(GError) error = NULL;

  cg_meeting_set_attendance (meeting, entry);
  g_assert_true (cg_core_group_add_meeting (cg_case_get_core_group (kase), meeting, &error));
  g_assert_true (cg_case_validate (kase, &error));
  g_assert_no_error (error);

  cg_meeting_set_minute_taker (meeting, "m5");
  g_assert_false (cg_case_validate (kase, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_cmpstr (error->message, ==, "meetings[0].minute_taker: not a member of the core group");
}

static void
test_review_conferences (void)
{
  g_autoptr(CgCase) kase = make_case ();
  g_autoptr(GDate) day = g_date_new_dmy (4, G_DATE_FEBRUARY, 2027);
  g_autoptr(CgConference) review = cg_conference_new (day, FALSE);
  g_autoptr(CgConference) first = NULL;

  cg_case_add_review_conference (kase, review);
  first = g_list_model_get_item (cg_case_get_review_conferences (kase), 0);
  g_assert_false (cg_conference_get_held (first));
  cg_conference_set_held (review, TRUE);
  g_assert_true (cg_conference_get_held (first));
}

/* The lists most cases leave empty are made when first asked for, from
 * whichever thread asks first (a caseload's reports and a front end read
 * the same case): every thread gets the one list, which the case keeps,
 * and what is added to it is what the next reader sees. */
typedef struct {
  CgCase *kase;
  int     waiting;   /* threads not yet at the start line */
} Askers;

static gpointer
ask_for_lists (gpointer data)
{
  Askers *askers = data;
  CgCase *kase = askers->kase;
  GPtrArray *lists = g_ptr_array_new ();
  g_autoptr(CgMeeting) meeting = g_list_model_get_item (cg_core_group_get_meetings (cg_case_get_core_group (kase)), 0);

  /* All at once, so that they race for the first list. */
  g_atomic_int_add (&askers->waiting, -1);
  while (g_atomic_int_get (&askers->waiting) > 0)
    g_thread_yield ();

  g_ptr_array_add (lists, cg_case_get_review_conferences (kase));
  g_ptr_array_add (lists, cg_case_get_events (kase));
  g_ptr_array_add (lists, cg_case_get_conference_decisions (kase));
  g_ptr_array_add (lists, cg_case_get_acknowledgements (kase));
  g_ptr_array_add (lists, cg_case_get_review_requests (kase));
  g_ptr_array_add (lists, cg_case_get_escalations (kase));
  g_ptr_array_add (lists, cg_child_protection_plan_get_dissent (cg_case_get_plan (kase)));
  g_ptr_array_add (lists, cg_meeting_get_information_needed (meeting));
  return lists;
}

static void
test_lists_made_when_asked (void)
{
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(CgCase) kase = make_case ();
      g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
      g_autoptr(CgMeeting) meeting = cg_meeting_new ("cg1", CG_MEETING_KIND_CORE_GROUP, day);
      g_autoptr(GPtrArray) first = NULL;
      g_autoptr(GError) error = NULL;
      GThread *threads[2];
      Askers askers = { kase, G_N_ELEMENTS (threads) };

      g_assert_true (cg_core_group_add_meeting (cg_case_get_core_group (kase), meeting, &error));
      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        threads[t] = g_thread_new ("ask", ask_for_lists, &askers);
      for (guint t = 0; t < G_N_ELEMENTS (threads); t++)
        {
          g_autoptr(GPtrArray) lists = g_thread_join (threads[t]);

          if (first == NULL)
            first = g_steal_pointer (&lists);
          else
            for (guint i = 0; i < first->len; i++)
              g_assert_true (g_ptr_array_index (lists, i) == g_ptr_array_index (first, i));
        }

      for (guint i = 0; i < first->len; i++)
        {
          g_assert_true (G_IS_LIST_MODEL (g_ptr_array_index (first, i)));
          g_assert_cmpuint (g_list_model_get_n_items (g_ptr_array_index (first, i)), ==, 0);
        }
      g_assert_true (cg_case_get_events (kase) == g_ptr_array_index (first, 1));
    }
}

/* A list first asked for as a property is the one the getter gives, and
 * it holds what is added after. */
static void
test_lists_made_when_asked_by_property (void)
{
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgMeeting) meeting = cg_meeting_new ("cg1", CG_MEETING_KIND_CORE_GROUP, day);
  g_autoptr(CgInformationRequest) request = cg_information_request_new ("School attendance figures", "m1");
  g_autoptr(GListModel) by_property = NULL;

  g_object_get (meeting, "information-needed", &by_property, NULL);
  g_assert_true (by_property == cg_meeting_get_information_needed (meeting));
  cg_meeting_add_information_request (meeting, request);
  g_assert_cmpuint (g_list_model_get_n_items (by_property), ==, 1);
}

/* A loaded case keeps its contacts as records until asked for: the API
 * gives one object a contact, and what is changed through it is what
 * validation, adding and saving see. */
static void
test_contacts_read_as_records (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  GListModel *contacts = cg_case_get_contacts (kase);
  g_autofree char *before = cg_case_to_data (kase, NULL);
  g_autofree char *unchanged = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(CgContactRecord) first = NULL;
  g_autoptr(CgContactRecord) again = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (6, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgContactRecord) twin = cg_contact_record_new (day, "m1");
  g_autoptr(CgContactRecord) renamed = cg_contact_record_new (day, "m1");
  g_autoptr(GError) error = NULL;

  /* An id already recorded is refused without the contacts made. */
  cg_contact_record_set_id (twin, "c1");
  g_assert_false (cg_case_add_contact (kase, twin, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  unchanged = cg_case_to_data (kase, NULL);
  g_assert_cmpstr (unchanged, ==, before);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  first = g_list_model_get_item (contacts, 0);
  again = g_list_model_get_item (contacts, 0);
  g_assert_true (first == again);
  g_assert_cmpstr (cg_contact_record_get_id (first), ==, "c1");
  g_assert_cmpstr (cg_contact_record_get_by (first), ==, "m1");

  cg_contact_record_set_id (first, "c9");
  cg_contact_record_set_id (renamed, "c1");
  g_assert_true (cg_case_add_contact (kase, renamed, &error));
  g_assert_no_error (error);
  cg_contact_record_set_by (first, "m9");
  g_assert_false (cg_case_validate (kase, &error));
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_true (g_str_has_prefix (error->message, "contacts[0].by: "));
  changed = cg_case_to_data (kase, NULL);
  test_assert_saved_value (changed, "$.contacts[0].id", "\"c9\"");
  test_assert_saved_value (changed, "$.contacts[2].id", "\"c1\"");
}

/* Every date a loaded case and its report give out has both of GDate's
 * forms worked out: GDate works out the missing one, writing to the date,
 * the first time it is read, and two threads evaluating one case (a
 * caseload's reports and a front end) then wrote the same dates. */
static void
assert_settled (const GDate *day)
{
  if (day == NULL)
    return;
  g_assert_true (g_date_valid (day));
  g_assert_true (day->julian);
  g_assert_true (day->dmy);
}

static void
test_dates_settled (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = g_date_new_dmy (20, G_DATE_JANUARY, 2027);
  g_autoptr(CgReport) report = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *meetings = cg_core_group_get_meetings (cg_case_get_core_group (kase));
  GListModel *contacts = cg_case_get_contacts (kase);
  GListModel *deadlines;

  assert_settled (cg_case_get_initial_conference (kase));
  assert_settled (cg_case_get_child_date_of_birth (kase));
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CgMeeting) meeting = g_list_model_get_item (meetings, i);

      assert_settled (cg_meeting_get_date (meeting));
      assert_settled (cg_meeting_get_minutes_circulated (meeting));
    }
  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(CgContactRecord) contact = g_list_model_get_item (contacts, i);

      assert_settled (cg_contact_record_get_date (contact));
    }

  report = cg_policy_evaluate (cg_policy_registry_lookup (registry, "suffolk"), kase, today, &error);
  g_assert_no_error (error);
  deadlines = cg_report_get_deadlines (report);
  g_assert_cmpuint (g_list_model_get_n_items (deadlines), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (deadlines); i++)
    {
      g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, i);

      assert_settled (cg_deadline_get_due (deadline));
      assert_settled (cg_deadline_get_window_start (deadline));
      assert_settled (cg_deadline_get_satisfied_on (deadline));
      assert_settled (cg_deadline_get_counted_from (deadline));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/case/properties", test_properties);
  g_test_add_func ("/case/contacts", test_contacts);
  g_test_add_func ("/case/contacts/read-as-records", test_contacts_read_as_records);
  g_test_add_func ("/case/dates-settled", test_dates_settled);
  g_test_add_func ("/case/events", test_events);
  g_test_add_func ("/case/validate-after-edit", test_validate_after_edit);
  g_test_add_func ("/case/review-conferences", test_review_conferences);
  g_test_add_func ("/case/lists/made-when-asked", test_lists_made_when_asked);
  g_test_add_func ("/case/lists/made-when-asked-by-property", test_lists_made_when_asked_by_property);

  return g_test_run ();
}
