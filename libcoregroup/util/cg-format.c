/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "util/cg-format-private.h"

/* Messages take at most a handful of arguments; a positional index past
 * this goes to printf. */
#define MAX_ARGUMENTS 9

typedef enum {
  KIND_NONE,
  KIND_STRING,
  KIND_INT,
  KIND_UINT,
} Kind;

typedef union {
  const char *string;
  int         integer;
  guint       unsigned_integer;
} Argument;

/* The argument of the directive whose '%' *@p has just passed, *@p left
 * at its conversion: the position it names ("%2$s"), TRUE, or the next
 * in turn from *@next, FALSE. */
static gboolean
directive_argument (const char **p,
                    guint       *next,
                    guint       *index)
{
  if (**p >= '1' && **p <= '9' && (*p)[1] == '$')
    {
      *index = (guint) (**p - '1');
      *p += 2;
      return TRUE;
    }
  *index = (*next)++;
  return FALSE;
}

/* The kind of each argument, by position; FALSE for a format this file
 * does not write. */
static gboolean
scan (const char *format,
      Kind        kinds[MAX_ARGUMENTS],
      guint      *n_arguments)
{
  gboolean positional = FALSE, sequential = FALSE;
  guint next = 0;

  *n_arguments = 0;
  for (const char *p = format; *p != '\0'; p++)
    {
      guint index;
      Kind kind;

      if (*p != '%')
        continue;
      p++;
      if (*p == '%')
        continue;

      if (directive_argument (&p, &next, &index))
        positional = TRUE;
      else
        sequential = TRUE;
      if (index >= MAX_ARGUMENTS)
        return FALSE;

      switch (*p)
        {
        case 's': kind = KIND_STRING; break;
        case 'd': kind = KIND_INT; break;
        case 'u': kind = KIND_UINT; break;
        default: return FALSE;
        }
      if (kinds[index] != KIND_NONE && kinds[index] != kind)
        return FALSE;
      kinds[index] = kind;
      *n_arguments = MAX (*n_arguments, index + 1);
    }

  /* printf's rules: not both styles, and no position left out. */
  if (positional && sequential)
    return FALSE;
  for (guint i = 0; i < *n_arguments; i++)
    if (kinds[i] == KIND_NONE)
      return FALSE;
  return TRUE;
}

/* @value in decimal, ending at @end; returns where it starts. */
static char *
decimal (guint64  value,
         char    *end)
{
  do
    {
      *--end = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value != 0);
  return end;
}

/* The text of one argument: a string (NULL as printf writes it) or
 * digits in @buffer. */
static const char *
argument_text (Kind            kind,
               const Argument *argument,
               char            buffer[24],
               gsize          *length)
{
  const char *text;
  char *end = buffer + 24;

  switch (kind)
    {
    case KIND_STRING:
      text = argument->string != NULL ? argument->string : "(null)";
      *length = strlen (text);
      return text;
    case KIND_INT:
      if (argument->integer < 0)
        {
          text = decimal ((guint64) -(gint64) argument->integer, end) - 1;
          *(char *) text = '-';
        }
      else
        text = decimal ((guint64) argument->integer, end);
      break;
    case KIND_UINT:
    case KIND_NONE:
    default:
      text = decimal (argument->unsigned_integer, end);
      break;
    }
  *length = (gsize) (end - text);
  return text;
}

/* The length of @format with each directive replaced by its argument's
 * text, written to @out unless it is NULL. */
static gsize
expand (const char        *format,
        const char *const *texts,
        const gsize       *lengths,
        char              *out)
{
  gsize length = 0;
  guint next = 0;

  for (const char *p = format;;)
    {
      const char *percent = strchr (p, '%');
      gsize run = percent != NULL ? (gsize) (percent - p) : strlen (p);
      const char *value = "%";
      gsize size = 1;

      /* The text up to the directive, as it is. */
      if (out != NULL)
        memcpy (out + length, p, run);
      length += run;
      if (percent == NULL)
        return length;

      p = percent + 1;
      if (*p != '%')
        {
          guint index;

          directive_argument (&p, &next, &index);
          value = texts[index];
          size = lengths[index];
        }
      p++;   /* the conversion, or the second '%' */

      if (out != NULL)
        memcpy (out + length, value, size);
      length += size;
    }
}

