/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The document model shared by the review report, the minutes and the
 * members' copies of the plan (cg-document-private.h), and its two
 * writers: plain text and one self-contained printable HTML file. */

#include "config.h"

#include <string.h>

#include "documents/cg-document-private.h"
#include "util/cg-i18n-private.h"

#define TEXT_WIDTH 78

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_FIELD,
  BLOCK_LIST,
  BLOCK_TABLE,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  guint      level;    /* BLOCK_HEADING */
  char      *text;     /* heading, paragraph, field label, list or table empty text */
  char      *value;    /* BLOCK_FIELD */
  GPtrArray *items;    /* BLOCK_LIST: char *; BLOCK_TABLE: GStrv rows */
  GStrv      columns;  /* BLOCK_TABLE */
} Block;

struct _CgDocument
{
  char      *title;
  char      *case_id;
  char      *subtitle;
  GPtrArray *blocks;
  Block     *open;     /* the list or table being filled */
};

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->value);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_strfreev (block->columns);
  g_free (block);
}

static Block *
add_block (CgDocument *self,
           BlockKind   kind,
           const char *text)
{
  Block *block = g_new0 (Block, 1);

  g_return_val_if_fail (self->open == NULL, block);

  block->kind = kind;
  block->text = g_strdup (text);
  g_ptr_array_add (self->blocks, block);
  return block;
}

CgDocument *
cg_document_new (const char *title,
                 const char *case_id,
                 const char *subtitle)
{
  CgDocument *self = g_new0 (CgDocument, 1);

  self->title = g_strdup (title);
  self->case_id = g_strdup (case_id);
  self->subtitle = g_strdup (subtitle);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  return self;
}

void
cg_document_free (CgDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->case_id);
  g_free (self->subtitle);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

void
cg_document_heading (CgDocument *self,
                     guint       level,
                     const char *text)
{
  add_block (self, BLOCK_HEADING, text)->level = CLAMP (level, 1, 2);
}

void
cg_document_paragraph (CgDocument *self,
                       const char *text)
{
  add_block (self, BLOCK_PARAGRAPH, text);
}

void
cg_document_field (CgDocument *self,
                   const char *label,
                   const char *value,
                   const char *missing)
{
  Block *block = add_block (self, BLOCK_FIELD, label);

  block->value = g_strdup (value != NULL && *value != '\0' ? value : missing);
}

void
cg_document_begin_list (CgDocument *self,
                        const char *empty)
{
  Block *block = add_block (self, BLOCK_LIST, empty);

  block->items = g_ptr_array_new_with_free_func (g_free);
  self->open = block;
}

void
cg_document_item (CgDocument *self,
                  const char *text)
{
  g_return_if_fail (self->open != NULL && self->open->kind == BLOCK_LIST);

  g_ptr_array_add (self->open->items, g_strdup (text != NULL ? text : ""));
}

void
cg_document_end_list (CgDocument *self)
{
  g_return_if_fail (self->open != NULL && self->open->kind == BLOCK_LIST);

  self->open = NULL;
}

void
cg_document_begin_table (CgDocument         *self,
                         const char * const *columns,
                         const char         *empty)
{
  Block *block = add_block (self, BLOCK_TABLE, empty);

  block->columns = g_strdupv ((char **) columns);
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->open = block;
}

void
cg_document_row (CgDocument         *self,
                 const char * const *cells)
{
  Block *block = self->open;
  guint n;
  GStrv row;

  g_return_if_fail (block != NULL && block->kind == BLOCK_TABLE);

  n = g_strv_length (block->columns);
  row = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (block->items, row);
}

void
cg_document_end_table (CgDocument *self)
{
  g_return_if_fail (self->open != NULL && self->open->kind == BLOCK_TABLE);

  self->open = NULL;
}

/* Plain text. */

static gsize
width_of (const char *text)
{
  return g_utf8_strlen (text, -1);
}

/* Appends @text wrapped to TEXT_WIDTH, the first line after @first (already
 * counted in @used), the others indented by @indent spaces. */
static void
append_wrapped (GString    *out,
                const char *text,
                gsize       used,
                gsize       indent)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  gsize column = used;
  gboolean line_start = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize length = width_of (words[i]);

      if (*words[i] == '\0')
        continue;
      if (!line_start && column + 1 + length > TEXT_WIDTH)
        {
          g_string_append_c (out, '\n');
          for (gsize j = 0; j < indent; j++)
            g_string_append_c (out, ' ');
          column = indent;
          line_start = TRUE;
        }
      if (!line_start)
        {
          g_string_append_c (out, ' ');
          column++;
        }
      g_string_append (out, words[i]);
      column += length;
      line_start = FALSE;
    }
  g_string_append_c (out, '\n');
}

static void
append_padded (GString    *out,
               const char *text,
               gsize       width)
{
  g_string_append (out, text);
  for (gsize i = width_of (text); i < width; i++)
    g_string_append_c (out, ' ');
}

