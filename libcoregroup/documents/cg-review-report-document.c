/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The report to a review conference as a document, laid out from its JSON
 * form (cg-review-report.c), so text, HTML and JSON say the same. */

#include "config.h"

#include <coregroup/coregroup.h>

#include "documents/cg-review-report-private.h"
#include "documents/cg-words-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"

static const char *
text_of (JsonObject *object,
         const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static gint64
number_of (JsonObject *object,
           const char *name)
{
  return json_object_get_int_member_with_default (object, name, 0);
}

static JsonArray *
array_of (JsonObject *object,
          const char *name)
{
  return json_object_get_array_member (object, name);
}

/* "Tue 17 Nov 2026" for a date written "2026-11-17". */
static char *
day_of (JsonObject *object,
        const char *name)
{
  const char *iso = text_of (object, name);
  g_autoptr(GDate) date = iso != NULL ? cg_date_parse (iso, NULL) : NULL;

  return date != NULL ? cg_rules_describe_day (date) : NULL;
}

/* A member's name, and their id when it says something else. */
static char *
who (JsonObject *object,
     const char *field)
{
  g_autofree char *name_field = g_strconcat (field, "_name", NULL);
  const char *id = text_of (object, field);
  const char *name = text_of (object, name_field);

  if (id == NULL)
    return g_strdup (_("nobody recorded"));
  if (name == NULL || g_str_equal (name, id))
    return g_strdup (id);
  return g_strdup_printf ("%s (%s)", name, id);
}

static char *
count_text (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static void
about_this_report (CgDocument *document,
                   JsonObject *report)
{
  JsonObject *period = json_object_get_object_member (report, "period");
  g_autofree char *from = day_of (period, "from");
  g_autofree char *to = day_of (period, "to");
  g_autofree char *written = day_of (report, "today");
  const char *from_event = text_of (period, "from_event");
  /* Translators: the report's period: its first day, the conference it starts
   * at ("the initial conference") and its last day. */
  g_autofree char *span = g_strdup_printf (_("%s (%s) to %s"), from,
                                           g_strcmp0 (from_event, "initial-conference") == 0
                                             ? _("the initial conference") : _("the last review conference held"),
                                           to);

  cg_document_heading (document, 1, _("About this report"));
  cg_document_field (document, _("Child"), text_of (report, "child"), _("Not recorded."));
  cg_document_field (document, _("Policy"), text_of (report, "policy_name"), NULL);
  cg_document_field (document, _("Period"), span, NULL);
  cg_document_field (document, _("Written on"), written, NULL);
}

static void
recommendation (CgDocument *document,
                JsonObject *report)
{
  JsonNode *node = json_object_get_member (report, "recommendation");
  JsonObject *object = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

  cg_document_heading (document, 1, _("The core group's recommendation"));
  if (object == NULL)
    {
      cg_document_paragraph (document, _("No recommendation of the core group is recorded for this conference."));
      return;
    }

  cg_document_field (document, _("Recommendation"),
                     g_str_equal (text_of (object, "plan"), "end") ? _("The plan can end")
                                                                   : _("The plan needs to continue"), NULL);
  cg_document_field (document, _("Why"), text_of (object, "reason"), _("No reason recorded."));
  cg_document_field (document, _("Agreed at"), text_of (object, "meeting"), _("Not recorded."));
}

static void
plan_changes (CgDocument *document,
              JsonObject *report)
{
  const char * const columns[] = { _("Date"), _("Change"), _("By"), _("Source"), _("Reason"), NULL };
  JsonArray *changes = array_of (report, "plan_changes");

  cg_document_heading (document, 1, _("Changes to the plan"));
  cg_document_begin_table (document, columns, _("No change to the plan was recorded in the period."));
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      g_autofree char *date = day_of (change, "date");
      const char *summary = text_of (change, "summary");
      const char *reason = text_of (change, "reason");
      const char *cells[] = {
        date, summary != NULL ? summary : cg_words_nick ("plan change", text_of (change, "kind")),
        text_of (change, "author"),
        g_strcmp0 (text_of (change, "source"), "conference") == 0 ? C_("change source", "conference")
                                                                  : C_("change source", "core group"),
        reason != NULL ? reason : _("NO REASON RECORDED"), NULL
      };

      cg_document_row (document, cells);
    }
  cg_document_end_table (document);
}

static void
dissent (CgDocument *document,
         JsonObject *report)
{
  JsonObject *dissent = json_object_get_object_member (report, "dissent");
  JsonArray *records = array_of (dissent, "records");

  cg_document_heading (document, 1, _("Dissent"));
  if (json_array_get_length (records) > 0)
    cg_document_paragraph (document, text_of (dissent, "summary"));
  cg_document_begin_list (document, _("No dissent was recorded in the period."));
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      g_autofree char *date = day_of (record, "date");
      g_autofree char *member = who (record, "member");
      const char *about = text_of (record, "about");
      const char *meeting = text_of (record, "meeting");
      const char *text = text_of (record, "text");
      g_autofree char *line = NULL;

      if (about != NULL && meeting != NULL)
        /* Translators: a record of dissent: its date, who raised it, what
         * about, at which meeting (its id), and what they said. */
        line = g_strdup_printf (_("%s, %s, about %s, at %s: %s"), date, member, about, meeting, text);
      else if (about != NULL)
        /* Translators: a record of dissent: its date, who raised it, what
         * about, and what they said. */
        line = g_strdup_printf (_("%s, %s, about %s: %s"), date, member, about, text);
      else if (meeting != NULL)
        /* Translators: a record of dissent: its date, who raised it, at which
         * meeting (its id), and what they said. */
        line = g_strdup_printf (_("%s, %s, at %s: %s"), date, member, meeting, text);
      else
        line = g_strdup_printf ("%s, %s: %s", date, member, text);

      cg_document_item (document, line);
    }
  cg_document_end_list (document);
}

