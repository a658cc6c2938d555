/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgDivision:
 * @CG_DIVISION_ENGLAND_AND_WALES: England and Wales (`england-and-wales`)
 * @CG_DIVISION_SCOTLAND: Scotland (`scotland`)
 * @CG_DIVISION_NORTHERN_IRELAND: Northern Ireland (`northern-ireland`)
 *
 * The three bank-holiday divisions of the United Kingdom, as the GOV.UK
 * bank holidays feed names them (Banking and Financial Dealings Act 1971,
 * Schedule 1).
 */
typedef enum
{
  CG_DIVISION_ENGLAND_AND_WALES,
  CG_DIVISION_SCOTLAND,
  CG_DIVISION_NORTHERN_IRELAND,
} CgDivision;

/**
 * CG_CALENDAR_ERROR:
 *
 * Error domain for calendars: bank-holiday feeds that cannot be read.
 * (A date outside a calendar's span is a programmer error: check with
 * [method@CoreGroup.Calendar.contains].)
 * Errors in this domain are from the [error@CoreGroup.CalendarError]
 * enumeration.
 */
#define CG_CALENDAR_ERROR (cg_calendar_error_quark ())

/**
 * CgCalendarError:
 * @CG_CALENDAR_ERROR_INVALID_FEED: the feed is not in the GOV.UK bank
 *   holidays shape; the message names the field path
 *   (`scotland.events[3].date`)
 * @CG_CALENDAR_ERROR_OUT_OF_RANGE: a feed lists a holiday outside the years
 *   a calendar covers (1900-2199)
 *
 * Error codes for the %CG_CALENDAR_ERROR domain.
 */
typedef enum
{
  CG_CALENDAR_ERROR_INVALID_FEED,
  CG_CALENDAR_ERROR_OUT_OF_RANGE,
} CgCalendarError;

CG_AVAILABLE_IN_ALL
GQuark cg_calendar_error_quark (void);

#define CG_TYPE_CALENDAR (cg_calendar_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgCalendar, cg_calendar, CG, CALENDAR, GObject)

CG_AVAILABLE_IN_ALL
CgCalendar *cg_calendar_new                      (CgDivision    division) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCalendar *cg_calendar_new_from_feed            (GFile        *feed,
                                                  CgDivision    division,
                                                  GError      **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCalendar *cg_calendar_new_from_feed_data       (const char   *data,
                                                  gssize        length,
                                                  CgDivision    division,
                                                  GError      **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCalendar *cg_calendar_new_with_closures        (CgCalendar   *base,
                                                  GPtrArray    *closures,
                                                  const char   *name) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgDivision  cg_calendar_get_division             (CgCalendar   *self);
CG_AVAILABLE_IN_ALL
void        cg_calendar_get_first_date           (CgCalendar   *self,
                                                  GDate        *first);
CG_AVAILABLE_IN_ALL
void        cg_calendar_get_last_date            (CgCalendar   *self,
                                                  GDate        *last);
CG_AVAILABLE_IN_ALL
gboolean    cg_calendar_contains                 (CgCalendar   *self,
                                                  const GDate  *date);
CG_AVAILABLE_IN_ALL
gboolean    cg_calendar_is_working_day           (CgCalendar   *self,
                                                  const GDate  *date);
CG_AVAILABLE_IN_ALL
const char *cg_calendar_get_holiday_name         (CgCalendar   *self,
                                                  const GDate  *date);
CG_AVAILABLE_IN_ALL
void        cg_calendar_add_working_days         (CgCalendar   *self,
                                                  const GDate  *date,
                                                  int           n,
                                                  GDate        *result);
CG_AVAILABLE_IN_ALL
gboolean    cg_calendar_try_add_working_days     (CgCalendar   *self,
                                                  const GDate  *date,
                                                  int           n,
                                                  GDate        *result);
CG_AVAILABLE_IN_ALL
int         cg_calendar_count_working_days       (CgCalendar   *self,
                                                  const GDate  *from,
                                                  const GDate  *to);
CG_AVAILABLE_IN_ALL
void        cg_calendar_next_working_day         (CgCalendar   *self,
                                                  const GDate  *date,
                                                  GDate        *result);
CG_AVAILABLE_IN_ALL
void        cg_calendar_previous_working_day     (CgCalendar   *self,
                                                  const GDate  *date,
                                                  GDate        *result);
CG_AVAILABLE_IN_ALL
gboolean    cg_calendar_is_working_day_julian    (CgCalendar   *self,
                                                  guint32       julian);
CG_AVAILABLE_IN_ALL
guint32     cg_calendar_add_working_days_julian  (CgCalendar   *self,
                                                  guint32       julian,
                                                  int           n);
CG_AVAILABLE_IN_ALL
int         cg_calendar_count_working_days_julian (CgCalendar  *self,
                                                   guint32      from,
                                                   guint32      to);

G_END_DECLS
