/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The cases of a run over many paths (doc/using.md, "Many cases at
 * once"): each path a case file, a directory of them or "-" for standard
 * input, loaded and evaluated on a thread pool. Results are kept by
 * index, so the output is in path order whatever the number of jobs. */

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cg-tool-private.h"

/* Progress on a terminal: only for a long run, a few times a second. */
#define PROGRESS_MIN_CASES 200
#define PROGRESS_MIN_USEC  (2 * G_USEC_PER_SEC)
#define PROGRESS_EVERY     (G_USEC_PER_SEC / 4)
#define STREAM_EVERY       (G_USEC_PER_SEC / 500)

void
cg_tool_case_free (CgToolCase *entry)
{
  g_free (entry->path);
  g_clear_pointer (&entry->data, g_bytes_unref);
  g_clear_object (&entry->kase);
  g_clear_object (&entry->policy);
  g_clear_object (&entry->report);
  g_clear_error (&entry->error);
  g_free (entry);
}

static CgToolCase *
add_case (GPtrArray  *cases,
          const char *path)
{
  CgToolCase *entry = g_new0 (CgToolCase, 1);

  entry->path = g_strdup (path);
  g_ptr_array_add (cases, entry);
  return entry;
}

/* Bytewise, for qsort and g_ptr_array_sort over strings. */
int
cg_tool_compare_strings (const void *a,
                         const void *b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

typedef enum {
  ENTRY_SKIPPED,
  ENTRY_FOLDER,   /* walked into */
  ENTRY_CASE,
} EntryKind;

/* What the directory entry @name at @path, of entry type @type, is to the
 * walk. The type comes with the name on most file systems, so a folder
 * and a file are told apart without a stat () of each. Anything else (a
 * symbolic link, or a type the file system does not give, DT_UNKNOWN) is
 * asked of the file: a folder is walked unless it is a link to one, which
 * is not followed; a *.json that is not a folder is a case file. */
static EntryKind
classify_entry (const char    *path,
                const char    *name,
                unsigned char  type)
{
  if (type == DT_DIR)
    return ENTRY_FOLDER;
  if (type != DT_REG && g_file_test (path, G_FILE_TEST_IS_DIR))
    return g_file_test (path, G_FILE_TEST_IS_SYMLINK) ? ENTRY_SKIPPED : ENTRY_FOLDER;
  return g_str_has_suffix (name, ".json") ? ENTRY_CASE : ENTRY_SKIPPED;
}

/* Every *.json file below @dir. A symbolic link to a directory is not
 * followed, so a link back up cannot loop. */
static gboolean
find_case_files (const char  *dir,
                 GPtrArray   *found,
                 GError     **error)
{
  DIR *handle = opendir (dir);
  struct dirent *entry;
  gboolean ok = TRUE;

  if (handle == NULL)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);

      /* The folder and the system's reason; the caller says what failed. */
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", display, g_strerror (saved));
      return FALSE;
    }

  while (ok && (entry = readdir (handle)) != NULL)
    {
      g_autofree char *path = NULL;

      if (g_str_equal (entry->d_name, ".") || g_str_equal (entry->d_name, ".."))
        continue;
      path = g_build_filename (dir, entry->d_name, NULL);

      switch (classify_entry (path, entry->d_name, entry->d_type))
        {
        case ENTRY_FOLDER:
          ok = find_case_files (path, found, error);
          break;
        case ENTRY_CASE:
          g_ptr_array_add (found, g_steal_pointer (&path));
          break;
        case ENTRY_SKIPPED:
        default:
          break;
        }
    }

  closedir (handle);
  return ok;
}

static GBytes *
read_standard_input (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    g_byte_array_append (data, buffer, (guint) n);
  if (ferror (stdin))
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("-: cannot read standard input: %s"), g_strerror (saved));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* The cases @args name, in order: a directory's files sorted bytewise by
 * their full path. A directory that cannot be read, or standard input,
 * becomes a case carrying its error. */
