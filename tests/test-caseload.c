/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* CgCaseload from C with a main loop: the bundled examples read from their
 * folder in path order, evaluated on the thread pool, and a cancelled
 * evaluation. Run under valgrind with the other C tests. */

#include "test-fixtures.h"

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} Wait;

static void
loaded (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  Wait *wait = data;

  wait->ok = cg_caseload_load_finish (CG_CASELOAD (source), result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
evaluated (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Wait *wait = data;

  wait->ok = cg_caseload_evaluate_finish (CG_CASELOAD (source), result, &wait->error);
  g_main_loop_quit (wait->loop);
}

static void
test_examples (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(CgCaseload) caseload = cg_caseload_new ();
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(CgCase) first = NULL;
  g_autoptr(CgReport) report = NULL;
  Wait wait = { loop };

  cg_caseload_load_async (caseload, &folder, 1, NULL, loaded, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload)), ==, 5);
  g_assert_cmpuint (cg_caseload_get_n_loaded (caseload), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (cg_caseload_get_failures (caseload)), ==, 0);
  first = g_list_model_get_item (G_LIST_MODEL (caseload), 0);
  g_assert_cmpstr (cg_case_get_id (first), ==, "CAH-2026-0152");

  cg_caseload_evaluate_async (caseload, registry, today, NULL, evaluated, &wait);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_cmpuint (g_list_model_get_n_items (cg_caseload_get_reports (caseload)), ==, 5);
  report = g_list_model_get_item (cg_caseload_get_reports (caseload), 0);
  g_assert_cmpstr (cg_report_get_case_id (report), ==, "CAH-2026-0152");
}

static void
test_cancelled_before_it_starts (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(CgCaseload) caseload = cg_caseload_new ();
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Wait wait = { loop };

  cg_caseload_load_async (caseload, &folder, 1, NULL, loaded, &wait);
  g_main_loop_run (loop);
  g_assert_true (wait.ok);

  g_cancellable_cancel (cancellable);
  cg_caseload_evaluate_async (caseload, registry, today, cancellable, evaluated, &wait);
  g_main_loop_run (loop);
  g_assert_false (wait.ok);
  g_assert_error (wait.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_caseload_get_reports (caseload)), ==, 0);
}

/* Every change the caseload reports (its items, n-loaded, the reports)
 * is made on the caller's thread, even when the workers finish before the
 * caller's main loop runs: a front end's handlers (GJS's among them) must
 * never run on a worker thread. */
typedef struct
{
  GThread *caller;
  guint    changes;
  guint    elsewhere;
} Threads;

static void
changed (gpointer data)
{
  Threads *threads = data;

  threads->changes++;
  if (g_thread_self () != threads->caller)
    threads->elsewhere++;
}

static void
test_changes_on_the_callers_thread (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(CgCaseload) caseload = cg_caseload_new ();
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GDate) today = date_new ("2027-01-20");
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Threads threads = { g_thread_self () };
  Wait wait = { loop };

  g_signal_connect_swapped (caseload, "notify::n-loaded", G_CALLBACK (changed), &threads);
  g_signal_connect_swapped (caseload, "items-changed", G_CALLBACK (changed), &threads);
  g_signal_connect_swapped (cg_caseload_get_reports (caseload), "items-changed", G_CALLBACK (changed), &threads);

  /* The workers are done long before the loop first runs. */
  cg_caseload_load_async (caseload, &folder, 1, NULL, loaded, &wait);
  g_usleep (G_USEC_PER_SEC / 2);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (caseload)), ==, 5);

  cg_caseload_evaluate_async (caseload, registry, today, NULL, evaluated, &wait);
  g_usleep (G_USEC_PER_SEC / 2);
  g_main_loop_run (loop);
  g_assert_no_error (wait.error);
  g_assert_cmpuint (g_list_model_get_n_items (cg_caseload_get_reports (caseload)), ==, 5);

  g_assert_cmpuint (threads.changes, >, 0);
  g_assert_cmpuint (threads.elsewhere, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/caseload/examples", test_examples);
  g_test_add_func ("/caseload/cancelled", test_cancelled_before_it_starts);
  g_test_add_func ("/caseload/changes-on-the-callers-thread", test_changes_on_the_callers_thread);

  return g_test_run ();
}