static void
outcomes (CgDocument *document,
          JsonObject *report)
{
  const char * const columns[] = { _("Action"), _("Owner"), _("Due"), _("Done"), _("State"), NULL };
  JsonArray *outcomes = array_of (report, "outcomes");

  cg_document_heading (document, 1, _("Outcomes and actions"));
  if (json_array_get_length (outcomes) == 0)
    cg_document_paragraph (document, _("The plan has no outcomes."));

  for (guint i = 0; i < json_array_get_length (outcomes); i++)
    {
      JsonObject *outcome = json_array_get_object_element (outcomes, i);
      JsonArray *actions = array_of (outcome, "actions");

      cg_document_heading (document, 2, text_of (outcome, "description"));
      if (text_of (outcome, "id") != NULL)
        cg_document_field (document, _("Measure"), text_of (outcome, "measure"), _("No measure recorded."));
      cg_document_begin_table (document, columns, _("No action serves this outcome."));
      for (guint j = 0; j < json_array_get_length (actions); j++)
        {
          JsonObject *action = json_array_get_object_element (actions, j);
          g_autofree char *owner = who (action, "owner");
          g_autofree char *due = day_of (action, "due");
          g_autofree char *done = day_of (action, "completed");
          const char *cells[] = {
            text_of (action, "description"), owner, due, done, cg_words_nick ("action state", text_of (action, "state")),
            NULL
          };

          cg_document_row (document, cells);
        }
      cg_document_end_table (document);
    }
}

static void
entry_items (CgDocument *document,
             JsonArray  *entries,
             const char *empty)
{
  cg_document_begin_list (document, empty);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    {
      JsonObject *entry = json_array_get_object_element (entries, i);
      g_autofree char *due = day_of (entry, "due");
      g_autofree char *done = day_of (entry, "satisfied_on");
      const char *status = text_of (entry, "status");
      const char *status_words = cg_words_nick ("deadline status", status);
      g_autofree char *line = NULL;

      if (g_strcmp0 (status, "met") == 0 || g_strcmp0 (status, "pending") == 0)
        continue;
      if (done != NULL)
        /* Translators: a late entry: its description, due date, status
         * ("late") and the day it was met. */
        line = g_strdup_printf (_("%s, due %s: %s (%s)"), text_of (entry, "description"), due, status_words, done);
      else
        /* Translators: an overdue entry: its description, due date and status
         * ("overdue"). */
        line = g_strdup_printf (_("%s, due %s: %s"), text_of (entry, "description"), due, status_words);
      if (json_object_has_member (entry, "acknowledged"))
        {
          /* Translators: a late or overdue entry that a named person
           * accepted. */
          g_autofree char *accepted = g_strdup_printf (_("%s, accepted"), line);

          cg_document_item (document, accepted);
        }
      else
        cg_document_item (document, line);
    }
  cg_document_end_list (document);
}

