/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A process killed while it saves never leaves a case that does not load,
 * and no copy of the case outlives the next save: a child saves two
 * versions of a case in turn, without end, and is killed with SIGKILL at a
 * random moment, 200 times on a plain path and 200 through a symlink. */

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <coregroup/coregroup.h>

#include "test-util.h"

#define KILLS 200

/* Saves without end, writing a byte to @done after each save. */
static G_NORETURN void
save_forever (CgCase *kase,
              GFile  *file,
              int     done)
{
  g_autoptr(GDate) one = g_date_new_dmy (1, G_DATE_MARCH, 2027);
  g_autoptr(GDate) two = g_date_new_dmy (2, G_DATE_MARCH, 2027);

  for (guint i = 0; ; i++)
    {
      cg_case_set_plan_ended (kase, i % 2 == 0 ? one : two);
      if (!cg_case_save (kase, file, NULL) || write (done, "s", 1) != 1)
        _exit (3);
    }
}

/* Temporaries of a save are ".NAME.cg-save-XXXXXX". */
static guint
count_temporaries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    if (strstr (name, ".cg-save-") != NULL)
      n++;
  return n;
}

static void
kill_while_saving (gboolean through_symlink)
{
  g_autoptr(CgCase) kase = test_load_case ("case-full.json");
  g_autofree char *dir = g_dir_make_tmp ("coregroup-kill-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "case.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (real);
  g_autoptr(GFile) file = g_file_new_for_path (through_symlink ? link : real);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) one = g_date_new_dmy (1, G_DATE_MARCH, 2027);
  g_autoptr(GDate) two = g_date_new_dmy (2, G_DATE_MARCH, 2027);
  g_auto(GStrv) versions = g_new0 (char *, 4);
  g_autofree char *contents = NULL;
  gboolean seen[3] = { FALSE, FALSE, FALSE };
  gint64 save_time;
  guint left_behind = 0;

  /* The file is always exactly one of the versions ever saved. */
  versions[0] = cg_case_to_data (kase, NULL);
  cg_case_set_plan_ended (kase, one);
  versions[1] = cg_case_to_data (kase, NULL);
  cg_case_set_plan_ended (kase, two);
  versions[2] = cg_case_to_data (kase, NULL);
  cg_case_set_plan_ended (kase, NULL);

  g_assert_true (cg_case_save (kase, target, &error));
  if (through_symlink)
    g_assert_cmpint (symlink ("case.json", link), ==, 0);

  /* How long one save takes here, so that kills land inside saves. */
  {
    gint64 start = g_get_monotonic_time ();

    for (guint i = 0; i < 5; i++)
      g_assert_true (cg_case_save (kase, target, &error));
    save_time = MAX ((g_get_monotonic_time () - start) / 5, 100);
  }

  for (guint i = 0; i < KILLS; i++)
    {
      g_autoptr(CgCase) loaded = NULL;
      int saves = g_test_rand_int_range (0, 3);
      int done[2];
      pid_t child;
      int status;

      g_assert_cmpint (pipe (done), ==, 0);
      child = fork ();
      g_assert_cmpint (child, >=, 0);
      if (child == 0)
        {
          close (done[0]);
          save_forever (kase, file, done[1]);
        }
      close (done[1]);

      /* After 0, 1 or 2 whole saves, at any moment of the next one. */
      for (int s = 0; s < saves; s++)
        {
          char byte;

          g_assert_cmpint (read (done[0], &byte, 1), ==, 1);
        }
      g_usleep (g_test_rand_int_range (0, (gint32) save_time * 2));
      g_assert_cmpint (kill (child, SIGKILL), ==, 0);
      close (done[0]);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      g_assert_true (WIFSIGNALED (status));

      loaded = cg_case_new_from_file (file, &error);
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
      g_assert_true (g_strv_contains ((const char * const *) versions, contents));
      for (guint v = 0; v < 3; v++)
        if (g_str_equal (versions[v], contents))
          seen[v] = TRUE;
      g_clear_pointer (&contents, g_free);

      /* A kill between naming the temporary and the rename can leave it;
       * the next save of the file must remove it. */
      if (count_temporaries (dir) > 0)
        {
          left_behind++;
          g_assert_true (cg_case_save (kase, file, &error));
          g_assert_cmpuint (count_temporaries (dir), ==, 0);
        }
    }

  g_test_message ("%u of %u kills left a temporary, each removed by the next save", left_behind, KILLS);
  /* The children did save: both alternating versions were found. */
  g_assert_true (seen[1] && seen[2]);
  g_assert_true (g_file_test (through_symlink ? link : real, G_FILE_TEST_EXISTS));
  if (through_symlink)
    {
      g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
      g_assert_cmpint (g_unlink (link), ==, 0);
    }
  g_assert_cmpint (g_unlink (real), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_kill_plain (void)
{
  kill_while_saving (FALSE);
}

static void
test_kill_symlink (void)
{
  kill_while_saving (TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/killed/plain", test_kill_plain);
  g_test_add_func ("/save/killed/symlink", test_kill_symlink);

  return g_test_run ();
}
