/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-case-private.h"
#include "domain/cg-meeting-private.h"
#include "documents/cg-review-report-private.h"
#include "formats/cg-formats-private.h"
#include "json/cg-json-private.h"
#include "rules/cg-deadline-private.h"
#include "rules/cg-finding-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"

/**
 * CgReviewReport:
 *
 * The lead social worker's report to a review conference, built from the
 * case record: what happened since the previous conference (the initial
 * conference, or the last review held). It covers every plan change with
 * its reason (Suffolk 2.3, 3.4: "the reasons for any changes must be
 * clearly recorded by the lead social worker in their report to the next
 * review conference"), the dissent and a summary of it (Suffolk 2.5), each
 * outcome with its actions, the core groups held and who attended, the
 * record of the child being seen against the figure in force, deadline
 * compliance per rule, the findings, open escalations and review requests,
 * and the core group's recommendation (Suffolk 4.4; Haringey: the report
 * should "highlight progress made on implementing the original plan").
 *
 * The report is evaluated under a policy as of the conference's day, or
 * today when the conference is still to come. It is written as JSON, as
 * plain text and as one self-contained printable HTML document.
 *
 * ```c
 * g_autoptr(CgReviewReport) report = cg_review_report_new (kase, policy, NULL, today, &error);
 * g_autofree char *html = cg_review_report_to_html (report);
 * ```
 */

struct _CgReviewReport
{
  GObject   parent_instance;
  GDate    *conference;
  gboolean  booked;
  gboolean  held;
  GDate    *period_start;
  GDate    *as_of;
  CgReport *report;
  JsonNode *root;
};

G_DEFINE_FINAL_TYPE (CgReviewReport, cg_review_report, G_TYPE_OBJECT)

static void
cg_review_report_finalize (GObject *object)
{
  CgReviewReport *self = CG_REVIEW_REPORT (object);

  g_clear_pointer (&self->conference, g_date_free);
  g_clear_pointer (&self->period_start, g_date_free);
  g_clear_pointer (&self->as_of, g_date_free);
  g_clear_object (&self->report);
  g_clear_pointer (&self->root, json_node_unref);

  G_OBJECT_CLASS (cg_review_report_parent_class)->finalize (object);
}

static void
cg_review_report_class_init (CgReviewReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_review_report_finalize;
}

static void
cg_review_report_init (CgReviewReport *self)
{
}

static gboolean
in_period (CgReviewReport *self,
           const GDate    *date)
{
  return date != NULL && g_date_compare (date, self->period_start) >= 0 && g_date_compare (date, self->as_of) <= 0;
}

static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_member (JsonBuilder *builder,
            CgCase      *kase,
            const char  *field,
            const char  *id)
{
  g_autofree char *name_field = g_strconcat (field, "_name", NULL);

  cg_json_add_string (builder, field, id);
  cg_json_add_string (builder, name_field, cg_rules_member_name (cg_case_get_core_group (kase), id));
}

/* Which review conference the report is for: the one recorded on @day,
 * or with no @day the next one on or after today, or else the day the
 * next review falls due under the policy. */
static gboolean
find_conference (CgReviewReport  *self,
                 CgCase          *kase,
                 CgPolicy        *policy,
                 const GDate     *day,
                 const GDate     *today,
                 GError         **error)
{
  GListModel *reviews = cg_case_get_review_conferences (kase);
  g_autoptr(CgReport) now = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(CgConference) review = g_list_model_get_item (reviews, i);
      GDate *date = cg_conference_get_date (review);

      if (day != NULL ? g_date_compare (date, day) != 0 : g_date_compare (date, today) < 0)
        continue;
      if (self->conference == NULL || g_date_compare (date, self->conference) < 0)
        {
          g_clear_pointer (&self->conference, g_date_free);
          self->conference = g_date_copy (date);
          self->held = cg_conference_get_held (review);
          self->booked = TRUE;
        }
    }

  if (self->conference != NULL)
    return TRUE;
  if (day != NULL)
    {
      g_set_error_literal (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID,
                           /* Translators: "review_conferences" is a field's
                            * name and stays as it is. */
                           _("review_conferences: no review conference is recorded on that day"));
      return FALSE;
    }

  now = cg_policy_evaluate (policy, kase, today, error);
  if (now == NULL)
    return FALSE;
  for (guint i = 0; i < cg_report_get_n_deadlines (now); i++)
    {
      const CgDeadlineRecord *deadline = cg_report_peek_deadline (now, i);
      CgDeadlineStatus status = deadline->status;

      if (g_str_equal (deadline->rule, "review-conference") &&
          (status == CG_DEADLINE_STATUS_PENDING || status == CG_DEADLINE_STATUS_OVERDUE))
        {
          self->conference = g_date_copy (&deadline->due);
          return TRUE;
        }
    }

  g_set_error_literal (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID,
                       /* Translators: "review_conferences" is a field's name
                        * and stays as it is. */
                       _("review_conferences: no review conference is booked, and the policy sets none due"));
  return FALSE;
}

