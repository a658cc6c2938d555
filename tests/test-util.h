/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Helpers shared by the C tests. */

#include <string.h>

#include <coregroup/coregroup.h>

/* A notify:: handler that counts emissions into the guint at @user_data. */
static inline void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* The text of tests/data/@name, with @from replaced by @to when @from is
 * not NULL; @from must be in it exactly once. */
static inline char *
test_fixture_text (const char *name,
                   const char *from,
                   const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  if (from == NULL)
    return g_steal_pointer (&text);

  parts = g_strsplit (text, from, -1);
  if (g_strv_length (parts) != 2)
    g_error ("“%s” is not in %s exactly once", from, name);
  return g_strjoinv ((char *) to, parts);
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

/* Saves @kase, reads the document back into @reloaded and saves that: the
 * two documents must be the same. Returns the first. */
static inline char *
test_save_and_reload (CgCase  *kase,
                      CgCase **reloaded)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;
  char *saved = cg_case_to_data (kase, NULL);

  *reloaded = cg_case_new_from_data (saved, -1, &error);
  g_assert_no_error (error);
  again = cg_case_to_data (*reloaded, NULL);
  g_assert_cmpstr (again, ==, saved);
  return saved;
}

/* A change to a fixture that must be refused: the fixture with @from
 * replaced by @to fails with @code, and the message starts with @path and
 * a colon and never shows @value. */
typedef struct
{
  const char *from;
  const char *to;
  int         code;
  const char *path;
  const char *value;
} TestRefused;

static inline void
test_assert_fixture_refused (const char        *fixture,
                             const TestRefused *refused,
                             gsize              n_refused)
{
  for (gsize i = 0; i < n_refused; i++)
    {
      g_autofree char *text = test_fixture_text (fixture, refused[i].from, refused[i].to);
      g_autofree char *prefix = g_strconcat (refused[i].path, ": ", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);

      g_test_message ("%s -> %s: %s", refused[i].from, refused[i].to,
                      error != NULL ? error->message : "loaded");
      g_assert_null (kase);
      g_assert_error (error, CG_FORMAT_ERROR, refused[i].code);
      if (!g_str_has_prefix (error->message, prefix))
        g_error ("“%s” does not start with “%s”", error->message, prefix);
      if (refused[i].value != NULL && strstr (error->message, refused[i].value) != NULL)
        g_error ("“%s” quotes the document", error->message);
    }
}
