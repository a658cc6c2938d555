/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "documents/cg-document-private.h"
#include "documents/cg-words-private.h"
#include "domain/cg-child-protection-plan-private.h"
#include "domain/cg-core-group-private.h"
#include "domain/cg-meeting-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-util-private.h"

/**
 * CgMinutes:
 *
 * The minutes of a core group meeting, written from its record in the
 * shape of the templates the procedures give (Suffolk 4.3: "using the
 * template attached"; Haringey Appendix 1 and 2), as plain text or as one
 * self-contained, printable HTML file.
 *
 * ```c
 * g_autoptr(CgMinutes) minutes = cg_minutes_new (kase, "cg1", &error);
 *
 * if (minutes == NULL)
 *   g_printerr ("%s\n", error->message);  // "no meeting with that id"
 * else
 *   html = cg_minutes_to_html (minutes);
 * ```
 *
 * The minutes of the case's first core group by date
 * (%CG_MINUTES_SHAPE_FIRST_CORE_GROUP) start with the family's background:
 * the family composition and brief history
 * ([property@CoreGroup.Case:background-family-composition],
 * [property@CoreGroup.Case:background-brief-history]), the categories and
 * the agencies involved; then the attendance, and the plan as the meeting
 * developed it: its outcomes and the actions agreed, with who does each
 * and by when. The minutes of any later meeting
 * (%CG_MINUTES_SHAPE_LATER_CORE_GROUP) leave the background out and give
 * the progress of the plan instead: the actions completed since the core
 * group before it, those still open and those overdue on the day of the
 * meeting. An action the plan's history records as added after the
 * meeting is not listed. Both go on with the dissent recorded at the
 * meeting, the child's views, the family's goals, the scaling score, the
 * progress needed by the next meeting, what must change for the plan to
 * end, the information needed and who brings it, what happens if nothing
 * changes, the next meeting, and the chair and minute taker.
 *
 * Every section is written, and one the meeting recorded nothing for says
 * so ("No family goals were recorded."). Members are named with their role
 * and agency only: the minutes go to every member, so no member's contact
 * details are ever written, whatever the record holds.
 */

struct _CgMinutes
{
  GObject         parent_instance;
  CgCase         *kase;
  CgMeeting      *meeting;
  CgMeeting      *previous;  /* the core group held before it, if any */
  CgMinutesShape  shape;
};

G_DEFINE_FINAL_TYPE (CgMinutes, cg_minutes, G_TYPE_OBJECT)

static void
cg_minutes_dispose (GObject *object)
{
  CgMinutes *self = CG_MINUTES (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->meeting);
  g_clear_object (&self->previous);

  G_OBJECT_CLASS (cg_minutes_parent_class)->dispose (object);
}

static void
cg_minutes_class_init (CgMinutesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_minutes_dispose;
}

static void
cg_minutes_init (CgMinutes *self)
{
  self->shape = CG_MINUTES_SHAPE_LATER_CORE_GROUP;
}

/* The core group held last before @meeting: by date, and of two on the
 * same day the one earlier in the record. */
static CgMeeting *
find_previous_core_group (CgCoreGroup *group,
                          CgMeeting   *meeting)
{
  CgItemList *meetings = cg_core_group_get_meeting_list (group);
  const GDate *day = cg_meeting_get_date (meeting);
  CgMeeting *previous = NULL;
  gboolean before = TRUE;

  for (guint i = 0; i < cg_item_list_get_len (meetings); i++)
    {
      CgMeeting *other = cg_item_list_peek (meetings, i);
      const GDate *other_day = cg_meeting_get_date (other);
      int order;

      if (other == meeting)
        {
          before = FALSE;
          continue;
        }
      if (cg_meeting_get_kind (other) != CG_MEETING_KIND_CORE_GROUP || other_day == NULL)
        continue;

      order = g_date_compare (other_day, day);
      if (order > 0 || (order == 0 && !before))
        continue;
      if (previous == NULL || g_date_compare (other_day, cg_meeting_get_date (previous)) >= 0)
        previous = other;
    }

  return previous;
}

