/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "rules/cg-finding-private.h"
#include "rules/cg-rules-private.h"

/**
 * CgFinding:
 *
 * Something in a case record that breaks the procedure (an error), misses
 * expected practice (a warning) or deserves advice (info), with the
 * paragraph that says so (see the [rule book](rules.html)):
 *
 * > Core group of 17 Feb 2027 was not quorate: only 1 professional member
 * > attended (Suffolk 4.7)
 *
 * Findings are produced by a [iface@CoreGroup.Policy] into a
 * [class@CoreGroup.Report].
 */

struct _CgFinding
{
  GObject          parent_instance;
  /* Always NULL: where a record list looks for its records' block. */
  CgStrings       *strings;
  CgFindingRecord  record;
};

enum {
  PROP_0,
  PROP_RULE,
  PROP_SEVERITY,
  PROP_SUBJECT,
  PROP_MESSAGE,
  PROP_SOURCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_FINAL_TYPE (CgFinding, cg_finding, G_TYPE_OBJECT)

static void
record_clear (gpointer         fields,
              const CgStrings *strings)
{
  CgFindingRecord *record = fields;

  g_clear_pointer (&record->rule, cg_rule_id_free);
  g_clear_pointer (&record->subject, g_free);
  g_clear_pointer (&record->message, g_free);
  g_clear_pointer (&record->source, g_free);
}

const CgItemRecordKind cg_finding_record_kind = {
  sizeof (CgFindingRecord),
  G_STRUCT_OFFSET (CgFinding, record),
  -1,
  record_clear,
};

void
cg_finding_record_init (CgFindingRecord *record,
                        const char      *rule,
                        CgSeverity       severity,
                        const char      *subject,
                        char            *message,
                        const char      *source)
{
  record->rule = cg_rule_id_keep (rule);
  record->severity = severity;
  record->subject = g_strdup (subject);
  record->message = message;
  record->source = g_strdup (source);
}

static void
cg_finding_finalize (GObject *object)
{
  CgFinding *self = CG_FINDING (object);

  record_clear (&self->record, NULL);

  G_OBJECT_CLASS (cg_finding_parent_class)->finalize (object);
}

static void
cg_finding_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CgFinding *self = CG_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      g_value_set_string (value, self->record.rule);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->record.severity);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->record.subject);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->record.message);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->record.source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_finding_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CgFinding *self = CG_FINDING (object);

  switch (prop_id)
    {
    case PROP_RULE:
      self->record.rule = g_value_dup_string (value);
      break;

    case PROP_SEVERITY:
      self->record.severity = g_value_get_enum (value);
      break;

    case PROP_SUBJECT:
      self->record.subject = g_value_dup_string (value);
      break;

    case PROP_MESSAGE:
      self->record.message = g_value_dup_string (value);
      break;

    case PROP_SOURCE:
      self->record.source = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cg_finding_class_init (CgFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cg_finding_finalize;
  object_class->get_property = cg_finding_get_property;
  object_class->set_property = cg_finding_set_property;

  /**
   * CgFinding:rule:
   *
   * The rule id (see the [rule book](rules.html)), such as `quorum`.
   */
  properties [PROP_RULE] =
    g_param_spec_string ("rule", NULL, NULL, NULL, flags);

  /**
   * CgFinding:severity:
   *
   * How serious the finding is.
   */
  properties [PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, CG_TYPE_SEVERITY, CG_SEVERITY_WARNING, flags);

  /**
   * CgFinding:subject:
   *
   * The id of the meeting, contact, action or member the finding is about,
   * or the case id.
   */
  properties [PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, NULL, flags);

  /**
   * CgFinding:message:
   *
   * What is wrong, in plain English a social worker can act on, with the
   * paragraph that says so.
   */
  properties [PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);

  /**
   * CgFinding:source:
   *
   * The paragraph of the procedure the check comes from.
   */
  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cg_finding_init (CgFinding *self)
{
}

/**
 * cg_finding_new:
 * @rule: the rule id
 * @severity: how serious it is
 * @subject: the id of what the finding is about
 * @message: what is wrong, in plain English
 * @source: (nullable): the paragraph it comes from
 *
 * Creates a finding.
 *
 * Returns: (transfer full): a new finding
 */
CgFinding *
cg_finding_new (const char *rule,
                CgSeverity  severity,
                const char *subject,
                const char *message,
                const char *source)
{
  CgFinding *self;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  /* The fields directly, as the properties would set them: a caseload
   * makes hundreds of thousands. */
  self = g_object_new (CG_TYPE_FINDING, NULL);
  cg_finding_record_init (&self->record, rule, severity, subject, g_strdup (message), source);
  return self;
}

/**
 * cg_finding_get_rule:
 * @self: a finding
 *
 * Gets the rule id.
 *
 * Returns: (transfer none) (nullable): the rule id
 */
const char *
cg_finding_get_rule (CgFinding *self)
{
  g_return_val_if_fail (CG_IS_FINDING (self), NULL);

  return self->record.rule;
}

/**
 * cg_finding_get_severity:
 * @self: a finding
 *
 * Gets the severity.
 *
 * Returns: the severity
 */
CgSeverity
cg_finding_get_severity (CgFinding *self)
{
  g_return_val_if_fail (CG_IS_FINDING (self), CG_SEVERITY_WARNING);

  return self->record.severity;
}

/**
 * cg_finding_get_subject:
 * @self: a finding
 *
 * Gets the subject.
 *
 * Returns: (transfer none) (nullable): the subject id
 */
const char *
cg_finding_get_subject (CgFinding *self)
{
  g_return_val_if_fail (CG_IS_FINDING (self), NULL);

  return self->record.subject;
}

/**
 * cg_finding_get_message:
 * @self: a finding
 *
 * Gets the message.
 *
 * Returns: (transfer none) (nullable): the message
 */
const char *
cg_finding_get_message (CgFinding *self)
{
  g_return_val_if_fail (CG_IS_FINDING (self), NULL);

  return self->record.message;
}

/**
 * cg_finding_get_source:
 * @self: a finding
 *
 * Gets the citation.
 *
 * Returns: (transfer none) (nullable): the citation
 */
const char *
cg_finding_get_source (CgFinding *self)
{
  g_return_val_if_fail (CG_IS_FINDING (self), NULL);

  return self->record.source;
}
