/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <coregroup/coregroup.h>

#include "json/cg-json-private.h"
#include "rules/cg-policy-file-private.h"
#include "rules/cg-rules-private.h"
#include "util/cg-file-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"

/**
 * CgRulePolicy:
 *
 * A policy described by data: a policy file names its calendar division,
 * the rules of the rule catalogue it applies with their parameters, each
 * with the paragraph it comes from, the checks it applies, and optionally a
 * policy it extends (see [Writing a policy file](policy-format.html)).
 *
 * ```json
 * {
 *   "format": "coregroup-policy", "version": 1,
 *   "id": "my-lscp", "name": "My LSCP", "extends": "england",
 *   "deadlines": {
 *     "core-group-interval": { "value": 4, "unit": "weeks", "source": "My LSCP 3.1" },
 *     "child-seen": null
 *   },
 *   "checks": { "quorum": { "minimum": 2, "source": "My LSCP 4.7" } }
 * }
 * ```
 *
 * A rule set to `null` switches off a rule the base policy applies. The
 * built-in policies (`england`, `wales`, `suffolk`, `haringey`,
 * `city-and-hackney`, `south-east-wales`, `hertfordshire`) are policy files
 * compiled into the library; see [class@CoreGroup.PolicyRegistry].
 *
 * A rule policy is immutable once loaded and may be shared between threads.
 */

struct _CgRulePolicy
{
  GObject     parent_instance;
  char       *id;
  char       *name;
  char       *extends;
  char       *document;
  char       *conference_name;
  CgDivision  division;
  GHashTable *deadlines;   /* rule id → CgRuleSetting */
  GHashTable *checks;      /* check id → CgRuleSetting */
};

static void policy_iface_init (CgPolicyInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CgRulePolicy, cg_rule_policy, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CG_TYPE_POLICY, policy_iface_init))

static void
cg_rule_policy_finalize (GObject *object)
{
  CgRulePolicy *self = CG_RULE_POLICY (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->extends, g_free);
  g_clear_pointer (&self->document, g_free);
  g_clear_pointer (&self->conference_name, g_free);
  g_clear_pointer (&self->deadlines, g_hash_table_unref);
  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (cg_rule_policy_parent_class)->finalize (object);
}

static void
cg_rule_policy_class_init (CgRulePolicyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cg_rule_policy_finalize;
}

static GHashTable *
settings_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) cg_rule_setting_free);
}

static void
cg_rule_policy_init (CgRulePolicy *self)
{
  self->deadlines = settings_table_new ();
  self->checks = settings_table_new ();
}

static const char *
rule_policy_get_id (CgPolicy *policy)
{
  return CG_RULE_POLICY (policy)->id;
}

static const char *
rule_policy_get_name (CgPolicy *policy)
{
  return CG_RULE_POLICY (policy)->name;
}

static CgDivision
rule_policy_get_division (CgPolicy *policy)
{
  return CG_RULE_POLICY (policy)->division;
}

/* Rules run in catalogue order, deadline rules first, so reports are
 * stable. */
static gboolean
rule_policy_collect (CgPolicy     *policy,
                     CgCase       *kase,
                     CgCalendar   *calendar,
                     const GDate  *today,
                     CgReport     *report,
                     GError      **error)
{
  CgRulePolicy *self = CG_RULE_POLICY (policy);
  const CgRuleDescriptor *rule;
  CgRuleContext ctx;

  gboolean matched = FALSE;

  cg_rule_context_init (&ctx, kase, calendar, today, report, self->conference_name);
  cg_rules_judge_decisions (&ctx, self->deadlines, self->checks);

  for (guint i = 0; (rule = cg_rule_catalogue_get (i)) != NULL; i++)
    {
      GHashTable *settings = rule->kind == CG_RULE_KIND_DEADLINE ? self->deadlines : self->checks;
      CgRuleSetting *setting = g_hash_table_lookup (settings, rule->id);

      /* Every deadline entry exists before the first check runs: the
       * acknowledgements are matched to them then. */
      if (rule->kind == CG_RULE_KIND_CHECK && !matched)
        {
          cg_rules_match_acknowledgements (&ctx);
          matched = TRUE;
        }
      if (setting != NULL)
        rule->func (&ctx, setting);
    }

  if (!matched)
    cg_rules_match_acknowledgements (&ctx);
  cg_rules_list_open_escalations (&ctx);
  cg_rule_context_clear (&ctx);
  return TRUE;
}

