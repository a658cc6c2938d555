/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The checks (doc/rules.md, "Checks"): findings without a due date. Each
 * message says what is wrong in words a social worker can act on, and
 * ends with the paragraph the policy cites for it. */

#include "config.h"

#include <string.h>

#include "domain/cg-meeting-private.h"
#include "domain/cg-case-private.h"
#include "domain/cg-plan-history-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"
#include "util/cg-util-private.h"

/* Every finding of a check has the severity the catalogue gives it. */
G_GNUC_PRINTF (4, 5)
static void
add_finding (const CgRuleContext *ctx,
             const CgRuleSetting *setting,
             const char          *subject,
             const char          *format,
             ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  cg_rules_add_finding (ctx, setting, setting->rule->severity, subject, text);
}

/* A concern an open escalation already covers says so and drops to info
 * (doc/rules.md, "Escalations"): somebody has acted on it. */
static void
add_concern (const CgRuleContext *ctx,
             const CgRuleSetting *setting,
             const char          *subject,
             const char          *agency,
             const char          *text)
{
  CgEscalation *escalation = cg_rules_covering_escalation (ctx, subject, agency);
  g_autofree char *escalated = NULL;
  g_autofree char *covered = NULL;

  if (escalation == NULL)
    {
      cg_rules_add_finding (ctx, setting, setting->rule->severity, subject, text);
      return;
    }

  escalated = cg_rules_describe_escalation (escalation, ctx->today);
  /* Translators: a concern, then "escalated on 5 Jan 2027: agency managers". */
  covered = cg_strdup_format (_("%s; %s"), text, escalated);
  cg_rules_add_finding (ctx, setting, CG_SEVERITY_INFO, subject, covered);
}

static char *
meeting_label (CgMeeting *meeting)
{
  g_autofree char *when = cg_rules_describe_date (cg_meeting_get_date (meeting));

  /* Translators: a core group meeting as the checks' messages name it; %s is
   * its date, "17 Nov 2026". The messages use it at the start and in the
   * middle of a sentence, so a language that needs a form for each may give
   * one that reads well in both. */
  return cg_strdup_format (_("Core group of %s"), when);
}

/* quorum: at least two professional members present (Suffolk 4.7). */
void
cg_check_quorum (const CgRuleContext *ctx,
              const CgRuleSetting *setting)
{

  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      guint present = cg_core_group_count_professionals_present (ctx->group, meeting);
      g_autofree char *label = NULL;

      if (present >= (guint) setting->minimum)
        continue;

      label = meeting_label (meeting);
      add_finding (ctx, setting, cg_meeting_get_id (meeting),
                   /* Translators: the meeting ("Core group of 17 Nov 2026")
                    * and how many professional members attended. */
                   cg_ngettext ("%s was not quorate: only %u professional member attended",
                                "%s was not quorate: only %u professional members attended", present),
                   label, present);
    }
}

/* key-worker-absent: the key worker or a representative must always attend
 * (Haringey, "Attendance at meetings"). The key worker is the lead social
 * worker, represented only when their own attendance is a substitute: a
 * colleague who came in their own right did not stand in, and reading them
 * as if they had would hide exactly the meetings this check is for. */
void
cg_check_key_worker_absent (const CgRuleContext *ctx,
                         const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      gboolean represented = FALSE;
      g_autoptr(GString) others = g_string_new (NULL);
      g_autofree char *label = NULL;

      for (guint j = 0; j < cg_meeting_get_n_attendance (meeting); j++)
        {
          const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, j);
          const char *id = entry->member_id;
          CgMember *member = cg_core_group_lookup_member (ctx->group, id);

          if (member == NULL || !cg_attendance_fields_attended (entry))
            continue;
          if (cg_member_get_role (member) == CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER)
            represented = TRUE;
          else if (cg_member_role_is_social_care (cg_member_get_role (member)))
            cg_string_append_format (others, "%s%s", others->len > 0 ? ", " : "", cg_rules_member_name (ctx->group, id));
        }

      if (represented)
        continue;

      label = meeting_label (meeting);
      if (others->len == 0)
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: %s is the meeting, "Core group of 17 Nov
                      * 2026". */
                     _("%s went ahead without the key worker or a substitute for them"), label);
      else
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: the meeting ("Core group of 17 Nov
                      * 2026"), and the names of the social care members who
                      * attended; "substitute" is the attendance status the
                      * record gives. */
                     _("%s went ahead without the key worker or a substitute for them (%s attended in their own "
                       "right; if one stood in for the key worker, record the key worker's attendance as substitute)"),
                     label, others->str);
    }
}

/* absent-without-report: a professional who cannot attend sends a written
 * report (Suffolk 4.6; Haringey, "Attendance at meetings"). */
void
cg_check_absent_without_report (const CgRuleContext *ctx,
                             const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);

      for (guint j = 0; j < cg_meeting_get_n_attendance (meeting); j++)
        {
          const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, j);
          const char *id = entry->member_id;
          CgMember *member = cg_core_group_lookup_member (ctx->group, id);
          g_autofree char *label = NULL;

          if (member == NULL || !cg_member_get_professional (member) ||
              cg_attendance_fields_attended (entry) || entry->written_report)
            continue;

          label = meeting_label (meeting);
          add_finding (ctx, setting, id,
                       /* Translators: a member's name, their agency (or "no
                        * agency recorded") and the meeting ("Core group of 17
                        * Nov 2026"). */
                       _("%s (%s) missed the %s and sent no written report"),
                       cg_rules_member_name (ctx->group, id), cg_member_get_agency (member) != NULL
                         ? cg_member_get_agency (member) : _("no agency recorded"),
                       label);
        }
    }
}

/* child-views-missing: the child's views, wishes and feelings considered at
 * each core group (Suffolk 3.3, 6.1). */
