/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A strict JSON parser (RFC 8259 and nothing more) building a compact
 * read-only document (CgJsonDoc): every value is one entry of one array,
 * in document order, and every string is copied once, decoded, into one
 * buffer as large as the input. Reading a case document costs three
 * allocations instead of one or more for every value, and the values can
 * be turned into json-glib nodes where a caller wants them (policy files,
 * unknown members kept for writing back). json-glib 1.6.6's own parser accepts duplicate keys, lone
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
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json/cg-json-private.h"
#include "util/cg-i18n-private.h"

typedef struct
{
  gboolean    member;  /* of an object, or an element of an array */
  const char *key;     /* the member's name, NULL until it is read */
  guint       index;
} PathStep;

struct _CgJsonDoc
{
  CgJsonValue *values;   /* values[0] is the root */
  char        *text;     /* the strings, decoded, each nul-terminated */
  gsize        text_size;
};

typedef struct
{
  const char         *start;
  const char         *p;
  const char         *end;
  guint               line;
  const char         *line_start;
  guint               max_depth;
  GArray             *path;    /* of PathStep */
  CgJsonValue        *values;  /* indices while parsing, as it grows */
  guint               n_values;
  guint               size;
  char               *text;    /* where the next string goes */
  GError            **error;
} Parser;

#define VALUE(parser, i) (&(parser)->values[(i)])
#define NO_VALUE G_MAXUINT

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
    return fail (parser, _("the document ends early: expected %s"), expected);
  if (*parser->p == '\'')
    return fail (parser, _("strings must use double quotes"));
  if (*parser->p == '/')
    return fail (parser, _("comments are not allowed in JSON"));
  return fail (parser, _("unexpected character: expected %s"), expected);
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
    return fail (parser, _("invalid \\u escape: four hexadecimal digits expected"));
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (parser->p[i]);

      if (digit < 0)
        return fail (parser, _("invalid \\u escape: four hexadecimal digits expected"));
      value = value * 16 + (gunichar) digit;
    }

  parser->p += 4;
  *out = value;
  return TRUE;
}

/* A \u escape, with a surrogate pair as one character. */
static gboolean
read_unicode_escape (Parser   *parser,
                     char    **out)
{
  gunichar c, low;

  if (!read_hex4 (parser, &c))
    return FALSE;
  if (c == 0)
    return fail (parser, _("\\u0000 is not allowed in a string"));
  if (c >= 0xDC00 && c <= 0xDFFF)
    return fail (parser, _("invalid string escape: a low surrogate without a high one"));
  if (c >= 0xD800 && c <= 0xDBFF)
    {
      if (parser->end - parser->p < 2 || parser->p[0] != '\\' || parser->p[1] != 'u')
        return fail (parser, _("invalid string escape: a high surrogate without a low one"));
      parser->p += 2;
      if (!read_hex4 (parser, &low))
        return FALSE;
      if (low < 0xDC00 || low > 0xDFFF)
        return fail (parser, _("invalid string escape: a high surrogate without a low one"));
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
    }

  *out += g_unichar_to_utf8 (c, *out);
  return TRUE;
}

/* The first byte from @p on that is not plain text inside a string: a
 * quote, a backslash, a control character, or @end. Most of a case
 * document is short strings; SSE2, which every x86-64 has, looks at 16
 * bytes at a time. */
static const char *
plain_text_end (const char *p,
                const char *end)
{
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i backslash = _mm_set1_epi8 ('\\');
  const __m128i last_control = _mm_set1_epi8 (0x1f);

  for (; end - p >= 16; p += 16)
    {
      __m128i chunk = _mm_loadu_si128 ((const __m128i *) p);
      /* A byte is a control character when the unsigned minimum of it
       * and 0x1f is itself. */
      __m128i stops = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (chunk, quote),
                                                  _mm_cmpeq_epi8 (chunk, backslash)),
                                    _mm_cmpeq_epi8 (_mm_min_epu8 (chunk, last_control), chunk));
      int mask = _mm_movemask_epi8 (stops);

      if (mask != 0)
        return p + __builtin_ctz ((unsigned int) mask);
    }
#endif
  for (; p < end; p++)
    if (*p == '"' || *p == '\\' || (guchar) *p < 0x20)
      return p;
  return end;
}

/* A string, after its opening quote, decoded into the text buffer; *out
 * points at it there. The decoded string and its nul are never longer
 * than the string with its quotes, so the buffer, as long as the input,
 * always has room. */