static void
policy_iface_init (CgPolicyInterface *iface)
{
  iface->get_id = rule_policy_get_id;
  iface->get_name = rule_policy_get_name;
  iface->get_division = rule_policy_get_division;
  iface->collect = rule_policy_collect;
}

struct _CgPolicyFile
{
  char       *origin;
  CgJsonDoc         *doc;
  const CgJsonValue *root;
  const char *id;
  const char *extends;
};

void
cg_policy_file_free (CgPolicyFile *file)
{
  if (file == NULL)
    return;

  g_free (file->origin);
  g_clear_pointer (&file->doc, cg_json_doc_free);
  g_free (file);
}

const char *
cg_policy_file_get_origin (CgPolicyFile *file)
{
  return file->origin;
}

const char *
cg_policy_file_get_id (CgPolicyFile *file)
{
  return file->id;
}

const char *
cg_policy_file_get_extends (CgPolicyFile *file)
{
  return file->extends;
}

/* Field errors from the shared readers are in the format domain; for a
 * policy file they are all "invalid". Every message starts with the file. */
static gboolean
fail_in_file (GError       **error,
              const char    *origin,
              const GError  *local_error)
{
  g_set_error (error, CG_POLICY_ERROR,
               local_error->domain == CG_POLICY_ERROR ? local_error->code : CG_POLICY_ERROR_INVALID,
               /* Translators: the policy file's name and what is wrong in it. */
               _("%s: %s"), origin, local_error->message);
  return FALSE;
}

static const char * const top_level_keys[] = {
  "format", "version", "id", "name", "extends", "division", "document", "conference_name",
  "deadlines", "checks", NULL
};

static gboolean
check_known_keys (const CgJsonValue  *object,
                  const char         *path,
                  const char * const *known,
                  const char         *what,
                  GError            **error)
{
  CG_JSON_FOREACH (member, object)
    if (!g_strv_contains (known, member->name))
      {
        g_autofree char *field = cg_json_member_path (path, member->name);
        g_autofree char *list = g_strjoinv (", ", (char **) known);

        return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                             /* Translators: what has the setting ("a policy
                              * file", "an interval" or a rule id, which stays
                              * as it is) and the settings it takes, which
                              * stay as they are. */
                             _("%s has no such setting (it takes %s)"), what, list);
      }

  return TRUE;
}

static gboolean
read_header (CgPolicyFile  *file,
             GError       **error)
{
  const char *format;
  const CgJsonValue *version = cg_json_lookup (file->root, "version");

  if (!cg_json_read_string (file->root, "", "format", FALSE, &format, error))
    return FALSE;
  if (g_strcmp0 (format, "coregroup-policy") != 0)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNKNOWN_FORMAT, "format",
                         _("this is not a policy file (expected “coregroup-policy”)"));
  if (version == NULL || version->type != CG_JSON_INT || version->v.integer != 1)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNSUPPORTED_VERSION, "version", _("must be 1"));

  return check_known_keys (file->root, "", top_level_keys, _("a policy file"), error) &&
         cg_json_read_string (file->root, "", "id", TRUE, &file->id, error) &&
         cg_json_read_string (file->root, "", "extends", FALSE, &file->extends, error);
}

CgPolicyFile *
cg_policy_file_parse (const char  *data,
                      gsize        length,
                      const char  *origin,
                      GError     **error)
{
  g_autoptr(CgPolicyFile) file = g_new0 (CgPolicyFile, 1);
  g_autoptr(GError) local_error = NULL;

  file->origin = g_strdup (origin != NULL ? origin : "<policy>");
  file->doc = cg_json_doc_parse (data, length, NULL, &local_error);
  if (file->doc == NULL)
    {
      fail_in_file (error, file->origin, local_error);
      return NULL;
    }
  file->root = cg_json_doc_get_root (file->doc);

  if (!read_header (file, &local_error))
    {
      fail_in_file (error, file->origin, local_error);
      return NULL;
    }

  return g_steal_pointer (&file);
}

