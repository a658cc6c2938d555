/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "documents/cg-document-private.h"
#include "documents/cg-words-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-util-private.h"

/**
 * CgPlanCopy:
 *
 * A core group member's own copy of the child protection plan, as text or
 * as one printable HTML file.
 *
 * Each member of the core group, the parents, carers and the child
 * included, is given their own copy of the plan (Haringey, "The child
 * protection plan"; South East Wales: all parties "have a copy"), in
 * language the family can understand (Suffolk 7.1), and nothing in it may
 * put someone at risk: in domestic abuse or family conflict one parent's
 * address must never reach the other (Suffolk 5.5). So a copy is made for
 * a reader, and holds only what that reader may see:
 *
 * - `professionals`: everything, with what the family's copy leaves out
 *   marked as such;
 * - `family`, what any parent, carer or the child may see: no outcome,
 *   action or section entry whose [enum@CoreGroup.Audience] is
 *   %CG_AUDIENCE_PROFESSIONALS, and no address or phone number of a member
 *   who withholds them ([property@CoreGroup.Member:withhold-from]) from
 *   any member whose role is not professional;
 * - a member's id: what their role's audience sees (the professionals' for
 *   a professional, the family's for anyone else), less the contact
 *   details of every member who withholds them from that member.
 *
 * A member whose details are left out is still listed, by name and role,
 * with "contact details withheld". The copy has the child's name, the case
 * id and the categories; the outcomes and how each is measured; the
 * actions, who does each and by when; the needs, risks and strengths; the
 * contingency plan; the arrangements for seeing the child; and the core
 * group with each member's role, agency and contact details. Every
 * section is there even when it is empty ("No strengths were recorded.").
 * Dissent is not part of the plan and is not in the copy.
 *
 * The copy is made when it is created: a change to the case afterwards is
 * not in it.
 *
 * ```c
 * g_autoptr(CgPlanCopy) copy = cg_plan_copy_new (kase, "m4", &error);
 * g_autofree char *html = copy != NULL ? cg_plan_copy_to_html (copy) : NULL;
 * ```
 */

struct _CgPlanCopy
{
  GObject     parent_instance;
  char       *audience;
  CgDocument *document;
};

G_DEFINE_FINAL_TYPE (CgPlanCopy, cg_plan_copy, G_TYPE_OBJECT)

/* Who reads the copy: the family or not, and which member, if one. */
typedef struct
{
  gboolean    family;
  const char *member_id;
} Reader;

static void
cg_plan_copy_finalize (GObject *object)
{
  CgPlanCopy *self = CG_PLAN_COPY (object);

  g_clear_pointer (&self->audience, g_free);
  g_clear_pointer (&self->document, cg_document_free);

  G_OBJECT_CLASS (cg_plan_copy_parent_class)->finalize (object);
}

static void
cg_plan_copy_class_init (CgPlanCopyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_plan_copy_finalize;
}

static void
cg_plan_copy_init (CgPlanCopy *self)
{
}

static gboolean
shows (const Reader *reader,
       CgAudience    audience)
{
  return !reader->family || audience == CG_AUDIENCE_EVERYONE;
}

/* A member's details are kept from a family reader when they are withheld
 * from anyone in the family (a copy given to one of them may be read by
 * the others), and from a member they are withheld from. An id that names
 * no member counts as the family's. */
static gboolean
shows_details_of (CgCoreGroup  *group,
                  CgMember     *member,
                  const Reader *reader)
{
  const char * const *from = cg_member_get_withhold_from (member);

  for (guint i = 0; from != NULL && from[i] != NULL; i++)
    {
      CgMember *kept_from = cg_core_group_lookup_member (group, from[i]);

      if (g_strcmp0 (from[i], reader->member_id) == 0 ||
          (reader->family && (kept_from == NULL || !cg_member_get_professional (kept_from))))
        return FALSE;
    }

  return TRUE;
}

/* "lead social worker" for "Lead social worker", as the middle of a
 * sentence has it; "GP" stays "GP". */