/**
 * cg_minutes_new:
 * @kase: a case
 * @meeting_id: the id of one of its meetings
 * @error: return location for a #GError
 *
 * Makes the minutes of a meeting of @kase. They follow Haringey Appendix 1
 * when the meeting is the case's first core group by date, and Appendix 2
 * otherwise (see [method@CoreGroup.Minutes.get_shape]). They are written
 * from the case as it is when [method@CoreGroup.Minutes.to_text] or
 * [method@CoreGroup.Minutes.to_html] is called.
 *
 * A meeting id the case does not have fails with
 * %CG_CASE_ERROR_UNKNOWN_MEMBER, and a meeting without a date with
 * %CG_CASE_ERROR_INVALID. The message does not quote the id, so it may be
 * logged.
 *
 * Returns: (transfer full): the minutes, or %NULL with @error set
 */
CgMinutes *
cg_minutes_new (CgCase      *kase,
                const char  *meeting_id,
                GError     **error)
{
  CgCoreGroup *group;
  CgMeeting *meeting;
  CgMeeting *previous;
  CgMinutes *self;

  g_return_val_if_fail (CG_IS_CASE (kase), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  group = cg_case_get_core_group (kase);
  meeting = cg_core_group_lookup_meeting (group, meeting_id);
  if (meeting == NULL)
    {
      g_set_error_literal (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER, _("no meeting with that id"));
      return NULL;
    }
  if (cg_meeting_get_date (meeting) == NULL)
    {
      g_set_error_literal (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID, _("the meeting has no date"));
      return NULL;
    }

  previous = find_previous_core_group (group, meeting);
  self = g_object_new (CG_TYPE_MINUTES, NULL);
  self->kase = g_object_ref (kase);
  self->meeting = g_object_ref (meeting);
  self->previous = previous != NULL ? g_object_ref (previous) : NULL;
  if (cg_meeting_get_kind (meeting) == CG_MEETING_KIND_CORE_GROUP && previous == NULL)
    self->shape = CG_MINUTES_SHAPE_FIRST_CORE_GROUP;

  return self;
}

/**
 * cg_minutes_get_shape:
 * @self: minutes
 *
 * Gets which template the minutes follow: the first core group's, with
 * the family's background and the plan as it was developed (Haringey
 * Appendix 1), or a later meeting's, with the plan's progress since the
 * core group before it (Appendix 2). A meeting other than a core group
 * takes the later shape.
 *
 * Returns: the shape
 */
CgMinutesShape
cg_minutes_get_shape (CgMinutes *self)
{
  g_return_val_if_fail (CG_IS_MINUTES (self), CG_MINUTES_SHAPE_LATER_CORE_GROUP);

  return self->shape;
}

/**
 * cg_minutes_get_case:
 * @self: minutes
 *
 * Gets the case the minutes are written from.
 *
 * Returns: (transfer none): the case
 */
CgCase *
cg_minutes_get_case (CgMinutes *self)
{
  g_return_val_if_fail (CG_IS_MINUTES (self), NULL);

  return self->kase;
}

/**
 * cg_minutes_get_meeting:
 * @self: minutes
 *
 * Gets the meeting the minutes record.
 *
 * Returns: (transfer none): the meeting
 */
CgMeeting *
cg_minutes_get_meeting (CgMinutes *self)
{
  g_return_val_if_fail (CG_IS_MINUTES (self), NULL);

  return self->meeting;
}

/* Writing. Each user-visible string below is a whole literal, written
 * once, so that it can be marked for translation where it stands. */

static CgMember *
lookup_member (CgMinutes  *self,
               const char *member_id)
{
  if (member_id == NULL)
    return NULL;

  return cg_core_group_lookup_member (cg_case_get_core_group (self->kase), member_id);
}

/* A member by name; an id that names no member, as given. */
static const char *
member_name (CgMinutes  *self,
             const char *member_id)
{
  return cg_rules_member_name (cg_case_get_core_group (self->kase), member_id);
}

static char *
day_text (const GDate *date)
{
  return date != NULL ? cg_rules_describe_day (date) : NULL;
}

/* A paragraph of the record's text, or @empty when there is none. */
static void
write_text (CgDocument *doc,
            const char *text,
            const char *empty)
{
  cg_document_paragraph (doc, !cg_is_blank (text) ? text : empty);
}

static void
write_strings (CgDocument         *doc,
               const char * const *items,
               const char         *empty)
{
  cg_document_begin_list (doc, empty);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    cg_document_item (doc, items[i]);
  cg_document_end_list (doc);
}

static const char *
title_of (CgMinutes *self)
{
  if (self->shape == CG_MINUTES_SHAPE_FIRST_CORE_GROUP)
    return _("Minutes of the first core group");
  if (cg_meeting_get_kind (self->meeting) == CG_MEETING_KIND_CORE_GROUP)
    return _("Minutes of the core group");
  return _("Minutes of the meeting");
}

static char *
subtitle_of (CgMeeting *meeting)
{
  g_autofree char *day = cg_rules_describe_day (cg_meeting_get_date (meeting));

  switch (cg_meeting_get_kind (meeting))
    {
    case CG_MEETING_KIND_CORE_GROUP:
      /* Translators: the minutes' subtitle; %s is the meeting's date, "Tue 17
       * Nov 2026". */
      return g_strdup_printf (C_("minutes", "Core group of %s"), day);
    case CG_MEETING_KIND_PROFESSIONALS:
      /* Translators: the minutes' subtitle; %s is the meeting's date. */
      return g_strdup_printf (_("Professionals meeting of %s"), day);
    case CG_MEETING_KIND_STRATEGY:
      /* Translators: the minutes' subtitle; %s is the meeting's date. */
      return g_strdup_printf (_("Strategy discussion of %s"), day);
    case CG_MEETING_KIND_OTHER:
    default:
      /* Translators: the minutes' subtitle; %s is the meeting's date. */
      return g_strdup_printf (_("Meeting of %s"), day);
    }
}

static void
write_header (CgMinutes  *self,
              CgDocument *doc)
{
  g_autofree char *day = cg_rules_describe_day (cg_meeting_get_date (self->meeting));

  cg_document_field (doc, _("Child"), cg_case_get_child_name (self->kase), _("Not recorded."));
  cg_document_field (doc, _("Date"), day, _("Not recorded."));
  cg_document_field (doc, _("Time"), cg_meeting_get_time (self->meeting), _("Not recorded."));
  cg_document_field (doc, _("Venue"), cg_meeting_get_venue (self->meeting), _("Not recorded."));
}

/* Haringey Appendix 1: who the family are and why there is a plan. */
static void
write_background (CgMinutes  *self,
                  CgDocument *doc)
{
  CgAbuseCategory categories = cg_case_get_categories (self->kase);
  CgItemList *members = cg_core_group_get_member_list (cg_case_get_core_group (self->kase));
  g_autoptr(GPtrArray) agencies = g_ptr_array_new ();

  cg_document_heading (doc, 1, _("Background"));
  cg_document_heading (doc, 2, _("Family composition"));
  write_text (doc, cg_case_get_background_family_composition (self->kase),
              _("No family composition was recorded."));

  cg_document_heading (doc, 2, _("Category"));
  cg_document_begin_list (doc, _("No category was recorded."));
  for (guint bit = 1; bit <= CG_ABUSE_CATEGORY_SEXUAL_ABUSE; bit <<= 1)
    if ((categories & bit) != 0)
      cg_document_item (doc, cg_words_category (bit));
  cg_document_end_list (doc);

  cg_document_heading (doc, 2, _("Brief history"));
  write_text (doc, cg_case_get_background_brief_history (self->kase), _("No brief history was recorded."));

  /* Each agency once, in the order its first member is listed. */
  cg_document_heading (doc, 2, _("Agencies involved"));
  cg_document_begin_list (doc, _("No agencies were recorded."));
  for (guint i = 0; i < cg_item_list_get_len (members); i++)
    {
      const char *agency = cg_member_get_agency (cg_item_list_peek (members, i));

      if (cg_is_blank (agency) || g_ptr_array_find_with_equal_func (agencies, agency, g_str_equal, NULL))
        continue;
      g_ptr_array_add (agencies, (gpointer) agency);
      cg_document_item (doc, agency);
    }
  cg_document_end_list (doc);
}

static void
write_attendance (CgMinutes  *self,
                  CgDocument *doc)
{
  const char * const columns[] = { _("Name"), _("Role"), _("Agency"), _("Attendance"), NULL };

  cg_document_heading (doc, 1, _("Attendance"));
  cg_document_begin_table (doc, columns, _("No attendance was recorded."));
  for (guint i = 0; i < cg_meeting_get_n_attendance (self->meeting); i++)
    {
      const CgAttendanceFields *entry = cg_meeting_peek_attendance (self->meeting, i);
      const char *member_id = entry->member_id;
      CgMember *member = lookup_member (self, member_id);
      g_autofree char *status = cg_words_attendance (entry, member);
      const char *cells[] = {
        member != NULL ? cg_member_get_name (member) : member_id,
        member != NULL ? cg_words_member_role (cg_member_get_role (member)) : NULL,
        member != NULL ? cg_member_get_agency (member) : NULL,
        status,
      };

      cg_document_row (doc, cells);
    }
  cg_document_end_table (doc);
}

/* An action the plan's history records as added only after @day was not
 * there for the meeting to agree or review. */
static gboolean
added_after (CgChildProtectionPlan *plan,
             CgAction              *action,
             const GDate           *day)
{
  CgItemList *history = cg_child_protection_plan_get_history_list (plan);
  gboolean later = FALSE;

  for (guint i = 0; i < cg_item_list_get_len (history); i++)
    {
      CgPlanChange *change = cg_item_list_peek (history, i);

      if (cg_plan_change_get_kind (change) != CG_PLAN_CHANGE_KIND_ADD_ACTION ||
          g_strcmp0 (cg_plan_change_get_target (change), cg_action_get_id (action)) != 0 ||
          cg_plan_change_get_date (change) == NULL)
        continue;
      if (g_date_compare (cg_plan_change_get_date (change), day) <= 0)
        return FALSE;
      later = TRUE;
    }

  return later;
}

typedef enum
{
  ACTIONS_AGREED,     /* every action, for the meeting that developed the plan */
  ACTIONS_COMPLETED,  /* done since the previous core group, by the meeting */
  ACTIONS_OPEN,       /* not done by the meeting, not yet due */
  ACTIONS_OVERDUE,    /* not done by the meeting, and due before it */
} ActionsWanted;

static gboolean
action_wanted (CgMinutes     *self,
               CgAction      *action,
               ActionsWanted  wanted)
{
  const GDate *day = cg_meeting_get_date (self->meeting);
  const GDate *completed = cg_action_get_completed (action);
  const GDate *due = cg_action_get_due (action);
  gboolean done = completed != NULL && g_date_compare (completed, day) <= 0;

  switch (wanted)
    {
    case ACTIONS_AGREED:
      return TRUE;
    case ACTIONS_COMPLETED:
      return done && (self->previous == NULL ||
                      g_date_compare (completed, cg_meeting_get_date (self->previous)) > 0);
    case ACTIONS_OPEN:
      return !done && (due == NULL || g_date_compare (due, day) >= 0);
    case ACTIONS_OVERDUE:
      return !done && due != NULL && g_date_compare (due, day) < 0;
    }

  return FALSE;
}

/* A table of the plan's actions: what, who, and when it is due or, for
 * the completed, when it was done. */
static void
write_actions (CgMinutes     *self,
               CgDocument    *doc,
               ActionsWanted  wanted,
               const char    *empty)
{
  const char * const due_columns[] = { _("Action"), _("Who"), _("Due"), NULL };
  const char * const done_columns[] = { _("Action"), _("Who"), _("Completed"), NULL };
  CgChildProtectionPlan *plan = cg_case_get_plan (self->kase);
  CgItemList *actions = cg_child_protection_plan_get_action_list (plan);
  const GDate *day = cg_meeting_get_date (self->meeting);

  cg_document_begin_table (doc, wanted == ACTIONS_COMPLETED ? done_columns : due_columns, empty);
  for (guint i = 0; i < cg_item_list_get_len (actions); i++)
    {
      CgAction *action = cg_item_list_peek (actions, i);
      g_autofree char *when = NULL;
      const char *cells[3];

      if (added_after (plan, action, day) || !action_wanted (self, action, wanted))
        continue;

      when = day_text (wanted == ACTIONS_COMPLETED ? cg_action_get_completed (action)
                                                   : cg_action_get_due (action));
      cells[0] = cg_action_get_description (action);
      cells[1] = member_name (self, cg_action_get_owner (action));
      cells[2] = when;
      cg_document_row (doc, cells);
    }
  cg_document_end_table (doc);
}

static void
write_outcomes (CgMinutes  *self,
                CgDocument *doc)
{
  const char * const columns[] = { _("Outcome"), _("How progress is measured"), NULL };
  CgItemList *outcomes = cg_child_protection_plan_get_outcome_list (cg_case_get_plan (self->kase));

  cg_document_heading (doc, 2, _("Outcomes"));
  cg_document_begin_table (doc, columns, _("No outcomes were recorded."));
  for (guint i = 0; i < cg_item_list_get_len (outcomes); i++)
    {
      CgOutcome *outcome = cg_item_list_peek (outcomes, i);
      const char *cells[] = { cg_outcome_get_description (outcome), cg_outcome_get_measure (outcome) };

      cg_document_row (doc, cells);
    }
  cg_document_end_table (doc);
}

/* Haringey Appendix 1 develops the plan; Appendix 2 reviews it. */
static void
write_plan (CgMinutes  *self,
            CgDocument *doc)
{
  g_autofree char *since = NULL;
  g_autofree char *heading = NULL;

  if (self->shape == CG_MINUTES_SHAPE_FIRST_CORE_GROUP)
    {
      cg_document_heading (doc, 1, _("Development of the protection plan"));
      write_outcomes (self, doc);
      cg_document_heading (doc, 2, _("Actions agreed"));
      write_actions (self, doc, ACTIONS_AGREED, _("No actions were recorded."));
      return;
    }

  cg_document_heading (doc, 1, _("Progress of the protection plan"));
  if (self->previous != NULL)
    {
      since = cg_rules_describe_day (cg_meeting_get_date (self->previous));
      /* Translators: a heading of the minutes; %s is the previous core
       * group's date, "Tue 17 Nov 2026". */
      heading = g_strdup_printf (_("Actions completed since the core group of %s"), since);
    }
  cg_document_heading (doc, 2, heading != NULL ? heading : _("Actions completed"));
  write_actions (self, doc, ACTIONS_COMPLETED, _("No actions were recorded as completed."));
  cg_document_heading (doc, 2, _("Actions still open"));
  write_actions (self, doc, ACTIONS_OPEN, _("No open actions were recorded."));
  cg_document_heading (doc, 2, _("Actions overdue on the day of the meeting"));
  write_actions (self, doc, ACTIONS_OVERDUE, _("No action was overdue on the day of the meeting."));
}

/* What a dissent is about: the outcome or action it names, in words, or
 * the record's own text ("categories"). */
static const char *
about_text (CgMinutes  *self,
            const char *about)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (self->kase);
  CgOutcome *outcome = about != NULL ? cg_child_protection_plan_lookup_outcome (plan, about) : NULL;
  CgAction *action = about != NULL ? cg_child_protection_plan_lookup_action (plan, about) : NULL;

  if (outcome != NULL)
    return cg_outcome_get_description (outcome);
  if (action != NULL)
    return cg_action_get_description (action);
  return about;
}

