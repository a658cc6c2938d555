/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "calendar/cg-holidays-private.h"
#include "util/cg-file-private.h"
#include "util/cg-i18n-private.h"

/**
 * CgCalendar:
 *
 * Working days in one bank-holiday division: Monday to Friday, less the
 * division's bank holidays (doc/rules.md, "Counting dates").
 *
 * Holidays come from the GOV.UK feed bundled with the library (2012-2030)
 * and, for every other year from 1900 to 2199, from the published rules
 * (Easter, first and last Mondays, substitute days, St Andrew's Day, St
 * Patrick's Day, 12 July, 2 January in Scotland). For a year the feed
 * covers, the feed wins. A newer feed can be loaded with
 * [ctor@CoreGroup.Calendar.new_from_feed], and an authority's own closure
 * days added with [ctor@CoreGroup.Calendar.new_with_closures].
 *
 * Every operation takes constant time: a working-day count is the
 * closed-form count of Mondays to Fridays less the holidays that fall on
 * them, found from where each year's holidays start, so a calendar costs
 * a few kilobytes and no start-up work beyond reading its holidays.
 *
 * A calendar is immutable once made and safe to use from several threads.
 */

#define FIRST_YEAR CG_HOLIDAY_FIRST_YEAR
#define LAST_YEAR  CG_HOLIDAY_LAST_YEAR

struct _CgCalendar
{
  GObject      parent_instance;
  CgDivision   division;
  guint32      first;        /* Julian day of 1 Jan FIRST_YEAR */
  guint32      last;         /* Julian day of 31 Dec LAST_YEAR */
  GArray      *holidays;     /* CgHoliday, every named day, by Julian day */
  GArray      *closed;       /* guint32, the holidays on Mondays to Fridays, in order */
  guint32      before_first; /* working days before first, counted from Julian day 1 */
  guint32      working_total; /* working days up to last, counted the same way */
  guint32     *year_start;   /* Julian day of 1 January of each year, and of the year after the span */
  guint       *year_closed;  /* for each of those, the index in closed of its first closed day */
};

G_DEFINE_FINAL_TYPE (CgCalendar, cg_calendar, G_TYPE_OBJECT)

/**
 * cg_calendar_error_quark:
 *
 * The error domain of calendars, %CG_CALENDAR_ERROR.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (cg-calendar-error-quark, cg_calendar_error)

static void
cg_calendar_finalize (GObject *object)
{
  CgCalendar *self = CG_CALENDAR (object);

  g_clear_pointer (&self->holidays, g_array_unref);
  g_clear_pointer (&self->closed, g_array_unref);
  g_clear_pointer (&self->year_start, g_free);
  g_clear_pointer (&self->year_closed, g_free);

  G_OBJECT_CLASS (cg_calendar_parent_class)->finalize (object);
}

static void
cg_calendar_class_init (CgCalendarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_calendar_finalize;
}

static void
cg_calendar_init (CgCalendar *self)
{
  self->holidays = cg_holidays_new ();
  self->closed = g_array_new (FALSE, FALSE, sizeof (guint32));
}

static guint32
julian_of (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

/* Mondays to Fridays from Julian day 1 (a Monday) up to and including
 * @julian. */
static guint32
weekdays_le (guint32 julian)
{
  return julian / 7 * 5 + MIN (julian % 7, 5);
}

/* The first day by which @count Mondays to Fridays have passed (@count ≥ 1). */
static guint32
weekday_number (guint32 count)
{
  return (count - 1) / 5 * 7 + (count - 1) % 5 + 1;
}

/* The year of the span @julian (inside it) is in, as an index from
 * FIRST_YEAR: no year is longer than 366 days, so the guess is never too
 * late, and at most a step or two early. */
static guint
year_of (CgCalendar *self,
         guint32     julian)
{
  guint k = (julian - self->first) / 366;

  while (self->year_start[k + 1] <= julian)
    k++;
  return k;
}

/* How many closed days are on or before @julian: those of the years
 * before its own, then its own year's few, one by one. */
static guint
closed_le (CgCalendar *self,
           guint32     julian)
{
  const guint32 *day = (const guint32 *) self->closed->data;
  guint i;

  if (julian < self->first)
    return 0;
  if (julian > self->last)
    return self->closed->len;

  for (i = self->year_closed[year_of (self, julian)]; i < self->closed->len && day[i] <= julian; i++)
    ;
  return i;
}

/* Working days from Julian day 1 up to and including @julian. */
static guint32
working_le (CgCalendar *self,
            guint32     julian)
{
  return weekdays_le (julian) - closed_le (self, julian);
}

