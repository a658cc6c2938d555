/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The explanation of a due date (doc/rules.md, "Counting dates"): one
 * sentence a social worker can check with a diary, "15 working days after
 * the core group of Tue 22 Dec 2026; not counted: Fri 25 Dec (Christmas
 * Day), ...", made when it is first read. */

#include "config.h"

#include <string.h>

#include "calendar/cg-holidays-private.h"
#include "rules/cg-explanation-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-util-private.h"

typedef enum
{
  NOTE_DECISION,
  NOTE_CUT_SHORT,
  NOTE_LATER,
} NoteKind;

/* Where the figure came from, when a conference set it: few counts have
 * one, so it is a block of its own. */
typedef struct
{
  NoteKind    kind;
  GDate       day;
  GDate       due;
  int         value;
  CgTimeUnit  unit;
  char        what[];
} Note;

/* A report holds one for each of its entries, each one allocation with
 * the name of what it counts from. (Interning the names, which are few,
 * would save a little memory but take a lock that the workers of a
 * caseload run would contend for.) */
struct _CgExplanation
{
  CgCalendar *calendar;
  Note       *note;      /* or NULL */
  GDate       from;
  GDate       window_start;  /* cleared: not a window */
  GDate       due;
  int         value;
  CgTimeUnit  unit;
  char        what[];
};

CgExplanation *
cg_explanation_new (CgCalendar  *calendar,
                    const GDate *from,
                    const char  *what,
                    int          value,
                    CgTimeUnit   unit,
                    const GDate *window_start,
                    const GDate *due)
{
  gsize length = strlen (what);
  CgExplanation *self = g_malloc0 (sizeof (CgExplanation) + length + 1);

  self->calendar = g_object_ref (calendar);
  memcpy (self->what, what, length);
  /* Settled: threads reading one report may word it at once, and GDate
   * works out its other form on first read, writing to the date. */
  cg_set_day (&self->from, from);
  cg_set_day (&self->window_start, window_start);
  cg_set_day (&self->due, due);
  self->value = value;
  self->unit = unit;
  return self;
}

static Note *
set_note (CgExplanation *self,
          NoteKind       kind,
          const char    *what,
          const GDate   *day)
{
  gsize length = strlen (what);

  g_free (self->note);
  self->note = g_malloc0 (sizeof (Note) + length + 1);
  memcpy (self->note->what, what, length);
  self->note->kind = kind;
  cg_set_day (&self->note->day, day);
  return self->note;
}

void
cg_explanation_note_decision (CgExplanation *self,
                              const char    *what,
                              const GDate   *day)
{
  set_note (self, NOTE_DECISION, what, day);
}

void
cg_explanation_note_cut_short (CgExplanation *self,
                               const char    *what,
                               const GDate   *day,
                               const GDate   *due)
{
  cg_set_day (&set_note (self, NOTE_CUT_SHORT, what, day)->due, due);
}

void
cg_explanation_note_later (CgExplanation *self,
                           const char    *what,
                           const GDate   *day,
                           int            value,
                           CgTimeUnit     unit,
                           const GDate   *due)
{
  Note *note = set_note (self, NOTE_LATER, what, day);

  note->value = value;
  note->unit = unit;
  cg_set_day (&note->due, due);
}

void
cg_explanation_free (CgExplanation *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->calendar);
  g_free (self->note);
  g_free (self);
}

/* Where the figure came from, when a conference set it: ", the figure the
 * initial conference of Mon 2 Nov 2026 set". */