/* Suffolk 2.5: dissent is recorded in the minutes of the meeting where it
 * was raised. */
static void
write_dissent (CgMinutes  *self,
               CgDocument *doc)
{
  const char * const columns[] = { _("Who"), _("About"), _("What they disagree with"), NULL };
  CgItemList *dissent = cg_child_protection_plan_get_dissent_list (cg_case_get_plan (self->kase));
  const char *meeting_id = cg_meeting_get_id (self->meeting);

  cg_document_heading (doc, 1, _("Dissent"));
  cg_document_begin_table (doc, columns, _("No dissent was recorded at this meeting."));
  for (guint i = 0; i < cg_item_list_get_len (dissent); i++)
    {
      CgDissent *record = cg_item_list_peek (dissent, i);
      const char *cells[] = {
        member_name (self, cg_dissent_get_member (record)),
        about_text (self, cg_dissent_get_about (record)),
        cg_dissent_get_text (record),
      };

      if (g_strcmp0 (cg_dissent_get_meeting (record), meeting_id) == 0)
        cg_document_row (doc, cells);
    }
  cg_document_end_table (doc);
}

static void
write_scaling (CgMinutes  *self,
               CgDocument *doc)
{
  int score = cg_meeting_get_scaling_score (self->meeting);
  g_autofree char *value = NULL;

  cg_document_heading (doc, 1, _("Scaling question"));
  cg_document_paragraph (doc, _("On a scale of 0 to 10, where 10 means the family is where it needs to be."));
  if (score != CG_MEETING_SCALING_SCORE_NONE)
    /* Translators: the family's scaling score, from 0 to 10. */
    value = g_strdup_printf (_("%d out of 10"), score);
  cg_document_field (doc, _("Score"), value, _("No scaling score was recorded."));
}