/* The @count-th working day from Julian day 1 (@count ≥ 1), starting from
 * @passed holidays known to be before it (0 will do). Each step moves past
 * the holidays on the weekdays passed so far; it stops when no more are
 * passed, and never overshoots, because the holidays it counts are all
 * before the day sought. */
static guint32
working_number (CgCalendar *self,
                guint32     count,
                guint       passed)
{
  for (;;)
    {
      guint32 julian = weekday_number (count + passed);
      guint now_passed = closed_le (self, julian);

      if (now_passed == passed)
        return julian;
      passed = now_passed;
    }
}

static int
compare_julian (gconstpointer a,
                gconstpointer b)
{
  const CgHoliday *x = a, *y = b;

  return x->julian < y->julian ? -1 : x->julian > y->julian;
}

/* Takes over the holidays of @holidays (they are all on different days,
 * and not on a day the calendar already has), and makes the calendar's
 * tables. */
static void
finish (CgCalendar *self,
        GArray     *holidays)
{
  for (guint i = 0; i < holidays->len; i++)
    {
      CgHoliday *holiday = &g_array_index (holidays, CgHoliday, i);
      CgHoliday taken = { holiday->julian, g_steal_pointer (&holiday->name) };

      g_array_append_val (self->holidays, taken);
    }
  g_array_sort (self->holidays, compare_julian);

  g_array_set_size (self->closed, 0);
  for (guint i = 0; i < self->holidays->len; i++)
    {
      guint32 julian = g_array_index (self->holidays, CgHoliday, i).julian;

      /* Julian day 1 (1 January of year 1) was a Monday. */
      if ((julian - 1) % 7 < 5)
        g_array_append_val (self->closed, julian);
    }

  self->first = julian_of (FIRST_YEAR, 1, 1);
  self->last = julian_of (LAST_YEAR, 12, 31);

  /* Where each year starts, and its first closed day: counting is then a
   * look-up and a walk over one year's holidays. */
  self->year_start = g_new (guint32, LAST_YEAR - FIRST_YEAR + 2);
  self->year_closed = g_new (guint, LAST_YEAR - FIRST_YEAR + 2);
  for (int year = FIRST_YEAR, i = 0; year <= LAST_YEAR + 1; year++)
    {
      guint32 start = year <= LAST_YEAR ? julian_of (year, 1, 1) : self->last + 1;

      while ((guint) i < self->closed->len && g_array_index (self->closed, guint32, i) < start)
        i++;
      self->year_start[year - FIRST_YEAR] = start;
      self->year_closed[year - FIRST_YEAR] = (guint) i;
    }

  self->before_first = working_le (self, self->first - 1);
  self->working_total = working_le (self, self->last);
}

/* Holidays from the rules for every year, replaced by @feed's for the years
 * it covers. A day the feed lists twice keeps its last title. */
static CgCalendar *
calendar_new (CgDivision  division,
              GArray     *feed,
              GHashTable *feed_years)
{
  CgCalendar *self = g_object_new (CG_TYPE_CALENDAR, NULL);
  g_autoptr(GArray) holidays = cg_holidays_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  self->division = division;
  for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
    if (feed_years == NULL || !g_hash_table_contains (feed_years, GINT_TO_POINTER (year)))
      cg_holiday_rules_for_year (division, year, holidays);

  for (guint i = feed != NULL ? feed->len : 0; i-- > 0;)
    {
      CgHoliday *holiday = &g_array_index (feed, CgHoliday, i);

      if (g_hash_table_add (seen, GUINT_TO_POINTER (holiday->julian)))
        {
          CgHoliday taken = { holiday->julian, g_steal_pointer (&holiday->name) };

          g_array_append_val (holidays, taken);
        }
    }

  finish (self, holidays);
  return self;
}

static CgCalendar *
calendar_new_from_feed_data (const char  *data,
                             gssize       length,
                             CgDivision   division,
                             GError     **error)
{
  g_autoptr(GArray) feed = cg_holidays_new ();
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);

  if (!cg_holiday_feed_read (data, length, division, feed, years, error))
    return NULL;

  return calendar_new (division, feed, years);
}

/**
 * cg_calendar_new:
 * @division: a bank-holiday division
 *
 * Gets the calendar of @division with the library's own holiday data.
 * The three built-in calendars are built once, on first use, and shared:
 * they are immutable.
 *
 * Returns: (transfer full): the calendar
 */