static void
core_groups (CgDocument *document,
             JsonObject *report)
{
  const char * const held_columns[] = { _("Date"), _("Meeting"), _("Present"), _("Apologies"), _("Absent"), _("Quorate"), NULL };
  const char * const member_columns[] = {
    _("Member"), _("Agency"), _("Of"), _("Present"), _("Substitute"), _("Apologies"), _("Absent"), _("Reports"), NULL
  };
  JsonObject *groups = json_object_get_object_member (report, "core_groups");
  JsonArray *held = array_of (groups, "held");
  JsonArray *attendance = array_of (groups, "attendance");

  cg_document_heading (document, 1, _("Core groups"));
  cg_document_begin_table (document, held_columns, _("No core group was held in the period."));
  for (guint i = 0; i < json_array_get_length (held); i++)
    {
      JsonObject *meeting = json_array_get_object_element (held, i);
      g_autofree char *date = day_of (meeting, "date");
      g_autofree char *present = count_text (number_of (meeting, "present"));
      g_autofree char *apologies = count_text (number_of (meeting, "apologies"));
      g_autofree char *absent = count_text (number_of (meeting, "absent"));
      JsonNode *quorate = json_object_get_member (meeting, "quorate");
      const char *cells[] = {
        date, text_of (meeting, "id"), present, apologies, absent,
        JSON_NODE_HOLDS_NULL (quorate) ? _("not judged")
                                       : json_node_get_boolean (quorate) ? C_("quorate", "yes") : C_("quorate", "NO"),
        NULL
      };

      cg_document_row (document, cells);
    }
  cg_document_end_table (document);

  cg_document_heading (document, 2, _("Attendance by member"));
  cg_document_begin_table (document, member_columns, _("No attendance was recorded in the period."));
  for (guint i = 0; i < json_array_get_length (attendance); i++)
    {
      JsonObject *member = json_array_get_object_element (attendance, i);
      g_autofree char *name = who (member, "member");
      g_autofree char *of = count_text (number_of (member, "meetings"));
      g_autofree char *present = count_text (number_of (member, "present"));
      g_autofree char *substitute = count_text (number_of (member, "substitute"));
      g_autofree char *apologies = count_text (number_of (member, "apologies"));
      g_autofree char *absent = count_text (number_of (member, "absent"));
      g_autofree char *reports = count_text (number_of (member, "written_reports"));
      const char *cells[] = { name, text_of (member, "agency"), of, present, substitute, apologies, absent, reports, NULL };

      cg_document_row (document, cells);
    }
  cg_document_end_table (document);

  cg_document_heading (document, 2, _("Core groups missed or late"));
  entry_items (document, array_of (report, "missed_core_groups"), _("Every core group was held on time."));
}