GPtrArray *
cg_tool_expand_paths (char **args)
{
  GPtrArray *cases = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_tool_case_free);

  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) found = NULL;
      g_autoptr(GError) error = NULL;
      CgToolCase *entry;

      if (g_str_equal (args[i], "-"))
        {
          entry = add_case (cases, args[i]);
          entry->data = read_standard_input (&entry->error);
          continue;
        }

      if (!g_file_test (args[i], G_FILE_TEST_IS_DIR))
        {
          add_case (cases, args[i]);
          continue;
        }

      found = g_ptr_array_new_with_free_func (g_free);
      if (!find_case_files (args[i], found, &error))
        {
          entry = add_case (cases, args[i]);
          g_set_error (&entry->error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: cannot read the directory: %s"),
                       args[i], error->message);
          continue;
        }

      g_ptr_array_sort (found, cg_tool_compare_strings);
      for (guint j = 0; j < found->len; j++)
        add_case (cases, g_ptr_array_index (found, j));
    }

  return cases;
}

/* The case @entry names, from its file or from standard input. */
CgCase *
cg_tool_case_load (CgToolCase  *entry,
                   GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (entry->error != NULL)
    {
      g_propagate_error (error, g_error_copy (entry->error));
      return NULL;
    }
  if (entry->data != NULL)
    return cg_case_new_from_data (g_bytes_get_data (entry->data, NULL),
                                  (gssize) g_bytes_get_size (entry->data), error);

  file = g_file_new_for_commandline_arg (entry->path);
  return cg_case_new_from_file (file, error);
}

/* Says, in path order, why each case that failed did; TRUE if any did. */
gboolean
cg_tool_print_case_errors (GPtrArray *cases)
{
  gboolean any = FALSE;

  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);

      if (entry->error != NULL)
        {
          cg_tool_print_load_error (entry->path, entry->error);
          any = TRUE;
        }
    }
  return any;
}

typedef struct
{
  GPtrArray          *cases;
  const char         *policy_id;
  CgPolicyRegistry   *registry;
  const GDate        *today;
  int                 next;   /* atomic: the next case to take */
  GMutex              lock;
  GCond               cond;
  int                 done;   /* atomic: cases finished; the last signals @cond under @lock */
} Evaluation;

static void
evaluate_case (CgToolCase       *entry,
               CgPolicyRegistry *registry,
               Evaluation       *run)
{
  const char *id;
  CgPolicy *policy;

  entry->kase = cg_tool_case_load (entry, &entry->error);
  if (entry->kase == NULL)
    return;

  id = run->policy_id != NULL ? run->policy_id : cg_case_get_policy (entry->kase);
  policy = cg_policy_registry_lookup (registry, id);
  if (policy == NULL)
    {
      g_set_error_literal (&entry->error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_POLICY,
                           _(CG_TOOL_UNKNOWN_CASE_POLICY));
      return;
    }
  entry->policy = g_object_ref (policy);

  /* In the division's built-in calendar, which every worker shares. */
  entry->report = cg_policy_evaluate (policy, entry->kase, run->today, &entry->error);
}

/* One worker, taking cases until none is left. The registry and the
 * built-in calendars are shared, and only read; nothing mutable is shared
 * but the counters. */
static void
work (gpointer data,
      gpointer user_data)
{
  Evaluation *run = user_data;
  guint i;

  while ((i = (guint) g_atomic_int_add (&run->next, 1)) < run->cases->len)
    {
      CgToolCase *entry = g_ptr_array_index (run->cases, i);

      evaluate_case (entry, run->registry, run);
      g_atomic_int_set (&entry->ready, TRUE);

      /* The waiting thread is woken by the last case only: it looks at
       * the count for the progress line on a timer of its own, and a
       * wake-up for every case cost as much as a tenth of the run. */
      if ((guint) g_atomic_int_add (&run->done, 1) + 1 == run->cases->len)
        {
          g_mutex_lock (&run->lock);
          g_cond_signal (&run->cond);
          g_mutex_unlock (&run->lock);
        }
    }
}