void
cg_check_child_views_missing (const CgRuleContext *ctx,
                           const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      g_autofree char *label = NULL;

      if (!cg_is_blank (cg_meeting_get_child_views (meeting)))
        continue;

      label = meeting_label (meeting);
      add_finding (ctx, setting, cg_meeting_get_id (meeting),
                   /* Translators: %s is the meeting, "Core group of 17 Nov
                    * 2026". */
                   _("%s did not record the child's views, wishes and feelings"), label);
    }
}

/* next-meeting-missing: the date and venue of the next meeting confirmed
 * and minuted at the end of each meeting (Suffolk 3.5). Not asked of a
 * meeting held once the plan had ended. */
void
cg_check_next_meeting_missing (const CgRuleContext *ctx,
                            const CgRuleSetting *setting)
{
  GDate *ended = cg_case_get_plan_ended (ctx->kase);

  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      gboolean has_date = cg_meeting_get_next_meeting_date (meeting) != NULL;
      gboolean has_venue = !cg_is_blank (cg_meeting_get_next_meeting_venue (meeting));
      g_autofree char *label = NULL;

      if ((has_date && has_venue) ||
          (ended != NULL && g_date_compare (cg_meeting_get_date (meeting), ended) >= 0))
        continue;

      label = meeting_label (meeting);
      if (!has_date && !has_venue)
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: %s is the meeting, "Core group of 17 Nov
                      * 2026". */
                     _("%s did not record the date and venue of the next meeting"), label);
      else if (!has_date)
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: %s is the meeting, "Core group of 17 Nov
                      * 2026". */
                     _("%s did not record the date of the next meeting"), label);
      else
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: %s is the meeting, "Core group of 17 Nov
                      * 2026". */
                     _("%s did not record the venue of the next meeting"), label);
    }
}

/* first-meeting-chair: the first core group chaired by the key worker's
 * team manager (Haringey, "Chairing of meetings"). */
void
cg_check_first_meeting_chair (const CgRuleContext *ctx,
                           const CgRuleSetting *setting)
{
  CgMeeting *first;
  const char *chair_id;
  CgMember *chair;
  g_autofree char *label = NULL;

  if (ctx->core_groups->len == 0)
    return;

  first = g_ptr_array_index (ctx->core_groups, 0);
  chair_id = cg_meeting_get_chair (first);
  chair = chair_id != NULL ? cg_core_group_lookup_member (ctx->group, chair_id) : NULL;
  if (chair != NULL && cg_member_get_role (chair) == CG_MEMBER_ROLE_TEAM_MANAGER)
    return;

  label = meeting_label (first);
  if (chair == NULL)
    add_finding (ctx, setting, cg_meeting_get_id (first),
                 /* Translators: %s is the meeting, "Core group of 17 Nov
                  * 2026". */
                 _("%s, the first, has no chair recorded; it should be chaired by the key worker's team manager"),
                 label);
  else
    add_finding (ctx, setting, cg_meeting_get_id (first),
                 /* Translators: the meeting ("Core group of 17 Nov 2026") and
                  * the chair's name. */
                 _("%s, the first, was chaired by %s, not the key worker's team manager"),
                 label, cg_rules_member_name (ctx->group, chair_id));
}

/* chair-not-agreed: the first core group agrees a chair and vice chair
 * (Haringey, "Frequency of meetings"). */
void
cg_check_chair_not_agreed (const CgRuleContext *ctx,
                        const CgRuleSetting *setting)
{
  CgMeeting *first;
  g_autofree char *label = NULL;
  gboolean chair, vice;

  if (ctx->core_groups->len == 0)
    return;

  first = g_ptr_array_index (ctx->core_groups, 0);
  chair = cg_meeting_get_agreed_chair (first) != NULL;
  vice = cg_meeting_get_agreed_vice_chair (first) != NULL;
  if (chair && vice)
    return;

  label = meeting_label (first);
  if (!chair && !vice)
    /* Translators: %s is the meeting, "Core group of 17 Nov 2026". */
    add_finding (ctx, setting, cg_meeting_get_id (first), _("%s, the first, did not agree a chair and vice chair"),
                 label);
  else if (!chair)
    /* Translators: %s is the meeting, "Core group of 17 Nov 2026". */
    add_finding (ctx, setting, cg_meeting_get_id (first), _("%s, the first, did not agree a chair"), label);
  else
    /* Translators: %s is the meeting, "Core group of 17 Nov 2026". */
    add_finding (ctx, setting, cg_meeting_get_id (first), _("%s, the first, did not agree a vice chair"), label);
}

/* chair-is-key-worker: good practice separates key working from chairing
 * (South East Wales, "The Core Group should"). */
void
cg_check_chair_is_key_worker (const CgRuleContext *ctx,
                           const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      const char *chair_id = cg_meeting_get_chair (meeting);
      CgMember *chair = chair_id != NULL ? cg_core_group_lookup_member (ctx->group, chair_id) : NULL;
      g_autofree char *label = NULL;

      if (chair == NULL || cg_member_get_role (chair) != CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER)
        continue;

      label = meeting_label (meeting);
      add_finding (ctx, setting, cg_meeting_get_id (meeting),
                   /* Translators: %s is the meeting, "Core group of 17 Nov
                    * 2026". */
                   _("%s was chaired by the key worker; good practice is for another member to chair"),
                   label);
    }
}

/* interpreter-missing: a member who needs an interpreter attended without
 * one (Suffolk 5.1; Haringey, "Attendance at meetings"; Hertfordshire). */
