/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Runs a libFuzzer harness without libFuzzer: each file named on the
 * command line, or each file in a directory named there, is passed to
 * LLVMFuzzerTestOneInput once, so the normal test suite (and valgrind)
 * replays the seed corpus and the crashes kept as regression tests.
 * A file ending in .gz is decompressed first.
 *
 *   fuzz-case-replay fuzz/corpus/case/ tests/reproducers/early-date.json
 *
 * Exit status 0 when every input ran; a bug aborts, as under libFuzzer. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

static GBytes *
gunzip (GBytes  *compressed,
        GError **error)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  g_autoptr(GInputStream) raw = g_memory_input_stream_new_from_bytes (compressed);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (raw, G_CONVERTER (decompressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                           G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

static gboolean
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  g_autofree guint8 *exact = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return FALSE;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (g_str_has_suffix (path, ".gz"))
    {
      g_autoptr(GBytes) plain = gunzip (bytes, &error);

      if (plain == NULL)
        {
          g_printerr ("%s: %s\n", path, error->message);
          return FALSE;
        }
      g_bytes_unref (bytes);
      bytes = g_steal_pointer (&plain);
    }

  /* A copy of exactly the input's size and no terminating nul, as
   * libFuzzer passes it, so that reading past the end is caught. */
  length = g_bytes_get_size (bytes);
  exact = g_malloc (MAX (length, 1));
  if (length > 0)
    memcpy (exact, g_bytes_get_data (bytes, NULL), length);

  printf ("%s (%zu bytes)\n", path, (size_t) length);
  fflush (stdout);
  LLVMFuzzerTestOneInput (exact, length);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Every file in @path, in name order, hidden files and README files left
 * out. */
static gboolean
replay_directory (const char *path,
                  guint      *n_inputs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  gboolean ok = TRUE;

  if (dir == NULL)
    {
      g_printerr ("%s: %s\n", path, error->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        continue;
      ok = replay_file (child) && ok;
      (*n_inputs)++;
    }
  return ok;
}

int
main (int    argc,
      char **argv)
{
  guint n_inputs = 0;
  gboolean ok = TRUE;

  LLVMFuzzerInitialize (&argc, &argv);

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        ok = replay_directory (argv[i], &n_inputs) && ok;
      else
        {
          ok = replay_file (argv[i]) && ok;
          n_inputs++;
        }
    }

  printf ("%u input%s replayed\n", n_inputs, n_inputs == 1 ? "" : "s");
  if (n_inputs == 0)
    {
      g_printerr ("no inputs found\n");
      return 1;
    }
  return ok ? 0 : 1;
}
