/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

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
 * working days in order. It makes these tables a block of days (about
 * three years) at a time, the first time an operation reaches the block,
 * so that a program pays only for the years it uses.
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
 * A calendar is immutable once made, and may be shared by threads, as a
 * caseload's workers share one: whichever thread first reaches a block
 * makes its tables, with no lock.
 */

#define FIRST_YEAR CG_HOLIDAY_FIRST_YEAR
#define LAST_YEAR  CG_HOLIDAY_LAST_YEAR

/* The Julian day of 1 January FIRST_YEAR, and the days of the span. */
#define FIRST_DAY (CG_HOLIDAY_DAYS_BEFORE_YEAR (FIRST_YEAR) + 1)
#define N_DAYS    (CG_HOLIDAY_DAYS_BEFORE_YEAR (LAST_YEAR + 1) - CG_HOLIDAY_DAYS_BEFORE_YEAR (FIRST_YEAR))

/* The tables are made in blocks of BLOCK_DAYS days from the span's first
 * day: a power of two, so that a day's block is a shift, and long enough
 * that counting a few weeks on seldom leaves the block. */
#define BLOCK_SHIFT 10
#define BLOCK_DAYS  (1u << BLOCK_SHIFT)
#define N_BLOCKS    ((N_DAYS + BLOCK_DAYS - 1) / BLOCK_DAYS)

/* One block's tables. count[i + 1] is how many of the block's working days
 * fall on or before its day i, and count[0] is 0, so that day i is a
 * working day when count[i + 1] != count[i]; working[k] is the day of the
 * block's (k + 1)th working day. */
typedef struct
{
  CgHoliday    *holidays;     /* by day */
  guint         n_holidays;
  guint         n_working;
  guint16       count[BLOCK_DAYS + 1];
  guint16       working[];
} Block;