void
cg_check_interpreter_missing (const CgRuleContext *ctx,
                           const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);

      for (guint j = 0; j < cg_meeting_get_n_attendance (meeting); j++)
        {
          const CgAttendanceFields *entry = cg_meeting_peek_attendance (meeting, j);
          const char *id = entry->member_id;
          CgMember *member = cg_core_group_lookup_member (ctx->group, id);
          g_autofree char *label = NULL;

          if (member == NULL || !cg_member_get_needs_interpreter (member) ||
              entry->status != CG_ATTENDANCE_STATUS_PRESENT ||
              entry->interpreter)
            continue;

          label = meeting_label (meeting);
          add_finding (ctx, setting, cg_meeting_get_id (meeting),
                       /* Translators: a member's name and the meeting ("Core
                        * group of 17 Nov 2026"). */
                       _("%s needs an interpreter but attended the %s without one"),
                       cg_rules_member_name (ctx->group, id), label);
        }
    }
}

/* A lead social worker's visit and its place in the record. */
typedef struct
{
  const CgContactFields *contact;
  guint                  index;
} Visit;

static int
compare_visits (gconstpointer a,
                gconstpointer b)
{
  const Visit *x = a, *y = b;
  int by_date = g_date_compare (cg_contact_fields_get_date (x->contact), cg_contact_fields_get_date (y->contact));

  /* Visits on one day stay in the record's order. */
  return by_date != 0 ? by_date : (x->index > y->index) - (x->index < y->index);
}

/* not-seen-alone: the lead social worker sees the child alone, except a
 * pre-verbal child. `every-visit` (Haringey, "The key worker": "alone on
 * each occasion"): each visit not alone is a finding. `some-visits`
 * (Suffolk 8.1: alone "as well as in the company of their parents"): a
 * finding on each visit that makes `minimum` or more visits in a row not
 * alone. Only the lead social worker's visits count; others neither break
 * nor extend a run. */
void
cg_check_not_seen_alone (const CgRuleContext *ctx,
                         const CgRuleSetting *setting)
{
  g_autoptr(GArray) visits = g_array_new (FALSE, FALSE, sizeof (Visit));
  gboolean every_visit = g_strcmp0 (setting->mode, "some-visits") != 0;
  int run = 0;

  if (cg_case_get_child_pre_verbal (ctx->kase))
    return;

  for (guint i = 0; i < cg_case_get_n_contacts (ctx->kase); i++)
    {
      /* The case's list keeps its own reference while the rule runs. */
      const CgContactFields *contact = cg_case_peek_contact (ctx->kase, i);
      CgMember *by = cg_core_group_lookup_member (ctx->group, contact->by);
      Visit visit = { contact, i };

      /* From a conference that turned the check off for the case on, a
       * visit is not judged (Haringey, "The key worker": "unless
       * recommended otherwise by the child protection conference"). */
      if (by != NULL && cg_member_get_role (by) == CG_MEMBER_ROLE_LEAD_SOCIAL_WORKER &&
          contact->seen &&
          g_date_compare (cg_contact_fields_get_date (contact), ctx->today) <= 0 &&
          cg_rules_decision_in_force (ctx, setting->rule->id, cg_contact_fields_get_date (contact)) == NULL)
        g_array_append_val (visits, visit);
    }
  g_array_sort (visits, compare_visits);

  for (guint i = 0; i < visits->len; i++)
    {
      const CgContactFields *contact = g_array_index (visits, Visit, i).contact;
      g_autofree char *subject = cg_rules_contact_subject (contact, g_array_index (visits, Visit, i).index);
      g_autofree char *when = NULL;

      if (contact->seen_alone)
        {
          run = 0;
          continue;
        }
      run++;
      if (!every_visit && run < setting->minimum)
        continue;

      when = cg_rules_describe_date (cg_contact_fields_get_date (contact));
      if (every_visit)
        /* Translators: %s is the visit's date, "17 Nov 2026". */
        add_finding (ctx, setting, subject, _("The lead social worker's visit of %s did not see the child alone"), when);
      else
        add_finding (ctx, setting, subject,
                     /* Translators: the visit's date ("17 Nov 2026") and how
                      * many visits in a row did not see the child alone (at
                      * least 2). */
                     cg_ngettext ("The lead social worker's visit of %s did not see the child alone: %d visit in a row "
                                  "without seeing them alone",
                                  "The lead social worker's visit of %s did not see the child alone: %d visits in a row "
                                  "without seeing them alone", (gulong) run), when, run);
    }
}

/* The plan sections a policy may require, and how each is found empty. */
static gboolean
outcomes_empty (CgChildProtectionPlan *plan)
{
  return cg_items_len (cg_child_protection_plan_get_outcomes (plan)) == 0;
}

static gboolean
actions_empty (CgChildProtectionPlan *plan)
{
  return cg_items_len (cg_child_protection_plan_get_actions (plan)) == 0;
}

static gboolean
needs_empty (CgChildProtectionPlan *plan)
{
  return cg_child_protection_plan_get_needs (plan) == NULL;
}

static gboolean
risks_empty (CgChildProtectionPlan *plan)
{
  return cg_child_protection_plan_get_risks (plan) == NULL;
}

static gboolean
strengths_empty (CgChildProtectionPlan *plan)
{
  return cg_child_protection_plan_get_strengths (plan) == NULL;
}

static gboolean
contingency_empty (CgChildProtectionPlan *plan)
{
  return cg_is_blank (cg_child_protection_plan_get_contingency (plan));
}

static gboolean
contact_arrangements_empty (CgChildProtectionPlan *plan)
{
  return cg_is_blank (cg_child_protection_plan_get_contact_arrangements (plan));
}