/* The period starts at the latest conference before this one: the
 * initial conference or a review held. */
static void
find_period (CgReviewReport *self,
             CgCase         *kase,
             const GDate    *today,
             JsonBuilder    *builder)
{
  GListModel *reviews = cg_case_get_review_conferences (kase);
  GDate *icpc = cg_case_get_initial_conference (kase);
  g_autofree char *event = g_strdup ("initial-conference");

  self->period_start = g_date_copy (icpc);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(CgConference) review = g_list_model_get_item (reviews, i);
      GDate *date = cg_conference_get_date (review);

      if (cg_conference_get_held (review) && g_date_compare (date, self->conference) < 0 &&
          g_date_compare (date, self->period_start) > 0)
        {
          g_date_free (self->period_start);
          self->period_start = g_date_copy (date);
          g_free (event);
          event = cg_rules_review_event (date);
        }
    }

  /* A conference still to come is reported on as of today; one past, as
   * it stood on its day. */
  self->as_of = g_date_copy (g_date_compare (self->conference, today) <= 0 ? self->conference : today);

  json_builder_set_member_name (builder, "period");
  json_builder_begin_object (builder);
  cg_json_add_date (builder, "from", self->period_start);
  cg_json_add_string (builder, "from_event", event);
  cg_json_add_date (builder, "to", self->as_of);
  json_builder_end_object (builder);
}

static void
add_conference (CgReviewReport *self,
                CgCase         *kase,
                JsonBuilder    *builder)
{
  GListModel *reviews = cg_case_get_review_conferences (kase);

  json_builder_set_member_name (builder, "conference");
  json_builder_begin_object (builder);
  cg_json_add_date (builder, "date", self->conference);
  cg_json_add_bool (builder, "booked", self->booked);
  cg_json_add_bool (builder, "held", self->held);
  for (guint i = 0; self->booked && i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(CgConference) review = g_list_model_get_item (reviews, i);
      GPtrArray *moved = cg_conference_get_rescheduled_from (review);

      if (g_date_compare (cg_conference_get_date (review), self->conference) != 0 || moved->len == 0)
        continue;
      json_builder_set_member_name (builder, "rescheduled_from");
      json_builder_begin_array (builder);
      for (guint j = 0; j < moved->len; j++)
        {
          g_autofree char *iso = cg_date_format (g_ptr_array_index (moved, j));

          json_builder_add_string_value (builder, iso);
        }
      json_builder_end_array (builder);
      break;
    }
  json_builder_end_object (builder);
}

