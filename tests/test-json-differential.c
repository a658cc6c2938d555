/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The library's own strict JSON parser against json-glib's, over every
 * JSON document of the tree given on the command line (test data,
 * examples, policies, the holiday feed, the fuzz corpora, the
 * reproducers) and, for each, a fixed set of damaged copies (cut short,
 * a byte dropped, a byte changed, also to a nul or to bytes that break
 * UTF-8). For every input: both give the same
 * values; or both refuse; or only the library refuses, for one of the
 * reasons it is stricter than json-glib. The library must never accept
 * what json-glib refuses, nor read a different value. Built from the
 * library's source, since the parser is private. */

#include <string.h>

#include "json/cg-json-private.h"

/* What json-glib 1.6.6 accepts and the library refuses, by the words of
 * the library's message. */
static const char * const stricter[] = {
  "appears twice",              /* duplicate members */
  "surrogate",                  /* lone surrogates */
  "\\u0000",
  "comments are not allowed",
  "double quotes",              /* single-quoted strings */
  "after the end of the document",
  "64-bit range",
  "too large to represent",
  "the document is empty",
  "must be a JSON object",
  "deeper than the limit",
  "control character",
  "must not start with 0",
  "too many digits",
  "not valid UTF-8",
  "invalid string escape",      /* json-glib keeps an unknown escape as it is */
  "invalid \\u escape",
};

typedef struct
{
  guint same;
  guint both_refuse;
  guint stricter;
} Tally;

static gboolean
is_stricter (const GError *error)
{
  for (guint i = 0; i < G_N_ELEMENTS (stricter); i++)
    if (strstr (error->message, stricter[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
compare (const char *name,
         const char *data,
         gsize       length,
         Tally      *tally)
{
  /* No depth limit here beyond json-glib's own: the comparison is of
   * values, the limits have tests of their own. */
  CgJsonLimits limits = { 1000000, G_MAXSIZE };
  g_autoptr(GError) ours_error = NULL;
  g_autoptr(GError) theirs_error = NULL;
  g_autoptr(JsonNode) ours = cg_json_parse (data, length, &limits, &ours_error);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gboolean theirs_ok = json_parser_load_from_data (parser, data, (gssize) length, &theirs_error);
  JsonNode *theirs = theirs_ok ? json_parser_get_root (parser) : NULL;

  if (ours != NULL)
    {
      if (theirs == NULL)
        g_error ("%s: the library accepts what json-glib refuses", name);
      if (!json_node_equal (ours, theirs))
        g_error ("%s: the library reads different values from json-glib's", name);
      tally->same++;
    }
  else if (!theirs_ok || theirs == NULL)
    tally->both_refuse++;
  else if (is_stricter (ours_error))
    tally->stricter++;
  else
    g_error ("%s: refused, but not for a reason the library is stricter than json-glib: %s",
             name, ours_error->message);
}

/* A few damaged copies of each document, the same on every run. */
static void
compare_damaged (const char *name,
                 const char *data,
                 gsize       length,
                 Tally      *tally)
{
  /* Structure, escapes, a nul, a byte that is never UTF-8 and the first
   * byte of a two-byte sequence. */
  static const char damage[] = { '"', '{', '}', '[', ']', ',', ':', '0', '\\', 'a', 'e', '\0', '\xff', '\xc3' };
  g_autofree char *copy = g_malloc (length + 1);
  guint steps = 28;

  for (guint i = 1; i <= steps && length > 0; i++)
    {
      gsize at = length * i / (steps + 1);
      g_autofree char *label = g_strdup_printf ("%s (damaged at %" G_GSIZE_FORMAT ")", name, at);

      compare (label, data, at, tally);

      memcpy (copy, data, length);
      memmove (copy + at, copy + at + 1, length - at - 1);
      compare (label, copy, length - 1, tally);

      memcpy (copy, data, length);
      copy[at] = damage[i % G_N_ELEMENTS (damage)];
      compare (label, copy, length, tally);
    }
}

static void
walk (const char *path,
      Tally      *tally,
      guint      *files)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *entry;

  if (dir == NULL)
    {
      g_autofree char *data = NULL;
      gsize length;

      if (!g_str_has_suffix (path, ".json") || !g_file_get_contents (path, &data, &length, NULL))
        return;
      compare (path, data, length, tally);
      compare_damaged (path, data, length, tally);
      (*files)++;
      return;
    }

  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, entry, NULL);

      walk (child, tally, files);
    }
}

int
main (int    argc,
      char **argv)
{
  Tally tally = { 0, };
  guint files = 0;

  for (int i = 1; i < argc; i++)
    walk (argv[i], &tally, &files);

  /* The tree holds well over a hundred documents; far fewer means the
   * paths given were wrong and nothing was compared. */
  if (files < 100)
    g_error ("only %u documents found", files);

  g_print ("%u documents: %u read the same by both, %u refused by both, "
           "%u refused only by the library, for being stricter\n",
           files, tally.same, tally.both_refuse, tally.stricter);
  return 0;
}
