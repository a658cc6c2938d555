/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the rules share: the evaluation context, interval arithmetic in the
 * units policies state their timescales in (doc/rules.md, "Counting
 * dates"), and dates written for people. */

#include "config.h"

#include "rules/cg-report-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

CgRuleSetting *
cg_rule_setting_copy (const CgRuleSetting *setting)
{
  CgRuleSetting *copy = g_new0 (CgRuleSetting, 1);

  /* Numbers (value, minimum, max_sentence_words, min_reading_ease...)
   * come with the struct; strings are copied. */
  *copy = *setting;
  copy->sections = g_strdupv (setting->sections);
  copy->route = g_strdup (setting->route);
  copy->mode = g_strdup (setting->mode);
  copy->conference_may = g_strdup (setting->conference_may);
  copy->source = g_strdup (setting->source);
  copy->note = g_strdup (setting->note);
  return copy;
}

void
cg_rule_setting_free (CgRuleSetting *setting)
{
  if (setting == NULL)
    return;

  g_strfreev (setting->sections);
  g_free (setting->route);
  g_free (setting->mode);
  g_free (setting->conference_may);
  g_free (setting->source);
  g_free (setting->note);
  g_free (setting);
}

static int
compare_meetings (gconstpointer a,
                  gconstpointer b)
{
  return g_date_compare (cg_meeting_get_date (*(CgMeeting **) a),
                         cg_meeting_get_date (*(CgMeeting **) b));
}

/* The usual name in the user's language, phrase by phrase; a policy's own
 * name (in Scotland, "child protection planning meeting") is the policy's
 * words, set into each phrase. */
static void
name_conferences (CgRuleContext *ctx,
                  const char    *name)
{
  if (name == NULL)
    {
      /* Translators: what a conference decision's source begins with:
       * "conference of 2 Nov 2026, under Suffolk 8.3". */
      ctx->conference = g_strdup (C_("source", "conference"));
      ctx->initial = g_strdup (_("the initial conference"));
      ctx->review = g_strdup (_("the review conference"));
      /* Translators: as in "no review conference has been rescheduled". */
      ctx->any_review = g_strdup (C_("after no", "review conference"));
      /* Translators: starts a deadline's description, "Review conference
       * within 3 months of the initial conference...". */
      ctx->review_title = g_strdup (C_("description", "Review conference"));
      return;
    }

  ctx->conference = g_strdup (name);
  /* Translators: %s is what a policy calls a conference, in its own words:
   * "child protection planning meeting". */
  ctx->initial = cg_strdup_format (_("the initial %s"), name);
  /* Translators: %s is what a policy calls a conference, in its own words. */
  ctx->review = cg_strdup_format (_("the review %s"), name);
  /* Translators: %s is what a policy calls a conference, in its own words; as
   * in "no review conference has been rescheduled". */
  ctx->any_review = cg_strdup_format (C_("after no", "review %s"), name);
  /* Translators: %s is what a policy calls a conference, in its own words;
   * starts a deadline's description. */
  ctx->review_title = cg_strdup_format (C_("description", "Review %s"), name);
}

void
cg_rule_context_init (CgRuleContext *ctx,
                      CgCase        *kase,
                      CgCalendar    *calendar,
                      const GDate   *today,
                      CgReport      *report,
                      const char    *conference_name)
{
  GListModel *meetings;

  ctx->kase = kase;
  ctx->group = cg_case_get_core_group (kase);
  ctx->calendar = calendar;
  ctx->today = today;
  ctx->report = report;
  name_conferences (ctx, conference_name);
  ctx->core_groups = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->decisions = NULL;
  ctx->unmatched = g_ptr_array_new_with_free_func (g_object_unref);

  meetings = cg_core_group_get_meetings (ctx->group);
  for (guint i = 0; i < cg_items_len (meetings); i++)
    {
      g_autoptr(CgMeeting) meeting = g_list_model_get_item (meetings, i);

      if (cg_meeting_get_kind (meeting) == CG_MEETING_KIND_CORE_GROUP &&
          g_date_compare (cg_meeting_get_date (meeting), today) <= 0)
        g_ptr_array_add (ctx->core_groups, g_steal_pointer (&meeting));
    }

  /* g_ptr_array_sort is not stable, but two core groups on one day are
   * interchangeable for every rule. */
  g_ptr_array_sort (ctx->core_groups, compare_meetings);
}

void
cg_rule_context_clear (CgRuleContext *ctx)
{
  g_clear_pointer (&ctx->core_groups, g_ptr_array_unref);
  g_clear_pointer (&ctx->decisions, g_ptr_array_unref);
  g_clear_pointer (&ctx->unmatched, g_ptr_array_unref);
  g_clear_pointer (&ctx->conference, g_free);
  g_clear_pointer (&ctx->initial, g_free);
  g_clear_pointer (&ctx->review, g_free);
  g_clear_pointer (&ctx->any_review, g_free);
  g_clear_pointer (&ctx->review_title, g_free);
}

/* doc/rules.md: "within N working days of D" is the Nth working day after D
 * (D never counted); "every N weeks" is D + 7N days; "within N months" is
 * the same day N months later, clamped to the end of the month. Negative
 * values count back the same way. FALSE when the result falls outside
 * the calendar's span (the last days of 2199): such a deadline cannot be
 * counted, and every rule leaves it out. */
gboolean
cg_rules_add_interval (CgCalendar  *calendar,
                       const GDate *from,
                       int          value,
                       CgTimeUnit   unit,
                       GDate       *result)
{
  *result = *from;

  switch (unit)
    {
    case CG_TIME_UNIT_WORKING_DAYS:
      return cg_calendar_try_add_working_days (calendar, from, value, result);

    case CG_TIME_UNIT_CALENDAR_DAYS:
      if (value >= 0)
        g_date_add_days (result, (guint) value);
      else
        g_date_subtract_days (result, (guint) -value);
      break;

    case CG_TIME_UNIT_WEEKS:
      if (value >= 0)
        g_date_add_days (result, (guint) value * 7);
      else
        g_date_subtract_days (result, (guint) -value * 7);
      break;

    case CG_TIME_UNIT_MONTHS:
      if (value >= 0)
        g_date_add_months (result, (guint) value);
      else
        g_date_subtract_months (result, (guint) -value);
      break;
    }

  return cg_calendar_contains (calendar, result);
}

/* "17 Feb 2027". */
char *
cg_rules_describe_date (const GDate *date)
{
  if (date == NULL)
    return g_strdup (_("an unknown date"));

  /* Translators: a date as reports write it: the day of the month, the
   * abbreviated month name and the year, "17 Feb 2027". */
  return cg_strdup_format (C_("date", "%u %s %u"), (guint) g_date_get_day (date),
                           cg_date_get_month_name (g_date_get_month (date)),
                           (guint) g_date_get_year (date));
}

char *
cg_rules_describe_span (int        value,
                        CgTimeUnit unit)
{
  gulong n = (gulong) ABS (value);

  switch (unit)
    {
    case CG_TIME_UNIT_WORKING_DAYS:
      /* Translators: a span of time, in an explanation ("15 working days
       * after the core group of ...") or a description ("within 10 working
       * days of ..."); with figures, as the reports write them. */
      return cg_strdup_format (cg_ngettext ("%d working day", "%d working days", n), value);
    case CG_TIME_UNIT_CALENDAR_DAYS:
      /* Translators: a span of calendar days. */
      return cg_strdup_format (cg_ngettext ("%d day", "%d days", n), value);
    case CG_TIME_UNIT_WEEKS:
      /* Translators: a span of weeks. */
      return cg_strdup_format (cg_ngettext ("%d week", "%d weeks", n), value);
    case CG_TIME_UNIT_MONTHS:
    default:
      /* Translators: a span of months. */
      return cg_strdup_format (cg_ngettext ("%d month", "%d months", n), value);
    }
}

/* A contact as the subject of an entry or finding: its id, or its place in
 * the record when it has none. */
char *
cg_rules_contact_subject (const CgContactFields *contact,
                          guint                  index)
{
  const char *id = contact->id;

  return id != NULL ? g_strdup (id) : cg_strdup_format ("contacts[%u]", index);
}

/* "Tue 22 Dec 2026". */
char *
cg_rules_describe_day (const GDate *date)
{
  g_autofree char *day = cg_rules_describe_date (date);

  if (date == NULL)
    return g_steal_pointer (&day);

  /* Translators: a date with its day of the week: the abbreviated weekday
   * name, then the date ("17 Feb 2027"), "Wed 17 Feb 2027". */
  return cg_strdup_format (C_("date", "%s %s"), cg_date_get_weekday_name (g_date_get_weekday (date)), day);
}

/* A finding of @setting's rule, its message ending with the paragraph the
 * policy cites. @severity is the catalogue's, or info for a concern an
 * open escalation already covers. */
void
cg_rules_add_finding (const CgRuleContext *ctx,
                      const CgRuleSetting *setting,
                      CgSeverity           severity,
                      const char          *subject,
                      const char          *text)
{
  char *message = setting->source != NULL ? cg_strdup_format ("%s (%s)", text, setting->source)
                                         : g_strdup (text);

  cg_report_add_finding_fields (ctx->report, setting->rule->id, severity, subject, message, setting->source);
}

/* A review conference as the start of a count: "review-conference:2027-02-09". */
char *
cg_rules_review_event (const GDate *date)
{
  g_autofree char *iso = cg_date_format (date);

  return g_strconcat ("review-conference:", iso, NULL);
}
