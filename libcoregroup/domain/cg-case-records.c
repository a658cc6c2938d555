/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The records of a case about its procedure rather than its meetings and
 * contacts: what the conferences decided about the rules for this child,
 * the deadlines whose delay someone acknowledged, the requests to move a
 * review conference, and the concerns escalated beyond the core group.
 * Each is checked when it is added, and again over the whole record by
 * cg_case_validate (), with the same code. */

#include "config.h"

#include <coregroup/coregroup.h>

#include "domain/cg-case-private.h"
#include "domain/cg-core-group-private.h"
#include "domain/cg-escalation-private.h"
#include "domain/cg-plan-history-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"

/* A required text of a record: the document's reader refuses an empty
 * one, so the checks here do too. */
static gboolean
is_missing (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *path,
      const char  *field,
      const char  *message)
{
  g_set_error (error, CG_CASE_ERROR, code, "%s.%s: %s", path, field, message);
  return FALSE;
}

static gboolean
check_members (CgCase              *self,
               const char * const  *members,
               const char          *path,
               const char          *field,
               GError             **error)
{
  CgCoreGroup *group = cg_case_get_core_group (self);

  for (guint i = 0; members != NULL && members[i] != NULL; i++)
    {
      g_autofree char *element = cg_strdup_format ("%s[%u]", field, i);

      if (!cg_core_group_check_member_ref (group, members[i], path, element, error))
        return FALSE;
    }

  return TRUE;
}

/* @days: the days a conference sat (cg_plan_history_conference_days ()),
 * made once per check of the record so that checking a decision is a
 * lookup. */
