/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The deadline report's JSON is written straight into text, without a
 * tree of json-glib nodes: it must be, byte for byte, what json-glib's
 * generator writes for the same values, laid out (cg_report_to_json) and
 * on one line (cg_report_to_json_line). Over every bundled example under
 * every built-in policy on several days, and a report whose texts hold
 * every ASCII character, escapes and all, and non-ASCII ones. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "test-fixtures.h"

/* json-glib's text for @text's values: parsed, generated again, with
 * U+001F escaped (json-glib 1.6.6 leaves it raw) and a final newline, as
 * the library has always written its reports. */
static char *
through_json_glib (const char *text,
                   gboolean    pretty)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *generated = NULL;
  GString *fixed;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  generated = json_generator_to_data (generator, NULL);

  fixed = g_string_new (NULL);
  for (const char *c = generated; *c != '\0'; c++)
    if (*c == 0x1f)
      g_string_append (fixed, "\\u001f");
    else
      g_string_append_c (fixed, *c);
  g_string_append_c (fixed, '\n');
  return g_string_free (fixed, FALSE);
}

static void
assert_as_json_glib_writes (CgReport *report)
{
  g_autofree char *text = NULL;
  g_autofree char *line = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *expected_line = NULL;
  gsize text_length, line_length;

  text = cg_report_to_json (report, &text_length);
  line = cg_report_to_json_line (report, &line_length);
  g_assert_cmpuint (text_length, ==, strlen (text));
  g_assert_cmpuint (line_length, ==, strlen (line));
  /* One line: its only newline ends it. */
  g_assert_true (strchr (line, '\n') == line + line_length - 1);

  expected_text = through_json_glib (text, TRUE);
  expected_line = through_json_glib (line, FALSE);
  g_assert_cmpstr (text, ==, expected_text);
  g_assert_cmpstr (line, ==, expected_line);
}

static void
test_examples (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "examples", "cases", NULL);
  g_autoptr(GDir) cases = g_dir_open (dir, 0, NULL);
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  static const char * const days[] = { "2026-12-01", "2027-01-20", "2027-06-30" };
  const char *name;
  guint n = 0;

  g_assert_nonnull (cases);
  while ((name = g_dir_read_name (cases)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(CgCase) kase = NULL;
      g_autoptr(GError) error = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir, name, NULL);
      file = g_file_new_for_path (path);
      kase = cg_case_new_from_file (file, &error);
      g_assert_no_error (error);

      for (const char * const *id = builtin_policy_ids (); *id != NULL; id++)
        for (guint d = 0; d < G_N_ELEMENTS (days); d++)
          {
            g_autoptr(GDate) today = cg_date_parse (days[d], NULL);
            g_autoptr(CgReport) report = cg_policy_evaluate (cg_policy_registry_lookup (registry, *id),
                                                             kase, today, &error);

            g_assert_no_error (error);
            assert_as_json_glib_writes (report);
            n++;
          }
    }
  g_assert_cmpuint (n, >, 50);
}

static void
test_every_character (void)
{
  g_autoptr(GDate) today = cg_date_parse ("2027-01-20", NULL);
  g_autoptr(GDate) due = cg_date_parse ("2027-01-06", NULL);
  g_autoptr(CgReport) empty = cg_report_new ("EMPTY-1", "suffolk", today);
  g_autoptr(CgReport) report = cg_report_new ("ASCII \"all\"", "suffolk", today);
  g_autoptr(CgDeadline) deadline = NULL;
  g_autoptr(CgFinding) finding = NULL;
  char ascii[128];

  /* Nothing but the report's own members, and empty arrays. */
  assert_as_json_glib_writes (empty);

  for (guint i = 1; i < 128; i++)
    ascii[i - 1] = (char) i;
  ascii[127] = '\0';
  deadline = g_object_new (CG_TYPE_DEADLINE, "rule", "child-seen", "due", due,
                           "status", CG_DEADLINE_STATUS_OVERDUE, "description", ascii,
                           "subject", "Siân’s “visit” — ✓", "source", "a\\b/c\n\td",
                           "responsible", (const char * const []) { "m1", ascii, NULL }, NULL);
  finding = cg_finding_new ("record-after-today", CG_SEVERITY_WARNING, ascii, "\x1f\x7f", NULL);
  cg_report_add_deadline (report, deadline);
  cg_report_add_finding (report, finding);
  assert_as_json_glib_writes (report);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-json/as-json-glib-writes/examples", test_examples);
  g_test_add_func ("/report-json/as-json-glib-writes/every-character", test_every_character);

  return g_test_run ();
}
