/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "util/cg-i18n-private.h"

/**
 * CgCaseloadFailure:
 *
 * A file of a [class@CoreGroup.Caseload] that could not be read, or a case
 * whose policy is not known, and why. The message never quotes the
 * document, so it may be logged.
 */

struct _CgCaseloadFailure
{
  GObject  parent_instance;
  GFile   *file;
  char    *message;
};

G_DEFINE_FINAL_TYPE (CgCaseloadFailure, cg_caseload_failure, G_TYPE_OBJECT)

static void
cg_caseload_failure_finalize (GObject *object)
{
  CgCaseloadFailure *self = CG_CASELOAD_FAILURE (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (cg_caseload_failure_parent_class)->finalize (object);
}

static void
cg_caseload_failure_class_init (CgCaseloadFailureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_caseload_failure_finalize;
}

static void
cg_caseload_failure_init (CgCaseloadFailure *self)
{
}

static CgCaseloadFailure *
failure_new (GFile      *file,
             const char *message)
{
  CgCaseloadFailure *self = g_object_new (CG_TYPE_CASELOAD_FAILURE, NULL);

  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->message = g_strdup (message);
  return self;
}

/**
 * cg_caseload_failure_get_file:
 * @self: a failure
 *
 * Gets the file that failed.
 *
 * Returns: (transfer none): the file
 */
GFile *
cg_caseload_failure_get_file (CgCaseloadFailure *self)
{
  g_return_val_if_fail (CG_IS_CASELOAD_FAILURE (self), NULL);

  return self->file;
}

/**
 * cg_caseload_failure_get_message:
 * @self: a failure
 *
 * Gets what went wrong: the field path and the kind of problem, as
 * [ctor@CoreGroup.Case.new_from_file] says it.
 *
 * Returns: (transfer none): the message
 */
const char *
cg_caseload_failure_get_message (CgCaseloadFailure *self)
{
  g_return_val_if_fail (CG_IS_CASELOAD_FAILURE (self), NULL);

  return self->message;
}

/**
 * CgCaseload:
 *
 * Many cases at once, for a front end or a compliance script: a list
 * model of [class@CoreGroup.Case] that reads files and folders on a worker
 * thread and evaluates every case on a thread pool, without blocking the
 * main loop. Progress is reported on the caller's main context through
 * [property@CoreGroup.Caseload:n-loaded] and
 * [property@CoreGroup.Caseload:n-total]; cases appear in path order,
 * in batches, as they are read; the reports are a list model in the
 * cases' order, which a GTK view can bind to. Files that cannot be read
 * are listed in [method@CoreGroup.Caseload.get_failures] and the others
 * are still read.
 *
 * ```c
 * g_autoptr(CgCaseload) caseload = cg_caseload_new ();
 * cg_caseload_load_async (caseload, &folder, 1, cancellable, on_loaded, data);
 * // in on_loaded: cg_caseload_load_finish (), then
 * cg_caseload_evaluate_async (caseload, registry, today, cancellable, on_evaluated, data);
 * ```
 */

/* Cases and failures cross to the main context in batches, so that a
 * view is not redrawn once per case of a large caseload. */
#define BATCH 64

struct _CgCaseload
{
  GObject     parent_instance;
  GListStore *cases;
  GListStore *failures;
  GListStore *reports;
  guint       n_loaded;
  guint       n_total;
  gboolean    busy;
};

enum {
  PROP_0,
  PROP_N_LOADED,
  PROP_N_TOTAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgCaseload, cg_caseload, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
caseload_get_item_type (GListModel *model)
{
  return CG_TYPE_CASE;
}

static guint
caseload_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (CG_CASELOAD (model)->cases));
}

static gpointer
caseload_get_item (GListModel *model,
                   guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (CG_CASELOAD (model)->cases), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = caseload_get_item_type;
  iface->get_n_items = caseload_get_n_items;
  iface->get_item = caseload_get_item;
}