static void
show_progress (guint  done,
               guint  total,
               gint64 elapsed)
{
  double rate = elapsed > 0 ? (double) done * G_USEC_PER_SEC / (double) elapsed : 0;
  guint left = rate > 0 ? (guint) ((total - done) / rate + 0.5) : 0;

  /* Back to the start of the line, to write over it: the carriage return
   * stays out of the message, as gettext asks. */
  fputc ('\r', stderr);
  /* Translators: progress: cases done, of all the cases, cases a second, minutes:seconds left. */
  fprintf (stderr, _("%u/%u cases, %.0f a second, %u:%02u left "), done, total, rate, left / 60, left % 60);
  fflush (stderr);
}

/* Gives @stream the cases that are ready, in order, from *@next. */
static void
stream_ready (GPtrArray    *cases,
              guint        *next,
              CgToolStream *stream,
              gpointer      data)
{
  while (*stream != NULL && *next < cases->len)
    {
      CgToolCase *entry = g_ptr_array_index (cases, *next);

      if (!g_atomic_int_get (&entry->ready))
        return;
      if (!(*stream) (entry, data))
        *stream = NULL;
      (*next)++;
    }
}

/* Loads and evaluates every case on @jobs threads (one case on this one)
 * with the policies of @registry; @today is in the calendar. A progress
 * line goes to a terminal during a long run. @stream, when given, has the
 * cases as they are ready (see CgToolStream). */
void
cg_tool_evaluate_cases (GPtrArray          *cases,
                        const char         *policy_id,
                        CgPolicyRegistry   *registry,
                        const GDate        *today,
                        guint               jobs,
                        CgToolStream        stream,
                        gpointer            stream_data)
{
  guint streamed = 0;
  Evaluation run = { cases, policy_id, registry, today, 0, };
  gboolean terminal = isatty (STDERR_FILENO);
  gboolean shown = FALSE;
  gint64 start = g_get_monotonic_time ();
  gint64 last = 0;
  GThreadPool *pool;

  jobs = CLAMP (jobs, 1, MAX (cases->len, 1));
  g_mutex_init (&run.lock);
  g_cond_init (&run.cond);

  /* One case, the common run from a script: on this thread, with no
   * thread (and no new heap for it) to start, and no progress to show. */
  if (cases->len <= 1)
    {
      /* Its output is written with the run's: nothing to stream. */
      work (&run, &run);
      g_cond_clear (&run.cond);
      g_mutex_clear (&run.lock);
      return;
    }

  /* Exclusive threads cannot fail to start with a limit this small. */
  pool = g_thread_pool_new (work, &run, (int) jobs, TRUE, NULL);
  for (guint i = 0; i < jobs; i++)
    g_thread_pool_push (pool, &run, NULL);

  g_mutex_lock (&run.lock);
  while ((guint) g_atomic_int_get (&run.done) < cases->len)
    {
      guint done;
      gint64 now;

      /* Streaming, this thread writes what is ready while the workers go
       * on: it looks every STREAM_EVERY, as it does for progress, rather
       * than being woken by every case. */
      if (stream != NULL)
        {
          g_mutex_unlock (&run.lock);
          stream_ready (cases, &streamed, &stream, stream_data);
          g_mutex_lock (&run.lock);
          if ((guint) g_atomic_int_get (&run.done) == cases->len)
            break;
        }
      g_cond_wait_until (&run.cond, &run.lock,
                         g_get_monotonic_time () + (stream != NULL ? STREAM_EVERY : PROGRESS_EVERY));
      done = (guint) g_atomic_int_get (&run.done);
      now = g_get_monotonic_time ();
      if (terminal && done < cases->len && now - last >= PROGRESS_EVERY &&
          (cases->len > PROGRESS_MIN_CASES || now - start > PROGRESS_MIN_USEC))
        {
          show_progress (done, cases->len, now - start);
          shown = TRUE;
          last = now;
        }
    }
  g_mutex_unlock (&run.lock);

  g_thread_pool_free (pool, FALSE, TRUE);
  g_cond_clear (&run.cond);
  g_mutex_clear (&run.lock);

  if (shown)
    fprintf (stderr, "\r%*s\r", 60, "");
}