static char *
in_sentence (const char *words)
{
  char *text = g_strdup (words);

  if (!g_ascii_isupper (text[1]))
    text[0] = g_ascii_tolower (text[0]);
  return text;
}

static char *
role_text (CgMemberRole role)
{
  return in_sentence (cg_words_member_role (role));
}

static char *
categories_text (CgAbuseCategory categories)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 1; bit <= CG_ABUSE_CATEGORY_SEXUAL_ABUSE; bit <<= 1)
    if ((categories & bit) != 0)
      {
        g_autofree char *words = in_sentence (cg_words_category (bit));

        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", words);
      }

  return g_string_free (text, FALSE);
}

static char *
day_text (const GDate *date)
{
  return date != NULL ? cg_rules_describe_day (date) : NULL;
}

/* An item the family's copy leaves out says so in the others, so that
 * nobody passes it on by mistake. */
static char *
marked (const char *text,
        CgAudience  audience)
{
  if (audience == CG_AUDIENCE_EVERYONE)
    return g_strdup (text);
  /* Translators: an item of the plan the family's copy leaves out. */
  return g_strdup_printf (_("%s (for professionals only)"), text);
}

static void
write_child (CgDocument *document,
             CgCase     *kase)
{
  g_autofree char *born = day_text (cg_case_get_child_date_of_birth (kase));
  g_autofree char *categories = categories_text (cg_case_get_categories (kase));

  cg_document_heading (document, 1, _("The child"));
  cg_document_field (document, _("Name"), cg_case_get_child_name (kase), _("Not recorded."));
  cg_document_field (document, _("Date of birth"), born, _("Not recorded."));
  cg_document_field (document, _("Case"), cg_case_get_id (kase), _("Not recorded."));
  cg_document_field (document, _("Categories"), categories, _("None recorded."));
}

static void
write_outcomes (CgDocument            *document,
                CgChildProtectionPlan *plan,
                const Reader          *reader)
{
  const char * const columns[] = { _("Outcome"), _("How it will be measured"), NULL };
  GListModel *outcomes = cg_child_protection_plan_get_outcomes (plan);

  cg_document_heading (document, 1, _("Outcomes"));
  cg_document_begin_table (document, columns, _("No outcomes were recorded."));
  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(CgOutcome) outcome = g_list_model_get_item (outcomes, i);
      CgAudience audience = cg_outcome_get_audience (outcome);
      g_autofree char *what = NULL;

      if (!shows (reader, audience))
        continue;

      what = marked (cg_outcome_get_description (outcome), audience);
      cg_document_row (document, (const char * const[]) { what, cg_outcome_get_measure (outcome) });
    }
  cg_document_end_table (document);
}

static void
write_actions (CgDocument            *document,
               CgChildProtectionPlan *plan,
               CgCoreGroup           *group,
               const Reader          *reader)
{
  const char * const columns[] = { _("What"), _("Who"), _("By when"), _("Done"), NULL };
  GListModel *actions = cg_child_protection_plan_get_actions (plan);

  cg_document_heading (document, 1, _("Actions"));
  cg_document_begin_table (document, columns, _("No actions were recorded."));
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CgAction) action = g_list_model_get_item (actions, i);
      CgAudience audience = cg_action_get_audience (action);
      const char *owner = cg_action_get_owner (action);
      CgMember *member = owner != NULL ? cg_core_group_lookup_member (group, owner) : NULL;
      g_autofree char *what = NULL;
      g_autofree char *due = NULL;
      g_autofree char *done = NULL;

      if (!shows (reader, audience))
        continue;

      what = marked (cg_action_get_description (action), audience);
      due = day_text (cg_action_get_due (action));
      done = day_text (cg_action_get_completed (action));
      cg_document_row (document, (const char * const[]) {
                         what, member != NULL ? cg_member_get_name (member) : owner, due, done });
    }
  cg_document_end_table (document);
}

