/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgSeverity:
 * @CG_SEVERITY_ERROR: the record breaks a rule of the procedure
 * @CG_SEVERITY_WARNING: the record misses expected practice
 * @CG_SEVERITY_INFO: advice
 *
 * How serious a [class@CoreGroup.Finding] is (doc/rules.md, "Deadline entries
 * and findings").
 */
typedef enum
{
  CG_SEVERITY_ERROR,
  CG_SEVERITY_WARNING,
  CG_SEVERITY_INFO,
} CgSeverity;

#define CG_TYPE_FINDING (cg_finding_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgFinding, cg_finding, CG, FINDING, GObject)

CG_AVAILABLE_IN_ALL
CgFinding  *cg_finding_new          (const char *rule,
                                     CgSeverity  severity,
                                     const char *subject,
                                     const char *message,
                                     const char *source) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char *cg_finding_get_rule     (CgFinding  *self);
CG_AVAILABLE_IN_ALL
CgSeverity  cg_finding_get_severity (CgFinding  *self);
CG_AVAILABLE_IN_ALL
const char *cg_finding_get_subject  (CgFinding  *self);
CG_AVAILABLE_IN_ALL
const char *cg_finding_get_message  (CgFinding  *self);
CG_AVAILABLE_IN_ALL
const char *cg_finding_get_source   (CgFinding  *self);

G_END_DECLS