static void
forward_items_changed (GListModel *cases,
                       guint       position,
                       guint       removed,
                       guint       added,
                       CgCaseload *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
cg_caseload_dispose (GObject *object)
{
  CgCaseload *self = CG_CASELOAD (object);

  if (self->cases != NULL)
    g_signal_handlers_disconnect_by_data (self->cases, self);
  g_clear_object (&self->cases);
  g_clear_object (&self->failures);
  g_clear_object (&self->reports);

  G_OBJECT_CLASS (cg_caseload_parent_class)->dispose (object);
}

static void
cg_caseload_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CgCaseload *self = CG_CASELOAD (object);

  switch (prop_id)
    {
    case PROP_N_LOADED:
      g_value_set_uint (value, self->n_loaded);
      break;

    case PROP_N_TOTAL:
      g_value_set_uint (value, self->n_total);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_caseload_class_init (CgCaseloadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cg_caseload_dispose;
  object_class->get_property = cg_caseload_get_property;

  /**
   * CgCaseload:n-loaded:
   *
   * How many files have been read, or cases evaluated, so far by the
   * operation under way; notified on the caller's main context.
   */
  properties [PROP_N_LOADED] =
    g_param_spec_uint ("n-loaded", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CgCaseload:n-total:
   *
   * How many files, or cases, the operation under way has in all, once
   * known.
   */
  properties [PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_caseload_init (CgCaseload *self)
{
  self->cases = g_list_store_new (CG_TYPE_CASE);
  self->failures = g_list_store_new (CG_TYPE_CASELOAD_FAILURE);
  self->reports = g_list_store_new (CG_TYPE_REPORT);
  g_signal_connect (self->cases, "items-changed", G_CALLBACK (forward_items_changed), self);
}

/**
 * cg_caseload_new:
 *
 * Creates an empty caseload.
 *
 * Returns: (transfer full): a new caseload
 */
CgCaseload *
cg_caseload_new (void)
{
  return g_object_new (CG_TYPE_CASELOAD, NULL);
}

/**
 * cg_caseload_get_failures:
 * @self: a caseload
 *
 * Gets the files that could not be read, and the cases whose policy is
 * not known, in the order met.
 *
 * Returns: (transfer none): a list model of [class@CoreGroup.CaseloadFailure]
 */
GListModel *
cg_caseload_get_failures (CgCaseload *self)
{
  g_return_val_if_fail (CG_IS_CASELOAD (self), NULL);

  return G_LIST_MODEL (self->failures);
}

/**
 * cg_caseload_get_reports:
 * @self: a caseload
 *
 * Gets the reports of the last evaluation, in the order of the cases;
 * a case whose policy is not known has none, and is listed among the
 * failures.
 *
 * Returns: (transfer none): a list model of [class@CoreGroup.Report]
 */
GListModel *
cg_caseload_get_reports (CgCaseload *self)
{
  g_return_val_if_fail (CG_IS_CASELOAD (self), NULL);

  return G_LIST_MODEL (self->reports);
}

/**
 * cg_caseload_get_n_loaded:
 * @self: a caseload
 *
 * Gets how far the operation under way has got.
 *
 * Returns: the files read, or cases evaluated, so far
 */
guint
cg_caseload_get_n_loaded (CgCaseload *self)
{
  g_return_val_if_fail (CG_IS_CASELOAD (self), 0);

  return self->n_loaded;
}

/**
 * cg_caseload_get_n_total:
 * @self: a caseload
 *
 * Gets how much the operation under way has to do.
 *
 * Returns: the files, or cases, in all
 */
guint
cg_caseload_get_n_total (CgCaseload *self)
{
  g_return_val_if_fail (CG_IS_CASELOAD (self), 0);

  return self->n_total;
}

/* What a worker hands to the main context: items to append, and where
 * the count has got. */
typedef struct
{
  CgCaseload *self;
  GListStore *store;
  GPtrArray  *items;
  GPtrArray  *failures;
  guint       n_loaded;
  guint       n_total;
  GTask      *finish;    /* returned once applied: the last batch */
  GError     *error;
} Batch;

static void
batch_free (gpointer data)
{
  Batch *batch = data;

  g_object_unref (batch->self);
  g_clear_pointer (&batch->items, g_ptr_array_unref);
  g_clear_pointer (&batch->failures, g_ptr_array_unref);
  g_clear_object (&batch->finish);
  g_clear_error (&batch->error);
  g_free (batch);
}

static gboolean
apply_batch (gpointer data)
{
  Batch *batch = data;
  CgCaseload *self = batch->self;

  if (batch->items != NULL && batch->items->len > 0)
    g_list_store_splice (batch->store, g_list_model_get_n_items (G_LIST_MODEL (batch->store)), 0,
                         batch->items->pdata, batch->items->len);
  if (batch->failures != NULL && batch->failures->len > 0)
    g_list_store_splice (self->failures, g_list_model_get_n_items (G_LIST_MODEL (self->failures)), 0,
                         batch->failures->pdata, batch->failures->len);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->n_total != batch->n_total)
    {
      self->n_total = batch->n_total;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_TOTAL]);
    }
  if (self->n_loaded != batch->n_loaded)
    {
      self->n_loaded = batch->n_loaded;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_LOADED]);
    }
  g_object_thaw_notify (G_OBJECT (self));

  if (batch->finish != NULL)
    {
      self->busy = FALSE;
      if (batch->error != NULL)
        g_task_return_error (batch->finish, g_steal_pointer (&batch->error));
      else
        g_task_return_boolean (batch->finish, TRUE);
    }

  return G_SOURCE_REMOVE;
}