static void
child_seen (CgDocument *document,
            JsonObject *report)
{
  JsonObject *seen = json_object_get_object_member (report, "child_seen");
  JsonObject *gap = json_object_get_object_member (seen, "longest_gap");
  JsonArray *by = array_of (seen, "by");
  JsonArray *decisions = array_of (seen, "decisions");
  g_autofree char *times = count_text (number_of (seen, "times"));
  g_autofree char *alone = count_text (number_of (seen, "seen_alone"));
  g_autofree char *from = day_of (gap, "from");
  g_autofree char *to = day_of (gap, "to");
  g_autofree char *days = cg_rules_describe_span ((int) number_of (gap, "days"), CG_TIME_UNIT_CALENDAR_DAYS);
  g_autofree char *working_days = cg_rules_describe_span ((int) number_of (gap, "working_days"),
                                                          CG_TIME_UNIT_WORKING_DAYS);
  /* Translators: the longest gap between two visits: in days, in working
   * days, and its first and last days. */
  g_autofree char *longest = g_strdup_printf (_("%s (%s), %s to %s"), days, working_days, from, to);
  g_autofree char *figure = text_of (seen, "figure") != NULL
                            ? g_strdup_printf ("%s (%s)", text_of (seen, "figure"), text_of (seen, "figure_source"))
                            : NULL;

  cg_document_heading (document, 1, _("Seeing the child"));
  cg_document_field (document, _("Times seen by a professional"), times, NULL);
  cg_document_field (document, _("Seen alone"), alone, NULL);
  cg_document_field (document, _("Longest gap"), longest, NULL);
  cg_document_field (document, _("Figure in force"), figure, _("The policy sets no child-seen timescale."));

  cg_document_heading (document, 2, _("Seen by"));
  cg_document_begin_list (document, _("Nobody recorded seeing the child in the period."));
  for (guint i = 0; i < json_array_get_length (by); i++)
    {
      JsonObject *member = json_array_get_object_element (by, i);
      g_autofree char *name = who (member, "member");
      int times = (int) number_of (member, "times");
      /* Translators: a member's name and how many times they saw the child. */
      g_autofree char *line = g_strdup_printf (cg_ngettext ("%s: %d time", "%s: %d times", (gulong) times), name, times);

      cg_document_item (document, line);
    }
  cg_document_end_list (document);

  cg_document_heading (document, 2, _("What the conferences decided"));
  cg_document_begin_list (document, _("No conference set a figure of its own for seeing the child."));
  for (guint i = 0; i < json_array_get_length (decisions); i++)
    {
      JsonObject *decision = json_array_get_object_element (decisions, i);
      g_autofree char *day = day_of (decision, "conference");
      g_autofree char *line =
        json_object_get_boolean_member_with_default (decision, "off", FALSE)
          /* Translators: the conference's date and the reason it gave. */
          ? g_strdup_printf (_("%s: the child need not be seen alone (%s)"), day, text_of (decision, "reason"))
          /* Translators: the conference's date, a rule id (which stays as it
           * is), a span ("5 working days") and the reason it gave. */
          : g_strdup_printf (_("%s: %s at least every %s (%s)"), day, text_of (decision, "rule"),
                             text_of (decision, "figure"), text_of (decision, "reason"));

      cg_document_item (document, line);
    }
  cg_document_end_list (document);

  cg_document_heading (document, 2, _("Visits late or overdue"));
  entry_items (document, array_of (seen, "entries"), _("Every visit was on time."));
}

static void
compliance (CgDocument *document,
            JsonObject *report)
{
  const char * const columns[] = { _("Rule"), _("Met"), _("Late"), _("Overdue"), _("Accepted"), _("Pending"), NULL };
  JsonArray *rules = array_of (report, "compliance");

  cg_document_heading (document, 1, _("Timescales"));
  cg_document_begin_table (document, columns, _("No timescale fell due in the period."));
  for (guint i = 0; i < json_array_get_length (rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (rules, i);
      g_autofree char *met = count_text (number_of (rule, "met"));
      g_autofree char *late = count_text (number_of (rule, "late"));
      g_autofree char *overdue = count_text (number_of (rule, "overdue"));
      g_autofree char *accepted = count_text (number_of (rule, "acknowledged"));
      g_autofree char *pending = count_text (number_of (rule, "pending"));
      const char *cells[] = { text_of (rule, "rule"), met, late, overdue, accepted, pending, NULL };

      cg_document_row (document, cells);
    }
  cg_document_end_table (document);
}

static void
findings (CgDocument *document,
          JsonObject *report)
{
  JsonArray *findings = array_of (report, "findings");

  cg_document_heading (document, 1, _("Findings"));
  cg_document_begin_list (document, _("The record raises no finding."));
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);
      g_autofree char *line = g_strdup_printf ("%s (%s): %s", cg_words_nick ("severity", text_of (finding, "severity")),
                                               text_of (finding, "rule"), text_of (finding, "message"));

      cg_document_item (document, line);
    }
  cg_document_end_list (document);
}