static void
text_table (GString     *out,
            const Block *block)
{
  guint n = g_strv_length (block->columns);
  g_autofree gsize *widths = g_new0 (gsize, n);
  gsize total = 2;

  for (guint c = 0; c < n; c++)
    {
      widths[c] = width_of (block->columns[c]);
      for (guint r = 0; r < block->items->len; r++)
        widths[c] = MAX (widths[c], width_of (((GStrv) g_ptr_array_index (block->items, r))[c]));
      total += widths[c] + 2;
    }

  if (total <= TEXT_WIDTH)
    {
      g_string_append (out, "  ");
      for (guint c = 0; c < n; c++)
        append_padded (out, block->columns[c], c + 1 < n ? widths[c] + 2 : 0);
      g_string_append (out, "\n  ");
      for (guint c = 0; c < n; c++)
        {
          for (gsize i = 0; i < widths[c]; i++)
            g_string_append_c (out, '-');
          if (c + 1 < n)
            g_string_append (out, "  ");
        }
      g_string_append_c (out, '\n');
      for (guint r = 0; r < block->items->len; r++)
        {
          GStrv row = g_ptr_array_index (block->items, r);

          g_string_append (out, "  ");
          for (guint c = 0; c < n; c++)
            append_padded (out, row[c], c + 1 < n ? widths[c] + 2 : 0);
          g_string_append_c (out, '\n');
        }
      return;
    }

  /* Too wide for columns: each row as its first cell, then the others
   * as fields under it. */
  for (guint r = 0; r < block->items->len; r++)
    {
      GStrv row = g_ptr_array_index (block->items, r);

      g_string_append (out, "  - ");
      append_wrapped (out, row[0], 4, 4);
      for (guint c = 1; c < n; c++)
        {
          g_autofree char *line = NULL;

          if (*row[c] == '\0')
            continue;
          line = g_strdup_printf ("%s: %s", block->columns[c], row[c]);
          g_string_append (out, "    ");
          append_wrapped (out, line, 4, 6);
        }
    }
}

static void
underline (GString    *out,
           const char *text,
           char        mark)
{
  for (gsize i = width_of (text); i > 0; i--)
    g_string_append_c (out, mark);
  g_string_append_c (out, '\n');
}

char *
cg_document_to_text (CgDocument *self)
{
  GString *out = g_string_new (NULL);
  BlockKind previous = BLOCK_HEADING;

  g_string_append_printf (out, "%s\n", self->title);
  underline (out, self->title, '=');
  /* Translators: a document's line under its title; %s is the case id. */
  g_string_append_printf (out, _("Case %s"), self->case_id);
  g_string_append_c (out, '\n');
  if (self->subtitle != NULL)
    g_string_append_printf (out, "%s\n", self->subtitle);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (self->blocks, i);

      if (block->kind != BLOCK_FIELD || previous != BLOCK_FIELD)
        g_string_append_c (out, '\n');
      previous = block->kind;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          if (block->level == 1)
            {
              g_autofree char *upper = g_utf8_strup (block->text, -1);

              g_string_append_printf (out, "%s\n", upper);
              underline (out, upper, '-');
            }
          else
            g_string_append_printf (out, "%s\n", block->text);
          break;

        case BLOCK_PARAGRAPH:
          g_string_append (out, "  ");
          append_wrapped (out, block->text, 2, 2);
          break;

        case BLOCK_FIELD:
          {
            g_autofree char *line = g_strdup_printf ("%s: %s", block->text, block->value);

            g_string_append (out, "  ");
            append_wrapped (out, line, 2, 4);
            break;
          }

        case BLOCK_LIST:
          if (block->items->len == 0)
            {
              g_string_append (out, "  ");
              append_wrapped (out, block->text, 2, 2);
            }
          for (guint j = 0; j < block->items->len; j++)
            {
              g_string_append (out, "  - ");
              append_wrapped (out, g_ptr_array_index (block->items, j), 4, 4);
            }
          break;

        case BLOCK_TABLE:
          if (block->items->len == 0)
            {
              g_string_append (out, "  ");
              append_wrapped (out, block->text, 2, 2);
            }
          else
            text_table (out, block);
          break;
        }
    }

  return g_string_free (out, FALSE);
}

/* HTML. */

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      case '\'': g_string_append (out, "&#39;"); break;
      default: g_string_append_c (out, *p);
      }
}

static void
append_element (GString    *out,
                const char *open,
                const char *text,
                const char *close)
{
  g_string_append (out, open);
  append_escaped (out, text);
  g_string_append (out, close);
}

/* Printed on A4; the case id on every printed page (a fixed element
 * repeats on each page); rows and fields never split across pages. */
