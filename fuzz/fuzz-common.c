/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz-common.h"

static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  /* Messages, info and debug output are noise at a million inputs a minute. */
  return G_LOG_WRITER_HANDLED;
}

void
cg_fuzz_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      g_log_set_writer_func (fatal_writer, NULL, NULL);
      /* Old-style handlers (g_log_set_handler) go through the writer too,
       * but make the levels fatal in case one is installed. */
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_once_init_leave (&initialised, 1);
    }
}

const char *
cg_fuzz_data (const uint8_t *data)
{
  return data != NULL ? (const char *) data : "";
}

guint32
cg_fuzz_hash (const uint8_t *data,
              size_t         size)
{
  guint32 hash = 2166136261u;   /* FNV-1a */

  for (size_t i = 0; i < size; i++)
    hash = (hash ^ data[i]) * 16777619u;
  return hash;
}

void
cg_fuzz_set_julian (GDate  *date,
                    gint64  julian)
{
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, 1900);
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 2199);

  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) CLAMP (julian, (gint64) g_date_get_julian (&first),
                                            (gint64) g_date_get_julian (&last)));
}

void
cg_fuzz_fail (const char *file,
              int         line,
              const char *what)
{
  fprintf (stderr, "%s:%d: property broken: %s\n", file, line, what);
  fflush (stderr);
  abort ();
}