static gboolean
read_number (const CgJsonValue *object,
             const char  *path,
             const char  *name,
             int         *out,
             GError     **error)
{
  const CgJsonValue *node = cg_json_lookup (object, name);
  g_autofree char *field = cg_json_member_path (path, name);

  if (node->type != CG_JSON_INT)
    return cg_json_wrong_type (error, field, _("a whole number"));
  if (node->v.integer < 1 || node->v.integer > 1000)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field, _("must be between 1 and 1000"));

  *out = (int) node->v.integer;
  return TRUE;
}

static gboolean
read_interval (const CgJsonValue *object,
               const char      *path,
               const char      *name,
               CgRuleInterval  *out,
               GError         **error)
{
  static const char * const keys[] = { "value", "unit", NULL };
  g_autofree char *interval_path = cg_json_member_path (path, name);
  const CgJsonValue *interval;
  int unit;

  if (!cg_json_read_object (object, path, name, TRUE, &interval, error) ||
      !check_known_keys (interval, interval_path, keys, _("an interval"), error))
    return FALSE;
  if (cg_json_lookup (interval, "value") == NULL)
    return cg_json_missing (error, interval_path, "value");
  if (!read_number (interval, interval_path, "value", &out->value, error) ||
      !cg_json_read_enum (interval, interval_path, "unit", CG_TYPE_TIME_UNIT, &unit, error))
    return FALSE;

  out->unit = unit;
  out->set = TRUE;
  return TRUE;
}

static gboolean
read_sections (const CgJsonValue *object,
               const char  *path,
               const char  *name,
               GStrv       *out,
               GError     **error)
{
  g_auto(GStrv) sections = NULL;

  if (!cg_json_read_strv (object, path, name, &sections, error))
    return FALSE;

  for (guint i = 0; sections[i] != NULL; i++)
    if (!cg_rules_is_plan_section (sections[i]))
      {
        g_autofree char *list = cg_json_member_path (path, name);
        g_autofree char *field = cg_strdup_format ("%s[%u]", list, i);

        return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field,
                             /* Translators: the sections' names stay as they
                              * are. */
                             _("not a plan section (outcomes, actions, needs, risks, strengths, "
                               "contingency, contact-arrangements)"));
      }

  g_strfreev (*out);
  *out = g_steal_pointer (&sections);
  return TRUE;
}

/* The value a rule uses when the policy leaves a parameter out. */
static void
apply_default (CgRuleSetting             *setting,
               const CgRuleParameterSpec *spec)
{
  gpointer field = G_STRUCT_MEMBER_P (setting, spec->offset);

  if (spec->default_value == NULL)
    return;

  switch (spec->type)
    {
    case CG_RULE_PARAMETER_NUMBER:
      *(int *) field = atoi (spec->default_value);
      break;
    case CG_RULE_PARAMETER_SECTIONS:
      *(GStrv *) field = g_strsplit (spec->default_value, ", ", -1);
      break;
    case CG_RULE_PARAMETER_TEXT:
      *(char **) field = g_strdup (spec->default_value);
      break;
    case CG_RULE_PARAMETER_UNIT:
      {
        g_autoptr(GEnumClass) units = g_type_class_ref (CG_TYPE_TIME_UNIT);

        *(CgTimeUnit *) field = g_enum_get_value_by_nick (units, spec->default_value)->value;
        break;
      }
    case CG_RULE_PARAMETER_INTERVAL:
      g_assert_not_reached ();
    }
}

