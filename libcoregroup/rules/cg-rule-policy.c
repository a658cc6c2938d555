/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include <coregroup/coregroup.h>

#include "json/cg-json-private.h"
#include "rules/cg-rules-private.h"

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

/* Rules and checks run in catalogue order, so reports are stable. */
static gboolean
rule_policy_collect (CgPolicy     *policy,
                     CgCase       *kase,
                     CgCalendar   *calendar,
                     const GDate  *today,
                     CgReport     *report,
                     GError      **error)
{
  CgRulePolicy *self = CG_RULE_POLICY (policy);
  CgRuleContext ctx;
  const char *id;

  cg_rule_context_init (&ctx, kase, calendar, today, report);

  for (guint i = 0; (id = cg_rules_deadline_id (i)) != NULL; i++)
    {
      CgRuleSetting *setting = g_hash_table_lookup (self->deadlines, id);

      if (setting != NULL)
        cg_rules_lookup_deadline (id) (&ctx, setting);
    }

  for (guint i = 0; (id = cg_rules_check_id (i)) != NULL; i++)
    {
      CgRuleSetting *setting = g_hash_table_lookup (self->checks, id);

      if (setting != NULL)
        cg_rules_lookup_check (id) (&ctx, setting);
    }

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

static gboolean
read_int (JsonObject  *object,
          const char  *path,
          const char  *name,
          gboolean     required,
          int         *out,
          GError     **error)
{
  JsonNode *node = cg_json_lookup (object, name);
  g_autofree char *field = cg_json_member_path (path, name);

  if (node == NULL)
    return !required || cg_json_missing (error, path, name);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return cg_json_wrong_type (error, field, "a whole number");
  if (json_node_get_int (node) < 1 || json_node_get_int (node) > 1000)
    return cg_json_fail (error, CG_FORMAT_ERROR_INVALID_VALUE, field, "must be between 1 and 1000");

  *out = (int) json_node_get_int (node);
  return TRUE;
}

/* One entry of "deadlines" or "checks": NULL (not an error) when the entry
 * is null, which switches the rule off. */
static gboolean
read_setting (JsonObject     *table,
              const char     *path,
              const char     *id,
              gboolean        is_deadline,
              CgRuleSetting **out,
              GError        **error)
{
  g_autoptr(CgRuleSetting) setting = g_new0 (CgRuleSetting, 1);
  g_autofree char *entry_path = cg_json_member_path (path, id);
  g_autofree char *then_path = cg_json_member_path (entry_path, "then");
  JsonObject *entry, *then;
  const char *source, *note;
  int unit = CG_TIME_UNIT_WORKING_DAYS;

  *out = NULL;
  if (cg_json_lookup (table, id) == NULL)
    return TRUE;

  if (!cg_json_read_object (table, path, id, TRUE, &entry, error) ||
      !cg_json_read_string (entry, entry_path, "source", TRUE, &source, error) ||
      !cg_json_read_string (entry, entry_path, "note", FALSE, &note, error))
    return FALSE;

  setting->id = g_strdup (id);
  setting->source = g_strdup (source);
  setting->note = g_strdup (note);

  if (is_deadline)
    {
      if (!read_int (entry, entry_path, "value", TRUE, &setting->value, error) ||
          !cg_json_read_enum (entry, entry_path, "unit", CG_TYPE_TIME_UNIT, &unit, error) ||
          !cg_json_read_object (entry, entry_path, "then", FALSE, &then, error))
        return FALSE;
      setting->unit = unit;

      if (then != NULL)
        {
          if (!read_int (then, then_path, "value", TRUE, &setting->then_value, error) ||
              !cg_json_read_enum (then, then_path, "unit", CG_TYPE_TIME_UNIT, &unit, error))
            return FALSE;
          setting->has_then = TRUE;
          setting->then_unit = unit;
        }
    }
  else if (!read_int (entry, entry_path, "minimum", FALSE, &setting->minimum, error) ||
           !cg_json_read_strv (entry, entry_path, "sections", &setting->sections, error))
    return FALSE;

  *out = g_steal_pointer (&setting);
  return TRUE;
}

static gboolean
read_settings (JsonObject  *root,
               const char  *name,
               gboolean     is_deadline,
               GHashTable  *settings,
               GError     **error)
{
  JsonObject *table;
  g_autoptr(GList) ids = NULL;

  if (!cg_json_read_object (root, "", name, FALSE, &table, error))
    return FALSE;
  if (table == NULL)
    return TRUE;

  ids = json_object_get_members (table);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      const char *id = l->data;
      gboolean known = is_deadline ? cg_rules_lookup_deadline (id) != NULL
                                   : cg_rules_lookup_check (id) != NULL;
      CgRuleSetting *setting;

      if (!known)
        {
          g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_RULE,
                       "%s.%s: no such %s in the rule catalogue", name, id,
                       is_deadline ? "deadline rule" : "check");
          return FALSE;
        }
      if (!read_setting (table, name, id, is_deadline, &setting, error))
        return FALSE;

      /* The table's keys are the catalogue's own strings, which live as
       * long as the library. */
      for (guint i = 0; ; i++)
        {
          const char *catalogue = is_deadline ? cg_rules_deadline_id (i) : cg_rules_check_id (i);

          if (g_str_equal (catalogue, id))
            {
              if (setting != NULL)
                g_hash_table_replace (settings, (gpointer) catalogue, setting);
              else
                g_hash_table_remove (settings, catalogue);
              break;
            }
        }
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

static gboolean
read_policy (CgRulePolicy      *self,
             JsonObject        *root,
             CgPolicyRegistry  *registry,
             GError           **error)
{
  const char *format, *id, *name, *extends, *document;
  JsonNode *version = cg_json_lookup (root, "version");
  int division = CG_DIVISION_ENGLAND_AND_WALES;

  if (!cg_json_read_string (root, "", "format", FALSE, &format, error))
    return FALSE;
  if (g_strcmp0 (format, "coregroup-policy") != 0)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNKNOWN_FORMAT, "format",
                         "this is not a policy file (expected “coregroup-policy”)");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) != 1)
    return cg_json_fail (error, CG_FORMAT_ERROR_UNSUPPORTED_VERSION, "version", "must be 1");

  if (!cg_json_read_string (root, "", "id", TRUE, &id, error) ||
      !cg_json_read_string (root, "", "name", TRUE, &name, error) ||
      !cg_json_read_string (root, "", "extends", FALSE, &extends, error) ||
      !cg_json_read_string (root, "", "document", FALSE, &document, error))
    return FALSE;

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->extends = g_strdup (extends);
  self->document = g_strdup (document);

  if (extends != NULL)
    {
      CgPolicy *base = registry != NULL ? cg_policy_registry_lookup (registry, extends) : NULL;

      if (base == NULL || !CG_IS_RULE_POLICY (base))
        {
          g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_UNKNOWN_POLICY,
                       "extends: no policy file with id “%s” is loaded", extends);
          return FALSE;
        }
      self->division = CG_RULE_POLICY (base)->division;
      inherit (self->deadlines, CG_RULE_POLICY (base)->deadlines);
      inherit (self->checks, CG_RULE_POLICY (base)->checks);
    }

  if (cg_json_lookup (root, "division") != NULL || extends == NULL)
    {
      if (!cg_json_read_enum (root, "", "division", CG_TYPE_DIVISION, &division, error))
        return FALSE;
      self->division = division;
    }

  return read_settings (root, "deadlines", TRUE, self->deadlines, error) &&
         read_settings (root, "checks", FALSE, self->checks, error);
}