/* Whether a string argument points into @text's buffer. */
static gboolean
points_into (const GString  *text,
             const Kind     *kinds,
             const Argument *arguments,
             guint           n_arguments)
{
  for (guint i = 0; i < n_arguments; i++)
    if (kinds[i] == KIND_STRING && arguments[i].string != NULL &&
        (guintptr) arguments[i].string >= (guintptr) text->str &&
        (guintptr) arguments[i].string < (guintptr) text->str + text->allocated_len)
      return TRUE;
  return FALSE;
}

/* @format with its arguments from @args, appended to @text when it is
 * not NULL, else in a new string; FALSE, with @args untouched, for a
 * format this file does not write. */
static gboolean
format_into (const char  *format,
             va_list      args,
             GString     *text,
             char       **result)
{
  Kind kinds[MAX_ARGUMENTS] = { KIND_NONE };
  Argument arguments[MAX_ARGUMENTS];
  const char *texts[MAX_ARGUMENTS] = { NULL };
  gsize lengths[MAX_ARGUMENTS] = { 0 };
  char buffers[MAX_ARGUMENTS][24];
  guint n_arguments;
  gsize length;

  if (!scan (format, kinds, &n_arguments))
    return FALSE;

  for (guint i = 0; i < n_arguments; i++)
    switch (kinds[i])
      {
      case KIND_STRING: arguments[i].string = va_arg (args, const char *); break;
      case KIND_INT: arguments[i].integer = va_arg (args, int); break;
      case KIND_UINT:
      case KIND_NONE:
      default: arguments[i].unsigned_integer = va_arg (args, guint); break;
      }

  for (guint i = 0; i < n_arguments; i++)
    texts[i] = argument_text (kinds[i], &arguments[i], buffers[i], &lengths[i]);

  /* Measured, then written: one allocation of the right size. */
  length = expand (format, texts, lengths, NULL);
  if (text != NULL && !points_into (text, kinds, arguments, n_arguments))
    {
      gsize start = text->len;

      g_string_set_size (text, start + length);
      expand (format, texts, lengths, text->str + start);
    }
  else
    {
      /* A string argument inside @text itself is copied out first, as
       * growing @text may move it. */
      char *out = g_malloc (length + 1);

      expand (format, texts, lengths, out);
      out[length] = '\0';
      if (text != NULL)
        {
          g_string_append_len (text, out, (gssize) length);
          g_free (out);
        }
      else
        *result = out;
    }
  return TRUE;
}

char *
cg_strdup_vformat (const char *format,
                   va_list     args)
{
  char *text = NULL;

  g_return_val_if_fail (format != NULL, NULL);

  if (!format_into (format, args, NULL, &text))
    return g_strdup_vprintf (format, args);
  return text;
}

char *
cg_strdup_format (const char *format,
                  ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = cg_strdup_vformat (format, args);
  va_end (args);
  return text;
}

gsize
cg_format_iso_date (const GDate *date,
                    char         buffer[16])
{
  char digits[24];
  char *end = digits + sizeof digits;
  char *year = decimal (g_date_get_year (date), end);
  gsize length = (gsize) (end - year);
  guint month = g_date_get_month (date), day = g_date_get_day (date);
  char *out = buffer;

  for (gsize i = length; i < 4; i++)
    *out++ = '0';
  memcpy (out, year, length);
  out += length;
  *out++ = '-';
  *out++ = (char) ('0' + month / 10);
  *out++ = (char) ('0' + month % 10);
  *out++ = '-';
  *out++ = (char) ('0' + day / 10);
  *out++ = (char) ('0' + day % 10);
  *out = '\0';
  return (gsize) (out - buffer);
}

void
cg_string_append_format (GString    *text,
                         const char *format,
                         ...)
{
  va_list args;

  g_return_if_fail (text != NULL && format != NULL);

  va_start (args, format);
  if (!format_into (format, args, text, NULL))
    g_string_append_vprintf (text, format, args);
  va_end (args);
}
