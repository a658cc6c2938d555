/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Saving a case: the old file stays whole unless the whole new one is in
 * place, and nothing else is left beside it. */

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <coregroup/coregroup.h>

#include "test-util.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted, as one string ("a b c"). */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_replace (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autofree char *dir = g_dir_make_tmp ("coregroup-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "case.json", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) reloaded = NULL;
  g_autoptr(GDate) ended = g_date_new_dmy (1, G_DATE_MARCH, 2027);
  GStatBuf before, after;

  g_assert_true (g_file_set_contents (path, "old contents", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  cg_case_set_plan_ended (kase, ended);
  g_assert_true (cg_case_save (kase, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, !=, after.st_ino);
  g_assert_cmpint (after.st_mode & 07777, ==, 0640);

  reloaded = cg_case_new_from_file (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_year (cg_case_get_plan_ended (reloaded)), ==, 2027);

  names = listing (dir);
  g_assert_cmpstr (names, ==, "case.json");
  remove_tree (dir);
}

static void
test_new_file_is_private (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autofree char *dir = g_dir_make_tmp ("coregroup-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (cg_case_save (kase, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  remove_tree (dir);
}

/* Through a symlink the file it names is replaced, and the link stays. */
static void
test_symlink (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autofree char *dir = g_dir_make_tmp ("coregroup-save-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *names = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = cg_case_to_data (kase, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);

  g_assert_true (cg_case_save (kase, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  names = listing (dir);
  g_assert_cmpstr (names, ==, "link.json real.json");
  remove_tree (dir);
}

static void
test_errors (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autofree char *dir = g_dir_make_tmp ("coregroup-save-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.json", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-dir/case.json");
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) dangling_file = g_file_new_for_path (dangling);
  g_autoptr(GFile) proc = g_file_new_for_path ("/proc/case.json");
  g_autoptr(GError) error = NULL;

  g_assert_false (cg_case_save (kase, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (cg_case_save (kase, fifo_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_cmpint (symlink ("nowhere.json", dangling), ==, 0);
  g_assert_false (cg_case_save (kase, dangling_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* A folder where no file can be created, even by root. */
  g_assert_false (cg_case_save (kase, proc, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);

  remove_tree (dir);
}

/* What a killed save left behind is removed by the next save. */
static void
test_stale_temporary_removed (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autofree char *dir = g_dir_make_tmp ("coregroup-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "case.json", NULL);
  g_autofree char *stale = g_build_filename (dir, ".case.json.cg-save-Ab12Cd", NULL);
  g_autofree char *other = g_build_filename (dir, ".other.json.cg-save-Ab12Cd", NULL);
  g_autofree char *names = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (stale, "half a case", -1, NULL));
  g_assert_true (g_file_set_contents (other, "another file's", -1, NULL));
  g_assert_true (cg_case_save (kase, file, &error));
  g_assert_no_error (error);

  names = listing (dir);
  g_assert_cmpstr (names, ==, ".other.json.cg-save-Ab12Cd case.json");
  remove_tree (dir);
}

/* A save that runs out of room (here a file size limit, which fails the
 * write as a full disk does) leaves the old file byte for byte and no
 * other file. */
static void
test_file_size_limit (void)
{
  const char *old = "{ \"the\": \"old case\" }\n";
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *names = NULL;
  g_autofree char *contents = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(CgCase) kase = test_load_case ("case-full.json");
      g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("CG_TEST_SAVE_PATH"));
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 512, 512 };

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (cg_case_save (kase, file, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
      g_assert_null (strstr (error->message, "Test Child"));
      return;
    }

  dir = g_dir_make_tmp ("coregroup-save-XXXXXX", NULL);
  path = g_build_filename (dir, "case.json", NULL);
  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  g_setenv ("CG_TEST_SAVE_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, old);
  names = listing (dir);
  g_assert_cmpstr (names, ==, "case.json");
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/replace", test_replace);
  g_test_add_func ("/save/new-file-is-private", test_new_file_is_private);
  g_test_add_func ("/save/symlink", test_symlink);
  g_test_add_func ("/save/errors", test_errors);
  g_test_add_func ("/save/stale-temporary-removed", test_stale_temporary_removed);
  g_test_add_func ("/save/file-size-limit", test_file_size_limit);

  return g_test_run ();
}
