/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The library's message formatter against GLib's printf: the same text
 * for every format it writes itself and for those it hands on. */

#include <limits.h>
#include <string.h>

#include <glib.h>

#include "util/cg-format-private.h"

/* Both ways in: a new string, and appended to text already there. */
#define SAME(...)                                                         \
  G_STMT_START {                                                          \
    g_autofree char *ours = cg_strdup_format (__VA_ARGS__);               \
    g_autofree char *printf_text = g_strdup_printf (__VA_ARGS__);         \
    g_autoptr(GString) ours_appended = g_string_new ("before: ");         \
    g_autoptr(GString) printf_appended = g_string_new ("before: ");       \
                                                                          \
    g_assert_cmpstr (ours, ==, printf_text);                              \
    cg_string_append_format (ours_appended, __VA_ARGS__);                 \
    g_string_append_printf (printf_appended, __VA_ARGS__);                \
    g_assert_cmpstr (ours_appended->str, ==, printf_appended->str);       \
  } G_STMT_END

static void
test_written_here (void)
{
  SAME ("%s", "");
  SAME ("no directives at all");
  SAME ("100%% of visits");
  SAME ("%%%s%%", "x");
  SAME ("%u %s %u", 17u, "Feb", 2027u);
  SAME ("%s %s", "Wed", "17 Feb 2027");
  SAME ("%d working days", 15);
  SAME ("%d working days", -3);
  SAME ("%d", INT_MIN);
  SAME ("%d", INT_MAX);
  SAME ("%u", 0u);
  SAME ("%u", UINT_MAX);
  SAME ("%s (%s)", "Action “Weigh” is overdue", "Suffolk 3.2");
  SAME ("%s", (const char *) NULL);
  SAME ("%s$ and %d$", "costs", 5);
  SAME ("Cyfarfod %2$s, %1$s", "ddoe", "craidd");
  SAME ("%3$u-%2$u-%1$u", 20u, 1u, 2027u);
  SAME ("%1$s and %1$s again", "twice");
  SAME ("trailing text after %s: done", "the value");
}

static void
test_handed_to_printf (void)
{
  SAME ("%04u-%02u-%02u", 2027u, 1u, 20u);
  SAME ("%c%c", 'o', 'k');
  SAME ("%lu bytes", (gulong) 4096);
  SAME ("%" G_GINT64_FORMAT, G_GINT64_CONSTANT (-9000000000));
  SAME ("%5s|%-5s|", "ab", "cd");
  SAME ("%.3s", "abcdef");
  SAME ("%x", 255u);
  SAME ("%1$s%2$s%3$s%4$s%5$s%6$s%7$s%8$s%9$s%10$s", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
}

/* Text already in the string, given back as an argument: growing the
 * string may move it, as g_string_append_printf () allows for. */
static void
test_appended_from_itself (void)
{
  g_autoptr(GString) ours = g_string_new ("a sentence long enough to be moved when the string grows");
  g_autoptr(GString) printf_text = g_string_new (ours->str);

  for (guint i = 0; i < 6; i++)
    {
      cg_string_append_format (ours, " [%s] %d", ours->str, (int) i);
      g_string_append_printf (printf_text, " [%s] %d", printf_text->str, (int) i);
      g_assert_cmpstr (ours->str, ==, printf_text->str);
    }
}

static void
test_iso_date (void)
{
  const struct { guint day, month, year; const char *text; } dates[] = {
    { 20, 1, 2027, "2027-01-20" },
    { 31, 12, 1999, "1999-12-31" },
    { 1, 1, 1, "0001-01-01" },
    { 29, 2, 2400, "2400-02-29" },
    { 9, 9, 12345, "12345-09-09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (dates[i].day, dates[i].month, dates[i].year);
      g_autofree char *printf_text = g_strdup_printf ("%04u-%02u-%02u", dates[i].year, dates[i].month, dates[i].day);
      char buffer[16];
      gsize length = cg_format_iso_date (date, buffer);

      g_assert_cmpstr (buffer, ==, dates[i].text);
      g_assert_cmpstr (buffer, ==, printf_text);
      g_assert_cmpuint (length, ==, strlen (dates[i].text));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format/written-here", test_written_here);
  g_test_add_func ("/format/handed-to-printf", test_handed_to_printf);
  g_test_add_func ("/format/appended-from-itself", test_appended_from_itself);
  g_test_add_func ("/format/iso-date", test_iso_date);
  return g_test_run ();
}