struct _CgCalendar
{
  GObject          parent_instance;
  CgDivision       division;
  guint8           feed_years[CG_HOLIDAY_N_YEARS];  /* where a feed's holidays replace the rules */
  const CgHoliday *extra;          /* a feed's holidays and closures, by day, one a day */
  guint            n_extra;
  GArray          *extra_storage;  /* holds extra, unless it is the bundled feed's */
  GStringChunk    *names;          /* extra's names, unless they are the bundled feed's */
  guint32          before[N_BLOCKS + 1];   /* working days of the span before each block */
  Block           *blocks[N_BLOCKS];       /* each made on first use; atomic */
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
block_free (Block *block)
{
  g_free (block->holidays);
  g_free (block);
}

static void
cg_calendar_finalize (GObject *object)
{
  CgCalendar *self = CG_CALENDAR (object);

  for (guint b = 0; b < N_BLOCKS; b++)
    g_clear_pointer (&self->blocks[b], block_free);
  g_clear_pointer (&self->extra_storage, g_array_unref);
  g_clear_pointer (&self->names, g_string_chunk_free);

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
}

static gboolean
in_span (guint32 julian)
{
  return julian >= FIRST_DAY && julian - FIRST_DAY < N_DAYS;
}

static guint
block_of (guint32 julian)
{
  return (julian - FIRST_DAY) >> BLOCK_SHIFT;
}

static gboolean
is_weekday (guint32 julian)
{
  /* Julian day 1 (1 January of year 1) was a Monday. */
  return (julian - 1) % 7 < 5;
}

static int
year_of (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_year (&date);
}

/* The first of @holidays (sorted by day) on or after @julian. */
static guint
find_holiday (const CgHoliday *holidays,
              guint            n_holidays,
              guint32          julian)
{
  guint low = 0, high = n_holidays;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (holidays[middle].julian < julian)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* The name of the holiday on @julian of @holidays, or NULL. */
static const char *
name_in (const CgHoliday *holidays,
         guint            n_holidays,
         guint32          julian)
{
  guint i = find_holiday (holidays, n_holidays, julian);

  return i < n_holidays && holidays[i].julian == julian ? holidays[i].name : NULL;
}

/* The rules' holidays of @year, or none where a feed replaces the rules. */
static guint
rules_for_year (CgCalendar *self,
                int         year,
                CgHoliday   rules[CG_HOLIDAY_RULES_MAX])
{
  return self->feed_years[year - FIRST_YEAR] ? 0 : cg_holiday_rules_for_year (self->division, year, rules);
}

/* Appends the rules' holidays of @year that fall in the @n_days days from
 * @start. Of two on one day, the later's name is kept. */
static void
add_rules (CgCalendar *self,
           int         year,
           guint32     start,
           guint       n_days,
           GArray     *holidays)
{
  CgHoliday rules[CG_HOLIDAY_RULES_MAX];
  guint first = holidays->len;
  guint n = rules_for_year (self, year, rules);

  for (guint i = 0; i < n; i++)
    {
      guint j;

      if (rules[i].julian - start >= n_days)
        continue;
      for (j = first; j < holidays->len && g_array_index (holidays, CgHoliday, j).julian != rules[i].julian; j++)
        ;
      if (j < holidays->len)
        g_array_index (holidays, CgHoliday, j).name = rules[i].name;
      else
        g_array_append_val (holidays, rules[i]);
    }
}

static int
compare_julians (gconstpointer a,
                 gconstpointer b)
{
  guint32 julian_a = ((const CgHoliday *) a)->julian, julian_b = ((const CgHoliday *) b)->julian;

  return julian_a < julian_b ? -1 : julian_a > julian_b;
}

/* Block @b's tables, from its holidays. */
static Block *
make_block (CgCalendar *self,
            guint       b)
{
  guint32 start = FIRST_DAY + (b << BLOCK_SHIFT);
  guint n_days = MIN (BLOCK_DAYS, N_DAYS - (b << BLOCK_SHIFT));
  int last_year = year_of (start + n_days - 1);
  g_autoptr(GArray) holidays = g_array_new (FALSE, FALSE, sizeof (CgHoliday));
  guint8 closed[BLOCK_DAYS] = { 0, };
  guint16 count[BLOCK_DAYS + 1], working[BLOCK_DAYS];
  guint weekday = (start - 1) % 7;   /* 0 Monday … 6 Sunday */
  guint n_working = 0;
  Block *block;

  for (int year = year_of (start); year <= last_year; year++)
    add_rules (self, year, start, n_days, holidays);
  /* The extra holidays are on days the rules are not. */
  for (guint i = find_holiday (self->extra, self->n_extra, start);
       i < self->n_extra && self->extra[i].julian - start < n_days; i++)
    g_array_append_val (holidays, self->extra[i]);
  g_array_sort (holidays, compare_julians);

  for (guint i = 0; i < holidays->len; i++)
    closed[g_array_index (holidays, CgHoliday, i).julian - start] = TRUE;

  count[0] = 0;
  for (guint day = 0; day < BLOCK_DAYS; day++)
    {
      if (day < n_days && weekday < 5 && !closed[day])
        working[n_working++] = (guint16) day;
      count[day + 1] = (guint16) n_working;
      weekday = weekday == 6 ? 0 : weekday + 1;
    }
  /* count_blocks counted the same holidays. */
  g_assert (n_working == self->before[b + 1] - self->before[b]);

  block = g_malloc (sizeof (Block) + n_working * sizeof (guint16));
  memcpy (block->count, count, sizeof count);
  memcpy (block->working, working, n_working * sizeof (guint16));
  block->n_working = n_working;
  block->n_holidays = holidays->len;
  block->holidays = (CgHoliday *) (void *) g_array_free (g_steal_pointer (&holidays), FALSE);
  return block;
}

/* Makes block @b's tables for whichever thread asks first: another thread
 * may be making the same, in which case the first one in is kept and the
 * other, identical, freed. */
static G_GNUC_NO_INLINE const Block *
install_block (CgCalendar *self,
               guint       b)
{
  Block *block = make_block (self, b);

  if (!g_atomic_pointer_compare_and_exchange (&self->blocks[b], NULL, block))
    {
      block_free (block);
      block = g_atomic_pointer_get (&self->blocks[b]);
    }
  return block;
}

static inline const Block *
get_block (CgCalendar *self,
           guint       b)
{
  const Block *block = g_atomic_pointer_get (&self->blocks[b]);

  return G_LIKELY (block != NULL) ? block : install_block (self, b);
}

static guint
weekdays_in_block (guint b)
{
  guint32 start = FIRST_DAY + (b << BLOCK_SHIFT);
  guint n_days = MIN (BLOCK_DAYS, N_DAYS - (b << BLOCK_SHIFT));
  guint weekday = (start - 1) % 7;
  guint count = n_days / 7 * 5;

  for (guint i = 0; i < n_days % 7; i++)
    count += (weekday + i) % 7 < 5;
  return count;
}

/* How many working days come before each block, counted from the holidays
 * alone, for the whole span: counting from one day to another needs only
 * the two days' blocks. */
static void
count_blocks (CgCalendar *self)
{
  guint holidays[N_BLOCKS] = { 0, };

  for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
    {
      CgHoliday rules[CG_HOLIDAY_RULES_MAX];
      guint n = rules_for_year (self, year, rules);

      for (guint i = 0; i < n; i++)
        {
          guint j;

          for (j = 0; j < i && rules[j].julian != rules[i].julian; j++)
            ;
          if (j == i && is_weekday (rules[i].julian))
            holidays[block_of (rules[i].julian)]++;
        }
    }

  for (guint i = 0; i < self->n_extra; i++)
    if (in_span (self->extra[i].julian) && is_weekday (self->extra[i].julian))
      holidays[block_of (self->extra[i].julian)]++;

  self->before[0] = 0;
  for (guint b = 0; b < N_BLOCKS; b++)
    self->before[b + 1] = self->before[b] + weekdays_in_block (b) - holidays[b];
}

/* Sorts @extra by day, keeping the later of two holidays on one day, as a
 * feed that lists a day twice means, and makes it @self's. */
static void
set_extra (CgCalendar *self,
           GArray     *extra)
{
  guint n = 0;

  /* A stable sort: of two on one day, the later stays later. */
  g_array_sort (extra, compare_julians);
  for (guint i = 0; i < extra->len; i++)
    {
      if (i + 1 < extra->len &&
          g_array_index (extra, CgHoliday, i + 1).julian == g_array_index (extra, CgHoliday, i).julian)
        continue;
      g_array_index (extra, CgHoliday, n++) = g_array_index (extra, CgHoliday, i);
    }
  g_array_set_size (extra, n);

  self->extra_storage = extra;
  self->extra = (const CgHoliday *) (void *) extra->data;
  self->n_extra = extra->len;
}

static CgCalendar *
calendar_new_from_feed_data (const char  *data,
                             gssize       length,
                             CgDivision   division,
                             GError     **error)
{
  g_autoptr(CgCalendar) self = g_object_new (CG_TYPE_CALENDAR, NULL);
  g_autoptr(GArray) feed = g_array_new (FALSE, FALSE, sizeof (CgHoliday));

  self->division = division;
  self->names = g_string_chunk_new (512);
  if (!cg_holiday_feed_read (data, length, division, feed, self->names, self->feed_years, error))
    return NULL;

  set_extra (self, g_steal_pointer (&feed));
  count_blocks (self);
  return g_steal_pointer (&self);
}

/**
 * cg_calendar_new:
 * @division: a bank-holiday division
 *
 * Gets the calendar of @division with the library's own holiday data.
 * The three built-in calendars are made once, on first use, and shared:
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
      /* The bundled feed, read when the library was built. */
      const CgHolidayFeed *feed = &cg_holidays_bundled[division];
      CgCalendar *calendar = g_object_new (CG_TYPE_CALENDAR, NULL);

      calendar->division = division;
      for (guint i = 0; i < feed->n_years; i++)
        calendar->feed_years[feed->years[i] - FIRST_YEAR] = TRUE;
      calendar->extra = feed->holidays;
      calendar->n_extra = feed->n_holidays;
      count_blocks (calendar);
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

/* The name of the holiday or closure on @julian, or NULL. */
static const char *
holiday_name (CgCalendar *self,
              guint32     julian)
{
  const Block *block;

  /* Outside the span, only a closure can be named. */
  if (!in_span (julian))
    return name_in (self->extra, self->n_extra, julian);

  block = get_block (self, block_of (julian));
  return name_in (block->holidays, block->n_holidays, julian);
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
  GArray *extra;
  const char *closure;

  g_return_val_if_fail (CG_IS_CALENDAR (base), NULL);
  g_return_val_if_fail (closures != NULL, NULL);

  self = g_object_new (CG_TYPE_CALENDAR, NULL);
  self->division = base->division;
  memcpy (self->feed_years, base->feed_years, sizeof self->feed_years);
  /* The new calendar keeps its own copy of the names, so that it does not
   * hold on to @base. */
  self->names = g_string_chunk_new (512);
  extra = g_array_sized_new (FALSE, FALSE, sizeof (CgHoliday), base->n_extra + closures->len);
  for (guint i = 0; i < base->n_extra; i++)
    {
      CgHoliday holiday = { base->extra[i].julian, g_string_chunk_insert_const (self->names, base->extra[i].name) };

      g_array_append_val (extra, holiday);
    }

  closure = g_string_chunk_insert_const (self->names, name != NULL ? name : NC_("bank holiday", "Local closure"));
  for (guint i = 0; i < closures->len; i++)
    {
      const GDate *date = g_ptr_array_index (closures, i);
      CgHoliday holiday;

      if (date == NULL || !g_date_valid (date))
        {
          g_return_if_fail_warning (G_LOG_DOMAIN, G_STRFUNC, "date != NULL && g_date_valid (date)");
          break;
        }

      /* A bank holiday keeps its own name. */
      holiday = (CgHoliday) { g_date_get_julian (date), closure };
      if (holiday_name (base, holiday.julian) == NULL)
        g_array_append_val (extra, holiday);
    }

  set_extra (self, extra);
  count_blocks (self);
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
  g_date_set_julian (first, FIRST_DAY);
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
  g_date_set_julian (last, FIRST_DAY + N_DAYS - 1);
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

  return in_span (g_date_get_julian (date));
}

/* How many working days of the span fall on or before @julian, inside it. */
static inline guint32
count_through (CgCalendar *self,
               guint32     julian)
{
  guint32 i = julian - FIRST_DAY;
  const Block *block = get_block (self, i >> BLOCK_SHIFT);

  return self->before[i >> BLOCK_SHIFT] + block->count[(i & (BLOCK_DAYS - 1)) + 1];
}

static inline gboolean
is_working (CgCalendar *self,
            guint32     julian)
{
  guint32 i = julian - FIRST_DAY;
  const Block *block = get_block (self, i >> BLOCK_SHIFT);
  guint day = i & (BLOCK_DAYS - 1);

  return block->count[day + 1] != block->count[day];
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
  g_return_val_if_fail (in_span (julian), FALSE);

  return is_working (self, julian);
}

/* The (k + 1)th working day counted from the start of block @b (before it
 * when k is negative), when that is in another block: rare, so the search
 * for that block is kept off the way of the common case. */
static G_GNUC_NO_INLINE gboolean
try_add_far (CgCalendar *self,
             guint       b,
             gint64      k,
             guint32    *out)
{
  gint64 target = (gint64) self->before[b] + k;   /* the span's (target + 1)th working day */
  const Block *block;

  if (target < 0 || target >= (gint64) self->before[N_BLOCKS])
    return FALSE;

  while (target >= (gint64) self->before[b + 1])
    b++;
  while (target < (gint64) self->before[b])
    b--;
  block = get_block (self, b);
  *out = FIRST_DAY + (b << BLOCK_SHIFT) + block->working[target - self->before[b]];
  return TRUE;
}

/* The nth working day after (or before) a day inside the span, if that
 * is inside the span too. */
static inline gboolean
try_add (CgCalendar *self,
         guint32     julian,
         int         n,
         guint32    *out)
{
  guint32 i = julian - FIRST_DAY;
  guint b = i >> BLOCK_SHIFT, day = i & (BLOCK_DAYS - 1);
  const Block *block;
  gint64 k;

  if (n == 0)
    {
      *out = julian;
      return TRUE;
    }

  block = get_block (self, b);
  /* After the day, the first working day is working[count[day + 1]];
   * before it, working[count[day] - 1]. */
  k = n > 0 ? (gint64) block->count[day + 1] + n - 1 : (gint64) block->count[day] + n;
  if (G_LIKELY (k >= 0 && k < (gint64) block->n_working))
    {
      *out = julian - day + block->working[k];
      return TRUE;
    }
  return try_add_far (self, b, k, out);
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
  g_return_val_if_fail (in_span (julian), julian);
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

  if (!in_span (g_date_get_julian (date)) || !try_add (self, g_date_get_julian (date), n, &julian))
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
  g_return_val_if_fail (in_span (from) && in_span (to), 0);

  return (int) count_through (self, to) - (int) count_through (self, from);
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

  return holiday_name (self, g_date_get_julian (date));
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