static void
follow_up (CgDocument *document,
           JsonObject *report)
{
  JsonArray *escalations = array_of (report, "open_escalations");
  JsonArray *requests = array_of (report, "review_requests");

  cg_document_heading (document, 1, _("Open escalations"));
  cg_document_begin_list (document, _("No escalation is open."));
  for (guint i = 0; i < json_array_get_length (escalations); i++)
    {
      JsonObject *escalation = json_array_get_object_element (escalations, i);
      g_autofree char *raised = day_of (escalation, "date");
      g_autofree char *since = day_of (escalation, "since");
      g_autofree char *by = who (escalation, "raised_by");
      const char *about = text_of (escalation, "about");
      const char *concern = cg_words_nick ("escalation concern", text_of (escalation, "concern"));
      const char *step = text_of (escalation, "last_step");
      const char *step_words = step != NULL ? cg_words_nick ("escalation step", step) : _("none yet");
      int days = (int) number_of (escalation, "working_days");
      g_autofree char *line = NULL;

      if (about != NULL)
        /* Translators: an open escalation: its id, its concern
         * ("attendance"), whom or what it is about, who raised it and when,
         * its last step ("agency-managers", or "none yet") and when, and how
         * many working days ago that was. */
        line = g_strdup_printf (cg_ngettext ("%s: %s about %s, raised by %s on %s; last step %s on %s, %d working day ago",
                                             "%s: %s about %s, raised by %s on %s; last step %s on %s, %d working days ago",
                                             (gulong) days),
                                text_of (escalation, "id"), concern, about, by, raised, step_words, since, days);
      else
        /* Translators: as above, with nobody or nothing named. */
        line = g_strdup_printf (cg_ngettext ("%s: %s, raised by %s on %s; last step %s on %s, %d working day ago",
                                             "%s: %s, raised by %s on %s; last step %s on %s, %d working days ago",
                                             (gulong) days),
                                text_of (escalation, "id"), concern, by, raised, step_words, since, days);

      cg_document_item (document, line);
    }
  cg_document_end_list (document);

  cg_document_heading (document, 1, _("Requests to move the review conference"));
  cg_document_begin_list (document, _("No request to move the review conference was made in the period."));
  for (guint i = 0; i < json_array_get_length (requests); i++)
    {
      JsonObject *request = json_array_get_object_element (requests, i);
      g_autofree char *date = day_of (request, "date");
      g_autofree char *by = who (request, "by");
      g_autofree char *decided = day_of (request, "decided_on");
      const char *decision = text_of (request, "decision");
      /* Translators: the chair's decision ("agreed") and its date. */
      g_autofree char *outcome = decided != NULL ? g_strdup_printf (_("%s on %s"), cg_words_nick ("review decision", decision),
                                                                    decided)
                                                 : g_strdup (_("waiting for the chair's decision"));
      g_autofree char *line = NULL;

      if (g_strcmp0 (text_of (request, "direction"), "earlier") == 0)
        /* Translators: a request to move the review conference: its date, who
         * made it, the reason they gave, and what the chair decided. */
        line = g_strdup_printf (_("%s, %s asked for it earlier: %s; %s"), date, by, text_of (request, "reason"), outcome);
      else
        /* Translators: as above, for a request to hold it later. */
        line = g_strdup_printf (_("%s, %s asked for it later: %s; %s"), date, by, text_of (request, "reason"), outcome);

      cg_document_item (document, line);
    }
  cg_document_end_list (document);
}

CgDocument *
cg_review_report_document_new (JsonObject *report)
{
  JsonObject *conference = json_object_get_object_member (report, "conference");
  g_autofree char *day = day_of (conference, "date");
  g_autoptr(GString) subtitle = g_string_new (NULL);
  JsonArray *moved = json_object_has_member (conference, "rescheduled_from")
                     ? json_object_get_array_member (conference, "rescheduled_from") : NULL;
  CgDocument *document;

  if (json_object_get_boolean_member (conference, "booked"))
    /* Translators: the review report's subtitle; %s is the conference's date,
     * "Thu 4 Feb 2027". */
    g_string_append_printf (subtitle, _("Review conference of %s"), day);
  else
    /* Translators: the review report's subtitle; %s is the day the conference
     * is due by. */
    g_string_append_printf (subtitle, _("Review conference due by %s (not yet booked)"), day);
  if (moved != NULL && json_array_get_length (moved) > 0)
    {
      g_autoptr(GDate) was = cg_date_parse (json_array_get_string_element (moved, json_array_get_length (moved) - 1),
                                            NULL);
      g_autofree char *earlier = cg_rules_describe_day (was);

      /* Translators: follows the review report's subtitle; %s is the day the
       * conference was booked for before. */
      g_string_append_printf (subtitle, _(", moved from %s"), earlier);
    }

  document = cg_document_new (_("Report to the review conference"), text_of (report, "case"), subtitle->str);
  about_this_report (document, report);
  recommendation (document, report);
  plan_changes (document, report);
  dissent (document, report);
  outcomes (document, report);
  core_groups (document, report);
  child_seen (document, report);
  compliance (document, report);
  findings (document, report);
  follow_up (document, report);
  return document;
}
