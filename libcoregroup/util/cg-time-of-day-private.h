/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text is a 24-hour "HH:MM" time of day, the form meetings and
 * contacts record their time in. */
gboolean cg_time_of_day_is_valid (const char *text);

G_END_DECLS
