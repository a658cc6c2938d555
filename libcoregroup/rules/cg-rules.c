/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* What the rules share: the evaluation context, interval arithmetic in the
 * units policies state their timescales in (doc/rules.md, "Counting
 * dates"), and dates written for people. */

#include "config.h"

#include "rules/cg-rules-private.h"

CgRuleSetting *
cg_rule_setting_copy (const CgRuleSetting *setting)
{
  CgRuleSetting *copy = g_new0 (CgRuleSetting, 1);

  *copy = *setting;
  copy->sections = g_strdupv (setting->sections);
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

void
cg_rule_context_init (CgRuleContext *ctx,
                      CgCase        *kase,
                      CgCalendar    *calendar,
                      const GDate   *today,
                      CgReport      *report)
{
  GListModel *meetings;

  ctx->kase = kase;
  ctx->group = cg_case_get_core_group (kase);
  ctx->calendar = calendar;
  ctx->today = today;
  ctx->report = report;
  ctx->core_groups = g_ptr_array_new_with_free_func (g_object_unref);

  meetings = cg_core_group_get_meetings (ctx->group);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
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

/* "17 Feb 2027", the same in every locale. */
char *
cg_rules_describe_date (const GDate *date)
{
  static const char * const months[] = {
    "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  if (date == NULL)
    return g_strdup ("an unknown date");

  return g_strdup_printf ("%u %s %u", (guint) g_date_get_day (date),
                          months[g_date_get_month (date)], (guint) g_date_get_year (date));
}

char *
cg_rules_describe_span (int        value,
                        CgTimeUnit unit)
{
  static const char * const singular[] = { "working day", "day", "week", "month" };
  static const char * const plural[] = { "working days", "days", "weeks", "months" };

  return g_strdup_printf ("%d %s", value, value == 1 ? singular[unit] : plural[unit]);
}