/**
 * cg_rule_policy_new_from_data:
 * @data: (array length=length) (element-type guint8): the policy file's contents
 * @length: the length of @data, or -1 if it is nul-terminated
 * @origin: (nullable): where the data came from (a file name), for messages
 * @registry: (nullable): where to find the policy this one extends
 * @error: return location for a #GError
 *
 * Reads a policy file. A malformed file fails with
 * %CG_POLICY_ERROR_INVALID, whose message names @origin and the field
 * path (`suffolk.json: deadlines.child-seen.value: must be a whole
 * number`); a rule the catalogue does not have with
 * %CG_POLICY_ERROR_UNKNOWN_RULE; a base policy not in @registry with
 * %CG_POLICY_ERROR_UNKNOWN_POLICY.
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
CgRulePolicy *
cg_rule_policy_new_from_data (const char        *data,
                              gssize             length,
                              const char        *origin,
                              CgPolicyRegistry  *registry,
                              GError           **error)
{
  g_autoptr(CgRulePolicy) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (registry == NULL || CG_IS_POLICY_REGISTRY (registry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (origin == NULL)
    origin = "<policy>";

  if (!cg_json_check_plain_object (data, length < 0 ? strlen (data) : (gsize) length, &local_error) ||
      !json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_INVALID, "%s: %s", origin, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CG_POLICY_ERROR, CG_POLICY_ERROR_INVALID,
                   "%s: a policy file must be a JSON object", origin);
      return NULL;
    }

  self = g_object_new (CG_TYPE_RULE_POLICY, NULL);
  if (!read_policy (self, json_node_get_object (root), registry, &local_error))
    {
      /* Field errors from the shared readers are in the format domain;
       * for a policy file they are all "invalid". */
      g_set_error (error, CG_POLICY_ERROR,
                   local_error->domain == CG_POLICY_ERROR ? local_error->code : CG_POLICY_ERROR_INVALID,
                   "%s: %s", origin, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * cg_rule_policy_new_from_file:
 * @file: a policy file
 * @registry: (nullable): where to find the policy this one extends
 * @error: return location for a #GError
 *
 * Reads a policy file; see [ctor@CoreGroup.RulePolicy.new_from_data].
 *
 * Returns: (transfer full): the policy, or %NULL with @error set
 */
CgRulePolicy *
cg_rule_policy_new_from_file (GFile             *file,
                              CgPolicyRegistry  *registry,
                              GError           **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  name = g_file_get_parse_name (file);
  return cg_rule_policy_new_from_data (contents, (gssize) length, name, registry, error);
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
dup_ids (GHashTable  *settings,
         const char *(*id_at) (guint))
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *id;

  for (guint i = 0; (id = id_at (i)) != NULL; i++)
    if (g_hash_table_contains (settings, id))
      g_strv_builder_add (builder, id);

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

  return dup_ids (self->deadlines, cg_rules_deadline_id);
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

  return dup_ids (self->checks, cg_rules_check_id);
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