/* @missing: plan-incomplete's message when the section is empty. */
static const struct
{
  const char *name;
  gboolean  (*is_empty) (CgChildProtectionPlan *plan);
  const char *missing;
} plan_sections[] = {
  { "outcomes", outcomes_empty, N_("The child protection plan has no outcomes") },
  { "actions", actions_empty, N_("The child protection plan has no actions") },
  { "needs", needs_empty, N_("The child protection plan has no needs") },
  { "risks", risks_empty, N_("The child protection plan has no risks") },
  { "strengths", strengths_empty, N_("The child protection plan has no strengths") },
  { "contingency", contingency_empty, N_("The child protection plan has no contingency") },
  /* Translators: the section of the plan that says how and how often the
   * child and family are seen, and by whom. */
  { "contact-arrangements", contact_arrangements_empty, N_("The child protection plan has no contact-arrangements") },
};

static int
find_plan_section (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (plan_sections); i++)
    if (g_str_equal (plan_sections[i].name, name))
      return (int) i;
  return -1;
}

gboolean
cg_rules_is_plan_section (const char *name)
{
  return find_plan_section (name) >= 0;
}

/* plan-incomplete: a section the policy requires is empty (Suffolk 7.2;
 * Haringey and City & Hackney, "The Child Protection Plan"). Judged once the
 * first core group, which develops the plan, has been held. The policy
 * reader accepts only the sections above. */
void
cg_check_plan_incomplete (const CgRuleContext *ctx,
                          const CgRuleSetting *setting)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (ctx->kase);

  if (ctx->core_groups->len == 0)
    return;

  for (guint i = 0; setting->sections[i] != NULL; i++)
    {
      int section = find_plan_section (setting->sections[i]);

      if (section >= 0 && plan_sections[section].is_empty (plan))
        cg_rules_add_finding (ctx, setting, setting->rule->severity, cg_case_get_id (ctx->kase),
                              _(plan_sections[section].missing));
    }
}

/* action-overdue: an agreed action past its due date and not done: drift
 * (Suffolk 3.2; South East Wales, "Escalation Process"). */
void
cg_check_action_overdue (const CgRuleContext *ctx,
                      const CgRuleSetting *setting)
{
  GListModel *actions = cg_child_protection_plan_get_actions (cg_case_get_plan (ctx->kase));

  for (guint i = 0; i < cg_items_len (actions); i++)
    {
      CgAction *action = cg_items_peek (actions, i);
      GDate *ended = cg_case_get_plan_ended (ctx->kase);
      g_autofree char *when = NULL;
      g_autofree char *text = NULL;

      /* An action due on or after the day the plan ended fell with it. */
      if (!cg_action_is_overdue (action, ctx->today) ||
          (ended != NULL && g_date_compare (cg_action_get_due (action), ended) >= 0))
        continue;

      when = cg_rules_describe_date (cg_action_get_due (action));
      /* Translators: the action's description, its owner's name (or "no
       * owner") and its due date, "17 Nov 2026". */
      text = cg_strdup_format (_("Action “%s” (%s) was due on %s and is not done"),
                               cg_action_get_description (action),
                               cg_action_get_owner (action) != NULL
                                ? cg_rules_member_name (ctx->group, cg_action_get_owner (action)) : _("no owner"),
                               when);
      add_concern (ctx, setting, cg_action_get_id (action), NULL, text);
    }
}

/* attendance-concern: a professional member missed several core groups in
 * a row; the lead social worker tells the conference chair (Suffolk 4.8;
 * South East Wales, "Escalation Process"). One finding per run, at the
 * meeting where the run reached the policy's number. */
void
cg_check_attendance_concern (const CgRuleContext *ctx,
                          const CgRuleSetting *setting)
{
  GListModel *members = cg_core_group_get_members (ctx->group);

  for (guint m = 0; m < cg_items_len (members); m++)
    {
      CgMember *member = cg_items_peek (members, m);
      int run = 0;

      if (!cg_member_get_professional (member))
        continue;

      for (guint i = 0; i < ctx->core_groups->len; i++)
        {
          CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
          const CgAttendanceFields *entry = cg_meeting_find_attendance (meeting, cg_member_get_id (member));
          g_autofree char *label = NULL;
          g_autofree char *text = NULL;

          /* A member not on the attendance list at all is not counted either way. */
          if (entry == NULL)
            continue;
          if (cg_attendance_fields_attended (entry))
            {
              run = 0;
              continue;
            }

          if (++run != setting->minimum)
            continue;

          label = meeting_label (meeting);
          /* Translators: a member's name, their agency (or "no agency
           * recorded"), how many core groups they missed in a row (at least
           * 2), the last of them ("Core group of 17 Nov 2026"), and the
           * escalation route, in the policy's own words. */
          text = cg_strdup_format (cg_ngettext ("%s (%s) has missed %d core group in a row, the last being the %s; %s",
                                               "%s (%s) has missed %d core groups in a row, the last being the %s; %s",
                                               (gulong) run),
                                   cg_rules_member_name (ctx->group, cg_member_get_id (member)),
                                   cg_member_get_agency (member) != NULL ? cg_member_get_agency (member)
                                                                        : _("no agency recorded"),
                                   run, label, _(setting->route));
          add_concern (ctx, setting, cg_member_get_id (member), cg_member_get_agency (member), text);
        }
    }
}

typedef enum
{
  HISTORY_REMOVED,
  HISTORY_OUTCOME_OUTSIDE_CONFERENCE,
  HISTORY_NO_REASON,
} HistoryCheck;

static gboolean
is_action (CgPlanChangeKind kind)
{
  return kind == CG_PLAN_CHANGE_KIND_ADD_ACTION || kind == CG_PLAN_CHANGE_KIND_REMOVE_ACTION;
}

/* The three plan-integrity rules, on the recorded history: the API refuses
 * such changes, but a record written elsewhere may contain them. A change
 * recorded as a conference's is one only on a day a conference sat (the
 * initial conference, or a review held); otherwise it is the core group's. */
