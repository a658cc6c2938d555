/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Input the JSON standard forbids, input past the loaders' limits, and
 * files that are not regular files: each is refused with an error that
 * says where and what, never what the document said. */

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <coregroup/coregroup.h>

#define NAME "Robin Smith of 12 Acacia Ave"

/* A small valid case whose child's name is @name (raw JSON text, quotes
 * included) and with @extra (raw JSON members, or "") at the top level. */
static char *
case_text (const char *name,
           const char *extra)
{
  return g_strdup_printf ("{\n"
                          "  \"format\": \"coregroup-case\", \"version\": 1,\n"
                          "  \"id\": \"C-1\", \"policy\": \"suffolk\",\n"
                          "  \"child\": { \"name\": %s },\n"
                          "  \"initial_conference\": \"2026-11-05\",\n"
                          "  \"members\": [ { \"id\": \"m1\", \"name\": \"J. Okafor\", \"role\": \"lead-social-worker\" } ]%s%s\n"
                          "}\n", name, *extra != '\0' ? ",\n  " : "", extra);
}

static void
assert_refused (const char *text,
                int         code,
                const char *pattern)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);

  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, code);
  if (!g_pattern_match_simple (pattern, error->message))
    g_error ("“%s” does not match “%s”", error->message, pattern);
  g_assert_null (strstr (error->message, "Robin"));
  g_assert_null (strstr (error->message, "Acacia"));
}

static void
test_strings (void)
{
  static const struct { const char *name; const char *pattern; } bad[] = {
    { "\"Robin\\u0000Smith\"", "child.name: line 4, column *: \\u0000 is not allowed in a string" },
    { "\"Robin \\ud800 Smith\"", "child.name: line 4, column *: invalid string escape: a high surrogate without a low one" },
    { "\"Robin \\udc00\\ud800 Smith\"", "child.name: line 4, column *: invalid string escape: a low surrogate without a high one" },
    { "\"Robin \\ud800\\u0041\"", "child.name: *a high surrogate without a low one" },
    { "\"Robin \\q Smith\"", "child.name: line 4, column *: invalid string escape" },
    { "\"Robin \\u12G4\"", "child.name: *four hexadecimal digits expected" },
    { "\"Robin\tSmith\"", "child.name: *a control character inside a string must be escaped" },
    { "\"Robin\nSmith\"", "child.name: *a control character inside a string must be escaped" },
    { "\"" NAME, "child.name: *" },
    { "'" NAME "'", "child.name: line 4, column *: strings must use double quotes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = case_text (bad[i].name, "");

      g_test_message ("%s", bad[i].name);
      assert_refused (text, CG_FORMAT_ERROR_SYNTAX, bad[i].pattern);
    }
}

/* Escapes that are allowed come back as the characters they stand for. */
static void
test_strings_allowed (void)
{
  g_autofree char *text = case_text ("\"R\\u00f6bin \\ud83d\\ude00 \\\"S\\\" \\/ \\t\"", "");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cg_case_get_child_name (kase), ==, "Röbin \xf0\x9f\x98\x80 \"S\" / \t");
}

/* The reader looks at a string 16 bytes at a time: a control character,
 * an escape, a non-ASCII character and the closing quote are each found
 * wherever they fall in the string, before, across and after a block. */
static void
test_strings_every_position (void)
{
  for (guint at = 0; at < 40; at++)
    {
      g_autofree char *before = g_strnfill (at, 'a');
      g_autofree char *control = g_strdup_printf ("\"%s\x01b\"", before);
      g_autofree char *escaped = g_strdup_printf ("\"%s\\\"b\\u00e9\"", before);
      g_autofree char *plain = g_strdup_printf ("\"%s\xc3\xa9\"", before);
      g_autofree char *control_text = case_text (control, "");
      g_autofree char *escaped_text = case_text (escaped, "");
      g_autofree char *plain_text = case_text (plain, "");
      g_autofree char *escaped_name = g_strdup_printf ("%s\"b\xc3\xa9", before);
      g_autofree char *plain_name = g_strdup_printf ("%s\xc3\xa9", before);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCase) with_escapes = cg_case_new_from_data (escaped_text, -1, &error);
      g_autoptr(CgCase) with_plain = NULL;

      g_test_message ("at %u", at);
      assert_refused (control_text, CG_FORMAT_ERROR_SYNTAX,
                      "child.name: *a control character inside a string must be escaped");
      g_assert_no_error (error);
      g_assert_cmpstr (cg_case_get_child_name (with_escapes), ==, escaped_name);
      with_plain = cg_case_new_from_data (plain_text, -1, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cg_case_get_child_name (with_plain), ==, plain_name);
    }
}