static gboolean
read_string (Parser      *parser,
             const char **out)
{
  const char *run = parser->p;
  char *to = parser->text;

  for (;;)
    {
      char c;

      parser->p = plain_text_end (parser->p, parser->end);
      if (parser->p >= parser->end)
        return fail (parser, _("a string is not closed"));

      c = *parser->p;
      if (c == '"')
        break;
      if ((guchar) c < 0x20)
        return fail (parser, _("a control character inside a string must be escaped"));

      memcpy (to, run, parser->p - run);
      to += parser->p - run;
      parser->p++;
      if (parser->p >= parser->end)
        return fail (parser, _("a string is not closed"));

      switch (*parser->p++)
        {
        case '"': *to++ = '"'; break;
        case '\\': *to++ = '\\'; break;
        case '/': *to++ = '/'; break;
        case 'b': *to++ = '\b'; break;
        case 'f': *to++ = '\f'; break;
        case 'n': *to++ = '\n'; break;
        case 'r': *to++ = '\r'; break;
        case 't': *to++ = '\t'; break;
        case 'u':
          if (!read_unicode_escape (parser, &to))
            return FALSE;
          break;
        default:
          parser->p--;
          return fail (parser, _("invalid string escape"));
        }
      run = parser->p;
    }

  memcpy (to, run, parser->p - run);
  to += parser->p - run;
  *to++ = '\0';
  *out = parser->text;
  parser->text = to;

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
read_number (Parser      *parser,
             CgJsonValue *value)
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
        return fail (parser, _("a number must not start with 0"));
    }
  else if (!skip_digits (parser))
    return fail_unexpected (parser, _("a digit"));

  if (parser->p < parser->end && *parser->p == '.')
    {
      integer = FALSE;
      parser->p++;
      if (!skip_digits (parser))
        return fail_unexpected (parser, _("a digit after the decimal point"));
    }
  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      integer = FALSE;
      parser->p++;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (!skip_digits (parser))
        return fail_unexpected (parser, _("a digit in the exponent"));
    }

  length = parser->p - from;
  if (length >= sizeof buffer)
    {
      parser->p = from;
      return fail (parser, _("a number with too many digits"));
    }
  memcpy (buffer, from, length);
  buffer[length] = '\0';

  errno = 0;
  if (integer)
    {
      gint64 number = g_ascii_strtoll (buffer, NULL, 10);

      if (errno == ERANGE)
        {
          parser->p = from;
          return fail (parser, _("a whole number outside the 64-bit range"));
        }
      value->type = CG_JSON_INT;
      value->v.integer = number;
    }
  else
    {
      double number = g_ascii_strtod (buffer, NULL);

      if (!isfinite (number))
        {
          parser->p = from;
          return fail (parser, _("a number too large to represent"));
        }
      value->type = CG_JSON_DOUBLE;
      value->v.number = number;
    }

  return TRUE;
}

static gboolean
read_literal (Parser     *parser,
              const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (parser->end - parser->p) < length || memcmp (parser->p, word, length) != 0)
    return fail_unexpected (parser, _("a value"));
  parser->p += length;
  return TRUE;
}

static guint read_value (Parser *parser, guint depth);

/* A new value at the end, of @type; returns its index. */
static guint
add_value (Parser     *parser,
           CgJsonType  type)
{
  if (parser->n_values == parser->size)
    {
      parser->size *= 2;
      parser->values = g_renew (CgJsonValue, parser->values, parser->size);
    }

  parser->values[parser->n_values] = (CgJsonValue) { .type = type, .size = 1 };
  return parser->n_values++;
}

/* Whether a member of the object at @object is named @key. Small objects
 * are searched; from the 16th member on a set of the names is kept, so a
 * document with a huge object cannot make the check quadratic. */
static gboolean
has_member (Parser      *parser,
            guint        object,
            GHashTable **names,
            const char  *key)
{
  guint n = VALUE (parser, object)->length;

  if (*names != NULL)
    return g_hash_table_contains (*names, key);

  if (n >= 16)
    {
      *names = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = object + 1; i < parser->n_values; i += VALUE (parser, i)->size)
        g_hash_table_add (*names, (gpointer) VALUE (parser, i)->name);
      return g_hash_table_contains (*names, key);
    }

  for (guint i = object + 1; i < parser->n_values; i += VALUE (parser, i)->size)
    if (VALUE (parser, i)->name[0] == key[0] && strcmp (VALUE (parser, i)->name, key) == 0)
      return TRUE;
  return FALSE;
}

