/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a bank-holidays feed in the shape GOV.UK publishes
 * (https://www.gov.uk/bank-holidays.json): one object per division, each
 * with "division" and "events": [{ "title", "date", "notes", "bunting" }]. */

#include "config.h"

#include <string.h>

#include "calendar/cg-holidays-private.h"
#include "json/cg-json-private.h"
#include "util/cg-i18n-private.h"

static const char * const division_names[] = {
  "england-and-wales", "scotland", "northern-ireland",
};

static gboolean
read_events (const CgJsonValue *division,
             const char        *path,
             GArray            *holidays,
             GStringChunk      *names,
             guint8            *years,
             GError           **error)
{
  const CgJsonValue *events, *element;
  g_autofree char *events_path = cg_json_member_path (path, "events");

  if (!cg_json_read_array (division, path, "events", TRUE, &events, error))
    return FALSE;

  element = events + 1;
  for (guint i = 0; i < events->length; i++, element += element->size)
    {
      g_autofree char *event_path = g_strdup_printf ("%s[%u]", events_path, i);
      const CgJsonValue *event = cg_json_element (element, event_path, error);
      g_autoptr(GDate) date = NULL;
      const char *title, *notes;
      CgHoliday holiday;

      if (event == NULL ||
          !cg_json_read_string (event, event_path, "title", TRUE, &title, error) ||
          !cg_json_read_date (event, event_path, "date", TRUE, &date, error) ||
          !cg_json_read_string (event, event_path, "notes", FALSE, &notes, error))
        return FALSE;

      if (g_date_get_year (date) < CG_HOLIDAY_FIRST_YEAR || g_date_get_year (date) > CG_HOLIDAY_LAST_YEAR)
        {
          g_autofree char *field = cg_json_member_path (event_path, "date");

          g_set_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_OUT_OF_RANGE,
                       /* Translators: a field path ("events[3].date"), which
                        * stays as it is, a year, and the first and last years
                        * a calendar covers. */
                       _("%s: %u is outside the years a calendar covers (%d-%d)"), field,
                       (guint) g_date_get_year (date), CG_HOLIDAY_FIRST_YEAR, CG_HOLIDAY_LAST_YEAR);
          return FALSE;
        }

      holiday.julian = g_date_get_julian (date);
      /* The feed marks a holiday moved off a weekend in its notes; the
       * name says so, as an explanation of a count shows it. */
      if (notes != NULL && g_ascii_strcasecmp (notes, "Substitute day") == 0)
        {
          g_autofree char *moved = g_strconcat (title, CG_HOLIDAY_SUBSTITUTE, NULL);

          holiday.name = g_string_chunk_insert_const (names, moved);
        }
      else
        holiday.name = g_string_chunk_insert_const (names, title);
      g_array_append_val (holidays, holiday);
      years[g_date_get_year (date) - CG_HOLIDAY_FIRST_YEAR] = TRUE;
    }

  return TRUE;
}

gboolean
cg_holiday_feed_read (const char    *data,
                      gssize         length,
                      CgDivision     division,
                      GArray        *holidays,
                      GStringChunk  *names,
                      guint8         years[CG_HOLIDAY_N_YEARS],
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CgJsonDoc) doc = cg_json_doc_parse (data, length < 0 ? strlen (data) : (gsize) length, NULL, &local_error);
  const CgJsonValue *object;

  if (doc == NULL)
    {
      g_set_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_INVALID_FEED,
                   "%s", local_error->message);
      return FALSE;
    }

  if (!cg_json_read_object (cg_json_doc_get_root (doc), "", division_names[division], TRUE,
                            &object, &local_error) ||
      !read_events (object, division_names[division], holidays, names, years, &local_error))
    {
      if (local_error->domain == CG_CALENDAR_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      g_set_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_INVALID_FEED,
                   "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}