static void
append_note (GString    *text,
             const Note *note)
{
  g_autofree char *day = cg_rules_describe_day (&note->day);
  g_autofree char *due = NULL;
  g_autofree char *span = NULL;

  switch (note->kind)
    {
    case NOTE_CUT_SHORT:
      due = cg_rules_describe_day (&note->due);
      /* Translators: follows "3 working days after the review conference of
       * Wed 18 Nov 2026" in an explanation: what the count it cut short was
       * counted from ("the core group") and that day, then the day that count
       * would have ended. */
      cg_string_append_format (text, _(", which set this figure while the count from %s of %s was running, "
                                      "and it ends sooner than that count's %s, so it applies at once"),
                               note->what, day, due);
      break;

    case NOTE_LATER:
      span = cg_rules_describe_span (note->value, note->unit);
      due = cg_rules_describe_day (&note->due);
      /* Translators: in an explanation: a conference ("the review
       * conference") and its day, the figure it set ("15 working days"), and
       * the day that figure would end. */
      cg_string_append_format (text, _("; %s of %s set %s, which would end later, on %s, so this count keeps its date"),
                               note->what, day, span, due);
      break;

    case NOTE_DECISION:
    default:
      /* Translators: follows an explanation's count: the conference that set its
       * figure ("the initial conference") and its day. */
      cg_string_append_format (text, _(", the figure %s of %s set"), note->what, day);
      break;
    }
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
  g_autoptr(GString) days = g_string_new (NULL);

  for (guint32 j = g_date_get_julian (first); j <= g_date_get_julian (last); j++)
    {
      g_autofree char *holiday = NULL;
      GDate day;
      const char *name;

      g_date_clear (&day, 1);
      g_date_set_julian (&day, j);
      if (g_date_get_weekday (&day) > G_DATE_FRIDAY || (name = cg_calendar_get_holiday_name (calendar, &day)) == NULL)
        continue;
      holiday = cg_holiday_name_for_people (name);
      if (days->len > 0)
        g_string_append (days, ", ");
      /* Translators: a bank holiday a count passed over: the abbreviated
       * weekday name, the day of the month, the abbreviated month name and
       * the holiday's name, "Fri 25 Dec (Christmas Day)". */
      cg_string_append_format (days, C_("holiday", "%s %u %s (%s)"),
                               cg_date_get_weekday_name (g_date_get_weekday (&day)), (guint) g_date_get_day (&day),
                               cg_date_get_month_name (g_date_get_month (&day)), holiday);
    }

  if (days->len > 0)
    /* Translators: ends the explanation of a count in working days; %s is the
     * list of bank holidays it passed over. */
    cg_string_append_format (text, _("; not counted: %s"), days->str);
  else
    /* Translators: ends the explanation of a count in working days that
     * passed over no bank holiday. */
    g_string_append (text, _(": Sat/Sun not counted"));
}

/* Counts in calendar days, weeks or months skip nothing, and the sentence
 * says so. */
char *
cg_explanation_to_string (const CgExplanation *self)
{
  g_autofree char *day = cg_rules_describe_day (&self->from);
  g_autofree char *span = cg_rules_describe_span (ABS (self->value), self->unit);
  gboolean window = g_date_valid (&self->window_start);
  GString *text = g_string_new (NULL);

  if (window)
    {
      g_autofree char *opens = cg_rules_describe_day (&self->window_start);
      g_autofree char *closes = cg_rules_describe_day (&self->due);

      /* Translators: how a window before a day was worked out: the span ("10
       * working days"), what it comes before ("the review conference"), its
       * date, and the window's first and last days. */
      cg_string_append_format (text, _("the %s before %s of %s, %s to %s"), span, self->what, day, opens, closes);
    }
  else
    {
      /* Translators: how a due date was worked out: the span ("15 working
       * days"), what it is counted from ("the core group") and its date. */
      cg_string_append_format (text, _("%s after %s of %s"), span, self->what, day);
    }

  if (self->note != NULL)
    append_note (text, self->note);

  if (self->unit != CG_TIME_UNIT_WORKING_DAYS)
    /* Translators: ends the explanation of a count in calendar days, weeks or
     * months. */
    g_string_append (text, _(": every day counts"));
  else if (window)
    append_skipped (text, self->calendar, &self->window_start, &self->due);
  else
    {
      GDate next = self->from;

      g_date_add_days (&next, 1);
      append_skipped (text, self->calendar, &next, &self->due);
    }

  /* The sentence starts with a capital, as a report line does. */
  text->str[0] = g_ascii_toupper (text->str[0]);
  return g_string_free (text, FALSE);
}