static gboolean
read_parameter (const CgJsonValue *entry,
                const char                *path,
                const CgRuleParameterSpec *spec,
                CgRuleSetting             *setting,
                GError                   **error)
{
  gpointer field = G_STRUCT_MEMBER_P (setting, spec->offset);
  int unit;

  if (cg_json_lookup (entry, spec->name) == NULL)
    {
      if (spec->required)
        return cg_json_missing (error, path, spec->name);
      apply_default (setting, spec);
      return TRUE;
    }

  switch (spec->type)
    {
    case CG_RULE_PARAMETER_NUMBER:
      return read_number (entry, path, spec->name, field, error);
    case CG_RULE_PARAMETER_UNIT:
      if (!cg_json_read_enum (entry, path, spec->name, CG_TYPE_TIME_UNIT, &unit, error))
        return FALSE;
      *(CgTimeUnit *) field = unit;
      return TRUE;
    case CG_RULE_PARAMETER_INTERVAL:
      return read_interval (entry, path, spec->name, field, error);
    case CG_RULE_PARAMETER_SECTIONS:
      return read_sections (entry, path, spec->name, field, error);
    case CG_RULE_PARAMETER_TEXT:
      {
        g_auto(GStrv) choices = spec->choices != NULL ? g_strsplit (spec->choices, "|", -1) : NULL;
        const char *text;

        if (!cg_json_read_string (entry, path, spec->name, TRUE, &text, error))
          return FALSE;
        if (choices != NULL && !g_strv_contains ((const char * const *) choices, text))
          {
            g_autofree char *field_path = cg_json_member_path (path, spec->name);
            g_autofree char *list = g_strjoinv (", ", choices);

            /* Translators: %s lists the values allowed, which stay as they
             * are. */
            return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field_path, _("not one of %s"), list);
          }
        g_free (*(char **) field);
        *(char **) field = g_strdup (text);
        return TRUE;
      }
    }

  g_assert_not_reached ();
}

/* One entry of "deadlines" or "checks": *out is NULL (not an error) when
 * the entry is null, which switches the rule off. A key the rule does not
 * take is an error, so a misspelt parameter never silently falls back to
 * the default. */
static gboolean
read_setting (const CgJsonValue *table,
              const char              *path,
              const CgRuleDescriptor  *rule,
              CgRuleSetting          **out,
              GError                 **error)
{
  g_autoptr(CgRuleSetting) setting = g_new0 (CgRuleSetting, 1);
  g_autofree char *entry_path = cg_json_member_path (path, rule->id);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();
  g_auto(GStrv) known = NULL;
  const CgJsonValue *entry;
  const char *source, *note;

  *out = NULL;
  if (cg_json_lookup (table, rule->id) == NULL)
    return TRUE;

  for (guint i = 0; rule->parameters[i].name != NULL; i++)
    g_strv_builder_add (keys, rule->parameters[i].name);
  g_strv_builder_add (keys, "source");
  g_strv_builder_add (keys, "note");
  known = g_strv_builder_end (keys);

  if (!cg_json_read_object (table, path, rule->id, TRUE, &entry, error) ||
      !check_known_keys (entry, entry_path, (const char * const *) known, rule->id, error) ||
      !cg_json_read_string (entry, entry_path, "source", TRUE, &source, error) ||
      !cg_json_read_string (entry, entry_path, "note", FALSE, &note, error))
    return FALSE;

  setting->rule = rule;
  setting->source = g_strdup (source);
  setting->note = g_strdup (note);
  for (guint i = 0; rule->parameters[i].name != NULL; i++)
    if (!read_parameter (entry, entry_path, &rule->parameters[i], setting, error))
      return FALSE;

  *out = g_steal_pointer (&setting);
  return TRUE;
}

static gboolean
read_settings (const CgJsonValue *root,
               const char  *name,
               CgRuleKind   kind,
               GHashTable  *settings,
               GError     **error)
{
  const CgJsonValue *table;

  if (!cg_json_read_object (root, "", name, FALSE, &table, error))
    return FALSE;
  if (table == NULL)
    return TRUE;

  CG_JSON_FOREACH (member, table)
    {
      const CgRuleDescriptor *rule = cg_rule_catalogue_lookup (member->name);
      CgRuleSetting *setting;

      if (rule == NULL || rule->kind != kind)
        {
          if (kind == CG_RULE_KIND_DEADLINE)
            g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_RULE,
                         /* Translators: a field path,
                          * "deadlines.first-meeting", which stays as it is. */
                         _("%s.%s: no such deadline rule in the rule catalogue"), name, member->name);
          else
            g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_RULE,
                         /* Translators: a field path, "checks.quorum-size",
                          * which stays as it is. */
                         _("%s.%s: no such check in the rule catalogue"), name, member->name);
          return FALSE;
        }
      if (!read_setting (table, name, rule, &setting, error))
        return FALSE;

      /* Keyed by the catalogue's own id strings, which live as long as
       * the library. */
      if (setting != NULL)
        g_hash_table_replace (settings, (gpointer) rule->id, setting);
      else
        g_hash_table_remove (settings, rule->id);
    }

  return TRUE;
}