static void
test_duplicate_members (void)
{
  g_autofree char *text = case_text ("\"" NAME "\"", "\"id\": \"C-2\"");

  /* The last one would silently win, so a case's id could change. */
  assert_refused (text, CG_FORMAT_ERROR_SYNTAX, "id: line 7, column *: a member appears twice in the same object");
}

static void
test_numbers (void)
{
  static const struct { const char *extra; const char *pattern; } bad[] = {
    { "\"x_count\": 123456789012345678901234567890", "x_count: *a whole number outside the 64-bit range" },
    { "\"x_count\": 9223372036854775808", "x_count: *a whole number outside the 64-bit range" },
    { "\"x_count\": -9223372036854775809", "x_count: *a whole number outside the 64-bit range" },
    { "\"x_size\": 1e400", "x_size: *a number too large to represent" },
    { "\"x_size\": -1e400", "x_size: *a number too large to represent" },
    { "\"x_size\": 01", "x_size: line 7, column 14: a number must not start with 0" },
    { "\"x_size\": 1.", "x_size: *a digit after the decimal point" },
    { "\"x_size\": .5", "x_size: *" },
    { "\"x_size\": +1", "x_size: *" },
    { "\"x_size\": NaN", "x_size: *" },
    { "\"x_size\": Infinity", "x_size: *" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = case_text ("\"" NAME "\"", bad[i].extra);

      g_test_message ("%s", bad[i].extra);
      assert_refused (text, CG_FORMAT_ERROR_SYNTAX, bad[i].pattern);
    }
}

/* An unknown field's number is saved as the same value. */
static void
test_numbers_round_trip (void)
{
  g_autofree char *text = case_text ("\"" NAME "\"", "\"x_values\": [9223372036854775807, -9223372036854775808, "
                                     "1.7976931348623157e308, 5e-324, 0.1, -0.0, 12]");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);
  g_autofree char *saved = NULL;
  g_autoptr(CgCase) reloaded = NULL;
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  saved = cg_case_to_data (kase, NULL);
  g_assert_nonnull (strstr (saved, "9223372036854775807"));
  g_assert_nonnull (strstr (saved, "-9223372036854775808"));
  reloaded = cg_case_new_from_data (saved, -1, &error);
  g_assert_no_error (error);
  again = cg_case_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, saved);
}

static void
test_structure (void)
{
  static const struct { const char *text; const char *pattern; } bad[] = {
    { "", "the document is empty" },
    { "[1, 2]", "line 1, column 1: the document must be a JSON object" },
    { "{\"format\": \"coregroup-case\"} {}", "line 1, column 30: unexpected text after the end of the document" },
    { "{\"format\": \"coregroup-case\",}", "line 1, column 29: *a member name in double quotes" },
    { "{\"format\" \"coregroup-case\"}", "format: line 1, column 11: *a colon after the member name" },
    { "{\"members\": [1 2]}", "members[0]: line 1, column 16: *a comma or the end of the list" },
    { "{\"members\": [{\"id\": \"m1\"}, {\"id\": tru}]}", "members[1].id: line 1, column 35: *expected a value" },
    { "{\"format\": \"coregroup-case\" // note\n}", "format: line 1, column 29: comments are not allowed in JSON" },
    { "{\"a\": \"\xff\"}", "line 1, column 8: the document is not valid UTF-8" },
    { "{\"a\": {\"b\": [", "a.b[0]: line 1, column 14: the document ends early*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *shown = g_strescape (bad[i].text, NULL);

      g_test_message ("%s", shown);
      assert_refused (bad[i].text, CG_FORMAT_ERROR_SYNTAX, bad[i].pattern);
    }
}

/* 100,000 nested brackets once overflowed the stack of every loader. */
static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) text = g_string_new ("{\"a\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgCalendar) calendar = NULL;
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');

  assert_refused (text->str, CG_FORMAT_ERROR_LIMIT_EXCEEDED, "a*: line 1, column *: nested deeper than the limit of 64 levels");

  g_assert_false (cg_policy_registry_load_data (registry, text->str, -1, "deep.json", &error));
  g_assert_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "deep.json: "));
  g_clear_error (&error);

  calendar = cg_calendar_new_from_feed_data (text->str, -1, CG_DIVISION_ENGLAND_AND_WALES, &error);
  g_assert_null (calendar);
  g_assert_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_INVALID_FEED);
}

