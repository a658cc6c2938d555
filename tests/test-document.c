/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The document model every document is written through: the same content
 * as text and as HTML, every text escaped, an empty section said. Built
 * into the test from the library's sources, since the model is private. */

#include <string.h>

#include "documents/cg-document-private.h"

static CgDocument *
sample (void)
{
  CgDocument *document = cg_document_new ("Report to the review conference", "T-1 <b>",
                                          "Review conference of Thu 4 Feb 2027");
  const char *columns[] = { "Member", "Attended", NULL };
  const char *row[] = { "Jo \"JJ\" O'Neill & co", "2 of 3", NULL };

  cg_document_heading (document, 1, "Plan changes");
  cg_document_paragraph (document, "A <script>alert(1)</script> in the record stays text.");
  cg_document_field (document, "Chair", NULL, "Not recorded.");
  cg_document_field (document, "Minute taker", "Sam", "Not recorded.");
  cg_document_begin_list (document, "No dissent was recorded.");
  cg_document_end_list (document);
  cg_document_begin_table (document, columns, "No core group was held.");
  cg_document_row (document, row);
  cg_document_end_table (document);
  return document;
}

static void
test_text (void)
{
  g_autoptr(CgDocument) document = sample ();
  g_autofree char *text = cg_document_to_text (document);

  g_assert_true (g_str_has_prefix (text, "Report to the review conference\n"
                                         "===============================\nCase T-1 <b>\n"));
  g_assert_nonnull (strstr (text, "PLAN CHANGES\n------------\n"));
  g_assert_nonnull (strstr (text, "  Chair: Not recorded.\n  Minute taker: Sam\n"));
  g_assert_nonnull (strstr (text, "  No dissent was recorded.\n"));
  g_assert_nonnull (strstr (text, "  Member                Attended\n  --------------------  --------\n"));
  for (const char *line = text; line != NULL && *line != '\0'; line = strchr (line, '\n') ? strchr (line, '\n') + 1 : NULL)
    {
      const char *end = strchr (line, '\n');

      g_assert_cmpint (g_utf8_strlen (line, end != NULL ? end - line : -1), <=, 78);
    }
}

static void
test_html (void)
{
  g_autoptr(CgDocument) document = sample ();
  g_autofree char *html = cg_document_to_html (document);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "default-src 'none'"));
  g_assert_nonnull (strstr (html, "@page{size:A4"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<b>"));
  g_assert_null (strstr (html, "http://"));
  g_assert_null (strstr (html, "https://"));
  g_assert_nonnull (strstr (html, "A &lt;script&gt;alert(1)&lt;/script&gt; in the record stays text."));
  g_assert_nonnull (strstr (html, "<td>Jo &quot;JJ&quot; O&#39;Neill &amp; co</td>"));
  g_assert_nonnull (strstr (html, "<p class=\"empty\">No dissent was recorded.</p>"));
  g_assert_nonnull (strstr (html, "<dt>Chair</dt><dd>Not recorded.</dd>"));
  g_assert_nonnull (strstr (html, "Case T-1 &lt;b&gt;"));
}

/* A long paragraph wraps; a table too wide for columns becomes a list. */
static void
test_wrapping (void)
{
  g_autoptr(CgDocument) document = cg_document_new ("Minutes", "T-1", NULL);
  const char *columns[] = { "Action", "Owner", "Due", NULL };
  const char *row[] = { "Refer the mother to the perinatal mental health team and share the outcome with the core group",
                        "Dr Example (GP practice)", "Fri 27 Nov 2026", NULL };
  g_autofree char *text = NULL;

  cg_document_paragraph (document, "word word word word word word word word word word word word word word word "
                                   "word word word word word word word word word word");
  cg_document_begin_table (document, columns, "None.");
  cg_document_row (document, row);
  cg_document_end_table (document);
  text = cg_document_to_text (document);
  g_assert_nonnull (strstr (text, "\n  word word"));
  g_assert_nonnull (strstr (text, "  - Refer the mother"));
  g_assert_nonnull (strstr (text, "    Owner: Dr Example (GP practice)\n"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/text", test_text);
  g_test_add_func ("/document/html", test_html);
  g_test_add_func ("/document/wrapping", test_wrapping);

  return g_test_run ();
}