static void
inherit (GHashTable *into,
         GHashTable *from)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (into, key, cg_rule_setting_copy (value));
}

/* The base must be the policy the file names, so that what a policy
 * inherits is never a matter of who loaded it. */
static gboolean
check_base (CgPolicyFile  *file,
            CgRulePolicy  *base,
            GError       **error)
{
  if (file->extends == NULL && base != NULL)
    {
      g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_INVALID,
                   /* Translators: "extends" is the field's name and stays as
                    * it is; %s is a policy id. */
                   _("extends: the policy extends none, but a base policy “%s” was given"), base->id);
      return FALSE;
    }
  if (file->extends != NULL && (base == NULL || g_strcmp0 (base->id, file->extends) != 0))
    {
      g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_POLICY,
                   /* Translators: "extends" is the field's name; %s is a
                    * policy id. */
                   _("extends: no policy with id “%s” is loaded"), file->extends);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_policy (CgRulePolicy  *self,
             CgPolicyFile  *file,
             CgRulePolicy  *base,
             GError       **error)
{
  const CgJsonValue *root = file->root;
  const char *name, *document, *conference_name;
  int division = CG_DIVISION_ENGLAND_AND_WALES;

  if (!check_base (file, base, error) ||
      !cg_json_read_string (root, "", "name", TRUE, &name, error) ||
      !cg_json_read_string (root, "", "document", FALSE, &document, error) ||
      !cg_json_read_string (root, "", "conference_name", FALSE, &conference_name, error))
    return FALSE;

  self->id = g_strdup (file->id);
  self->name = g_strdup (name);
  self->extends = g_strdup (file->extends);
  self->document = g_strdup (document);

  /* Scotland says "child protection planning meeting"; a policy that
   * extends one says what its base says unless it says otherwise. */
  self->conference_name = g_strdup (conference_name != NULL ? conference_name
                                    : base != NULL ? base->conference_name : NULL);

  if (base != NULL)
    {
      self->division = base->division;
      inherit (self->deadlines, base->deadlines);
      inherit (self->checks, base->checks);
    }

  if (cg_json_lookup (root, "division") != NULL || base == NULL)
    {
      if (!cg_json_read_enum (root, "", "division", CG_TYPE_DIVISION, &division, error))
        return FALSE;
      self->division = division;
    }

  return read_settings (root, "deadlines", CG_RULE_KIND_DEADLINE, self->deadlines, error) &&
         read_settings (root, "checks", CG_RULE_KIND_CHECK, self->checks, error);
}