/* Posts to the task's context; sources of one priority run in the order
 * they were attached, so the batches arrive in order and the last one
 * completes the task after every case is in place. Always through a
 * source: g_main_context_invoke () would run the batch on this worker
 * thread whenever the caller's context is the default one and nobody is
 * iterating it yet (load_async called before the main loop runs), and the
 * caller's notify handlers with it. */
static void
post (GTask  *task,
      Batch  *batch)
{
  g_autoptr(GSource) source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, apply_batch, batch, batch_free);
  g_source_set_static_name (source, "[coregroup] caseload batch");
  g_source_attach (source, g_task_get_context (task));
}

static Batch *
batch_new (CgCaseload *self,
           GListStore *store)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->self = g_object_ref (self);
  batch->store = store;
  batch->items = g_ptr_array_new_with_free_func (g_object_unref);
  batch->failures = g_ptr_array_new_with_free_func (g_object_unref);
  return batch;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  g_autofree char *x = g_file_get_path (*(GFile **) a);
  g_autofree char *y = g_file_get_path (*(GFile **) b);

  return g_strcmp0 (x, y);
}

/* Every *.json file below @directory, recursively. */
static gboolean
collect_directory (GFile         *directory,
                   GPtrArray     *found,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (directory, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, error);

  if (children == NULL)
    return FALSE;

  for (;;)
    {
      GFileInfo *info;
      GFile *child;

      if (!g_file_enumerator_iterate (children, &info, &child, cancellable, error))
        return FALSE;
      if (info == NULL)
        return TRUE;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          if (!collect_directory (child, found, cancellable, error))
            return FALSE;
        }
      else if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
        g_ptr_array_add (found, g_object_ref (child));
    }
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  CgCaseload *self = source;
  GPtrArray *inputs = data;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  Batch *batch = batch_new (self, self->cases);

  /* A folder gives its files in path order; files named on their own
   * keep the order they were given in. */
  for (guint i = 0; i < inputs->len && error == NULL; i++)
    {
      GFile *input = g_ptr_array_index (inputs, i);

      if (g_file_query_file_type (input, G_FILE_QUERY_INFO_NONE, cancellable) == G_FILE_TYPE_DIRECTORY)
        {
          guint start = files->len;

          if (collect_directory (input, files, cancellable, &error))
            qsort (files->pdata + start, files->len - start, sizeof (gpointer), compare_paths);
        }
      else
        g_ptr_array_add (files, g_object_ref (input));
    }

  for (guint i = 0; i < files->len && error == NULL; i++)
    {
      GFile *file = g_ptr_array_index (files, i);
      g_autoptr(GError) load_error = NULL;
      CgCase *kase;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        break;

      kase = cg_case_new_from_file (file, &load_error);
      if (kase != NULL)
        g_ptr_array_add (batch->items, kase);
      else
        g_ptr_array_add (batch->failures, failure_new (file, load_error->message));

      batch->n_loaded = i + 1;
      batch->n_total = files->len;
      if (batch->items->len + batch->failures->len >= BATCH)
        {
          post (task, batch);
          batch = batch_new (self, self->cases);
        }
    }

  batch->n_total = files->len;
  batch->n_loaded = MAX (batch->n_loaded, error == NULL ? files->len : batch->n_loaded);
  batch->finish = g_object_ref (task);
  batch->error = g_steal_pointer (&error);
  post (task, batch);
}

