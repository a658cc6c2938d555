/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include "rules/cg-rules-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"

/**
 * CgRuleInfo:
 *
 * One rule of the library's rule catalogue: its id, whether it is a
 * deadline rule or a check, the severity of what it reports, a one-line
 * summary, the documents that state it, and the parameters a policy file
 * may set for it. Policies choose which rules apply and with what figures;
 * the catalogue says what rules exist.
 *
 * ```python
 * for rule in CoreGroup.RuleInfo.list_all():
 *     print(rule.get_id(), rule.get_kind().value_nick, rule.get_summary())
 * ```
 *
 * Rule ids are stable: reports, stored findings and policy files refer to
 * them. A rule info is immutable and may be shared between threads.
 */

struct _CgRuleInfo
{
  GObject                 parent_instance;
  const CgRuleDescriptor *rule;
};

G_DEFINE_FINAL_TYPE (CgRuleInfo, cg_rule_info, G_TYPE_OBJECT)

static void
cg_rule_info_class_init (CgRuleInfoClass *klass)
{
}

static void
cg_rule_info_init (CgRuleInfo *self)
{
}

CgRuleInfo *
cg_rule_info_new (const CgRuleDescriptor *rule)
{
  CgRuleInfo *self = g_object_new (CG_TYPE_RULE_INFO, NULL);

  self->rule = rule;
  return self;
}

/**
 * cg_rule_info_list_all:
 *
 * Lists every rule the library implements, deadline rules first, in the
 * order policies run them and reports list them.
 *
 * Returns: (transfer full): a list model of [class@CoreGroup.RuleInfo]
 */
GListModel *
cg_rule_info_list_all (void)
{
  g_autoptr(CgItemList) list = cg_item_list_new (CG_TYPE_RULE_INFO);
  const CgRuleDescriptor *rule;

  for (guint i = 0; (rule = cg_rule_catalogue_get (i)) != NULL; i++)
    {
      g_autoptr(CgRuleInfo) info = cg_rule_info_new (rule);

      cg_item_list_append (list, info);
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * cg_rule_info_lookup:
 * @id: a rule id, such as `quorum`
 *
 * Finds a rule of the catalogue by id.
 *
 * Returns: (transfer full) (nullable): the rule, or %NULL if the library
 *   has no rule @id
 */
CgRuleInfo *
cg_rule_info_lookup (const char *id)
{
  const CgRuleDescriptor *rule;

  g_return_val_if_fail (id != NULL, NULL);

  rule = cg_rule_catalogue_lookup (id);
  return rule != NULL ? cg_rule_info_new (rule) : NULL;
}

/**
 * cg_rule_info_get_id:
 * @self: a rule info
 *
 * Gets the rule's id, such as `first-core-group`.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_rule_info_get_id (CgRuleInfo *self)
{
  g_return_val_if_fail (CG_IS_RULE_INFO (self), NULL);

  return self->rule->id;
}

/**
 * cg_rule_info_get_kind:
 * @self: a rule info
 *
 * Gets whether the rule produces deadline entries or findings.
 *
 * Returns: the kind of rule
 */
CgRuleKind
cg_rule_info_get_kind (CgRuleInfo *self)
{
  g_return_val_if_fail (CG_IS_RULE_INFO (self), CG_RULE_KIND_CHECK);

  return self->rule->kind;
}

/**
 * cg_rule_info_get_severity:
 * @self: a rule info
 *
 * Gets the severity of the rule's findings. For a deadline rule this is
 * how serious an overdue entry is: always %CG_SEVERITY_ERROR.
 *
 * Returns: the severity
 */
CgSeverity
cg_rule_info_get_severity (CgRuleInfo *self)
{
  g_return_val_if_fail (CG_IS_RULE_INFO (self), CG_SEVERITY_ERROR);

  return self->rule->severity;
}

/**
 * cg_rule_info_get_summary:
 * @self: a rule info
 *
 * Gets a one-line summary of what the rule asks, in the user's language
 * where the library has a translation for it.
 *
 * Returns: (transfer none): the summary
 */
const char *
cg_rule_info_get_summary (CgRuleInfo *self)
{
  g_return_val_if_fail (CG_IS_RULE_INFO (self), NULL);

  return _(self->rule->summary);
}

/**
 * cg_rule_info_get_sources:
 * @self: a rule info
 *
 * Gets the documents that state the rule, each by publisher, title and
 * paragraph ("Suffolk Safeguarding Partnership, Core Group Guidance, 4.7").
 *
 * Returns: (transfer none) (array zero-terminated=1): the citations
 */
const char * const *
cg_rule_info_get_sources (CgRuleInfo *self)
{
  g_return_val_if_fail (CG_IS_RULE_INFO (self), NULL);

  return self->rule->sources;
}

/**
 * cg_rule_info_get_n_parameters:
 * @self: a rule info
 *
 * Gets how many parameters a policy file may set for the rule, besides
 * `source` and `note`, which every rule takes.
 *
 * Returns: the number of parameters
 */
guint
cg_rule_info_get_n_parameters (CgRuleInfo *self)
{
  guint n = 0;

  g_return_val_if_fail (CG_IS_RULE_INFO (self), 0);

  while (self->rule->parameters[n].name != NULL)
    n++;
  return n;
}

/**
 * cg_rule_info_get_parameter:
 * @self: a rule info
 * @index: the parameter's position, below [method@CoreGroup.RuleInfo.get_n_parameters]
 * @type: (out) (optional): return location for the parameter's type
 * @required: (out) (optional): return location for whether a policy must set it
 * @default_value: (out) (optional) (transfer none) (nullable): return location
 *   for the value used when a policy leaves it out, as a policy file writes it
 *
 * Gets one parameter of the rule: for example `minimum`, a
 * %CG_RULE_PARAMETER_NUMBER, not required, default `2`.
 *
 * Returns: (transfer none): the parameter's name, as a policy file writes it
 */
const char *
cg_rule_info_get_parameter (CgRuleInfo           *self,
                            guint                 index,
                            CgRuleParameterType  *type,
                            gboolean             *required,
                            const char          **default_value)
{
  const CgRuleParameterSpec *spec;

  g_return_val_if_fail (CG_IS_RULE_INFO (self), NULL);
  g_return_val_if_fail (index < cg_rule_info_get_n_parameters (self), NULL);

  spec = &self->rule->parameters[index];
  if (type != NULL)
    *type = spec->type;
  if (required != NULL)
    *required = spec->required;
  if (default_value != NULL)
    *default_value = spec->default_value;
  return spec->name;
}
