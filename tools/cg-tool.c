/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Helpers shared by the coregroup subcommands. */

#include <stdarg.h>
#include <stdio.h>

#include "cg-tool-private.h"

/* The options of a command: @parameters and @summary are untranslated
 * (N_()), as GOptionContext translates them when it prints the help. The
 * usage line reads "coregroup COMMAND [OPTION…] PARAMETERS". */
GOptionContext *
cg_tool_option_context_new (const char         *parameters,
                            const char         *summary,
                            const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return context;
}

/* FALSE after saying what is wrong with the options. */
gboolean
cg_tool_parse_options (GOptionContext   *context,
                       int              *argc,
                       char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  cg_tool_usage_error ("%s", error->message);
  return FALSE;
}

/* "coregroup COMMAND: MESSAGE" on standard error; returns the exit status
 * of a usage error, for "return cg_tool_usage_error (...)". */
int
cg_tool_usage_error (const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  fprintf (stderr, "%s: %s\n", g_get_prgname (), message);
  return CG_TOOL_EXIT_USAGE;
}

/* The --format @format names, or the first of @formats (the default) when
 * none was given; NULL after saying which the command writes. */
const char *
cg_tool_check_format (const char         *format,
                      const char * const *formats)
{
  g_autofree char *known = NULL;

  if (format == NULL)
    return formats[0];
  if (g_strv_contains (formats, format))
    return format;

  known = g_strjoinv (", ", (char **) formats);
  /* Translators: the second %s lists the formats, such as "text, json". */
  cg_tool_usage_error (_("--format: “%s” is not a format this command writes (%s)"), format, known);
  return NULL;
}

/* The nick of @value of the enumeration @type ("england-and-wales"). */
const char *
cg_tool_enum_nick (GType type,
                   int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

/* The word a text report says for @value of the enumeration @type: its
 * nick in the user's language, as the library's documents say it, from
 * the library's catalogue under @context ("severity", "deadline status",
 * "escalation concern", "escalation step"). The nick itself, which the
 * JSON and CSV forms keep, where the catalogue has no word for it. */
const char *
cg_tool_enum_word (GType       type,
                   int         value,
                   const char *context)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, context, cg_tool_enum_nick (type, value));
}

/* The widest of the words cg_tool_enum_word says for @type, in
 * characters: the width of a column of them. */
guint
cg_tool_enum_word_width (GType       type,
                         const char *context)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  guint width = 0;

  for (guint i = 0; i < klass->n_values; i++)
    width = MAX (width, (guint) g_utf8_strlen (cg_tool_enum_word (type, klass->values[i].value, context), -1));
  return width;
}

/* @text, then spaces up to @width characters: printf's "%-*s" counts
 * bytes, and a Welsh word such as "wedi’i gyflawni" has more bytes than
 * characters. */
void
cg_tool_print_padded (const char *text,
                      guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  fputs (text, stdout);
  if (length < (glong) width)
    printf ("%*s", (int) (width - (guint) length), "");
}

/* A member @name of the object @builder is building: @value, or null. */
void
cg_tool_json_add_string (JsonBuilder *builder,
                         const char  *name,
                         const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* @root as indented JSON, then a line break. */
void
cg_tool_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

/* The built-in policies, then those in the data directories; a bad policy
 * file there is reported but does not stop the built-ins being used. */
CgPolicyRegistry *
cg_tool_load_registry (void)
{
  CgPolicyRegistry *registry = cg_policy_registry_new_builtin ();
  g_autoptr(GError) error = NULL;

  if (!cg_policy_registry_load_data_dirs (registry, &error))
    fprintf (stderr, _("coregroup: warning: %s\n"), error->message);

  return registry;
}

gboolean
cg_tool_parse_division (const char *text,
                        CgDivision *division)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (CG_TYPE_DIVISION);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text);

  if (value == NULL)
    {
      cg_tool_usage_error (_("--division: “%s” is not a division (england-and-wales, scotland, northern-ireland)"),
                           text);
      return FALSE;
    }

  *division = value->value;
  return TRUE;
}

GDate *
cg_tool_parse_date (const char *what,
                    const char *text)
{
  g_autoptr(GError) error = NULL;
  GDate *date = cg_date_parse (text, &error);

  if (date == NULL)
    cg_tool_usage_error ("%s: %s", what, error->message);
  return date;
}

/* "FILE: field.path: problem". Errors reading the file itself already
 * start with the file's name. */
void
cg_tool_print_load_error (const char   *arg,
                          const GError *error)
{
  if (error->domain == G_IO_ERROR)
    fprintf (stderr, "%s\n", error->message);
  else
    fprintf (stderr, "%s: %s\n", arg, error->message);
}

/* The built-in policies and those of the data directories, then each
 * --policy-file in turn; NULL (after saying why) when one is refused. */
CgPolicyRegistry *
cg_tool_load_policies (const char * const *policy_files)
{
  g_autoptr(CgPolicyRegistry) registry = cg_tool_load_registry ();

  for (guint i = 0; policy_files != NULL && policy_files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (policy_files[i]);
      g_autoptr(GError) error = NULL;

      if (!cg_policy_registry_load_file (registry, file, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&registry);
}

/* The case in the file @arg names, or NULL after saying why. */
CgCase *
cg_tool_load_case (const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  CgCase *kase = cg_case_new_from_file (file, &error);

  if (kase == NULL)
    cg_tool_print_load_error (arg, error);
  return kase;
}

/* The policy @policy_id names (--policy), or the case's own; NULL after
 * saying which is unknown. */
CgPolicy *
cg_tool_find_policy (CgPolicyRegistry *registry,
                     CgCase           *kase,
                     const char       *policy_id,
                     const char       *arg)
{
  const char *id = policy_id != NULL ? policy_id : cg_case_get_policy (kase);
  CgPolicy *policy = cg_policy_registry_lookup (registry, id);

  if (policy != NULL)
    return policy;

  if (policy_id != NULL)
    cg_tool_usage_error (_("--policy: no policy “%s” is known (see coregroup policies)"), id);
  else
    fprintf (stderr, "%s: %s\n", arg, _(CG_TOOL_UNKNOWN_CASE_POLICY));
  return NULL;
}
