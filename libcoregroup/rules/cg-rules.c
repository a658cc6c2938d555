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
  ctx->conference = "conference";
  ctx->core_groups = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->decisions = NULL;
  ctx->unmatched = g_ptr_array_new_with_free_func (g_object_unref);

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
  g_clear_pointer (&ctx->decisions, g_ptr_array_unref);
  g_clear_pointer (&ctx->unmatched, g_ptr_array_unref);
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

/* Short English names, the same in every locale. */
static const char * const months[] = {
  "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};
static const char * const weekdays[] = { "", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

/* "17 Feb 2027", the same in every locale. */
char *
cg_rules_describe_date (const GDate *date)
{

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

/* A contact as the subject of an entry or finding: its id, or its place in
 * the record when it has none. */
char *
cg_rules_contact_subject (CgContactRecord *contact,
                          guint            index)
{
  const char *id = cg_contact_record_get_id (contact);

  return id != NULL ? g_strdup (id) : g_strdup_printf ("contacts[%u]", index);
}

/* "Tue 22 Dec 2026", the same in every locale. */
char *
cg_rules_describe_day (const GDate *date)
{
  g_autofree char *day = cg_rules_describe_date (date);

  return g_strdup_printf ("%s %s", weekdays[g_date_get_weekday (date)], day);
}

/* "; not counted: Fri 25 Dec (Christmas Day), ..." for each weekday from
 * @first to @last (both included) that the calendar does not count, or
 * ": Sat/Sun not counted" when there is none. */
static void
append_skipped (GString     *text,
                CgCalendar  *calendar,
                const GDate *first,
                const GDate *last)
{
  guint n = 0;

  for (guint32 j = g_date_get_julian (first); j <= g_date_get_julian (last); j++)
    {
      GDate day;
      const char *name;

      g_date_clear (&day, 1);
      g_date_set_julian (&day, j);
      if (g_date_get_weekday (&day) > G_DATE_FRIDAY || (name = cg_calendar_get_holiday_name (calendar, &day)) == NULL)
        continue;
      g_string_append_printf (text, "%s%s %u %s (%s)", n++ == 0 ? "; not counted: " : ", ",
                              weekdays[g_date_get_weekday (&day)], (guint) g_date_get_day (&day),
                              months[g_date_get_month (&day)], name);
    }

  if (n == 0)
    g_string_append (text, ": Sat/Sun not counted");
}

/* How a due date was worked out, in one sentence a social worker can check
 * with a diary: "15 working days after the core group of Tue 22 Dec 2026;
 * not counted: Fri 25 Dec (Christmas Day), ...". A negative @value is a
 * window before @from that closes on @due. Counts in calendar days, weeks
 * or months skip nothing, and the sentence says so. @note, when given,
 * says where the figure came from, before the days not counted. */
char *
cg_rules_explain (CgCalendar  *calendar,
                  const GDate *from,
                  const char  *what,
                  int          value,
                  CgTimeUnit   unit,
                  const GDate *window_start,
                  const GDate *due,
                  const char  *note)
{
  g_autofree char *day = cg_rules_describe_day (from);
  g_autofree char *span = cg_rules_describe_span (ABS (value), unit);
  GString *text = g_string_new (NULL);

  if (window_start != NULL)
    {
      g_autofree char *opens = cg_rules_describe_day (window_start);
      g_autofree char *closes = cg_rules_describe_day (due);

      g_string_append_printf (text, "the %s before %s of %s, %s to %s", span, what, day, opens, closes);
      if (note != NULL)
        g_string_append (text, note);
      if (unit == CG_TIME_UNIT_WORKING_DAYS)
        append_skipped (text, calendar, window_start, due);
      else
        g_string_append (text, ": every day counts");
    }
  else
    {
      g_string_append_printf (text, "%s after %s of %s", span, what, day);
      if (note != NULL)
        g_string_append (text, note);
      if (unit == CG_TIME_UNIT_WORKING_DAYS)
        {
          GDate next = *from;

          g_date_add_days (&next, 1);
          append_skipped (text, calendar, &next, due);
        }
      else
        g_string_append (text, ": every day counts");
    }

  /* The sentence starts with a capital, as a report line does. */
  text->str[0] = g_ascii_toupper (text->str[0]);
  return g_string_free (text, FALSE);
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
  g_autofree char *message = setting->source != NULL ? g_strdup_printf ("%s (%s)", text, setting->source)
                                                     : g_strdup (text);
  g_autoptr(CgFinding) finding = cg_finding_new (setting->rule->id, severity, subject, message, setting->source);

  cg_report_add_finding (ctx->report, finding);
}

/* A review conference as the start of a count: "review-conference:2027-02-09". */
char *
cg_rules_review_event (const GDate *date)
{
  g_autofree char *iso = cg_date_format (date);

  return g_strconcat ("review-conference:", iso, NULL);
}

const char *
cg_rules_member_name (CgCoreGroup *group,
                      const char  *id)
{
  CgMember *member = id != NULL ? cg_core_group_lookup_member (group, id) : NULL;

  if (member == NULL || cg_member_get_name (member) == NULL)
    return id;
  return cg_member_get_name (member);
}