CgCalendar *
cg_calendar_new (CgDivision division)
{
  static CgCalendar *builtin[3];

  g_return_val_if_fail (division <= CG_DIVISION_NORTHERN_IRELAND, NULL);

  if (g_once_init_enter (&builtin[division]))
    {
      g_autoptr(GBytes) bytes =
        g_resources_lookup_data ("/org/coregroup/CoreGroup/uk-bank-holidays.json",
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(GError) error = NULL;
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      CgCalendar *calendar = calendar_new_from_feed_data (data, (gssize) size, division, &error);

      /* The bundled data is tested; failing here is a build defect. */
      if (calendar == NULL)
        g_error ("Built-in bank holidays: %s", error->message);
      g_once_init_leave (&builtin[division], calendar);
    }

  return g_object_ref (builtin[division]);
}

/**
 * cg_calendar_new_from_feed_data:
 * @data: (array length=length) (element-type guint8): a feed in the GOV.UK
 *   bank-holidays JSON shape
 * @length: the length of @data, or -1 if it is nul-terminated
 * @division: the division to take from the feed
 * @error: return location for a #GError
 *
 * Makes a calendar from a newer bank-holidays feed. The feed's holidays
 * replace the rules for every year it lists; other years keep the rules. A
 * feed that is not in the GOV.UK shape fails with
 * %CG_CALENDAR_ERROR_INVALID_FEED, naming the field (`scotland.events[3].date`).
 *
 * Returns: (transfer full): a new calendar, or %NULL with @error set
 */
CgCalendar *
cg_calendar_new_from_feed_data (const char  *data,
                                gssize       length,
                                CgDivision   division,
                                GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (division <= CG_DIVISION_NORTHERN_IRELAND, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return calendar_new_from_feed_data (data, length, division, error);
}

/**
 * cg_calendar_new_from_feed:
 * @feed: a file in the GOV.UK bank-holidays JSON shape
 * @division: the division to take from the feed
 * @error: return location for a #GError
 *
 * Makes a calendar from a bank-holidays feed file; see
 * [ctor@CoreGroup.Calendar.new_from_feed_data]. The error message starts
 * with the file's name.
 *
 * Returns: (transfer full): a new calendar, or %NULL with @error set
 */
CgCalendar *
cg_calendar_new_from_feed (GFile       *feed,
                           CgDivision   division,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  CgCalendar *calendar;
  gconstpointer contents;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (feed), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = cg_file_load_bounded (feed, CG_LIMITS_DEFAULT_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  contents = g_bytes_get_data (bytes, &length);
  calendar = calendar_new_from_feed_data (contents != NULL ? contents : "", (gssize) length, division, &local_error);
  if (calendar == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (feed);

      g_set_error (error, local_error->domain, local_error->code, "%s: %s", name, local_error->message);
    }
  return calendar;
}

/**
 * cg_calendar_new_with_closures: (constructor)
 * @base: the calendar to start from
 * @closures: (element-type GLib.Date): days the authority is closed, such
 *   as the days between Christmas and New Year
 * @name: (nullable): what to call them, such as "Office closure"
 *
 * Makes a calendar of one's own: @base's bank holidays plus local closure
 * days, which are not working days. Closures outside @base's span are
 * ignored.
 *
 * Returns: (transfer full): a new calendar
 */
CgCalendar *
cg_calendar_new_with_closures (CgCalendar *base,
                               GPtrArray  *closures,
                               const char *name)
{
  g_autoptr(GArray) holidays = cg_holidays_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  CgCalendar *self;

  g_return_val_if_fail (CG_IS_CALENDAR (base), NULL);
  g_return_val_if_fail (closures != NULL, NULL);

  self = g_object_new (CG_TYPE_CALENDAR, NULL);
  self->division = base->division;
  for (guint i = 0; i < base->holidays->len; i++)
    {
      const CgHoliday *holiday = &g_array_index (base->holidays, CgHoliday, i);
      CgHoliday copy = { holiday->julian, g_strdup (holiday->name) };

      g_array_append_val (holidays, copy);
      g_hash_table_add (seen, GUINT_TO_POINTER (holiday->julian));
    }

  for (guint i = 0; i < closures->len; i++)
    {
      const GDate *date = g_ptr_array_index (closures, i);

      g_return_val_if_fail (date != NULL && g_date_valid (date), self);
      if (g_hash_table_add (seen, GUINT_TO_POINTER (g_date_get_julian (date))))
        {
          CgHoliday closure = { g_date_get_julian (date), g_strdup (name != NULL ? name : NC_("bank holiday", "Local closure")) };

          g_array_append_val (holidays, closure);
        }
    }

  finish (self, holidays);
  return self;
}

/**
 * cg_calendar_get_division:
 * @self: a calendar
 *
 * Gets the calendar's division.
 *
 * Returns: the division
 */
CgDivision
cg_calendar_get_division (CgCalendar *self)
{
  g_return_val_if_fail (CG_IS_CALENDAR (self), CG_DIVISION_ENGLAND_AND_WALES);

  return self->division;
}

/**
 * cg_calendar_get_first_date:
 * @self: a calendar
 * @first: (out caller-allocates): return location for the first day
 *
 * Gets the first day the calendar covers (1 January 1900).
 */
void
cg_calendar_get_first_date (CgCalendar *self,
                            GDate      *first)
{
  g_return_if_fail (CG_IS_CALENDAR (self));

  g_date_clear (first, 1);
  g_date_set_julian (first, self->first);
}

/**
 * cg_calendar_get_last_date:
 * @self: a calendar
 * @last: (out caller-allocates): return location for the last day
 *
 * Gets the last day the calendar covers (31 December 2199).
 */
void
cg_calendar_get_last_date (CgCalendar *self,
                           GDate      *last)
{
  g_return_if_fail (CG_IS_CALENDAR (self));

  g_date_clear (last, 1);
  g_date_set_julian (last, self->last);
}

static gboolean
in_span (CgCalendar *self,
         guint32     julian)
{
  return julian >= self->first && julian <= self->last;
}

/**
 * cg_calendar_contains:
 * @self: a calendar
 * @date: a date
 *
 * Whether @date is inside the span the calendar covers. The other
 * calls must be given dates inside it.
 *
 * Returns: %TRUE if @date is covered
 */
gboolean
cg_calendar_contains (CgCalendar  *self,
                      const GDate *date)
{
  g_return_val_if_fail (CG_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return in_span (self, g_date_get_julian (date));
}

/**
 * cg_calendar_is_working_day_julian:
 * @self: a calendar
 * @julian: a Julian day number inside the calendar's span, as g_date_get_julian() gives
 *
 * Whether the day is a working day.
 *
 * Returns: %TRUE for a working day
 */
gboolean
cg_calendar_is_working_day_julian (CgCalendar *self,
                                   guint32     julian)
{
  g_return_val_if_fail (CG_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (in_span (self, julian), FALSE);

  return (julian - 1) % 7 < 5 && closed_le (self, julian) == closed_le (self, julian - 1);
}

/* The nth working day after (or before) a day inside the span, if that
 * is inside the span too. */
static gboolean
try_add (CgCalendar *self,
         guint32     julian,
         int         n,
         guint32    *out)
{
  guint closed = closed_le (self, julian);
  /* Whether the day itself is a working day: a weekday that is not the
   * last closed day counted. */
  gboolean working = (julian - 1) % 7 < 5 &&
                     !(closed > 0 && g_array_index (self->closed, guint32, closed - 1) == julian);
  guint32 le, before;
  gint64 target;

  if (n == 0)
    {
      *out = julian;
      return TRUE;
    }

  /* Counted from Julian day 1: the first working day after the day is
   * number le + 1; the first before it, number before. */
  le = weekdays_le (julian) - closed;
  before = le - (working ? 1 : 0);
  target = n > 0 ? (gint64) le + n : (gint64) before + n + 1;
  if (target <= self->before_first || target > self->working_total)
    return FALSE;

  /* Counting on, the holidays up to the day are all before the result. */
  *out = working_number (self, (guint32) target, n > 0 ? closed : 0);
  return TRUE;
}

/**
 * cg_calendar_add_working_days_julian:
 * @self: a calendar
 * @julian: a Julian day number inside the calendar's span
 * @n: how many working days to count; negative counts back
 *
 * The Julian-day form of [method@CoreGroup.Calendar.add_working_days], for
 * loops over many dates. The result must fall inside the span.
 *
 * Returns: the Julian day number of the result
 */
guint32
cg_calendar_add_working_days_julian (CgCalendar *self,
                                     guint32     julian,
                                     int         n)
{
  guint32 result;

  g_return_val_if_fail (CG_IS_CALENDAR (self), julian);
  g_return_val_if_fail (in_span (self, julian), julian);
  g_return_val_if_fail (try_add (self, julian, n, &result), julian);

  return result;
}

/**
 * cg_calendar_try_add_working_days:
 * @self: a calendar
 * @date: a date
 * @n: the number of working days to add; negative counts back
 * @result: (out caller-allocates): return location for the working day
 *
 * Like [method@CoreGroup.Calendar.add_working_days], for a date or a
 * count that may fall outside the calendar's span: instead of a
 * programming error, it returns %FALSE. Use it with dates that come from
 * data.
 *
 * Returns: %TRUE if @date and the result are inside the span
 */
gboolean
cg_calendar_try_add_working_days (CgCalendar  *self,
                                  const GDate *date,
                                  int          n,
                                  GDate       *result)
{
  guint32 julian;

  g_return_val_if_fail (CG_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (!in_span (self, g_date_get_julian (date)) || !try_add (self, g_date_get_julian (date), n, &julian))
    return FALSE;

  g_date_clear (result, 1);
  g_date_set_julian (result, julian);
  return TRUE;
}

/**
 * cg_calendar_count_working_days_julian:
 * @self: a calendar
 * @from: a Julian day number inside the span
 * @to: a Julian day number inside the span
 *
 * The Julian-day form of [method@CoreGroup.Calendar.count_working_days].
 *
 * Returns: the working days after @from up to and including @to, negative
 *   when @to is earlier
 */
int
cg_calendar_count_working_days_julian (CgCalendar *self,
                                       guint32     from,
                                       guint32     to)
{
  g_return_val_if_fail (CG_IS_CALENDAR (self), 0);
  g_return_val_if_fail (in_span (self, from) && in_span (self, to), 0);

  return (int) working_le (self, to) - (int) working_le (self, from);
}

/**
 * cg_calendar_is_working_day:
 * @self: a calendar
 * @date: a date inside the calendar's span
 *
 * Whether @date is a working day: Monday to Friday and not a bank holiday
 * (or local closure) of the calendar.
 *
 * Returns: %TRUE for a working day
 */
gboolean
cg_calendar_is_working_day (CgCalendar  *self,
                            const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return cg_calendar_is_working_day_julian (self, g_date_get_julian (date));
}

/**
 * cg_calendar_get_holiday_name:
 * @self: a calendar
 * @date: a date
 *
 * Gets the name of the bank holiday or closure on @date.
 *
 * Returns: (transfer none) (nullable): the name, or %NULL if @date is not a holiday
 */
const char *
cg_calendar_get_holiday_name (CgCalendar  *self,
                              const GDate *date)
{
  CgHoliday key = { 0, NULL };
  guint index;

  g_return_val_if_fail (CG_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  key.julian = g_date_get_julian (date);
  if (!g_array_binary_search (self->holidays, &key, compare_julian, &index))
    return NULL;
  return g_array_index (self->holidays, CgHoliday, index).name;
}

/**
 * cg_calendar_add_working_days:
 * @self: a calendar
 * @date: the day to count from, inside the calendar's span
 * @n: how many working days; negative counts back
 * @result: (out caller-allocates): return location for the day reached
 *
 * Finds the @n-th working day after @date (before it when @n is
 * negative). @date itself is never counted, whether or not it is a working
 * day (doc/rules.md); @n of 0 gives @date.
 */
void
cg_calendar_add_working_days (CgCalendar  *self,
                              const GDate *date,
                              int          n,
                              GDate       *result)
{
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (result != NULL);

  g_date_clear (result, 1);
  g_date_set_julian (result, cg_calendar_add_working_days_julian (self, g_date_get_julian (date), n));
}

/**
 * cg_calendar_count_working_days:
 * @self: a calendar
 * @from: a date inside the calendar's span
 * @to: a date inside the calendar's span
 *
 * Counts the working days after @from up to and including @to, as
 * `coregroup workdays --between` does; negative when @to is earlier.
 *
 * Returns: the number of working days
 */
int
cg_calendar_count_working_days (CgCalendar  *self,
                                const GDate *from,
                                const GDate *to)
{
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  return cg_calendar_count_working_days_julian (self, g_date_get_julian (from), g_date_get_julian (to));
}

/**
 * cg_calendar_next_working_day:
 * @self: a calendar
 * @date: a date inside the calendar's span
 * @result: (out caller-allocates): return location for the next working day
 *
 * Finds the first working day after @date.
 */
void
cg_calendar_next_working_day (CgCalendar  *self,
                              const GDate *date,
                              GDate       *result)
{
  cg_calendar_add_working_days (self, date, 1, result);
}

/**
 * cg_calendar_previous_working_day:
 * @self: a calendar
 * @date: a date inside the calendar's span
 * @result: (out caller-allocates): return location for the previous working day
 *
 * Finds the last working day before @date.
 */
void
cg_calendar_previous_working_day (CgCalendar  *self,
                                  const GDate *date,
                                  GDate       *result)
{
  cg_calendar_add_working_days (self, date, -1, result);
}
