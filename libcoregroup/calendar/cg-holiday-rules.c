/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Bank holidays from the published rules, for years the bundled feed does
 * not cover (Banking and Financial Dealings Act 1971, Schedule 1, and the
 * St Andrew's Day Bank Holiday (Scotland) Act 2007; see doc/rules.md,
 * "Documents cited"):
 *
 * - all divisions: Good Friday, the early May bank holiday (first Monday in
 *   May, from 1978), the spring bank holiday (last Monday in May), Christmas
 *   Day and Boxing Day;
 * - England and Wales, Northern Ireland: New Year's Day, Easter Monday, the
 *   summer bank holiday (last Monday in August);
 * - Scotland: New Year's Day, 2 January, the summer bank holiday (first
 *   Monday in August), St Andrew's Day (30 November, from 2007);
 * - Northern Ireland: St Patrick's Day (17 March), the Battle of the Boyne
 *   (12 July).
 *
 * A fixed-date holiday that falls on a weekend, or on another holiday, is
 * replaced by the next weekday that is not a holiday (the "substitute
 * day"). One-off proclamations before the feed's first year are listed in
 * `proclamations`. */

#include "config.h"

#include <string.h>

#include "calendar/cg-holidays-private.h"
#include "util/cg-i18n-private.h"

/* As g_date_get_julian(), without a GDate: a calendar asks for the rules
 * of every year of its span when it is made. */
guint32
cg_holiday_julian (int year,
                   int month,
                   int day)
{
  static const guint16 days_before_month[2][13] = {
    { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
    { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 },
  };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  return CG_HOLIDAY_DAYS_BEFORE_YEAR ((guint32) year) + days_before_month[leap][month] + (guint32) day;
}

/* Monday is 1, Sunday is 7, as GDateWeekday. Julian day 1 (1 Jan 1) was a Monday. */
static int
weekday_of (guint32 julian)
{
  return (int) ((julian - 1) % 7) + 1;
}

/* The holidays of one year so far. */
typedef struct
{
  CgHoliday *holidays;
  guint      len;
} Year;

static gboolean
taken (const Year *year,
       guint32     julian)
{
  for (guint i = 0; i < year->len; i++)
    if (year->holidays[i].julian == julian)
      return TRUE;
  return FALSE;
}

static void
add (Year       *year,
     guint32     julian,
     const char *name)
{
  g_assert (year->len < CG_HOLIDAY_RULES_MAX);
  year->holidays[year->len++] = (CgHoliday) { julian, name };
}

/* Removes the holiday at @i, keeping the order of the others. */
static void
remove_at (Year  *year,
           guint  i)
{
  memmove (&year->holidays[i], &year->holidays[i + 1], (year->len - i - 1) * sizeof (CgHoliday));
  year->len--;
}

/* The Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus). */
static guint32
easter_sunday (int year)
{
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = ((h + l - 7 * m + 114) % 31) + 1;

  return cg_holiday_julian (year, month, day);
}

static guint32
first_monday (int year,
              int month)
{
  guint32 julian = cg_holiday_julian (year, month, 1);

  return julian + (guint32) ((8 - weekday_of (julian)) % 7);
}

/* Of May or August, which have 31 days. */
static guint32
last_monday (int year,
             int month)
{
  guint32 julian = cg_holiday_julian (year, month, 31);

  g_assert (month == 5 || month == 8);
  return julian - (guint32) (weekday_of (julian) - G_DATE_MONDAY);
}

/* A holiday on a fixed date, and its name when it is moved off a weekend:
 * spelled out, so that the rules need not allocate it (the catalogue has
 * the name alone; cg_holiday_name_for_people translates the two parts). */
typedef struct
{
  int         month;
  int         day;
  const char *name;
  const char *substitute;
} FixedHoliday;

/* Weekday dates first, so a holiday keeps its own day when it can; then
 * each one still unplaced, in date order, takes the next free weekday. */
static void
add_fixed (Year               *holidays,
           int                 year,
           const FixedHoliday *fixed,
           guint               n_fixed)
{
  gboolean placed[8] = { FALSE, };

  g_assert (n_fixed <= G_N_ELEMENTS (placed));

  for (guint i = 0; i < n_fixed; i++)
    {
      guint32 julian = cg_holiday_julian (year, fixed[i].month, fixed[i].day);

      if (weekday_of (julian) <= G_DATE_FRIDAY && !taken (holidays, julian))
        {
          add (holidays, julian, fixed[i].name);
          placed[i] = TRUE;
        }
    }

  for (guint i = 0; i < n_fixed; i++)
    {
      guint32 julian = cg_holiday_julian (year, fixed[i].month, fixed[i].day);

      if (placed[i])
        continue;
      while (weekday_of (julian) > G_DATE_FRIDAY || taken (holidays, julian))
        julian++;
      add (holidays, julian, fixed[i].substitute);
    }
}

/* One-off changes made by royal proclamation before the feed's first year.
 * @division_mask: bit (1 << division), 0x7 for all three. */
static const struct
{
  int         year;
  int         month;
  int         day;
  int         moved_from_month;   /* 0: an extra holiday; else the day it replaces */
  int         moved_from_day;
  guint       division_mask;
  const char *name;
} proclamations[] = {
  { 1995, 5, 8, 5, 1, 0x7, NC_("bank holiday", "Early May bank holiday (VE Day)") },
  { 1999, 12, 31, 0, 0, 0x7, NC_("bank holiday", "Millennium celebrations") },
  { 2002, 6, 4, 5, 27, 0x7, NC_("bank holiday", "Spring bank holiday") },
  { 2002, 6, 3, 0, 0, 0x7, NC_("bank holiday", "Golden Jubilee bank holiday") },
  { 2011, 4, 29, 0, 0, 0x7, NC_("bank holiday", "Royal wedding") },
};

static void
apply_proclamations (Year       *holidays,
                     CgDivision  division,
                     int         year)
{
  for (guint i = 0; i < G_N_ELEMENTS (proclamations); i++)
    {
      if (proclamations[i].year != year || (proclamations[i].division_mask & (1u << division)) == 0)
        continue;

      if (proclamations[i].moved_from_month != 0)
        {
          guint32 from = cg_holiday_julian (year, proclamations[i].moved_from_month, proclamations[i].moved_from_day);

          for (guint j = 0; j < holidays->len; j++)
            if (holidays->holidays[j].julian == from)
              {
                remove_at (holidays, j);
                break;
              }
        }

      add (holidays, cg_holiday_julian (year, proclamations[i].month, proclamations[i].day), proclamations[i].name);
    }
}

#define SUBSTITUTE(name) name CG_HOLIDAY_SUBSTITUTE

guint
cg_holiday_rules_for_year (CgDivision  division,
                           int         year,
                           CgHoliday   out[CG_HOLIDAY_RULES_MAX])
{
  static const FixedHoliday england[] = {
    { 1, 1, NC_("bank holiday", "New Year’s Day"), SUBSTITUTE ("New Year’s Day") },
    { 12, 25, NC_("bank holiday", "Christmas Day"), SUBSTITUTE ("Christmas Day") },
    { 12, 26, NC_("bank holiday", "Boxing Day"), SUBSTITUTE ("Boxing Day") },
  };
  static const FixedHoliday scotland[] = {
    { 1, 1, NC_("bank holiday", "New Year’s Day"), SUBSTITUTE ("New Year’s Day") },
    { 1, 2, NC_("bank holiday", "2nd January"), SUBSTITUTE ("2nd January") },
    { 11, 30, NC_("bank holiday", "St Andrew’s Day"), SUBSTITUTE ("St Andrew’s Day") },
    { 12, 25, NC_("bank holiday", "Christmas Day"), SUBSTITUTE ("Christmas Day") },
    { 12, 26, NC_("bank holiday", "Boxing Day"), SUBSTITUTE ("Boxing Day") },
  };
  static const FixedHoliday northern_ireland[] = {
    { 1, 1, NC_("bank holiday", "New Year’s Day"), SUBSTITUTE ("New Year’s Day") },
    { 3, 17, NC_("bank holiday", "St Patrick’s Day"), SUBSTITUTE ("St Patrick’s Day") },
    { 7, 12, NC_("bank holiday", "Battle of the Boyne (Orangemen’s Day)"),
      SUBSTITUTE ("Battle of the Boyne (Orangemen’s Day)") },
    { 12, 25, NC_("bank holiday", "Christmas Day"), SUBSTITUTE ("Christmas Day") },
    { 12, 26, NC_("bank holiday", "Boxing Day"), SUBSTITUTE ("Boxing Day") },
  };
  Year holidays = { out, 0 };
  guint32 easter = easter_sunday (year);

  add (&holidays, easter - 2, NC_("bank holiday", "Good Friday"));
  if (division != CG_DIVISION_SCOTLAND)
    add (&holidays, easter + 1, NC_("bank holiday", "Easter Monday"));
  if (year >= 1978)
    add (&holidays, first_monday (year, 5), NC_("bank holiday", "Early May bank holiday"));
  add (&holidays, last_monday (year, 5), NC_("bank holiday", "Spring bank holiday"));
  if (division == CG_DIVISION_SCOTLAND)
    add (&holidays, first_monday (year, 8), NC_("bank holiday", "Summer bank holiday"));
  else
    add (&holidays, last_monday (year, 8), NC_("bank holiday", "Summer bank holiday"));

  switch (division)
    {
    case CG_DIVISION_ENGLAND_AND_WALES:
      add_fixed (&holidays, year, england, G_N_ELEMENTS (england));
      break;

    case CG_DIVISION_SCOTLAND:
      /* St Andrew's Day is a bank holiday from 2007: before, neither the
       * day nor, when it falls at a weekend, its substitute. */
      add_fixed (&holidays, year, scotland, G_N_ELEMENTS (scotland));
      if (year < 2007)
        for (guint i = 0; i < holidays.len; i++)
          if (g_str_equal (holidays.holidays[i].name, "St Andrew’s Day") ||
              g_str_equal (holidays.holidays[i].name, SUBSTITUTE ("St Andrew’s Day")))
            {
              remove_at (&holidays, i);
              break;
            }
      break;

    case CG_DIVISION_NORTHERN_IRELAND:
      add_fixed (&holidays, year, northern_ireland, G_N_ELEMENTS (northern_ireland));
      break;
    }

  apply_proclamations (&holidays, division, year);
  return holidays.len;
}

/* Titles of the GOV.UK feed that no rule above gives, for the catalogue. */
static const char * const feed_titles[] G_GNUC_UNUSED = {
  NC_("bank holiday", "Early May bank holiday (VE day)"),
  NC_("bank holiday", "Platinum Jubilee bank holiday"),
  NC_("bank holiday", "Bank Holiday for the State Funeral of Queen Elizabeth II"),
  NC_("bank holiday", "Bank holiday for the coronation of King Charles III"),
  NC_("bank holiday", "Queen’s Diamond Jubilee"),
  NC_("bank holiday", "World Cup bank holiday"),
};

char *
cg_holiday_name_for_people (const char *name)
{
  g_autofree char *base = NULL;

  if (!g_str_has_suffix (name, CG_HOLIDAY_SUBSTITUTE))
    return g_strdup (cg_dpgettext2 ("bank holiday", name));

  base = g_strndup (name, strlen (name) - strlen (CG_HOLIDAY_SUBSTITUTE));
  /* Translators: a bank holiday moved off a weekend, "Boxing Day, substitute
   * day". */
  return g_strdup_printf (C_("bank holiday", "%s, substitute day"), cg_dpgettext2 ("bank holiday", base));
}