static void
write_information_needed (CgMinutes  *self,
                          CgDocument *doc)
{
  const char * const columns[] = { _("Information needed"), _("Who brings it"), NULL };
  CgItemList *information = CG_ITEM_LIST (cg_meeting_get_information_needed (self->meeting));

  cg_document_heading (doc, 1, _("Information needed"));
  cg_document_begin_table (doc, columns, _("No information needed was recorded."));
  for (guint i = 0; i < cg_item_list_get_len (information); i++)
    {
      CgInformationRequest *request = cg_item_list_peek (information, i);
      const char *cells[] = {
        cg_information_request_get_what (request),
        member_name (self, cg_information_request_get_by (request)),
      };

      cg_document_row (doc, cells);
    }
  cg_document_end_table (doc);
}

static void
write_next_meeting (CgMinutes  *self,
                    CgDocument *doc)
{
  g_autofree char *day = day_text (cg_meeting_get_next_meeting_date (self->meeting));

  cg_document_heading (doc, 1, _("Next meeting"));
  cg_document_field (doc, _("Date"), day, _("Not recorded."));
  cg_document_field (doc, _("Venue"), cg_meeting_get_next_meeting_venue (self->meeting), _("Not recorded."));
}

static void
write_chair (CgMinutes  *self,
             CgDocument *doc)
{
  cg_document_heading (doc, 1, _("Chair and minute taker"));
  cg_document_field (doc, _("Chair"), member_name (self, cg_meeting_get_chair (self->meeting)), _("Not recorded."));
  cg_document_field (doc, _("Minute taker"), member_name (self, cg_meeting_get_minute_taker (self->meeting)),
                     _("Not recorded."));
}