static void
check_history (const CgRuleContext *ctx,
               const CgRuleSetting *setting,
               HistoryCheck         which)
{
  GListModel *history = cg_child_protection_plan_get_history (cg_case_get_plan (ctx->kase));
  g_autoptr(GHashTable) conference_days = cg_plan_history_conference_days (ctx->kase);

  for (guint i = 0; i < cg_items_len (history); i++)
    {
      CgPlanChange *change = cg_items_peek (history, i);
      CgPlanChangeKind kind = cg_plan_change_get_kind (change);
      gboolean by_conference = cg_plan_history_by_conference (change, conference_days);
      gboolean claimed = cg_plan_change_get_source (change) == CG_PLAN_CHANGE_SOURCE_CONFERENCE;
      gboolean added;
      const char *target = cg_plan_change_get_target (change);
      g_autofree char *subject = target != NULL ? g_strdup (target) : cg_strdup_format ("plan.history[%u]", i);
      g_autofree char *when = cg_rules_describe_date (cg_plan_change_get_date (change));

      switch (which)
        {
        case HISTORY_REMOVED:
          if (by_conference || (kind != CG_PLAN_CHANGE_KIND_REMOVE_ACTION &&
                                kind != CG_PLAN_CHANGE_KIND_REMOVE_OUTCOME))
            break;
          add_finding (ctx, setting, subject,
                       claimed ? (is_action (kind)
                                  /* Translators: the item's id and the date of
                                   * the change, "17 Nov 2026". */
                                  ? _("Agreed action “%s” was removed on %s by a change recorded as a conference's, "
                                      "but the date matches no conference; only a conference may remove it")
                                  /* Translators: the item's id and the date of
                                   * the change, "17 Nov 2026". */
                                  : _("Agreed outcome “%s” was removed on %s by a change recorded as a conference's, "
                                      "but the date matches no conference; only a conference may remove it"))
                               : (is_action (kind)
                                  /* Translators: the item's id and the date of
                                   * the change, "17 Nov 2026". */
                                  ? _("The core group removed agreed action “%s” on %s; only a conference may")
                                  /* Translators: the item's id and the date of
                                   * the change, "17 Nov 2026". */
                                  : _("The core group removed agreed outcome “%s” on %s; only a conference may")),
                       target != NULL ? target : "?", when);
          break;

        case HISTORY_OUTCOME_OUTSIDE_CONFERENCE:
          if (by_conference || (kind != CG_PLAN_CHANGE_KIND_ADD_OUTCOME &&
                                kind != CG_PLAN_CHANGE_KIND_REVISE_OUTCOME))
            break;
          added = kind == CG_PLAN_CHANGE_KIND_ADD_OUTCOME;
          add_finding (ctx, setting, subject,
                       claimed ? (added
                                  /* Translators: the outcome's id and the date
                                   * of the change, "17 Nov 2026". */
                                  ? _("Outcome “%s” was added on %s by a change recorded as a conference's, but the "
                                      "date matches no conference; outcomes change only through a conference")
                                  /* Translators: the outcome's id and the date
                                   * of the change, "17 Nov 2026". */
                                  : _("Outcome “%s” was changed on %s by a change recorded as a conference's, but the "
                                      "date matches no conference; outcomes change only through a conference"))
                               : (added
                                  /* Translators: the outcome's id and the date
                                   * of the change, "17 Nov 2026". */
                                  ? _("Outcome “%s” was added by the core group on %s; outcomes change only through "
                                      "a conference")
                                  /* Translators: the outcome's id and the date
                                   * of the change, "17 Nov 2026". */
                                  : _("Outcome “%s” was changed by the core group on %s; outcomes change only "
                                      "through a conference")),
                       target != NULL ? target : "?", when);
          break;

        case HISTORY_NO_REASON:
          if (cg_is_blank (cg_plan_change_get_reason (change)))
            add_finding (ctx, setting, subject,
                         /* Translators: the date of the change ("17 Nov
                          * 2026") and who made it. */
                         _("The change to the plan on %s by %s has no recorded reason"),
                         when, cg_plan_change_get_author (change));
          break;
        }
    }
}

/* A finding for each item the history reading found (cg-plan-history.c):
 * @which says whether they were found missing from the plan or reworded.
 * Each names the item by id, and the day of the entry it was found by. */
static void
add_item_findings (const CgRuleContext *ctx,
                   const CgRuleSetting *setting,
                   GArray              *items,
                   HistoryCheck         which)
{
  GListModel *history = cg_child_protection_plan_get_history (cg_case_get_plan (ctx->kase));

  for (guint i = 0; i < items->len; i++)
    {
      const CgPlanHistoryItem *item = &g_array_index (items, CgPlanHistoryItem, i);
      CgPlanChange *change = cg_items_peek (history, item->entry);
      g_autofree char *when = cg_rules_describe_date (cg_plan_change_get_date (change));

      if (which == HISTORY_REMOVED && is_action (item->kind))
        add_finding (ctx, setting, item->id,
                     /* Translators: the item's id and the date of the
                      * history's entry, "17 Nov 2026". */
                     _("Agreed action “%s”, added to the plan on %s as its history records, is no longer in the plan, "
                       "and no conference removed it"),
                     item->id, when);
      else if (which == HISTORY_REMOVED)
        add_finding (ctx, setting, item->id,
                     /* Translators: the item's id and the date of the
                      * history's entry, "17 Nov 2026". */
                     _("Agreed outcome “%s”, added to the plan on %s as its history records, is no longer in the "
                       "plan, and no conference removed it"),
                     item->id, when);
      else
        add_finding (ctx, setting, item->id,
                     /* Translators: the outcome's id and the date of the
                      * history's entry, "17 Nov 2026". */
                     _("Outcome “%s” does not read as the plan's history recorded it on %s; "
                       "outcomes change only through a conference"),
                     item->id, when);
    }
}

/* agreed-item-removed: besides the removals recorded, an item the history
 * added that is not in the plan now and that no recorded change removed
 * (Suffolk 2.3, 3.4): the record lost it outside the procedure. */
