/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "util/cg-time-of-day-private.h"

gboolean
cg_time_of_day_is_valid (const char *text)
{
  int hours;
  int minutes;

  if (text == NULL || strlen (text) != 5 || text[2] != ':')
    return FALSE;

  if (!g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  hours = (text[0] - '0') * 10 + (text[1] - '0');
  minutes = (text[3] - '0') * 10 + (text[4] - '0');

  return hours < 24 && minutes < 60;
}