static gboolean
check_decision (CgCase                *self,
                CgConferenceDecision  *decision,
                const char            *path,
                GHashTable            *days,
                GError               **error)
{
  GDate *conference = cg_conference_decision_get_conference (decision);
  gboolean interval = cg_conference_decision_get_value (decision) > 0;
  gboolean off = cg_conference_decision_get_off (decision);

  if (conference == NULL)
    return fail (error, CG_CASE_ERROR_INVALID, path, "conference",
                 _("a decision needs the day of the conference that made it"));
  if (is_missing (cg_conference_decision_get_rule (decision)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "rule", _("a decision needs the rule it is about"));
  if (is_missing (cg_conference_decision_get_reason (decision)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "reason", _("a decision needs a reason"));
  if (interval && off)
    return fail (error, CG_CASE_ERROR_INVALID, path, "off",
                 _("a decision sets an interval or turns its rule off, not both"));
  if (!interval && !off)
    return fail (error, CG_CASE_ERROR_INVALID, path, "value",
                 _("a decision sets an interval or turns its rule off"));
  if (!g_hash_table_contains (days, GUINT_TO_POINTER (g_date_get_julian (conference))))
    return fail (error, CG_CASE_ERROR_UNKNOWN_MEMBER, path, "conference",
                 _("not the day of the initial conference or of a held review conference"));

  return check_members (self, cg_conference_decision_get_by (decision), path, "by", error);
}

/**
 * cg_case_get_conference_decisions:
 * @self: a case
 *
 * Gets what the conferences decided about the rules for this child, in the
 * order the decisions were recorded.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.ConferenceDecision]
 */
GListModel *
cg_case_get_conference_decisions (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (cg_case_get_decision_list (self));
}

/**
 * cg_case_add_conference_decision:
 * @self: a case
 * @decision: what a conference decided about one rule
 * @error: return location for a #GError
 *
 * Records a conference decision. It must have a conference day, a rule
 * and a reason, and either set an interval or turn its rule off
 * (%CG_CASE_ERROR_INVALID); its day must be that of the initial
 * conference or of a held review conference, and the members it names must
 * be in the core group (%CG_CASE_ERROR_UNKNOWN_MEMBER). Whether the rule
 * is one that takes an interval, or can be turned off, is checked when a
 * document is read (see the [JSON format](json-format.html)).
 *
 * Returns: %TRUE if the decision was recorded
 */
gboolean
cg_case_add_conference_decision (CgCase                *self,
                                 CgConferenceDecision  *decision,
                                 GError               **error)
{
  g_autoptr(GHashTable) days = NULL;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (CG_IS_CONFERENCE_DECISION (decision), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  days = cg_plan_history_conference_days (self);
  if (!check_decision (self, decision, "decision", days, error))
    return FALSE;

  cg_item_list_append (cg_case_get_decision_list (self), decision);
  return TRUE;
}

static gboolean
check_acknowledgement (CgAcknowledgement  *acknowledgement,
                       const char         *path,
                       GError            **error)
{
  if (is_missing (cg_acknowledgement_get_rule (acknowledgement)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "rule",
                 _("an acknowledgement needs the rule of the deadline it acknowledges"));
  if (cg_acknowledgement_get_due (acknowledgement) == NULL)
    return fail (error, CG_CASE_ERROR_INVALID, path, "due",
                 _("an acknowledgement needs the day the deadline was due"));
  if (cg_acknowledgement_get_date (acknowledgement) == NULL)
    return fail (error, CG_CASE_ERROR_INVALID, path, "date",
                 _("an acknowledgement needs the day it was made"));
  if (is_missing (cg_acknowledgement_get_by (acknowledgement)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "by",
                 _("an acknowledgement needs the name of the person who made it"));
  if (is_missing (cg_acknowledgement_get_reason (acknowledgement)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "reason", _("an acknowledgement needs a reason"));

  return TRUE;
}

/**
 * cg_case_get_acknowledgements:
 * @self: a case
 *
 * Gets the deadline entries someone acknowledged, in the order the
 * acknowledgements were recorded.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Acknowledgement]
 */
GListModel *
cg_case_get_acknowledgements (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (cg_case_get_acknowledgement_list (self));
}

/**
 * cg_case_add_acknowledgement:
 * @self: a case
 * @acknowledgement: an acknowledgement of a deadline entry
 * @error: return location for a #GError
 *
 * Records an acknowledgement of a deadline entry. It must have a rule, the
 * day the entry was due, the day it was acknowledged, the name of the
 * person who acknowledged it and a reason (%CG_CASE_ERROR_INVALID).
 * Whether the rule is a deadline rule is checked when a document is read
 * (see the [JSON format](json-format.html)).
 *
 * Returns: %TRUE if the acknowledgement was recorded
 */
gboolean
cg_case_add_acknowledgement (CgCase             *self,
                             CgAcknowledgement  *acknowledgement,
                             GError            **error)
{
  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (CG_IS_ACKNOWLEDGEMENT (acknowledgement), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_acknowledgement (acknowledgement, "acknowledgement", error))
    return FALSE;

  cg_item_list_append (cg_case_get_acknowledgement_list (self), acknowledgement);
  return TRUE;
}

static gboolean
check_review_request (CgCase           *self,
                      CgReviewRequest  *request,
                      const char       *path,
                      GError          **error)
{
  gboolean decided = cg_review_request_get_decision (request) != CG_REVIEW_DECISION_OPEN;
  gboolean decided_on = cg_review_request_get_decided_on (request) != NULL;

  if (cg_review_request_get_date (request) == NULL)
    return fail (error, CG_CASE_ERROR_INVALID, path, "date", _("a review request needs the day it was made"));
  if (is_missing (cg_review_request_get_by (request)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "by", _("a review request needs the member who made it"));
  if (is_missing (cg_review_request_get_reason (request)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "reason", _("a review request needs a reason"));
  if (decided && !decided_on)
    return fail (error, CG_CASE_ERROR_INVALID, path, "decided_on",
                 _("a decided review request needs the day it was decided"));
  if (!decided && decided_on)
    return fail (error, CG_CASE_ERROR_INVALID, path, "decided_on",
                 _("an open review request has no day of decision"));

  return cg_core_group_check_member_ref (cg_case_get_core_group (self), cg_review_request_get_by (request),
                                         path, "by", error);
}

/**
 * cg_case_get_review_requests:
 * @self: a case
 *
 * Gets the requests to bring a review conference forward or put it back,
 * in the order they were recorded.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.ReviewRequest]
 */
GListModel *
cg_case_get_review_requests (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (cg_case_get_review_request_list (self));
}

/**
 * cg_case_add_review_request:
 * @self: a case
 * @request: a request to move the next review conference
 * @error: return location for a #GError
 *
 * Records a review request. It must have a day, the member who made it
 * and a reason, and the day it was decided exactly when it is agreed or
 * declined (%CG_CASE_ERROR_INVALID); the member must be in the core group
 * (%CG_CASE_ERROR_UNKNOWN_MEMBER).
 *
 * Returns: %TRUE if the request was recorded
 */
gboolean
cg_case_add_review_request (CgCase           *self,
                            CgReviewRequest  *request,
                            GError          **error)
{
  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (CG_IS_REVIEW_REQUEST (request), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_review_request (self, request, _("review request"), error))
    return FALSE;

  cg_item_list_append (cg_case_get_review_request_list (self), request);
  return TRUE;
}

static gboolean
check_escalation (CgCase        *self,
                  CgEscalation  *escalation,
                  const char    *path,
                  GError       **error)
{
  CgCoreGroup *group = cg_case_get_core_group (self);
  const char *about = cg_escalation_get_about (escalation);
  CgItemList *steps = cg_escalation_get_step_list (escalation);

  if (is_missing (cg_escalation_get_id (escalation)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "id", _("an escalation needs an id"));
  if (cg_escalation_get_date (escalation) == NULL)
    return fail (error, CG_CASE_ERROR_INVALID, path, "date", _("an escalation needs the day it was raised"));
  if (is_missing (cg_escalation_get_raised_by (escalation)))
    return fail (error, CG_CASE_ERROR_INVALID, path, "raised_by",
                 _("an escalation needs the member who raised it"));
  if (!cg_core_group_check_member_ref (group, cg_escalation_get_raised_by (escalation),
                                       path, "raised_by", error))
    return FALSE;
  if (about != NULL && cg_core_group_lookup_member (group, about) == NULL &&
      cg_child_protection_plan_lookup_action (cg_case_get_plan (self), about) == NULL)
    return fail (error, CG_CASE_ERROR_UNKNOWN_MEMBER, path, "about",
                 _("not a member of the core group or an action of the plan"));

  for (guint i = 0; i < cg_item_list_get_len (steps); i++)
    if (cg_escalation_step_get_date (cg_item_list_peek (steps, i)) == NULL)
      {
        g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_INVALID,
                     /* Translators: the escalation's field path
                      * ("escalations[1]"), which stays as it is, and the
                      * step's place in it. */
                     _("%s.steps[%u].date: a step needs the day it was taken"), path, i);
        return FALSE;
      }

  return TRUE;
}

/**
 * cg_case_get_escalations:
 * @self: a case
 *
 * Gets the concerns escalated beyond the core group, in the order they
 * were recorded.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@CoreGroup.Escalation]
 */
GListModel *
cg_case_get_escalations (CgCase *self)
{
  g_return_val_if_fail (CG_IS_CASE (self), NULL);

  return G_LIST_MODEL (cg_case_get_escalation_list (self));
}

/**
 * cg_case_add_escalation:
 * @self: a case
 * @escalation: a concern escalated beyond the core group
 * @error: return location for a #GError
 *
 * Records an escalation. Its id must be new (%CG_CASE_ERROR_DUPLICATE_ID);
 * it must have an id, a day and the member who raised it, and each of its
 * steps a day (%CG_CASE_ERROR_INVALID); the member who raised it must be
 * in the core group, and what it is about, if anything, a member of the
 * core group or an action of the plan (%CG_CASE_ERROR_UNKNOWN_MEMBER).
 * Steps added to it later are checked by [method@CoreGroup.Case.validate].
 *
 * Returns: %TRUE if the escalation was recorded
 */
gboolean
cg_case_add_escalation (CgCase        *self,
                        CgEscalation  *escalation,
                        GError       **error)
{
  CgItemList *escalations;
  g_autofree char *path = NULL;

  g_return_val_if_fail (CG_IS_CASE (self), FALSE);
  g_return_val_if_fail (CG_IS_ESCALATION (escalation), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  escalations = cg_case_get_escalation_list (self);
  if (cg_item_list_find (escalations, (CgItemIdFunc) cg_escalation_get_id,
                         cg_escalation_get_id (escalation), G_MAXUINT) >= 0)
    {
      g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
                   /* Translators: %s is the escalation's id. */
                   _("An escalation with id “%s” is already recorded"), cg_escalation_get_id (escalation));
      return FALSE;
    }

  /* Translators: how an error names an escalation added through the API,
   * before a field's name (".date: ..."); %s is its id. */
  path = cg_strdup_format (_("escalation “%s”"), cg_escalation_get_id (escalation));
  if (!check_escalation (self, escalation, path, error))
    return FALSE;

  cg_item_list_append (escalations, escalation);
  return TRUE;
}

gboolean
cg_case_validate_records (CgCase  *self,
                          GError **error)
{
  CgItemList *decisions = CG_ITEM_LIST (cg_case_peek_decision (self));
  CgItemList *acknowledgements = CG_ITEM_LIST (cg_case_peek_acknowledgement (self));
  CgItemList *requests = CG_ITEM_LIST (cg_case_peek_review_request (self));
  CgItemList *escalations = CG_ITEM_LIST (cg_case_peek_escalation (self));
  g_autoptr(GHashTable) days = cg_plan_history_conference_days (self);
  CgItemList *conferences = CG_ITEM_LIST (cg_case_peek_conference (self));
  CgCoreGroup *group = cg_case_get_core_group (self);

  /* A recommendation agreed at a meeting names a meeting of the record. */
  for (guint i = 0; i < cg_item_list_get_len (conferences); i++)
    {
      const char *meeting = cg_conference_get_recommendation_meeting (cg_item_list_peek (conferences, i));
      g_autofree char *path = NULL;

      if (meeting == NULL || cg_core_group_lookup_meeting (group, meeting) != NULL)
        continue;
      path = cg_strdup_format ("review_conferences[%u].recommendation", i);
      return fail (error, CG_CASE_ERROR_UNKNOWN_MEMBER, path, "meeting", _("not a recorded meeting"));
    }

  for (guint i = 0; i < cg_item_list_get_len (decisions); i++)
    {
      g_autofree char *path = cg_strdup_format ("conference_decisions[%u]", i);

      if (!check_decision (self, cg_item_list_peek (decisions, i), path, days, error))
        return FALSE;
    }

  for (guint i = 0; i < cg_item_list_get_len (acknowledgements); i++)
    {
      g_autofree char *path = cg_strdup_format ("acknowledgements[%u]", i);

      if (!check_acknowledgement (cg_item_list_peek (acknowledgements, i), path, error))
        return FALSE;
    }

  for (guint i = 0; i < cg_item_list_get_len (requests); i++)
    {
      g_autofree char *path = cg_strdup_format ("review_requests[%u]", i);

      if (!check_review_request (self, cg_item_list_peek (requests, i), path, error))
        return FALSE;
    }

  for (guint i = 0; i < cg_item_list_get_len (escalations); i++)
    {
      CgEscalation *escalation = cg_item_list_peek (escalations, i);
      int earlier = cg_item_list_find (escalations, (CgItemIdFunc) cg_escalation_get_id,
                                       cg_escalation_get_id (escalation), i);
      g_autofree char *path = cg_strdup_format ("escalations[%u]", i);

      /* Names the two entries, not the id they share: a message may be logged. */
      if (earlier >= 0)
        {
          g_set_error (error, CG_CASE_ERROR, CG_CASE_ERROR_DUPLICATE_ID,
                       /* Translators: the escalation's field path, and the
                        * place of the earlier one with that id; "id" and
                        * "escalations" stay as they are. */
                       _("%s.id: the same id as escalations[%d]"), path, earlier);
          return FALSE;
        }
      if (!check_escalation (self, escalation, path, error))
        return FALSE;
    }

  return TRUE;
}