void
cg_check_agreed_item_removed (const CgRuleContext *ctx,
                              const CgRuleSetting *setting)
{
  g_autoptr(GArray) missing = cg_plan_history_find_missing (ctx->kase);

  check_history (ctx, setting, HISTORY_REMOVED);
  add_item_findings (ctx, setting, missing, HISTORY_REMOVED);
}

/* outcome-changed-outside-conference: besides the changes recorded, an
 * outcome whose wording is not the one its last recorded change gave it
 * (Suffolk 7.3): it was changed outside any conference. */
void
cg_check_outcome_changed_outside_conference (const CgRuleContext *ctx,
                                             const CgRuleSetting *setting)
{
  g_autoptr(GArray) reworded = cg_plan_history_find_reworded (ctx->kase);

  check_history (ctx, setting, HISTORY_OUTCOME_OUTSIDE_CONFERENCE);
  add_item_findings (ctx, setting, reworded, HISTORY_OUTCOME_OUTSIDE_CONFERENCE);
}

void
cg_check_change_without_reason (const CgRuleContext *ctx,
                                const CgRuleSetting *setting)
{
  check_history (ctx, setting, HISTORY_NO_REASON);
}

/* plan-history-altered: the history is the one that was saved, checked
 * from its links and seal. One finding for the case, at the first problem;
 * a history that cannot be verified (saved without links, or with a key
 * the application has not set) gives none. */
void
cg_check_plan_history_altered (const CgRuleContext *ctx,
                               const CgRuleSetting *setting)
{
  g_autoptr(GError) error = NULL;

  if (cg_case_verify_history (ctx->kase, &error) ||
      !g_error_matches (error, CG_PLAN_ERROR, CG_PLAN_ERROR_HISTORY_ALTERED))
    return;

  add_finding (ctx, setting, cg_case_get_id (ctx->kase),
               /* Translators: %s says what the check found, "entry 3 was
                * edited". */
               _("The plan's history was changed after it was saved; %s"), error->message);
}

/* chair-absent: the record names as chair someone it also records as
 * absent or sending apologies. It cannot be right, and every rule that
 * depends on who chaired cannot be trusted for that meeting. */
void
cg_check_chair_absent (const CgRuleContext *ctx,
                       const CgRuleSetting *setting)
{
  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);
      const char *chair = cg_meeting_get_chair (meeting);
      const CgAttendanceFields *entry = chair != NULL ? cg_meeting_find_attendance (meeting, chair) : NULL;
      g_autofree char *label = NULL;
      CgAttendanceStatus status;

      if (entry == NULL)
        continue;
      status = entry->status;
      if (status != CG_ATTENDANCE_STATUS_ABSENT && status != CG_ATTENDANCE_STATUS_APOLOGIES)
        continue;

      label = meeting_label (meeting);
      if (status == CG_ATTENDANCE_STATUS_ABSENT)
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: the meeting ("Core group of 17 Nov 2026")
                      * and the chair's name. */
                     _("%s records %s as its chair and as absent; the rules that depend on who chaired cannot be "
                       "trusted for it until the record is corrected"), label, cg_rules_member_name (ctx->group, chair));
      else
        add_finding (ctx, setting, cg_meeting_get_id (meeting),
                     /* Translators: the meeting ("Core group of 17 Nov 2026")
                      * and the chair's name. */
                     _("%s records %s as its chair and as sending apologies; the rules that depend on who chaired "
                       "cannot be trusted for it until the record is corrected"),
                     label, cg_rules_member_name (ctx->group, chair));
    }
}

/* When a member belonged to the core group, as the events tell: the new
 * professional of a change of professional joins on its date and the
 * previous one leaves on it; after a school move, staff of the new school
 * (their agency names it) join on the move's date. An invalid date is no
 * bound. */
typedef struct
{
  GDate joined;   /* the latest day they joined */
  GDate left;     /* the earliest day they left */
} Membership;

static void
later (GDate       *bound,
       const GDate *date)
{
  if (!g_date_valid (bound) || g_date_compare (date, bound) > 0)
    *bound = *date;
}

static void
earlier (GDate       *bound,
         const GDate *date)
{
  if (!g_date_valid (bound) || g_date_compare (date, bound) < 0)
    *bound = *date;
}

static Membership
membership_of (const CgRuleContext *ctx,
               CgMember            *member)
{
  GListModel *events = cg_case_peek_event (ctx->kase);
  const char *id = cg_member_get_id (member);
  const char *agency = cg_member_get_agency (member);
  /* Folded when first needed: most cases record no school move. */
  g_autofree char *agency_folded = NULL;
  Membership span;

  g_date_clear (&span.joined, 1);
  g_date_clear (&span.left, 1);

  for (guint i = 0; i < cg_items_len (events); i++)
    {
      CgCaseEvent *event = cg_items_peek (events, i);
      const GDate *date = cg_case_event_get_date (event);
      const char *school = cg_case_event_get_school (event);

      switch (cg_case_event_get_kind (event))
        {
        case CG_CASE_EVENT_KIND_PROFESSIONAL_CHANGE:
          if (g_strcmp0 (cg_case_event_get_new_member (event), id) == 0)
            later (&span.joined, date);
          if (g_strcmp0 (cg_case_event_get_previous_member (event), id) == 0)
            earlier (&span.left, date);
          break;

        case CG_CASE_EVENT_KIND_SCHOOL_MOVE:
          if (school != NULL && agency != NULL)
            {
              g_autofree char *school_folded = g_utf8_casefold (school, -1);

              if (agency_folded == NULL)
                agency_folded = g_utf8_casefold (agency, -1);

              if (strstr (agency_folded, school_folded) != NULL)
                later (&span.joined, date);
            }
          break;

        default:
          break;
        }
    }

  return span;
}