static void
add_plan_changes (CgReviewReport *self,
                  CgCase         *kase,
                  JsonBuilder    *builder)
{
  GListModel *history = cg_child_protection_plan_get_history (cg_case_get_plan (kase));

  json_builder_set_member_name (builder, "plan_changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(CgPlanChange) change = g_list_model_get_item (history, i);

      if (!in_period (self, cg_plan_change_get_date (change)))
        continue;
      json_builder_begin_object (builder);
      cg_json_add_date (builder, "date", cg_plan_change_get_date (change));
      cg_json_add_string (builder, "author", cg_plan_change_get_author (change));
      cg_json_add_enum (builder, "source", CG_TYPE_PLAN_CHANGE_SOURCE, cg_plan_change_get_source (change));
      cg_json_add_enum (builder, "kind", CG_TYPE_PLAN_CHANGE_KIND, cg_plan_change_get_kind (change));
      cg_json_add_string (builder, "target", cg_plan_change_get_target (change));
      cg_json_add_string (builder, "meeting", cg_plan_change_get_meeting (change));
      cg_json_add_string (builder, "summary", cg_plan_change_get_summary (change));
      cg_json_add_string (builder, "reason", cg_plan_change_get_reason (change));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "3 records of dissent: Dana Example (fictional) 2, Sam Teacher 1; about
 * categories 2, plan 1." */
static char *
summarise_dissent (CgCase    *kase,
                   GPtrArray *records)
{
  g_autoptr(GHashTable) by_member = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_about = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GPtrArray) abouts = g_ptr_array_new ();
  g_autoptr(GString) from = g_string_new (NULL);
  g_autoptr(GString) about = g_string_new (NULL);

  if (records->len == 0)
    return g_strdup (_("No dissent was recorded in the period."));

  for (guint i = 0; i < records->len; i++)
    {
      CgDissent *dissent = g_ptr_array_index (records, i);
      const char *member = cg_dissent_get_member (dissent);
      const char *about = cg_dissent_get_about (dissent) != NULL ? cg_dissent_get_about (dissent) : _("the plan");

      if (!g_hash_table_contains (by_member, member))
        g_ptr_array_add (members, (gpointer) member);
      g_hash_table_insert (by_member, (gpointer) member,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (by_member, member)) + 1));
      if (!g_hash_table_contains (by_about, about))
        g_ptr_array_add (abouts, (gpointer) about);
      g_hash_table_insert (by_about, (gpointer) about,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (by_about, about)) + 1));
    }

  for (guint i = 0; i < members->len; i++)
    g_string_append_printf (from, "%s%s (%u)", i > 0 ? ", " : "", cg_rules_member_name (cg_case_get_core_group (kase), g_ptr_array_index (members, i)),
                            GPOINTER_TO_UINT (g_hash_table_lookup (by_member, g_ptr_array_index (members, i))));
  for (guint i = 0; i < abouts->len; i++)
    g_string_append_printf (about, "%s%s (%u)", i > 0 ? ", " : "", (const char *) g_ptr_array_index (abouts, i),
                            GPOINTER_TO_UINT (g_hash_table_lookup (by_about, g_ptr_array_index (abouts, i))));
  /* Translators: how many records of dissent, who raised them ("Ali Nurse
   * (2), Sam Parent (1)") and what about ("the plan (2), a3 (1)"). */
  return g_strdup_printf (cg_ngettext ("%u record of dissent, from %s; about %s.",
                                       "%u records of dissent, from %s; about %s.", records->len),
                          records->len, from->str, about->str);
}

static void
add_dissent (CgReviewReport *self,
             CgCase         *kase,
             JsonBuilder    *builder)
{
  GListModel *dissent = cg_child_protection_plan_get_dissent (cg_case_get_plan (kase));
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (dissent); i++)
    {
      g_autoptr(CgDissent) record = g_list_model_get_item (dissent, i);

      if (in_period (self, cg_dissent_get_date (record)))
        g_ptr_array_add (records, g_steal_pointer (&record));
    }

  summary = summarise_dissent (kase, records);
  json_builder_set_member_name (builder, "dissent");
  json_builder_begin_object (builder);
  cg_json_add_string (builder, "summary", summary);
  json_builder_set_member_name (builder, "records");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      CgDissent *record = g_ptr_array_index (records, i);

      json_builder_begin_object (builder);
      cg_json_add_date (builder, "date", cg_dissent_get_date (record));
      add_member (builder, kase, "member", cg_dissent_get_member (record));
      cg_json_add_string (builder, "about", cg_dissent_get_about (record));
      cg_json_add_string (builder, "meeting", cg_dissent_get_meeting (record));
      cg_json_add_string (builder, "text", cg_dissent_get_text (record));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static const char *
action_state (CgReviewReport *self,
              CgAction       *action)
{
  GDate *completed = cg_action_get_completed (action);

  if (completed != NULL && g_date_compare (completed, self->as_of) <= 0)
    return "done";
  return cg_action_is_overdue (action, self->as_of) ? "overdue" : "open";
}