/**
 * cg_caseload_load_async:
 * @self: a caseload
 * @files: (array length=n_files): case files and folders; a folder gives
 *   every `*.json` file below it, in path order
 * @n_files: the number of @files
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's thread-default main context once
 *   every file is read
 * @user_data: data for @callback
 *
 * Reads the cases on a worker thread and appends them to the caseload
 * in path order, in batches, updating
 * [property@CoreGroup.Caseload:n-loaded] as it goes. A file that cannot
 * be read is added to the failures; the others are still read. Cancelled
 * half way, the cases read so far stay. One operation at a time.
 */
void
cg_caseload_load_async (CgCaseload           *self,
                        GFile               **files,
                        guint                 n_files,
                        GCancellable         *cancellable,
                        GAsyncReadyCallback   callback,
                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  GPtrArray *inputs;

  g_return_if_fail (CG_IS_CASELOAD (self));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (!self->busy);

  inputs = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (inputs, g_object_ref (files[i]));

  self->busy = TRUE;
  self->n_loaded = 0;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_caseload_load_async);
  g_task_set_task_data (task, inputs, (GDestroyNotify) g_ptr_array_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * cg_caseload_load_finish:
 * @self: a caseload
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@CoreGroup.Caseload.load_async]. It fails only when the
 * load was cancelled (%G_IO_ERROR_CANCELLED) or a folder could not be
 * listed; a file that cannot be read is a failure of its own.
 *
 * Returns: %TRUE when every file was tried
 */