static gboolean
member_on (const Membership *span,
           const GDate      *date)
{
  return (!g_date_valid (&span->joined) || g_date_compare (date, &span->joined) >= 0) &&
         (!g_date_valid (&span->left) || g_date_compare (date, &span->left) < 0);
}

/* attendance-not-recorded: a professional member of the core group at the
 * time of a core group with no attendance entry for it; quorum,
 * absent-without-report and attendance-concern pass them over, so the gap
 * must be seen. */
void
cg_check_attendance_not_recorded (const CgRuleContext *ctx,
                                  const CgRuleSetting *setting)
{
  GListModel *members = cg_core_group_get_members (ctx->group);
  guint n_members = cg_items_len (members);
  g_autofree Membership *spans = g_new (Membership, n_members);

  /* Each member's span once, not once a meeting. */
  for (guint m = 0; m < n_members; m++)
    {
      CgMember *member = cg_items_peek (members, m);

      spans[m] = membership_of (ctx, member);
    }

  for (guint i = 0; i < ctx->core_groups->len; i++)
    {
      CgMeeting *meeting = g_ptr_array_index (ctx->core_groups, i);

      for (guint m = 0; m < n_members; m++)
        {
          CgMember *member = cg_items_peek (members, m);
          const char *id = cg_member_get_id (member);
          g_autofree char *label = NULL;

          if (!cg_member_get_professional (member) || cg_meeting_find_attendance (meeting, id) != NULL ||
              !member_on (&spans[m], cg_meeting_get_date (meeting)))
            continue;

          label = meeting_label (meeting);
          /* Translators: the meeting ("Core group of 17 Nov 2026"), a
           * member's name and their agency (or "no agency recorded"). */
          add_finding (ctx, setting, id, _("%s has no attendance entry for %s (%s): record whether they attended"),
                       label, cg_rules_member_name (ctx->group, id),
                       cg_member_get_agency (member) != NULL ? cg_member_get_agency (member) : _("no agency recorded"));
        }
    }
}

/* Whether @date (none: no) is after the day of evaluation; tried before
 * anything is put into words, as nearly every record is not. */
static gboolean
after_today (const CgRuleContext *ctx,
             const GDate         *date)
{
  return date != NULL && g_date_compare (date, ctx->today) > 0;
}

static void
report_if_after_today (const CgRuleContext *ctx,
                       const CgRuleSetting *setting,
                       const GDate         *date,
                       const char          *subject,
                       const char          *what)
{
  g_autofree char *when = NULL;
  g_autofree char *today = NULL;

  if (!after_today (ctx, date))
    return;

  when = cg_rules_describe_date (date);
  today = cg_rules_describe_date (ctx->today);
  add_finding (ctx, setting, subject,
               /* Translators: what is dated ("Meeting cg1", "The completion
                * of action a2"), its date and the day of evaluation, "17 Nov
                * 2026". */
               _("%s is dated %s, after the day of evaluation (%s): every rule ignores it until then; "
                 "a mistyped year is the usual cause"), what, when, today);
}

/* What was recorded around the dates: an acceptance, a request or its
 * decision, an escalation, its steps or its resolution dated after today
 * is ignored by every rule until then, like any other record. */
static void
record_after_today_follow_up (const CgRuleContext *ctx,
                              const CgRuleSetting *setting)
{
  GListModel *acknowledgements = cg_case_peek_acknowledgement (ctx->kase);
  GListModel *requests = cg_case_peek_review_request (ctx->kase);
  GListModel *escalations = cg_case_peek_escalation (ctx->kase);

  for (guint i = 0; i < cg_items_len (acknowledgements); i++)
    {
      CgAcknowledgement *acknowledgement = cg_items_peek (acknowledgements, i);
      g_autofree char *subject = cg_strdup_format ("acknowledgements[%u]", i);

      report_if_after_today (ctx, setting, cg_acknowledgement_get_date (acknowledgement), subject,
                             _("The acknowledgement"));
    }

  for (guint i = 0; i < cg_items_len (requests); i++)
    {
      CgReviewRequest *request = cg_items_peek (requests, i);
      g_autofree char *subject = cg_strdup_format ("review_requests[%u]", i);

      report_if_after_today (ctx, setting, cg_review_request_get_date (request), subject, _("The review request"));
      report_if_after_today (ctx, setting, cg_review_request_get_decided_on (request), subject,
                             _("The decision on the review request"));
    }

  for (guint i = 0; i < cg_items_len (escalations); i++)
    {
      CgEscalation *escalation = cg_items_peek (escalations, i);
      GListModel *steps = cg_escalation_get_steps (escalation);
      const char *id = cg_escalation_get_id (escalation);
      /* Translators: %s is the escalation's id. */
      g_autofree char *what = cg_strdup_format (_("Escalation %s"), id);
      /* Translators: %s is the escalation's id. */
      g_autofree char *resolution = cg_strdup_format (_("The resolution of escalation %s"), id);

      report_if_after_today (ctx, setting, cg_escalation_get_date (escalation), id, what);
      for (guint j = 0; j < cg_items_len (steps); j++)
        {
          CgEscalationStep *step = cg_items_peek (steps, j);
          /* Translators: the step's number and the escalation's id. */
          g_autofree char *step_what = cg_strdup_format (_("Step %u of escalation %s"), j + 1, id);

          report_if_after_today (ctx, setting, cg_escalation_step_get_date (step), id, step_what);
        }
      report_if_after_today (ctx, setting, cg_escalation_get_resolved (escalation), id, resolution);
    }
}

/* record-after-today: a meeting, contact, event or completion dated after
 * the day of evaluation. The rules treat it as not yet happened, which is
 * right for a meeting booked ahead in error and wrong for a typo, so the
 * record is shown either way. */
