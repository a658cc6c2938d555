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
 * Every operation takes constant time: the calendar keeps, for each day of
 * its span, how many working days fall on or before it, and the list of
 * working days in order.
 *
 * ```c
 * g_autoptr(CgCalendar) calendar = cg_calendar_new (CG_DIVISION_ENGLAND_AND_WALES);
 * g_autoptr(GDate) icpc = g_date_new_dmy (18, G_DATE_DECEMBER, 2026);
 * GDate due;
 *
 * // "within 10 working days of" the conference: the 10th working day after it.
 * cg_calendar_add_working_days (calendar, icpc, 10, &due);   // 6 January 2027
 * ```
 *
 * "Within N working days of D" is the Nth working day after D; D itself is
 * never counted, whether or not it is a working day. A negative N counts
 * back the same way.
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
  guint32      n_days;
  guint32     *count_le;     /* working days on or before first + i */
  guint32     *working;      /* the working days, in order */
  guint32      n_working;
  GHashTable  *names;        /* Julian day → holiday name */
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

  g_clear_pointer (&self->count_le, g_free);
  g_clear_pointer (&self->working, g_free);
  g_clear_pointer (&self->names, g_hash_table_unref);

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
  self->names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
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

static void
add_holidays (CgCalendar *self,
              GArray     *holidays)
{
  for (guint i = 0; i < holidays->len; i++)
    {
      CgHoliday *holiday = &g_array_index (holidays, CgHoliday, i);

      g_hash_table_replace (self->names, GUINT_TO_POINTER (holiday->julian),
                            g_steal_pointer (&holiday->name));
    }
}

/* Builds the per-day tables once the holidays are known. */
static void
build_tables (CgCalendar *self)
{
  guint32 count = 0;

  self->first = julian_of (FIRST_YEAR, 1, 1);
  self->n_days = julian_of (LAST_YEAR, 12, 31) - self->first + 1;
  self->count_le = g_new (guint32, self->n_days);
  self->working = g_new (guint32, self->n_days);

  for (guint32 i = 0; i < self->n_days; i++)
    {
      guint32 julian = self->first + i;
      /* Julian day 1 (1 January of year 1) was a Monday. */
      guint weekday = (julian - 1) % 7;   /* 0 Monday … 6 Sunday */

      if (weekday < 5 && !g_hash_table_contains (self->names, GUINT_TO_POINTER (julian)))
        self->working[count++] = julian;
      self->count_le[i] = count;
    }

  self->n_working = count;
  self->working = g_renew (guint32, self->working, MAX (count, 1));
}

/* Holidays from the rules for every year, replaced by @feed's for the years
 * it covers. */
static CgCalendar *
calendar_new (CgDivision  division,
              GArray     *feed,
              GHashTable *feed_years)
{
  CgCalendar *self = g_object_new (CG_TYPE_CALENDAR, NULL);
  g_autoptr(GArray) rules = cg_holidays_new ();

  self->division = division;
  for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
    if (feed_years == NULL || !g_hash_table_contains (feed_years, GINT_TO_POINTER (year)))
      cg_holiday_rules_for_year (division, year, rules);

  add_holidays (self, rules);
  if (feed != NULL)
    add_holidays (self, feed);
  build_tables (self);
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
  CgCalendar *self;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (CG_IS_CALENDAR (base), NULL);
  g_return_val_if_fail (closures != NULL, NULL);

  self = g_object_new (CG_TYPE_CALENDAR, NULL);
  self->division = base->division;
  g_hash_table_iter_init (&iter, base->names);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (self->names, key, g_strdup (value));

  for (guint i = 0; i < closures->len; i++)
    {
      const GDate *date = g_ptr_array_index (closures, i);

      g_return_val_if_fail (date != NULL && g_date_valid (date), self);
      if (!g_hash_table_contains (self->names, GUINT_TO_POINTER (g_date_get_julian (date))))
        g_hash_table_replace (self->names, GUINT_TO_POINTER (g_date_get_julian (date)),
                              g_strdup (name != NULL ? name : NC_("bank holiday", "Local closure")));
    }

  build_tables (self);
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
  g_date_set_julian (last, self->first + self->n_days - 1);
}

static gboolean
in_span (CgCalendar *self,
         guint32     julian)
{
  return julian >= self->first && julian - self->first < self->n_days;
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
  guint32 i;

  g_return_val_if_fail (CG_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (in_span (self, julian), FALSE);

  i = julian - self->first;
  return i == 0 ? self->count_le[0] == 1 : self->count_le[i] != self->count_le[i - 1];
}

/* The nth working day after (or before) a day inside the span, if that
 * is inside the span too. */
static gboolean
try_add (CgCalendar *self,
         guint32     julian,
         int         n,
         guint32    *out)
{
  guint32 le, before;
  gint64 target;

  if (n == 0)
    {
      *out = julian;
      return TRUE;
    }

  le = self->count_le[julian - self->first];
  before = le - (cg_calendar_is_working_day_julian (self, julian) ? 1 : 0);
  /* working[k] is the (k+1)th working day. After the day: the first is
   * working[le]; before it: the first is working[before - 1]. */
  target = n > 0 ? (gint64) le + n - 1 : (gint64) before + n;
  if (target < 0 || target >= (gint64) self->n_working)
    return FALSE;

  *out = self->working[target];
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

  return (int) self->count_le[to - self->first] - (int) self->count_le[from - self->first];
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
  g_return_val_if_fail (CG_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_hash_table_lookup (self->names, GUINT_TO_POINTER (g_date_get_julian (date)));
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