static CgDocument *
build (CgMinutes *self)
{
  CgMeeting *meeting = self->meeting;
  g_autofree char *subtitle = subtitle_of (meeting);
  CgDocument *doc = cg_document_new (title_of (self), cg_case_get_id (self->kase), subtitle);

  write_header (self, doc);
  if (self->shape == CG_MINUTES_SHAPE_FIRST_CORE_GROUP)
    write_background (self, doc);
  write_attendance (self, doc);
  write_plan (self, doc);
  write_dissent (self, doc);

  cg_document_heading (doc, 1, _("The child's views"));
  write_text (doc, cg_meeting_get_child_views (meeting), _("No views of the child were recorded."));

  cg_document_heading (doc, 1, _("Family goals"));
  write_strings (doc, cg_meeting_get_family_goals (meeting), _("No family goals were recorded."));

  write_scaling (self, doc);

  cg_document_heading (doc, 1, _("Progress needed by the next meeting"));
  write_strings (doc, cg_meeting_get_progress_needed (meeting), _("No progress needed was recorded."));

  cg_document_heading (doc, 1, _("What must change for the plan to end"));
  write_text (doc, cg_meeting_get_plan_end_conditions (meeting),
              _("No conditions for ending the plan were recorded."));

  write_information_needed (self, doc);

  cg_document_heading (doc, 1, _("If there is no change"));
  write_text (doc, cg_meeting_get_if_no_change (meeting),
              _("Nothing was recorded about what happens if there is no change."));

  write_next_meeting (self, doc);
  write_chair (self, doc);
  return doc;
}