void
cg_check_record_after_today (const CgRuleContext *ctx,
                             const CgRuleSetting *setting)
{
  GListModel *meetings = cg_core_group_get_meetings (ctx->group);
  GListModel *events = cg_case_peek_event (ctx->kase);
  GListModel *actions = cg_child_protection_plan_get_actions (cg_case_get_plan (ctx->kase));

  for (guint i = 0; i < cg_items_len (meetings); i++)
    {
      CgMeeting *meeting = cg_items_peek (meetings, i);
      g_autofree char *what = NULL;

      if (!after_today (ctx, cg_meeting_get_date (meeting)))
        continue;
      /* Translators: %s is the meeting's id, "cg1". */
      what = cg_strdup_format (_("Meeting %s"), cg_meeting_get_id (meeting));
      report_if_after_today (ctx, setting, cg_meeting_get_date (meeting), cg_meeting_get_id (meeting), what);
    }

  for (guint i = 0; i < cg_case_get_n_contacts (ctx->kase); i++)
    {
      const CgContactFields *contact = cg_case_peek_contact (ctx->kase, i);
      g_autofree char *subject = NULL;
      g_autofree char *what = NULL;

      if (!after_today (ctx, cg_contact_fields_get_date (contact)))
        continue;
      subject = cg_rules_contact_subject (contact, i);
      /* Translators: %s is the contact's id, "c2". */
      what = cg_strdup_format (_("Contact %s"), subject);
      report_if_after_today (ctx, setting, cg_contact_fields_get_date (contact), subject, what);
    }

  for (guint i = 0; i < cg_items_len (events); i++)
    {
      CgCaseEvent *event = cg_items_peek (events, i);
      g_autofree char *what = NULL;

      if (!after_today (ctx, cg_case_event_get_date (event)))
        continue;
      /* Translators: %s is the event's id. */
      what = cg_strdup_format (_("Event %s"), cg_case_event_get_id (event));
      report_if_after_today (ctx, setting, cg_case_event_get_date (event), cg_case_event_get_id (event), what);
    }

  for (guint i = 0; i < cg_items_len (actions); i++)
    {
      CgAction *action = cg_items_peek (actions, i);
      g_autofree char *what = NULL;

      if (!after_today (ctx, cg_action_get_completed (action)))
        continue;
      /* Translators: %s is the action's id, "a2". */
      what = cg_strdup_format (_("The completion of action %s"), cg_action_get_id (action));
      report_if_after_today (ctx, setting, cg_action_get_completed (action), cg_action_get_id (action), what);
    }

  record_after_today_follow_up (ctx, setting);
}

/* @list[@index].@field names the date. */
static void
report_inconsistent (const CgRuleContext *ctx,
                     const CgRuleSetting *setting,
                     const char          *subject,
                     const char          *list,
                     guint                index,
                     const char          *field,
                     const char          *problem)
{
  g_autofree char *path = cg_strdup_format ("%s[%u].%s", list, index, field);

  /* Translators: a field path, which stays as it is ("meetings[2].date"), and
   * what is wrong with its date. */
  add_finding (ctx, setting, subject, _("%s: %s"), path, problem);
}

/* record-date-inconsistent: dates that cannot all be right. Minutes sent
 * before their meeting, a core group before the initial conference, an
 * action done before the plan existed, a core group or contact after the
 * plan ended (nothing after the end is a core group record). */
void
cg_check_record_date_inconsistent (const CgRuleContext *ctx,
                                   const CgRuleSetting *setting)
{
  GDate *icpc = cg_case_get_initial_conference (ctx->kase);
  GDate *ended = cg_case_get_plan_ended (ctx->kase);
  GListModel *meetings = cg_core_group_get_meetings (ctx->group);
  GListModel *actions = cg_child_protection_plan_get_actions (cg_case_get_plan (ctx->kase));

  for (guint i = 0; i < cg_items_len (meetings); i++)
    {
      CgMeeting *meeting = cg_items_peek (meetings, i);
      GDate *date = cg_meeting_get_date (meeting);
      GDate *minutes = cg_meeting_get_minutes_circulated (meeting);
      const char *id = cg_meeting_get_id (meeting);
      gboolean core_group = cg_meeting_get_kind (meeting) == CG_MEETING_KIND_CORE_GROUP;

      if (minutes != NULL && g_date_compare (minutes, date) < 0)
        report_inconsistent (ctx, setting, id, "meetings", i, "minutes_circulated",
                             _("the minutes were circulated before the meeting was held"));
      if (core_group && icpc != NULL && g_date_compare (date, icpc) < 0)
        report_inconsistent (ctx, setting, id, "meetings", i, "date",
                             _("a core group before the initial conference that set up the plan"));
      if (core_group && ended != NULL && g_date_compare (date, ended) > 0)
        report_inconsistent (ctx, setting, id, "meetings", i, "date", _("a core group after the plan ended"));
    }

  for (guint i = 0; i < cg_case_get_n_contacts (ctx->kase); i++)
    {
      const CgContactFields *contact = cg_case_peek_contact (ctx->kase, i);
      g_autofree char *subject = NULL;

      if (ended == NULL || g_date_compare (cg_contact_fields_get_date (contact), ended) <= 0)
        continue;
      subject = cg_rules_contact_subject (contact, i);
      report_inconsistent (ctx, setting, subject, "contacts", i, "date", _("a contact after the plan ended"));
    }

  for (guint i = 0; i < cg_items_len (actions); i++)
    {
      CgAction *action = cg_items_peek (actions, i);
      GDate *completed = cg_action_get_completed (action);

      if (completed != NULL && icpc != NULL && g_date_compare (completed, icpc) < 0)
        report_inconsistent (ctx, setting, cg_action_get_id (action), "plan.actions", i, "completed",
                             _("done before the initial conference made the plan"));
    }
}