static guint
read_object (Parser *parser,
             guint   depth)
{
  g_autoptr(GHashTable) names = NULL;
  guint object = add_value (parser, CG_JSON_OBJECT);
  PathStep step = { TRUE, NULL, 0 };

  parser->p++;   /* { */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return object;
    }

  g_array_append_val (parser->path, step);
  for (;;)
    {
      const char *key;
      guint value;

      g_array_index (parser->path, PathStep, parser->path->len - 1).key = NULL;
      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        {
          fail_unexpected (parser, _("a member name in double quotes"));
          return NO_VALUE;
        }
      parser->p++;
      if (!read_string (parser, &key))
        return NO_VALUE;

      /* Names reach error messages as paths; so they are names, not data. */
      g_array_index (parser->path, PathStep, parser->path->len - 1).key = key;
      if (has_member (parser, object, &names, key))
        {
          fail (parser, _("a member appears twice in the same object"));
          return NO_VALUE;
        }

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        {
          fail_unexpected (parser, _("a colon after the member name"));
          return NO_VALUE;
        }
      parser->p++;

      value = read_value (parser, depth);
      if (value == NO_VALUE)
        return NO_VALUE;
      VALUE (parser, value)->name = key;
      if (names != NULL)
        g_hash_table_add (names, (gpointer) key);
      VALUE (parser, object)->length++;

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
      fail_unexpected (parser, _("a comma or the end of the object"));
      return NO_VALUE;
    }

  g_array_set_size (parser->path, parser->path->len - 1);
  VALUE (parser, object)->size = parser->n_values - object;
  return object;
}

static guint
read_array (Parser *parser,
            guint   depth)
{
  guint array = add_value (parser, CG_JSON_ARRAY);
  PathStep step = { FALSE, NULL, 0 };

  parser->p++;   /* [ */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return array;
    }

  g_array_append_val (parser->path, step);
  for (;;)
    {
      if (read_value (parser, depth) == NO_VALUE)
        return NO_VALUE;
      VALUE (parser, array)->length++;

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
      fail_unexpected (parser, _("a comma or the end of the list"));
      return NO_VALUE;
    }

  g_array_set_size (parser->path, parser->path->len - 1);
  VALUE (parser, array)->size = parser->n_values - array;
  return array;
}

static guint
read_value (Parser *parser,
            guint   depth)
{
  const char *text;
  guint value;

  skip_space (parser);
  if (parser->p >= parser->end)
    {
      fail_unexpected (parser, _("a value"));
      return NO_VALUE;
    }

  switch (*parser->p)
    {
    case '{':
    case '[':
      if (depth >= parser->max_depth)
        {
          fail_at (parser, CG_FORMAT_ERROR_LIMIT_EXCEEDED,
                   _("nested deeper than the limit of %u levels"), parser->max_depth);
          return NO_VALUE;
        }
      return *parser->p == '{' ? read_object (parser, depth + 1) : read_array (parser, depth + 1);

    case '"':
      parser->p++;
      if (!read_string (parser, &text))
        return NO_VALUE;
      value = add_value (parser, CG_JSON_STRING);
      VALUE (parser, value)->v.string = text;
      VALUE (parser, value)->length = (guint32) (parser->text - text - 1);
      return value;

    case 't':
    case 'f':
      {
        gboolean boolean = *parser->p == 't';

        if (!read_literal (parser, boolean ? "true" : "false"))
          return NO_VALUE;
        value = add_value (parser, CG_JSON_BOOLEAN);
        VALUE (parser, value)->v.boolean = boolean;
        return value;
      }

    case 'n':
      if (!read_literal (parser, "null"))
        return NO_VALUE;
      return add_value (parser, CG_JSON_NULL);

    default:
      if (*parser->p != '-' && !g_ascii_isdigit (*parser->p))
        {
          fail_unexpected (parser, _("a value"));
          return NO_VALUE;
        }
      value = add_value (parser, CG_JSON_INT);
      if (!read_number (parser, VALUE (parser, value)))
        return NO_VALUE;
      return value;
    }
}

/* Whether @data is valid UTF-8 without a nul, as g_utf8_validate () has
 * it. Most case documents are all ASCII, which is checked eight bytes at a
 * time; from the first byte that is not ASCII or is a nul, GLib checks the
 * rest. */