static const char style[] =
  "@page{size:A4;margin:20mm 16mm 18mm 16mm}"
  "body{font:11pt/1.4 sans-serif;color:#111;max-width:180mm;margin:0 auto;padding:0 4mm}"
  "header{border-bottom:2px solid #333;margin-bottom:6mm}"
  "header .case{font-weight:bold;margin:0}"
  "h1{font-size:18pt;margin:2mm 0}h2{font-size:14pt;margin:7mm 0 2mm;border-bottom:1px solid #999}"
  "h3{font-size:12pt;margin:5mm 0 2mm}"
  "dl{display:grid;grid-template-columns:max-content auto;gap:1mm 4mm;margin:2mm 0}"
  "dt{font-weight:bold}dd{margin:0}"
  "table{border-collapse:collapse;width:100%;margin:2mm 0;font-size:10pt}"
  "th,td{border:1px solid #999;padding:1mm 2mm;text-align:left;vertical-align:top}"
  "th{background:#eee}tr,dl,li{break-inside:avoid}"
  ".empty{font-style:italic;color:#444}"
  ".running{display:none}"
  "@media print{body{max-width:none;padding:0}"
  ".running{display:block;position:fixed;top:-12mm;right:0;font-size:9pt;color:#444}}";

char *
cg_document_to_html (CgDocument *self)
{
  GString *out = g_string_new (NULL);
  /* Translators: the document's title and the case id, as the HTML page's
   * title. */
  g_autofree char *title = g_strdup_printf (_("%s, case %s"), self->title, self->case_id);
  /* Translators: a document's line under its title; %s is the case id. */
  g_autofree char *case_line = g_strdup_printf (_("Case %s"), self->case_id);
  /* Translators: the language code of your translation ("cy"), which the HTML
   * documents give as their language. */
  const char *lang = C_("HTML lang", "en");
  gboolean in_fields = FALSE;

  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", lang);

  /* Nothing may be fetched or run, whatever a record's text holds. */
  g_string_append (out, "<meta http-equiv=\"Content-Security-Policy\" "
                        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  append_element (out, "<title>", title, "</title>\n");
  g_string_append_printf (out, "<style>%s</style>\n</head>\n<body>\n", style);
  append_element (out, "<div class=\"running\">", case_line, "</div>\n");
  append_element (out, "<header>\n<p class=\"case\">", case_line, "</p>\n");
  append_element (out, "<h1>", self->title, "</h1>\n");
  if (self->subtitle != NULL)
    append_element (out, "<p class=\"subtitle\">", self->subtitle, "</p>\n");
  g_string_append (out, "</header>\n<main>\n");

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *block = g_ptr_array_index (self->blocks, i);

      if (in_fields && block->kind != BLOCK_FIELD)
        {
          g_string_append (out, "</dl>\n");
          in_fields = FALSE;
        }

      switch (block->kind)
        {
        case BLOCK_HEADING:
          append_element (out, block->level == 1 ? "<h2>" : "<h3>", block->text,
                          block->level == 1 ? "</h2>\n" : "</h3>\n");
          break;

        case BLOCK_PARAGRAPH:
          append_element (out, "<p>", block->text, "</p>\n");
          break;

        case BLOCK_FIELD:
          if (!in_fields)
            g_string_append (out, "<dl>\n");
          in_fields = TRUE;
          append_element (out, "<dt>", block->text, "</dt>");
          append_element (out, "<dd>", block->value, "</dd>\n");
          break;

        case BLOCK_LIST:
          if (block->items->len == 0)
            {
              append_element (out, "<p class=\"empty\">", block->text, "</p>\n");
              break;
            }
          g_string_append (out, "<ul>\n");
          for (guint j = 0; j < block->items->len; j++)
            append_element (out, "<li>", g_ptr_array_index (block->items, j), "</li>\n");
          g_string_append (out, "</ul>\n");
          break;

        case BLOCK_TABLE:
          if (block->items->len == 0)
            {
              append_element (out, "<p class=\"empty\">", block->text, "</p>\n");
              break;
            }
          g_string_append (out, "<table>\n<thead><tr>");
          for (guint c = 0; block->columns[c] != NULL; c++)
            append_element (out, "<th>", block->columns[c], "</th>");
          g_string_append (out, "</tr></thead>\n<tbody>\n");
          for (guint r = 0; r < block->items->len; r++)
            {
              GStrv row = g_ptr_array_index (block->items, r);

              g_string_append (out, "<tr>");
              for (guint c = 0; row[c] != NULL; c++)
                append_element (out, "<td>", row[c], "</td>");
              g_string_append (out, "</tr>\n");
            }
          g_string_append (out, "</tbody>\n</table>\n");
          break;
        }
    }

  if (in_fields)
    g_string_append (out, "</dl>\n");
  append_element (out, "</main>\n<footer><p class=\"empty\">Case ", self->case_id,
                  ". Made from the case record by libcoregroup.</p></footer>\n</body>\n</html>\n");
  return g_string_free (out, FALSE);
}