static void
test_limits (void)
{
  g_autofree char *text = case_text ("\"" NAME "\"", "\"x_nested\": {\"a\": {\"b\": [1]}}");
  g_autoptr(CgLimits) limits = cg_limits_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;

  g_assert_cmpuint (cg_limits_get_max_depth (limits), ==, CG_LIMITS_DEFAULT_MAX_DEPTH);
  g_assert_cmpuint (cg_limits_get_max_size (limits), ==, CG_LIMITS_DEFAULT_MAX_SIZE);

  kase = cg_case_new_from_data_with_limits (text, -1, limits, &error);
  g_assert_no_error (error);
  g_clear_object (&kase);

  cg_limits_set_max_depth (limits, 3);
  kase = cg_case_new_from_data_with_limits (text, -1, limits, &error);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_LIMIT_EXCEEDED);
  g_assert_true (g_pattern_match_simple ("x_nested.a.b: line *: nested deeper than the limit of 3 levels", error->message));
  g_clear_error (&error);

  cg_limits_set_max_depth (limits, 64);
  g_object_set (limits, "max-size", (guint64) 100, NULL);
  kase = cg_case_new_from_data_with_limits (text, -1, limits, &error);
  g_assert_null (kase);
  g_assert_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_LIMIT_EXCEEDED);
  g_assert_cmpstr (error->message, ==, "the document is larger than the limit of 100 bytes");
}

/* Only regular files are read, and none past the size limit: a FIFO must
 * not block, /dev/zero must not be read until memory runs out. */
static void
test_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("coregroup-input-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "case.json", NULL);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *text = case_text ("\"" NAME "\"", "");
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  g_autoptr(CgLimits) limits = g_object_new (CG_TYPE_LIMITS, "max-size", (guint64) 64, NULL);
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  kase = cg_case_new_from_file (fifo_file, &error);
  g_assert_null (kase);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_true (g_str_has_suffix (error->message, "case.json: not a regular file"));
  g_clear_error (&error);

  kase = cg_case_new_from_file (zero, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  kase = cg_case_new_from_file (dir_file, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (big, text, -1, NULL));
  kase = cg_case_new_from_file_with_limits (big_file, limits, &error);
  g_assert_null (kase);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_true (g_str_has_suffix (error->message, "big.json: larger than the limit of 64 bytes"));
  g_clear_error (&error);

  kase = cg_case_new_from_file (big_file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cg_case_get_child_name (kase), ==, NAME);

  g_unlink (fifo);
  g_unlink (big);
  g_rmdir (dir);
}

/* Every control character, escaped in the document, is saved escaped
 * again (json-glib writes U+001F raw) and reads back the same. */
static void
test_control_characters_round_trip (void)
{
  g_autoptr(GString) name = g_string_new ("\"A");
  g_autofree char *text = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = NULL;
  g_autoptr(CgCase) reloaded = NULL;

  for (guint c = 1; c < 0x20; c++)
    g_string_append_printf (name, "\\u%04x", c);
  g_string_append (name, "Z\"");
  text = case_text (name->str, "");

  kase = cg_case_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  saved = cg_case_to_data (kase, NULL);
  reloaded = cg_case_new_from_data (saved, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cg_case_get_child_name (reloaded), ==, cg_case_get_child_name (kase));
  g_assert_cmpuint (strlen (cg_case_get_child_name (kase)), ==, 33);
}

