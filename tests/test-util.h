/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Helpers shared by the C tests. */

#include <glib-object.h>

/* A notify:: handler that counts emissions into the guint at @user_data. */
static inline void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}