/**
 * cg_minutes_to_text:
 * @self: minutes
 *
 * Writes the minutes as plain text, wrapped at 78 columns, with the
 * sections in the order of the template.
 *
 * Returns: (transfer full): the minutes, UTF-8
 */
char *
cg_minutes_to_text (CgMinutes *self)
{
  g_autoptr(CgDocument) doc = NULL;

  g_return_val_if_fail (CG_IS_MINUTES (self), NULL);
  g_return_val_if_fail (cg_meeting_get_date (self->meeting) != NULL, NULL);

  doc = build (self);
  return cg_document_to_text (doc);
}

/**
 * cg_minutes_to_html:
 * @self: minutes
 *
 * Writes the minutes as one HTML file for A4 printing: its style sheet
 * inside, no script, and nothing fetched (a Content-Security-Policy says
 * so to the browser). Every text of the record is escaped.
 *
 * Returns: (transfer full): the minutes, UTF-8 HTML
 */
char *
cg_minutes_to_html (CgMinutes *self)
{
  g_autoptr(CgDocument) doc = NULL;

  g_return_val_if_fail (CG_IS_MINUTES (self), NULL);
  g_return_val_if_fail (cg_meeting_get_date (self->meeting) != NULL, NULL);

  doc = build (self);
  return cg_document_to_html (doc);
}