/* A record at the very end of the calendar's span is evaluated under
 * every policy without asking the calendar about days past its end: a
 * deadline that would fall after 2199 is left out. */
static void
test_end_of_span (void)
{
  g_autofree char *text = g_strdup_printf ("{\"format\": \"coregroup-case\", \"version\": 1, \"id\": \"C-1\","
                                           " \"policy\": \"suffolk\", \"child\": {\"name\": \"X\"},"
                                           " \"initial_conference\": \"2199-12-31\","
                                           " \"review_conferences\": [{\"date\": \"1900-01-01\", \"held\": true}],"
                                           " \"members\": [{\"id\": \"m1\", \"name\": \"A\", \"role\": \"lead-social-worker\"}],"
                                           " \"meetings\": [{\"id\": \"cg1\", \"kind\": \"core-group\", \"date\": \"2199-12-30\","
                                           " \"attendance\": [{\"member\": \"m1\", \"status\": \"present\"}]}],"
                                           " \"events\": [{\"id\": \"e1\", \"kind\": \"school-move\", \"date\": \"2199-12-29\"}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  GListModel *policies = cg_policy_registry_get_policies (registry);
  const char *days[] = { "2199-12-31", "2199-12-20", "1900-01-01" };

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    for (guint d = 0; d < G_N_ELEMENTS (days); d++)
      {
        g_autoptr(CgPolicy) policy = g_list_model_get_item (policies, i);
        g_autoptr(GDate) today = cg_date_parse (days[d], NULL);
        g_autoptr(CgReport) report = cg_policy_evaluate (policy, kase, today, &error);
        g_autofree char *json = NULL;
        g_autofree char *ics = NULL;

        g_assert_no_error (error);
        json = cg_report_to_json (report, NULL);
        ics = cg_report_to_icalendar (report, NULL);
        g_assert_nonnull (json);
        g_assert_nonnull (ics);
      }
}

/* Policy files and holiday feeds get the same strictness. */
static void
test_other_loaders (void)
{
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCalendar) calendar = NULL;

  g_assert_false (cg_policy_registry_load_data (registry,
                                                "{\"format\": \"coregroup-policy\", \"version\": 1, \"id\": \"x\","
                                                " \"id\": \"suffolk\", \"name\": \"X\", \"extends\": \"england\"}",
                                                -1, "dup.json", &error));
  g_assert_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_INVALID);
  g_assert_true (g_pattern_match_simple ("dup.json: id: line 1, column *: a member appears twice in the same object",
                                         error->message));
  g_clear_error (&error);

  calendar = cg_calendar_new_from_feed_data ("{\"england-and-wales\": {\"division\": \"e\", \"events\": "
                                             "[{\"title\": \"Boxing \\u0000Day\", \"date\": \"2026-12-28\"}]}}",
                                             -1, CG_DIVISION_ENGLAND_AND_WALES, &error);
  g_assert_null (calendar);
  g_assert_error (error, CG_CALENDAR_ERROR, CG_CALENDAR_ERROR_INVALID_FEED);
  g_assert_true (g_pattern_match_simple ("england-and-wales.events[0].title: line 1, column *: \\u0000 is not allowed*",
                                         error->message));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/strict/strings/refused", test_strings);
  g_test_add_func ("/strict/strings/allowed", test_strings_allowed);
  g_test_add_func ("/strict/strings/every-position", test_strings_every_position);
  g_test_add_func ("/strict/duplicate-members", test_duplicate_members);
  g_test_add_func ("/strict/numbers/refused", test_numbers);
  g_test_add_func ("/strict/numbers/round-trip", test_numbers_round_trip);
  g_test_add_func ("/strict/structure", test_structure);
  g_test_add_func ("/strict/deep-nesting", test_deep_nesting);
  g_test_add_func ("/strict/limits", test_limits);
  g_test_add_func ("/strict/files", test_files);
  g_test_add_func ("/strict/other-loaders", test_other_loaders);
  g_test_add_func ("/strict/control-characters-round-trip", test_control_characters_round_trip);
  g_test_add_func ("/strict/end-of-span", test_end_of_span);

  return g_test_run ();
}