CgRulePolicy *
cg_rule_policy_new_from_policy_file (CgPolicyFile  *file,
                                     CgRulePolicy  *base,
                                     GError       **error)
{
  g_autoptr(CgRulePolicy) self = g_object_new (CG_TYPE_RULE_POLICY, NULL);
  g_autoptr(GError) local_error = NULL;

  if (!read_policy (self, file, base, &local_error))
    {
      fail_in_file (error, file->origin, local_error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * cg_rule_policy_new_from_data:
 * @data: (array length=length) (element-type guint8): the policy file's contents
 * @length: the length of @data, or -1 if it is nul-terminated
 * @origin: (nullable): where the data came from (a file name), for messages
 * @base: (nullable): the policy this one extends, when its `extends` names one
 * @error: return location for a #GError
 *
 * Reads a policy file. A policy that extends another starts from @base's
 * rules and division; @base must be the policy the file's `extends` names
 * (a [class@CoreGroup.PolicyRegistry] finds it for you when it loads
 * files).
 *
 * A malformed file fails with %CG_POLICY_ERROR_INVALID, whose message
 * names @origin and the field path (`suffolk.json:
 * deadlines.child-seen.value: must be a whole number`); so does a setting
 * the rule does not take (`checks.quorum.mnimum`). A rule the catalogue
 * does not have fails with %CG_POLICY_ERROR_UNKNOWN_RULE; a file whose
 * `extends` names a policy other than @base with
 * %CG_POLICY_ERROR_UNKNOWN_POLICY.
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
CgRulePolicy *
cg_rule_policy_new_from_data (const char    *data,
                              gssize         length,
                              const char    *origin,
                              CgRulePolicy  *base,
                              GError       **error)
{
  g_autoptr(CgPolicyFile) file = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (base == NULL || CG_IS_RULE_POLICY (base), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = cg_policy_file_parse (data, length < 0 ? strlen (data) : (gsize) length, origin, error);
  if (file == NULL)
    return NULL;

  return cg_rule_policy_new_from_policy_file (file, base, error);
}

/**
 * cg_rule_policy_new_from_file:
 * @file: a policy file
 * @base: (nullable): the policy this one extends, when its `extends` names one
 * @error: return location for a #GError
 *
 * Reads a policy file; see [ctor@CoreGroup.RulePolicy.new_from_data].
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
CgRulePolicy *
cg_rule_policy_new_from_file (GFile         *file,
                              CgRulePolicy  *base,
                              GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autoptr(CgPolicyFile) parsed = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (base == NULL || CG_IS_RULE_POLICY (base), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = cg_file_load_bounded (file, CG_LIMITS_DEFAULT_MAX_SIZE, error);
  if (bytes == NULL)
    return NULL;

  name = g_file_get_parse_name (file);
  data = g_bytes_get_data (bytes, &length);
  parsed = cg_policy_file_parse (data != NULL ? data : "", length, name, error);
  return parsed != NULL ? cg_rule_policy_new_from_policy_file (parsed, base, error) : NULL;
}

/**
 * cg_rule_policy_get_extends:
 * @self: a rule policy
 *
 * Gets the id of the policy this one extends.
 *
 * Returns: (transfer none) (nullable): the base policy's id
 */
const char *
cg_rule_policy_get_extends (CgRulePolicy *self)
{
  g_return_val_if_fail (CG_IS_RULE_POLICY (self), NULL);

  return self->extends;
}

/**
 * cg_rule_policy_get_document:
 * @self: a rule policy
 *
 * Gets the title of the procedure document the policy encodes.
 *
 * Returns: (transfer none) (nullable): the document's title
 */
const char *
cg_rule_policy_get_document (CgRulePolicy *self)
{
  g_return_val_if_fail (CG_IS_RULE_POLICY (self), NULL);

  return self->document;
}

static char **
dup_ids (GHashTable *settings,
         CgRuleKind  kind)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const CgRuleDescriptor *rule;

  for (guint i = 0; (rule = cg_rule_catalogue_get (i)) != NULL; i++)
    if (rule->kind == kind && g_hash_table_contains (settings, rule->id))
      g_strv_builder_add (builder, rule->id);

  return g_strv_builder_end (builder);
}

/**
 * cg_rule_policy_dup_rules:
 * @self: a rule policy
 *
 * Lists the deadline rules the policy applies, inherited ones included, in
 * the order of the rule catalogue.
 *
 * Returns: (transfer full) (array zero-terminated=1): the rule ids
 */
char **
cg_rule_policy_dup_rules (CgRulePolicy *self)
{
  g_return_val_if_fail (CG_IS_RULE_POLICY (self), NULL);

  return dup_ids (self->deadlines, CG_RULE_KIND_DEADLINE);
}

/**
 * cg_rule_policy_dup_checks:
 * @self: a rule policy
 *
 * Lists the checks the policy applies, inherited ones included.
 *
 * Returns: (transfer full) (array zero-terminated=1): the check ids
 */
char **
cg_rule_policy_dup_checks (CgRulePolicy *self)
{
  g_return_val_if_fail (CG_IS_RULE_POLICY (self), NULL);

  return dup_ids (self->checks, CG_RULE_KIND_CHECK);
}

/**
 * cg_rule_policy_get_timescale:
 * @self: a rule policy
 * @rule: a deadline rule id
 * @value: (out) (optional): return location for the number
 * @unit: (out) (optional): return location for its unit
 *
 * Gets the timescale the policy sets for a deadline rule, as the document
 * states it (`10` `working-days`; `6` `weeks`). For
 * `review-conference` this is the first interval.
 *
 * Returns: %TRUE if the policy applies @rule
 */
gboolean
cg_rule_policy_get_timescale (CgRulePolicy *self,
                              const char   *rule,
                              int          *value,
                              CgTimeUnit   *unit)
{
  CgRuleSetting *setting;

  g_return_val_if_fail (CG_IS_RULE_POLICY (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  setting = g_hash_table_lookup (self->deadlines, rule);
  if (setting == NULL)
    return FALSE;

  if (value != NULL)
    *value = setting->value;
  if (unit != NULL)
    *unit = setting->unit;
  return TRUE;
}

/**
 * cg_rule_policy_get_source:
 * @self: a rule policy
 * @rule: a deadline rule or check id
 *
 * Gets the paragraph the policy cites for a rule or check.
 *
 * Returns: (transfer none) (nullable): the citation, or %NULL if the
 *   policy does not apply @rule
 */
const char *
cg_rule_policy_get_source (CgRulePolicy *self,
                           const char   *rule)
{
  CgRuleSetting *setting;

  g_return_val_if_fail (CG_IS_RULE_POLICY (self), NULL);
  g_return_val_if_fail (rule != NULL, NULL);

  setting = g_hash_table_lookup (self->deadlines, rule);
  if (setting == NULL)
    setting = g_hash_table_lookup (self->checks, rule);
  return setting != NULL ? setting->source : NULL;
}

static void
append_parameter (GString                   *text,
                  const CgRuleSetting       *setting,
                  const CgRuleParameterSpec *spec)
{
  gconstpointer field = G_STRUCT_MEMBER_P (setting, spec->offset);
  g_autoptr(GEnumClass) units = g_type_class_ref (CG_TYPE_TIME_UNIT);
  const CgRuleInterval *interval = field;
  g_autofree char *sections = NULL;

  /* An optional interval the policy does not set is simply not there. */
  if (spec->type == CG_RULE_PARAMETER_INTERVAL && !interval->set)
    return;
  if (text->len > 0)
    g_string_append_c (text, ' ');

  switch (spec->type)
    {
    case CG_RULE_PARAMETER_NUMBER:
      cg_string_append_format (text, "%s %d", spec->name, *(const int *) field);
      break;
    case CG_RULE_PARAMETER_UNIT:
      cg_string_append_format (text, "%s %s", spec->name, g_enum_get_value (units, *(const int *) field)->value_nick);
      break;
    case CG_RULE_PARAMETER_INTERVAL:
      cg_string_append_format (text, "%s %d %s", spec->name, interval->value,
                               g_enum_get_value (units, interval->unit)->value_nick);
      break;
    case CG_RULE_PARAMETER_SECTIONS:
      sections = g_strjoinv (",", *(GStrv const *) field);
      cg_string_append_format (text, "%s %s", spec->name, sections);
      break;
    case CG_RULE_PARAMETER_TEXT:
      /* A choice is a word; free text is quoted. */
      if (spec->choices != NULL)
        cg_string_append_format (text, "%s %s", spec->name, *(char * const *) field);
      else
        cg_string_append_format (text, "%s \"%s\"", spec->name, *(char * const *) field);
      break;
    }
}

/**
 * cg_rule_policy_describe_parameters:
 * @self: a rule policy
 * @rule: a deadline rule or check id
 *
 * Describes the parameters the policy sets for a rule, defaults included,
 * in the order of the rule catalogue and in the words of a policy file:
 * `value 3 unit months then 6 months`, `minimum 2`,
 * `sections outcomes,actions`. A rule without parameters gives "".
 *
 * Returns: (transfer full) (nullable): the description, or %NULL if the
 *   policy does not apply @rule
 */
char *
cg_rule_policy_describe_parameters (CgRulePolicy *self,
                                    const char   *rule)
{
  CgRuleSetting *setting;
  GString *text;

  g_return_val_if_fail (CG_IS_RULE_POLICY (self), NULL);
  g_return_val_if_fail (rule != NULL, NULL);

  setting = g_hash_table_lookup (self->deadlines, rule);
  if (setting == NULL)
    setting = g_hash_table_lookup (self->checks, rule);
  if (setting == NULL)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; setting->rule->parameters[i].name != NULL; i++)
    append_parameter (text, setting, &setting->rule->parameters[i]);
  return g_string_free (text, FALSE);
}