static gboolean
ascii_or_utf8 (const char  *data,
               gsize        length,
               const char **invalid)
{
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    {
      guint64 word;

      memcpy (&word, data + i, 8);
      /* A high bit, or a zero byte. */
      if (((word | ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word)) &
           G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
        break;
    }
  for (; i < length && (guchar) data[i] < 0x80 && data[i] != '\0'; i++)
    ;
  return i == length || g_utf8_validate (data + i, (gssize) (length - i), invalid);
}

void
cg_json_doc_free (CgJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->values);
  g_free (doc->text);
  g_free (doc);
}

const CgJsonValue *
cg_json_doc_get_root (CgJsonDoc *doc)
{
  return &doc->values[0];
}

const char *
cg_json_doc_get_text (CgJsonDoc *doc,
                      gsize     *size)
{
  *size = doc->text_size;
  return doc->text;
}

CgJsonDoc *
cg_json_doc_parse (const char          *data,
                   gsize                length,
                   const CgJsonLimits  *limits,
                   GError             **error)
{
  static const CgJsonLimits defaults = { CG_LIMITS_DEFAULT_MAX_DEPTH, CG_LIMITS_DEFAULT_MAX_SIZE };
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (PathStep));
  g_autofree char *text = NULL;
  const char *invalid;
  Parser parser = { .start = data, .p = data, .end = data + length, .line = 1, .line_start = data,
                    .path = path, .error = error };
  CgJsonDoc *doc;

  if (limits == NULL)
    limits = &defaults;
  parser.max_depth = limits->max_depth;

  if (length > limits->max_size)
    {
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_LIMIT_EXCEEDED,
                   "the document is larger than the limit of %" G_GSIZE_FORMAT " bytes", limits->max_size);
      return NULL;
    }

  if (!ascii_or_utf8 (data, length, &invalid))
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
      g_set_error (error, CG_FORMAT_ERROR, CG_FORMAT_ERROR_SYNTAX, _("the document is empty"));
      return NULL;
    }
  if (*parser.p != '{')
    {
      if (*parser.p == '/' || *parser.p == '\'')
        fail_unexpected (&parser, _("a JSON object"));
      else
        fail (&parser, _("the document must be a JSON object"));
      return NULL;
    }

  /* A value takes at least two bytes of the document but for the last;
   * a typical case document has one for every 25 or so. */
  parser.size = (guint) MIN (length / 16 + 16, 1u << 16);
  parser.values = g_new (CgJsonValue, parser.size);
  text = g_malloc (length + 1);
  parser.text = text;

  if (read_value (&parser, 0) == NO_VALUE)
    {
      g_free (parser.values);
      return NULL;
    }

  skip_space (&parser);
  if (parser.p < parser.end)
    {
      fail (&parser, _("unexpected text after the end of the document"));
      g_free (parser.values);
      return NULL;
    }

  doc = g_new (CgJsonDoc, 1);
  doc->values = g_steal_pointer (&parser.values);
  doc->text = g_steal_pointer (&text);
  doc->text_size = length + 1;
  return doc;
}

static JsonNode *
to_node (const CgJsonValue *value)
{
  JsonNode *node = json_node_alloc ();

  switch ((CgJsonType) value->type)
    {
    case CG_JSON_NULL:
      return json_node_init_null (node);
    case CG_JSON_BOOLEAN:
      return json_node_init_boolean (node, value->v.boolean);
    case CG_JSON_INT:
      return json_node_init_int (node, value->v.integer);
    case CG_JSON_DOUBLE:
      return json_node_init_double (node, value->v.number);
    case CG_JSON_STRING:
      return json_node_init_string (node, value->v.string);
    case CG_JSON_OBJECT:
      {
        g_autoptr(JsonObject) object = json_object_new ();

        CG_JSON_FOREACH (member, value)
          json_object_set_member (object, member->name, to_node (member));
        return json_node_init_object (node, object);
      }
    case CG_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_sized_new (value->length);

        CG_JSON_FOREACH (element, value)
          json_array_add_element (array, to_node (element));
        return json_node_init_array (node, array);
      }
    default:
      g_assert_not_reached ();
    }
}

JsonNode *
cg_json_value_to_node (const CgJsonValue *value)
{
  return value != NULL ? to_node (value) : NULL;
}

JsonNode *
cg_json_parse (const char          *data,
               gsize                length,
               const CgJsonLimits  *limits,
               GError             **error)
{
  g_autoptr(CgJsonDoc) doc = cg_json_doc_parse (data, length, limits, error);

  return doc != NULL ? cg_json_value_to_node (cg_json_doc_get_root (doc)) : NULL;
}