static void
write_section (CgDocument            *document,
               CgChildProtectionPlan *plan,
               const Reader          *reader,
               const char            *section,
               const char * const    *entries,
               const char            *title,
               const char            *empty)
{
  cg_document_heading (document, 1, title);
  cg_document_begin_list (document, empty);
  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    {
      CgAudience audience = cg_child_protection_plan_get_section_audience (plan, section, i);
      g_autofree char *text = NULL;

      if (!shows (reader, audience))
        continue;

      text = marked (entries[i], audience);
      cg_document_item (document, text);
    }
  cg_document_end_list (document);
}

static void
write_text (CgDocument *document,
            const char *title,
            const char *text,
            const char *empty)
{
  cg_document_heading (document, 1, title);
  cg_document_paragraph (document, !cg_is_blank (text) ? text : empty);
}

/* "Room 3, Example Refuge; 07700 900003", and in a copy that may show
 * them, whom they are kept from, so that nobody passes them on; NULL when
 * none is recorded. */
static char *
contact_details (CgCoreGroup  *group,
                 CgMember     *member,
                 const Reader *reader)
{
  const char * const *from = cg_member_get_withhold_from (member);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_autoptr(GString) kept_from = g_string_new (NULL);
  g_auto(GStrv) recorded = NULL;
  g_autofree char *details = NULL;
  gboolean family = FALSE;

  if (!shows_details_of (group, member, reader))
    return g_strdup (_("contact details withheld"));

  if (cg_member_get_address (member) != NULL)
    g_strv_builder_add (parts, cg_member_get_address (member));
  if (cg_member_get_phone (member) != NULL)
    g_strv_builder_add (parts, cg_member_get_phone (member));
  recorded = g_strv_builder_end (parts);
  if (recorded[0] == NULL)
    return NULL;

  details = g_strjoinv ("; ", recorded);
  for (guint i = 0; from != NULL && from[i] != NULL; i++)
    {
      CgMember *other = cg_core_group_lookup_member (group, from[i]);

      g_string_append_printf (kept_from, "%s%s", i > 0 ? ", " : "",
                              other != NULL && cg_member_get_name (other) != NULL ? cg_member_get_name (other) : from[i]);
      family = family || other == NULL || !cg_member_get_professional (other);
    }
  if (kept_from->len == 0)
    return g_steal_pointer (&details);
  if (family)
    /* Translators: a member's contact details, and the names of those they
     * are kept from. */
    return g_strdup_printf (_("%s (kept from %s; left out of every family copy)"), details, kept_from->str);
  /* Translators: a member's contact details, and the names of those they are
   * kept from. */
  return g_strdup_printf (_("%s (kept from %s)"), details, kept_from->str);
}

static void
write_members (CgDocument   *document,
               CgCoreGroup  *group,
               const Reader *reader)
{
  const char * const columns[] = { _("Name"), _("Role"), _("Agency"), _("Contact"), NULL };
  GListModel *members = cg_core_group_get_members (group);

  cg_document_heading (document, 1, _("The core group"));
  cg_document_begin_table (document, columns, _("No members were recorded."));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CgMember) member = g_list_model_get_item (members, i);
      g_autofree char *role = role_text (cg_member_get_role (member));
      g_autofree char *details = contact_details (group, member, reader);

      cg_document_row (document, (const char * const[]) {
                         cg_member_get_name (member), role, cg_member_get_agency (member),
                         details != NULL ? details : _("None recorded") });
    }
  cg_document_end_table (document);
}

static CgDocument *
build (CgCase       *kase,
       const Reader *reader,
       const char   *subtitle)
{
  CgDocument *document = cg_document_new (_("Child protection plan"), cg_case_get_id (kase), subtitle);
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  CgCoreGroup *group = cg_case_get_core_group (kase);

  if (!reader->family)
    cg_document_paragraph (document, _("This copy is for professionals. It holds what the family's copy "
                                       "leaves out: do not give it to a parent, carer or the child."));

  write_child (document, kase);
  write_outcomes (document, plan, reader);
  write_actions (document, plan, group, reader);
  write_section (document, plan, reader, "needs", cg_child_protection_plan_get_needs (plan),
                 _("The child's needs"), _("No needs were recorded."));
  write_section (document, plan, reader, "risks", cg_child_protection_plan_get_risks (plan),
                 _("Risks"), _("No risks were recorded."));
  write_section (document, plan, reader, "strengths", cg_child_protection_plan_get_strengths (plan),
                 _("Strengths"), _("No strengths were recorded."));
  write_text (document, _("Contingency plan"), cg_child_protection_plan_get_contingency (plan),
              _("No contingency plan was recorded."));
  write_text (document, _("Seeing the child"), cg_child_protection_plan_get_contact_arrangements (plan),
              _("No contact arrangements were recorded."));
  write_members (document, group, reader);
  return document;
}

