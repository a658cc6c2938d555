/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A strict JSON parser (RFC 8259 and nothing more) building json-glib
 * nodes. json-glib 1.6.6's own parser accepts duplicate keys, lone
 * surrogates, \u0000, comments, single quotes and trailing documents,
 * overflows integers silently, recurses without bound and quotes the input
 * in its messages; every document this library reads (case documents,
 * policy files, holiday feeds) goes through this parser instead.
 *
 * Errors give the line and column, the path of the member being read
 * where there is one, and the kind of problem, never the text found: a
 * case document is special-category data about a child. */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "json/cg-json-private.h"

typedef struct
{
  gboolean    member;  /* of an object, or an element of an array */
  const char *key;     /* the member's name, NULL until it is read */
  guint       index;
} PathStep;

typedef struct
{
  const char         *start;
  const char         *p;
  const char         *end;
  guint               line;
  const char         *line_start;
  guint               max_depth;
  GArray             *path;   /* of PathStep */
  GError            **error;
} Parser;

static char *
path_text (Parser *parser)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < parser->path->len; i++)
    {
      PathStep *step = &g_array_index (parser->path, PathStep, i);

      if (!step->member)
        g_string_append_printf (text, "[%u]", step->index);
      else if (step->key != NULL)
        {
          if (text->len > 0)
            g_string_append_c (text, '.');
          g_string_append (text, step->key);
        }
    }

  return g_string_free (text, FALSE);
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail_at (Parser     *parser,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *path = path_text (parser);
  glong column;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  /* Columns count characters; the document was checked to be UTF-8. */
  column = g_utf8_strlen (parser->line_start, parser->p - parser->line_start) + 1;
  if (*path != '\0')
    g_set_error (parser->error, CG_FORMAT_ERROR, code, "%s: line %u, column %ld: %s",
                 path, parser->line, column, problem);
  else
    g_set_error (parser->error, CG_FORMAT_ERROR, code, "line %u, column %ld: %s",
                 parser->line, column, problem);
  return FALSE;
}

#define fail(parser, ...) fail_at ((parser), CG_FORMAT_ERROR_SYNTAX, __VA_ARGS__)

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end)
    {
      char c = *parser->p;

      if (c == '\n')
        {
          parser->line++;
          parser->line_start = parser->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return;
      parser->p++;
    }
}

/* What an unexpected character most likely means, in words. */
static gboolean
fail_unexpected (Parser     *parser,
                 const char *expected)
{
  if (parser->p >= parser->end)
    return fail (parser, "the document ends early: expected %s", expected);
  if (*parser->p == '\'')
    return fail (parser, "strings must use double quotes");
  if (*parser->p == '/')
    return fail (parser, "comments are not allowed in JSON");
  return fail (parser, "unexpected character: expected %s", expected);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser   *parser,
           gunichar *out)
{
  gunichar value = 0;

  if (parser->end - parser->p < 4)
    return fail (parser, "invalid \\u escape: four hexadecimal digits expected");
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (parser->p[i]);

      if (digit < 0)
        return fail (parser, "invalid \\u escape: four hexadecimal digits expected");
      value = value * 16 + (gunichar) digit;
    }

  parser->p += 4;
  *out = value;
  return TRUE;
}

/* A \u escape, with a surrogate pair as one character. */
static gboolean
read_unicode_escape (Parser   *parser,
                     GString  *out)
{
  gunichar c, low;

  if (!read_hex4 (parser, &c))
    return FALSE;
  if (c == 0)
    return fail (parser, "\\u0000 is not allowed in a string");
  if (c >= 0xDC00 && c <= 0xDFFF)
    return fail (parser, "invalid string escape: a low surrogate without a high one");
  if (c >= 0xD800 && c <= 0xDBFF)
    {
      if (parser->end - parser->p < 2 || parser->p[0] != '\\' || parser->p[1] != 'u')
        return fail (parser, "invalid string escape: a high surrogate without a low one");
      parser->p += 2;
      if (!read_hex4 (parser, &low))
        return FALSE;
      if (low < 0xDC00 || low > 0xDFFF)
        return fail (parser, "invalid string escape: a high surrogate without a low one");
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }

  g_string_append_unichar (out, c);
  return TRUE;
}

