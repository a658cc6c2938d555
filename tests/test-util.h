/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Helpers shared by the C tests. */

#include <coregroup/coregroup.h>

/* A notify:: handler that counts emissions into the guint at @user_data. */
static inline void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* tests/data/@name, which must load. */
static inline CgCase *
test_load_case (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_file (file, &error);

  g_assert_no_error (error);
  return kase;
}