/**
 * cg_plan_copy_new:
 * @kase: a case
 * @audience: who the copy is for: a member's id, `family` or `professionals`
 * @error: return location for a #GError
 *
 * Makes the copy of @kase's plan that @audience may read. `family` is
 * always the family's copy; a member whose id is `professionals` is that
 * member, whose copy never shows more than the professionals'. An
 * @audience that is none of these fails with %CG_CASE_ERROR_UNKNOWN_MEMBER,
 * whose message does not quote it.
 *
 * Returns: (transfer full): the copy, or %NULL with @error set
 */
CgPlanCopy *
cg_plan_copy_new (CgCase      *kase,
                  const char  *audience,
                  GError     **error)
{
  CgCoreGroup *group;
  CgMember *member;
  Reader reader = { FALSE, NULL };
  g_autofree char *subtitle = NULL;
  g_autoptr(CgPlanCopy) self = NULL;

  g_return_val_if_fail (CG_IS_CASE (kase), NULL);
  g_return_val_if_fail (audience != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  group = cg_case_get_core_group (kase);
  member = cg_core_group_lookup_member (group, audience);
  if (g_str_equal (audience, "family"))
    {
      reader.family = TRUE;
      subtitle = g_strdup (_("Copy for the family"));
    }
  else if (member != NULL)
    {
      g_autofree char *role = role_text (cg_member_get_role (member));

      reader.family = !cg_member_get_professional (member);
      reader.member_id = cg_member_get_id (member);
      /* Translators: the copy's subtitle: a member's name and their role,
       * "Copy for Ali Nurse (health visitor)". */
      subtitle = g_strdup_printf (_("Copy for %s (%s)"), cg_member_get_name (member) != NULL
                                  ? cg_member_get_name (member) : reader.member_id, role);
    }
  else if (g_str_equal (audience, "professionals"))
    subtitle = g_strdup (_("Copy for professionals"));
  else
    {
      g_set_error_literal (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER,
                           _("The copy is for a member of the core group, “family” or “professionals”: "
                             "no member has that id"));
      return NULL;
    }

  self = g_object_new (CG_TYPE_PLAN_COPY, NULL);
  self->audience = g_strdup (audience);
  self->document = build (kase, &reader, subtitle);
  return g_steal_pointer (&self);
}

/**
 * cg_plan_copy_get_audience:
 * @self: a copy of the plan
 *
 * Gets who the copy is for, as [ctor@CoreGroup.PlanCopy.new] was given it.
 *
 * Returns: (transfer none): a member's id, `family` or `professionals`
 */
const char *
cg_plan_copy_get_audience (CgPlanCopy *self)
{
  g_return_val_if_fail (CG_IS_PLAN_COPY (self), NULL);

  return self->audience;
}

/**
 * cg_plan_copy_to_text:
 * @self: a copy of the plan
 *
 * Writes the copy as plain text, wrapped at 78 columns.
 *
 * Returns: (transfer full): the text
 */
char *
cg_plan_copy_to_text (CgPlanCopy *self)
{
  g_return_val_if_fail (CG_IS_PLAN_COPY (self), NULL);

  return cg_document_to_text (self->document);
}

/**
 * cg_plan_copy_to_html:
 * @self: a copy of the plan
 *
 * Writes the copy as one self-contained HTML file, printable on A4, that
 * runs no script and fetches nothing.
 *
 * Returns: (transfer full): the HTML
 */
char *
cg_plan_copy_to_html (CgPlanCopy *self)
{
  g_return_val_if_fail (CG_IS_PLAN_COPY (self), NULL);

  return cg_document_to_html (self->document);
}