/* A string, after its opening quote; *out is newly allocated. */
static gboolean
read_string (Parser  *parser,
             char   **out)
{
  const char *run = parser->p;
  GString *text = NULL;

  for (;;)
    {
      char c;

      if (parser->p >= parser->end)
        {
          if (text != NULL)
            g_string_free (text, TRUE);
          return fail (parser, "a string is not closed");
        }

      c = *parser->p;
      if (c == '"')
        break;
      if ((guchar) c < 0x20)
        {
          if (text != NULL)
            g_string_free (text, TRUE);
          return fail (parser, "a control character inside a string must be escaped");
        }
      if (c != '\\')
        {
          parser->p++;
          continue;
        }

      if (text == NULL)
        text = g_string_new (NULL);
      g_string_append_len (text, run, parser->p - run);
      parser->p++;
      if (parser->p >= parser->end)
        {
          g_string_free (text, TRUE);
          return fail (parser, "a string is not closed");
        }

      switch (*parser->p++)
        {
        case '"': g_string_append_c (text, '"'); break;
        case '\\': g_string_append_c (text, '\\'); break;
        case '/': g_string_append_c (text, '/'); break;
        case 'b': g_string_append_c (text, '\b'); break;
        case 'f': g_string_append_c (text, '\f'); break;
        case 'n': g_string_append_c (text, '\n'); break;
        case 'r': g_string_append_c (text, '\r'); break;
        case 't': g_string_append_c (text, '\t'); break;
        case 'u':
          if (!read_unicode_escape (parser, text))
            {
              g_string_free (text, TRUE);
              return FALSE;
            }
          break;
        default:
          parser->p--;
          g_string_free (text, TRUE);
          return fail (parser, "invalid string escape");
        }
      run = parser->p;
    }

  if (text != NULL)
    {
      g_string_append_len (text, run, parser->p - run);
      *out = g_string_free (text, FALSE);
    }
  else
    *out = g_strndup (run, parser->p - run);

  parser->p++;   /* the closing quote */
  return TRUE;
}

static gboolean
skip_digits (Parser *parser)
{
  const char *from = parser->p;

  while (parser->p < parser->end && g_ascii_isdigit (*parser->p))
    parser->p++;
  return parser->p > from;
}

/* A number: integers must fit in 64 bits and others be finite, so that
 * what is saved reads back as the same value. */
static gboolean
read_number (Parser   *parser,
             JsonNode *node)
{
  const char *from = parser->p;
  gboolean integer = TRUE;
  char buffer[64];
  gsize length;

  if (*parser->p == '-')
    parser->p++;
  if (parser->p < parser->end && *parser->p == '0')
    {
      parser->p++;
      if (parser->p < parser->end && g_ascii_isdigit (*parser->p))
        return fail (parser, "a number must not start with 0");
    }
  else if (!skip_digits (parser))
    return fail_unexpected (parser, "a digit");

  if (parser->p < parser->end && *parser->p == '.')
    {
      integer = FALSE;
      parser->p++;
      if (!skip_digits (parser))
        return fail_unexpected (parser, "a digit after the decimal point");
    }
  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      integer = FALSE;
      parser->p++;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (!skip_digits (parser))
        return fail_unexpected (parser, "a digit in the exponent");
    }

  length = parser->p - from;
  if (length >= sizeof buffer)
    {
      parser->p = from;
      return fail (parser, "a number with too many digits");
    }
  memcpy (buffer, from, length);
  buffer[length] = '\0';

  errno = 0;
  if (integer)
    {
      gint64 value = g_ascii_strtoll (buffer, NULL, 10);

      if (errno == ERANGE)
        {
          parser->p = from;
          return fail (parser, "a whole number outside the 64-bit range");
        }
      json_node_init_int (node, value);
    }
  else
    {
      double value = g_ascii_strtod (buffer, NULL);

      if (!isfinite (value))
        {
          parser->p = from;
          return fail (parser, "a number too large to represent");
        }
      json_node_init_double (node, value);
    }

  return TRUE;
}

static gboolean
read_literal (Parser     *parser,
              const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (parser->end - parser->p) < length || memcmp (parser->p, word, length) != 0)
    return fail_unexpected (parser, "a value");
  parser->p += length;
  return TRUE;
}

static JsonNode *read_value (Parser *parser, guint depth);

static JsonNode *
read_object (Parser *parser,
             guint   depth)
{
  g_autoptr(JsonObject) object = json_object_new ();
  PathStep step = { TRUE, NULL, 0 };

  parser->p++;   /* { */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return json_node_init_object (json_node_alloc (), object);
    }

  g_array_append_val (parser->path, step);
  for (;;)
    {
      g_autofree char *key = NULL;
      JsonNode *value;

      g_array_index (parser->path, PathStep, parser->path->len - 1).key = NULL;
      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        {
          fail_unexpected (parser, "a member name in double quotes");
          return NULL;
        }
      parser->p++;
      if (!read_string (parser, &key))
        return NULL;

      /* Names reach error messages as paths; so they are names, not data. */
      g_array_index (parser->path, PathStep, parser->path->len - 1).key = key;
      if (json_object_has_member (object, key))
        {
          fail (parser, "a member appears twice in the same object");
          return NULL;
        }

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        {
          fail_unexpected (parser, "a colon after the member name");
          return NULL;
        }
      parser->p++;

      value = read_value (parser, depth);
      if (value == NULL)
        return NULL;
      json_object_set_member (object, key, value);

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == '}')
        {
          parser->p++;
          break;
        }
      fail_unexpected (parser, "a comma or the end of the object");
      return NULL;
    }

  g_array_set_size (parser->path, parser->path->len - 1);
  return json_node_init_object (json_node_alloc (), object);
}