gboolean
cg_caseload_load_finish (CgCaseload    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* One evaluation: the cases as they were when it began, the reports by
 * index, and how many are done. */
typedef struct
{
  GPtrArray        *cases;
  CgPolicyRegistry *registry;
  GDate             today;
  CgReport        **reports;
  char            **unknown;   /* the policy id, for a case with no known policy */
  gint              done;
} Evaluation;

static void
evaluation_free (gpointer data)
{
  Evaluation *evaluation = data;

  for (guint i = 0; i < evaluation->cases->len; i++)
    {
      g_clear_object (&evaluation->reports[i]);
      g_free (evaluation->unknown[i]);
    }
  g_free (evaluation->reports);
  g_free (evaluation->unknown);
  g_ptr_array_unref (evaluation->cases);
  g_object_unref (evaluation->registry);
  g_free (evaluation);
}

/* Evaluation only reads the case, the policy and the shared immutable
 * calendars, so cases run side by side. */
static void
evaluate_one (gpointer index,
              gpointer data)
{
  Evaluation *evaluation = data;
  guint i = GPOINTER_TO_UINT (index) - 1;
  CgCase *kase = g_ptr_array_index (evaluation->cases, i);
  CgPolicy *policy = cg_policy_registry_lookup (evaluation->registry, cg_case_get_policy (kase));

  if (policy == NULL)
    evaluation->unknown[i] = g_strdup (cg_case_get_policy (kase));
  else
    evaluation->reports[i] = cg_policy_evaluate (policy, kase, &evaluation->today, NULL);
  g_atomic_int_inc (&evaluation->done);
}

static void
evaluate_in_thread (GTask        *task,
                    gpointer      source,
                    gpointer      data,
                    GCancellable *cancellable)
{
  CgCaseload *self = source;
  Evaluation *evaluation = data;
  guint n = evaluation->cases->len;
  GThreadPool *pool;
  g_autoptr(GError) error = NULL;
  Batch *batch;
  guint queued = 0;

  pool = g_thread_pool_new (evaluate_one, evaluation, (int) g_get_num_processors (), FALSE, NULL);
  while (queued < n)
    {
      /* Keep the queue short so that a cancellation stops soon. */
      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        break;
      for (guint k = 0; k < BATCH * 4 && queued < n; k++)
        g_thread_pool_push (pool, GUINT_TO_POINTER (++queued), NULL);
      while ((guint) g_atomic_int_get (&evaluation->done) + BATCH < queued)
        g_usleep (500);

      batch = batch_new (self, self->reports);
      batch->n_loaded = (guint) g_atomic_int_get (&evaluation->done);
      batch->n_total = n;
      g_clear_pointer (&batch->items, g_ptr_array_unref);
      post (task, batch);
    }
  g_thread_pool_free (pool, FALSE, TRUE);

  /* The reports go in as one batch, in the cases' order. */
  batch = batch_new (self, self->reports);
  for (guint i = 0; i < n && error == NULL; i++)
    {
      if (evaluation->reports[i] != NULL)
        g_ptr_array_add (batch->items, g_object_ref (evaluation->reports[i]));
      else if (evaluation->unknown[i] != NULL)
        {
          /* Translators: a case id; "policy" is a field's name and stays as
           * it is. */
          g_autofree char *message = g_strdup_printf (_("case %s: policy: no policy of that id is known"),
                                                      cg_case_get_id (g_ptr_array_index (evaluation->cases, i)));

          g_ptr_array_add (batch->failures, failure_new (NULL, message));
        }
    }
  batch->n_loaded = (guint) g_atomic_int_get (&evaluation->done);
  batch->n_total = n;
  batch->finish = g_object_ref (task);
  batch->error = g_steal_pointer (&error);
  post (task, batch);
}

/**
 * cg_caseload_evaluate_async:
 * @self: a caseload
 * @registry: the policies; each case is evaluated under its own
 * @today: the day of evaluation
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's thread-default main context once
 *   every case is evaluated
 * @user_data: data for @callback
 *
 * Evaluates every case of the caseload on a pool of as many threads as
 * the machine has cores, updating [property@CoreGroup.Caseload:n-loaded]
 * as it goes, and replaces [method@CoreGroup.Caseload.get_reports] with
 * the reports, in the cases' order. A case whose policy @registry does not
 * know gets no report and is added to the failures. Do not add policies
 * to @registry while it runs.
 */
void
cg_caseload_evaluate_async (CgCaseload           *self,
                            CgPolicyRegistry     *registry,
                            const GDate          *today,
                            GCancellable         *cancellable,
                            GAsyncReadyCallback   callback,
                            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Evaluation *evaluation;
  guint n;

  g_return_if_fail (CG_IS_CASELOAD (self));
  g_return_if_fail (CG_IS_POLICY_REGISTRY (registry));
  g_return_if_fail (today != NULL && g_date_valid (today));
  g_return_if_fail (!self->busy);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->cases));
  evaluation = g_new0 (Evaluation, 1);
  evaluation->cases = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (evaluation->cases, g_list_model_get_item (G_LIST_MODEL (self->cases), i));
  evaluation->registry = g_object_ref (registry);
  evaluation->today = *today;
  evaluation->reports = g_new0 (CgReport *, MAX (n, 1));
  evaluation->unknown = g_new0 (char *, MAX (n, 1));

  self->busy = TRUE;
  self->n_loaded = 0;
  g_list_store_remove_all (self->reports);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cg_caseload_evaluate_async);
  g_task_set_task_data (task, evaluation, evaluation_free);
  g_task_run_in_thread (task, evaluate_in_thread);
}

/**
 * cg_caseload_evaluate_finish:
 * @self: a caseload
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes [method@CoreGroup.Caseload.evaluate_async]. It fails only when
 * cancelled (%G_IO_ERROR_CANCELLED); the reports list is then left empty.
 *
 * Returns: %TRUE when every case was evaluated
 */
gboolean
cg_caseload_evaluate_finish (CgCaseload    *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