static void
add_actions_of (CgReviewReport *self,
                CgCase         *kase,
                JsonBuilder    *builder,
                const char     *outcome)
{
  GListModel *actions = cg_child_protection_plan_get_actions (cg_case_get_plan (kase));

  json_builder_set_member_name (builder, "actions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (cg_action_get_outcome (action), outcome) != 0)
        continue;
      json_builder_begin_object (builder);
      cg_json_add_string (builder, "id", cg_action_get_id (action));
      cg_json_add_string (builder, "description", cg_action_get_description (action));
      add_member (builder, kase, "owner", cg_action_get_owner (action));
      cg_json_add_date (builder, "due", cg_action_get_due (action));
      cg_json_add_date (builder, "completed", cg_action_get_completed (action));
      cg_json_add_string (builder, "state", action_state (self, action));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Each outcome with its actions; actions serving no outcome last, under
 * an outcome with no id. */
static void
add_outcomes (CgReviewReport *self,
              CgCase         *kase,
              JsonBuilder    *builder)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  GListModel *outcomes = cg_child_protection_plan_get_outcomes (plan);
  GListModel *actions = cg_child_protection_plan_get_actions (plan);
  gboolean loose = FALSE;

  json_builder_set_member_name (builder, "outcomes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(CgOutcome) outcome = g_list_model_get_item (outcomes, i);

      json_builder_begin_object (builder);
      cg_json_add_string (builder, "id", cg_outcome_get_id (outcome));
      cg_json_add_string (builder, "description", cg_outcome_get_description (outcome));
      cg_json_add_string (builder, "measure", cg_outcome_get_measure (outcome));
      add_actions_of (self, kase, builder, cg_outcome_get_id (outcome));
      json_builder_end_object (builder);
    }

  for (guint i = 0; i < g_list_model_get_n_items (actions) && !loose; i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);

      loose = cg_action_get_outcome (action) == NULL;
    }
  if (loose)
    {
      json_builder_begin_object (builder);
      cg_json_add_string (builder, "description", _("Actions serving no outcome"));
      add_actions_of (self, kase, builder, NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static gboolean
has_finding (CgReport   *report,
             const char *rule,
             const char *subject)
{
  for (guint i = 0; i < cg_report_get_n_findings (report); i++)
    {
      const CgFindingRecord *finding = cg_report_peek_finding (report, i);

      if (g_str_equal (finding->rule, rule) && g_strcmp0 (finding->subject, subject) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
policy_applies (CgPolicy   *policy,
                const char *check)
{
  g_auto(GStrv) checks = NULL;

  if (!CG_IS_RULE_POLICY (policy))
    return FALSE;
  checks = cg_rule_policy_dup_checks (CG_RULE_POLICY (policy));
  return g_strv_contains ((const char * const *) checks, check);
}

typedef struct
{
  guint present, substitute, apologies, absent, reports, of;
} Tally;

/* The core groups held in the period, whether each was quorate (where the
 * policy judges it), and each member's attendance over them. */
static void
add_core_groups (CgReviewReport *self,
                 CgCase         *kase,
                 CgPolicy       *policy,
                 JsonBuilder    *builder)
{
  CgCoreGroup *group = cg_case_get_core_group (kase);
  GListModel *meetings = cg_core_group_get_meetings (group);
  GListModel *members = cg_core_group_get_members (group);
  gboolean quorum = policy_applies (policy, "quorum");
  g_autofree Tally *tallies = g_new0 (Tally, g_list_model_get_n_items (members));

  json_builder_set_member_name (builder, "core_groups");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "held");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CgMeeting) meeting = g_list_model_get_item (meetings, i);
      Tally here = { 0 };

      if (cg_meeting_get_kind (meeting) != CG_MEETING_KIND_CORE_GROUP || !in_period (self, cg_meeting_get_date (meeting)))
        continue;

      for (guint m = 0; m < g_list_model_get_n_items (members); m++)
        {
          g_autoptr(CgMember) member = g_list_model_get_item (members, m);
          const CgAttendanceFields *entry = cg_meeting_find_attendance (meeting, cg_member_get_id (member));
          Tally *tally = &tallies[m];

          if (entry == NULL)
            continue;
          tally->of++;
          tally->reports += entry->written_report;
          switch (entry->status)
            {
            case CG_ATTENDANCE_STATUS_PRESENT: tally->present++; here.present++; break;
            case CG_ATTENDANCE_STATUS_SUBSTITUTE: tally->substitute++; here.substitute++; break;
            case CG_ATTENDANCE_STATUS_APOLOGIES: tally->apologies++; here.apologies++; break;
            case CG_ATTENDANCE_STATUS_ABSENT: tally->absent++; here.absent++; break;
            }
        }

      json_builder_begin_object (builder);
      cg_json_add_string (builder, "id", cg_meeting_get_id (meeting));
      cg_json_add_date (builder, "date", cg_meeting_get_date (meeting));
      add_int (builder, "present", here.present + here.substitute);
      add_int (builder, "apologies", here.apologies);
      add_int (builder, "absent", here.absent);
      json_builder_set_member_name (builder, "quorate");
      if (quorum)
        json_builder_add_boolean_value (builder, !has_finding (self->report, "quorum", cg_meeting_get_id (meeting)));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "attendance");
  json_builder_begin_array (builder);
  for (guint m = 0; m < g_list_model_get_n_items (members); m++)
    {
      g_autoptr(CgMember) member = g_list_model_get_item (members, m);
      const Tally *tally = &tallies[m];

      if (tally->of == 0)
        continue;
      json_builder_begin_object (builder);
      add_member (builder, kase, "member", cg_member_get_id (member));
      cg_json_add_enum (builder, "role", CG_TYPE_MEMBER_ROLE, cg_member_get_role (member));
      cg_json_add_string (builder, "agency", cg_member_get_agency (member));
      add_int (builder, "meetings", tally->of);
      add_int (builder, "present", tally->present);
      add_int (builder, "substitute", tally->substitute);
      add_int (builder, "apologies", tally->apologies);
      add_int (builder, "absent", tally->absent);
      add_int (builder, "written_reports", tally->reports);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* A deadline entry belongs to the period when it fell due in it, or was
 * still open at its end. */
static gboolean
entry_in_period (CgReviewReport         *self,
                 const CgDeadlineRecord *deadline)
{
  return in_period (self, &deadline->due) ||
         (deadline->status == CG_DEADLINE_STATUS_OVERDUE && g_date_compare (&deadline->due, self->period_start) < 0);
}

static void
add_missed_core_groups (CgReviewReport *self,
                        JsonBuilder    *builder)
{
  json_builder_set_member_name (builder, "missed_core_groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < cg_report_get_n_deadlines (self->report); i++)
    {
      const CgDeadlineRecord *deadline = cg_report_peek_deadline (self->report, i);
      CgDeadlineStatus status = deadline->status;
      const char *rule = deadline->rule;

      if ((g_str_equal (rule, "core-group-interval") || g_str_equal (rule, "first-core-group") ||
           g_str_equal (rule, "final-core-group-before-review")) &&
          (status == CG_DEADLINE_STATUS_LATE || status == CG_DEADLINE_STATUS_OVERDUE) &&
          entry_in_period (self, deadline))
        cg_report_json_add_deadline (&(CgJsonOut) { builder }, deadline);
    }
  json_builder_end_array (builder);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return (x > y) - (x < y);
}

/* How often and by whom the child was seen, alone or not, the longest gap
 * between two times seen (the period's ends included), and the child-seen
 * entries, which carry the figure in force, a conference's included. */
static void
add_child_seen (CgReviewReport *self,
                CgCase         *kase,
                CgCalendar     *calendar,
                JsonBuilder    *builder)
{
  GListModel *decisions = cg_case_get_conference_decisions (kase);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GHashTable) by_member = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  guint alone = 0;
  guint32 gap_from = g_date_get_julian (self->period_start), gap_to = gap_from, previous = gap_from;
  const CgDeadlineRecord *latest = NULL;

  for (guint i = 0; i < cg_case_get_n_contacts (kase); i++)
    {
      const CgContactFields *contact = cg_case_peek_contact (kase, i);
      CgMember *by = cg_core_group_lookup_member (cg_case_get_core_group (kase), contact->by);
      guint32 day;

      if (!contact->seen || by == NULL || !cg_member_get_professional (by) ||
          !in_period (self, cg_contact_fields_get_date (contact)))
        continue;
      day = g_date_get_julian (cg_contact_fields_get_date (contact));
      g_array_append_val (days, day);
      alone += contact->seen_alone;
      if (!g_hash_table_contains (by_member, cg_member_get_id (by)))
        g_ptr_array_add (members, (gpointer) cg_member_get_id (by));
      g_hash_table_insert (by_member, (gpointer) cg_member_get_id (by),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (by_member, cg_member_get_id (by))) + 1));
    }

  g_array_sort (days, compare_days);
  for (guint i = 0; i <= days->len; i++)
    {
      guint32 day = i < days->len ? g_array_index (days, guint32, i) : g_date_get_julian (self->as_of);

      if (day - previous > gap_to - gap_from)
        {
          gap_from = previous;
          gap_to = day;
        }
      previous = day;
    }

  json_builder_set_member_name (builder, "child_seen");
  json_builder_begin_object (builder);
  add_int (builder, "times", days->len);
  add_int (builder, "seen_alone", alone);
  json_builder_set_member_name (builder, "by");
  json_builder_begin_array (builder);
  for (guint i = 0; i < members->len; i++)
    {
      json_builder_begin_object (builder);
      add_member (builder, kase, "member", g_ptr_array_index (members, i));
      add_int (builder, "times", GPOINTER_TO_UINT (g_hash_table_lookup (by_member, g_ptr_array_index (members, i))));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "longest_gap");
  json_builder_begin_object (builder);
  {
    GDate from, to;

    g_date_clear (&from, 1);
    g_date_clear (&to, 1);
    g_date_set_julian (&from, gap_from);
    g_date_set_julian (&to, gap_to);
    cg_json_add_date (builder, "from", &from);
    cg_json_add_date (builder, "to", &to);
    add_int (builder, "days", gap_to - gap_from);
    add_int (builder, "working_days", cg_calendar_count_working_days (calendar, &from, &to));
  }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "entries");
  json_builder_begin_array (builder);
  for (guint i = 0; i < cg_report_get_n_deadlines (self->report); i++)
    {
      const CgDeadlineRecord *deadline = cg_report_peek_deadline (self->report, i);

      if (!g_str_equal (deadline->rule, "child-seen") || !entry_in_period (self, deadline))
        continue;
      cg_report_json_add_deadline (&(CgJsonOut) { builder }, deadline);
      latest = deadline;
    }
  json_builder_end_array (builder);

  /* The figure in force at the end of the period is the one the last
   * entry was counted with. */
  if (latest != NULL)
    {
      cg_json_add_string (builder, "figure", latest->description);
      cg_json_add_string (builder, "figure_source", latest->source);
    }

  json_builder_set_member_name (builder, "decisions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (decisions); i++)
    {
      g_autoptr(CgConferenceDecision) decision = g_list_model_get_item (decisions, i);
      g_autofree char *span = NULL;

      if (g_date_compare (cg_conference_decision_get_conference (decision), self->as_of) > 0 ||
          (!g_str_equal (cg_conference_decision_get_rule (decision), "child-seen") &&
           !g_str_equal (cg_conference_decision_get_rule (decision), "not-seen-alone")))
        continue;
      json_builder_begin_object (builder);
      cg_json_add_date (builder, "conference", cg_conference_decision_get_conference (decision));
      cg_json_add_string (builder, "rule", cg_conference_decision_get_rule (decision));
      if (cg_conference_decision_get_value (decision) > 0)
        {
          span = cg_rules_describe_span (cg_conference_decision_get_value (decision),
                                         cg_conference_decision_get_unit (decision));
          cg_json_add_string (builder, "figure", span);
        }
      cg_json_add_flag (builder, "off", cg_conference_decision_get_off (decision));
      cg_json_add_strv (builder, "by", cg_conference_decision_get_by (decision));
      cg_json_add_string (builder, "reason", cg_conference_decision_get_reason (decision));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Per rule, in catalogue order of first appearance: the entries due in the
 * period (or still overdue from before it) by status. */
static void
add_compliance (CgReviewReport *self,
                JsonBuilder    *builder)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new ();
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < cg_report_get_n_deadlines (self->report); i++)
    {
      const CgDeadlineRecord *deadline = cg_report_peek_deadline (self->report, i);
      const char *rule = deadline->rule;
      guint *count;

      if (!entry_in_period (self, deadline))
        continue;
      count = g_hash_table_lookup (counts, rule);
      if (count == NULL)
        {
          count = g_new0 (guint, 5);
          g_hash_table_insert (counts, (gpointer) rule, count);
          g_ptr_array_add (rules, (gpointer) rule);
        }
      if (deadline->acknowledgement != NULL)
        count[4]++;
      else
        count[deadline->status]++;
    }

  json_builder_set_member_name (builder, "compliance");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rules->len; i++)
    {
      const guint *count = g_hash_table_lookup (counts, g_ptr_array_index (rules, i));

      json_builder_begin_object (builder);
      cg_json_add_string (builder, "rule", g_ptr_array_index (rules, i));
      add_int (builder, "met", count[CG_DEADLINE_STATUS_MET]);
      add_int (builder, "late", count[CG_DEADLINE_STATUS_LATE]);
      add_int (builder, "overdue", count[CG_DEADLINE_STATUS_OVERDUE]);
      add_int (builder, "acknowledged", count[4]);
      add_int (builder, "pending", count[CG_DEADLINE_STATUS_PENDING]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_findings (CgReviewReport *self,
              JsonBuilder    *builder)
{
  GListModel *findings = cg_report_get_findings (self->report);

  cg_report_json_add_all (&(CgJsonOut) { builder }, "findings", findings, (CgReportJsonAddFunc) cg_report_json_add_finding);
}

static void
add_follow_up (CgReviewReport *self,
               CgCase         *kase,
               JsonBuilder    *builder)
{
  GListModel *open = cg_report_get_open_escalations (self->report);
  GListModel *requests = cg_case_get_review_requests (kase);

  cg_report_json_add_all (&(CgJsonOut) { builder }, "open_escalations", open, (CgReportJsonAddFunc) cg_report_json_add_open_escalation);

  json_builder_set_member_name (builder, "review_requests");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(CgReviewRequest) request = g_list_model_get_item (requests, i);

      if (!in_period (self, cg_review_request_get_date (request)))
        continue;
      json_builder_begin_object (builder);
      cg_json_add_date (builder, "date", cg_review_request_get_date (request));
      add_member (builder, kase, "by", cg_review_request_get_by (request));
      cg_json_add_enum (builder, "direction", CG_TYPE_REVIEW_DIRECTION, cg_review_request_get_direction (request));
      cg_json_add_string (builder, "reason", cg_review_request_get_reason (request));
      cg_json_add_enum (builder, "decision", CG_TYPE_REVIEW_DECISION, cg_review_request_get_decision (request));
      cg_json_add_date (builder, "decided_on", cg_review_request_get_decided_on (request));
      cg_json_add_string (builder, "decided_by", cg_review_request_get_decided_by (request));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The review conference's own record, where the core group's
 * recommendation is kept. */
static void
add_recommendation (CgReviewReport *self,
                    CgCase         *kase,
                    JsonBuilder    *builder)
{
  GListModel *reviews = cg_case_get_review_conferences (kase);

  json_builder_set_member_name (builder, "recommendation");
  for (guint i = 0; self->booked && i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(CgConference) review = g_list_model_get_item (reviews, i);

      if (g_date_compare (cg_conference_get_date (review), self->conference) != 0 ||
          cg_conference_get_recommendation (review) == CG_PLAN_RECOMMENDATION_NONE)
        continue;
      json_builder_begin_object (builder);
      cg_json_add_string (builder, "plan", nick (CG_TYPE_PLAN_RECOMMENDATION, cg_conference_get_recommendation (review)));
      cg_json_add_string (builder, "reason", cg_conference_get_recommendation_reason (review));
      cg_json_add_string (builder, "meeting", cg_conference_get_recommendation_meeting (review));
      json_builder_end_object (builder);
      return;
    }
  json_builder_add_null_value (builder);
}

/**
 * cg_review_report_new:
 * @kase: a case
 * @policy: the policy to evaluate it under, usually the case's own
 * @review: (nullable): the day of the review conference, which the case
 *   must record; %NULL for the next one: the first recorded on or after
 *   @today, or else the day the next review falls due under @policy
 * @today: the day of writing
 * @error: return location for a #GError
 *
 * Builds the report to a review conference. The period it covers starts
 * at the latest conference before it (the initial conference, or a review
 * held) and ends on the conference's day, or @today when the conference
 * is still to come; the case is evaluated as of that end.
 *
 * Fails with %CG_CASE_ERROR_INVALID when no review conference is recorded
 * on @review, or when @review is %NULL and none is booked or due.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CgReviewReport *
cg_review_report_new (CgCase       *kase,
                      CgPolicy     *policy,
                      const GDate  *review,
                      const GDate  *today,
                      GError      **error)
{
  g_autoptr(CgReviewReport) self = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(CgCalendar) calendar = NULL;

  g_return_val_if_fail (CG_IS_CASE (kase), NULL);
  g_return_val_if_fail (CG_IS_POLICY (policy), NULL);
  g_return_val_if_fail (review == NULL || g_date_valid (review), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CG_TYPE_REVIEW_REPORT, NULL);
  if (cg_case_get_initial_conference (kase) == NULL)
    {
      g_set_error_literal (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID,
                           /* Translators: "initial_conference" is a field's
                            * name and stays as it is. */
                           _("initial_conference: a report to a review conference needs the initial conference"));
      return NULL;
    }
  if (!find_conference (self, kase, policy, review, today, error))
    return NULL;

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  cg_json_add_string (builder, "case", cg_case_get_id (kase));
  cg_json_add_string (builder, "child", cg_case_get_child_name (kase));
  cg_json_add_string (builder, "policy", cg_policy_get_id (policy));
  cg_json_add_string (builder, "policy_name", cg_policy_get_name (policy));
  cg_json_add_date (builder, "today", today);
  add_conference (self, kase, builder);
  find_period (self, kase, today, builder);

  calendar = cg_calendar_new (cg_policy_get_division (policy));
  self->report = cg_policy_evaluate_with_calendar (policy, kase, calendar, self->as_of, error);
  if (self->report == NULL)
    return NULL;

  add_plan_changes (self, kase, builder);
  add_dissent (self, kase, builder);
  add_outcomes (self, kase, builder);
  add_core_groups (self, kase, policy, builder);
  add_missed_core_groups (self, builder);
  add_child_seen (self, kase, calendar, builder);
  add_compliance (self, builder);
  add_findings (self, builder);
  add_follow_up (self, kase, builder);
  add_recommendation (self, kase, builder);
  json_builder_end_object (builder);
  self->root = json_builder_get_root (builder);

  return g_steal_pointer (&self);
}

/**
 * cg_review_report_get_conference_date:
 * @self: a review report
 *
 * Gets the day of the review conference the report is for.
 *
 * Returns: (transfer none): the date
 */
GDate *
cg_review_report_get_conference_date (CgReviewReport *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  return self->conference;
}

/**
 * cg_review_report_get_booked:
 * @self: a review report
 *
 * Gets whether the case records the conference, held or booked; %FALSE
 * when the report is for the day the next review falls due.
 *
 * Returns: %TRUE for a recorded conference
 */
gboolean
cg_review_report_get_booked (CgReviewReport *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), FALSE);

  return self->booked;
}

/**
 * cg_review_report_get_period_start:
 * @self: a review report
 *
 * Gets the first day of the period the report covers: the day of the
 * previous conference.
 *
 * Returns: (transfer none): the date
 */
GDate *
cg_review_report_get_period_start (CgReviewReport *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  return self->period_start;
}

/**
 * cg_review_report_get_period_end:
 * @self: a review report
 *
 * Gets the last day of the period the report covers: the conference's
 * day, or the day of writing for a conference still to come.
 *
 * Returns: (transfer none): the date
 */
GDate *
cg_review_report_get_period_end (CgReviewReport *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  return self->as_of;
}

/**
 * cg_review_report_get_report:
 * @self: a review report
 *
 * Gets the evaluation the report was built from, as of the end of its
 * period.
 *
 * Returns: (transfer none): the deadline report
 */
CgReport *
cg_review_report_get_report (CgReviewReport *self)
{
  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  return self->report;
}

/**
 * cg_review_report_to_json:
 * @self: a review report
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes the report as JSON, in the form `coregroup report --format json`
 * prints ([the documents](documents.html)).
 *
 * Returns: (transfer full): the JSON text
 */
char *
cg_review_report_to_json (CgReviewReport *self,
                          gsize          *length)
{
  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  return cg_json_to_text (self->root, length);
}

/**
 * cg_review_report_to_text:
 * @self: a review report
 *
 * Writes the report as plain text, wrapped at 78 columns.
 *
 * Returns: (transfer full): the text
 */
char *
cg_review_report_to_text (CgReviewReport *self)
{
  g_autoptr(CgDocument) document = NULL;

  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  document = cg_review_report_document_new (json_node_get_object (self->root));
  return cg_document_to_text (document);
}

/**
 * cg_review_report_to_html:
 * @self: a review report
 *
 * Writes the report as one self-contained HTML document, laid out for
 * printing on A4 and headed with the case id and the conference's day. It
 * holds no script and fetches nothing.
 *
 * Returns: (transfer full): the HTML text
 */
char *
cg_review_report_to_html (CgReviewReport *self)
{
  g_autoptr(CgDocument) document = NULL;

  g_return_val_if_fail (CG_IS_REVIEW_REPORT (self), NULL);

  document = cg_review_report_document_new (json_node_get_object (self->root));
  return cg_document_to_html (document);
}