static JsonNode *
read_array (Parser *parser,
            guint   depth)
{
  g_autoptr(JsonArray) array = json_array_new ();
  PathStep step = { FALSE, NULL, 0 };

  parser->p++;   /* [ */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return json_node_init_array (json_node_alloc (), array);
    }

  g_array_append_val (parser->path, step);
  for (;;)
    {
      JsonNode *value = read_value (parser, depth);

      if (value == NULL)
        return NULL;
      json_array_add_element (array, value);

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          g_array_index (parser->path, PathStep, parser->path->len - 1).index++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == ']')
        {
          parser->p++;
          break;
        }
      fail_unexpected (parser, "a comma or the end of the list");
      return NULL;
    }

  g_array_set_size (parser->path, parser->path->len - 1);
  return json_node_init_array (json_node_alloc (), array);
}

static JsonNode *
read_value (Parser *parser,
            guint   depth)
{
  g_autoptr(JsonNode) node = NULL;
  char *text;

  skip_space (parser);
  if (parser->p >= parser->end)
    {
      fail_unexpected (parser, "a value");
      return NULL;
    }

  switch (*parser->p)
    {
    case '{':
    case '[':
      if (depth >= parser->max_depth)
        {
          fail_at (parser, CG_FORMAT_ERROR_LIMIT_EXCEEDED,
                   "nested deeper than the limit of %u levels", parser->max_depth);
          return NULL;
        }
      return *parser->p == '{' ? read_object (parser, depth + 1) : read_array (parser, depth + 1);

    case '"':
      parser->p++;
      if (!read_string (parser, &text))
        return NULL;
      node = json_node_init_string (json_node_alloc (), text);
      g_free (text);
      return g_steal_pointer (&node);

    case 't':
    case 'f':
      {
        gboolean value = *parser->p == 't';

        if (!read_literal (parser, value ? "true" : "false"))
          return NULL;
        return json_node_init_boolean (json_node_alloc (), value);
      }

    case 'n':
      if (!read_literal (parser, "null"))
        return NULL;
      return json_node_init_null (json_node_alloc ());

    default:
      if (*parser->p != '-' && !g_ascii_isdigit (*parser->p))
        {
          fail_unexpected (parser, "a value");
          return NULL;
        }
      node = json_node_alloc ();
      if (!read_number (parser, node))
        return NULL;
      return g_steal_pointer (&node);
    }
}

JsonNode *
cg_json_parse (const char          *data,
               gsize                length,
               const CgJsonLimits  *limits,
               GError             **error)
{
  static const CgJsonLimits defaults = { CG_LIMITS_DEFAULT_MAX_DEPTH, CG_LIMITS_DEFAULT_MAX_SIZE };
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (PathStep));
  const char *invalid;
  Parser parser = { data, data, data + length, 1, data, 0, path, error };
  JsonNode *root;

  if (limits == NULL)
    limits = &defaults;
  parser.max_depth = limits->max_depth;

  if (length > limits->max_size)
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_LIMIT_EXCEEDED,
                   "the document is larger than the limit of %" G_GSIZE_FORMAT " bytes", limits->max_size);
      return NULL;
    }

  if (!g_utf8_validate (data, (gssize) length, &invalid))
    {
      /* Count lines up to the bad byte, so the error can say where it is. */
      for (const char *c = data; c < invalid; c++)
        if (*c == '\n')
          {
            parser.line++;
            parser.line_start = c + 1;
          }
      parser.p = invalid;
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX,
                   "line %u, column %ld: the document is not valid UTF-8", parser.line,
                   g_utf8_strlen (parser.line_start, invalid - parser.line_start) + 1);
      return NULL;
    }

  skip_space (&parser);
  if (parser.p >= parser.end)
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX, "the document is empty");
      return NULL;
    }
  if (*parser.p != '{')
    {
      if (*parser.p == '/' || *parser.p == '\'')
        fail_unexpected (&parser, "a JSON object");
      else
        fail (&parser, "the document must be a JSON object");
      return NULL;
    }

  root = read_value (&parser, 0);
  if (root == NULL)
    return NULL;

  skip_space (&parser);
  if (parser.p < parser.end)
    {
      json_node_unref (root);
      fail (&parser, "unexpected text after the end of the document");
      return NULL;
    }

  return root;
}
