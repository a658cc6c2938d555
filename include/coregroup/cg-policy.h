/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-calendar.h>
#include <coregroup/cg-case.h>
#include <coregroup/cg-report.h>

G_BEGIN_DECLS

/**
 * CG_POLICY_ERROR:
 *
 * Error domain for policies: policy files that cannot be used, unknown
 * policy ids, and policies that fail while evaluating a case. Errors in
 * this domain are from the [error@CoreGroup.PolicyError] enumeration.
 */
#define CG_POLICY_ERROR (cg_policy_error_quark ())

/**
 * CgPolicyError:
 * @CG_POLICY_ERROR_INVALID: a policy file is malformed; the message names
 *   the file and the field path
 * @CG_POLICY_ERROR_UNKNOWN_POLICY: no policy has the given id
 * @CG_POLICY_ERROR_UNKNOWN_RULE: a policy file names a rule or check this
 *   library does not implement
 * @CG_POLICY_ERROR_CYCLE: policies extend each other in a loop
 * @CG_POLICY_ERROR_FAILED: a policy failed while evaluating a case
 *
 * Error codes for the %CG_POLICY_ERROR domain.
 */
typedef enum
{
  CG_POLICY_ERROR_INVALID,
  CG_POLICY_ERROR_UNKNOWN_POLICY,
  CG_POLICY_ERROR_UNKNOWN_RULE,
  CG_POLICY_ERROR_CYCLE,
  CG_POLICY_ERROR_FAILED,
} CgPolicyError;

CG_AVAILABLE_IN_ALL
GQuark cg_policy_error_quark (void);

#define CG_TYPE_POLICY (cg_policy_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (CgPolicy, cg_policy, CG, POLICY, GObject)

/**
 * CgPolicyInterface:
 * @parent_iface: the parent interface
 * @get_id: returns the policy's id, such as `suffolk`
 * @get_name: returns a human-readable name
 * @get_division: returns the bank-holiday division its working days count in
 * @collect: adds the deadline entries and findings for @kase on @today to
 *   @report; returns %FALSE and sets @error if the policy cannot evaluate
 *   the case
 *
 * The virtual methods of [iface@CoreGroup.Policy]. Implementations in C,
 * Python or JavaScript override them; the engine calls them through
 * [method@CoreGroup.Policy.evaluate].
 */
struct _CgPolicyInterface
{
  GTypeInterface parent_iface;

  const char *(*get_id)       (CgPolicy     *self);
  const char *(*get_name)     (CgPolicy     *self);
  CgDivision  (*get_division) (CgPolicy     *self);
  gboolean    (*collect)      (CgPolicy     *self,
                               CgCase       *kase,
                               CgCalendar   *calendar,
                               const GDate  *today,
                               CgReport     *report,
                               GError      **error);
};

CG_AVAILABLE_IN_ALL
const char *cg_policy_get_id            (CgPolicy     *self);
CG_AVAILABLE_IN_ALL
const char *cg_policy_get_name          (CgPolicy     *self);
CG_AVAILABLE_IN_ALL
CgDivision  cg_policy_get_division      (CgPolicy     *self);
CG_AVAILABLE_IN_ALL
gboolean    cg_policy_collect           (CgPolicy     *self,
                                         CgCase       *kase,
                                         CgCalendar   *calendar,
                                         const GDate  *today,
                                         CgReport     *report,
                                         GError      **error);
CG_AVAILABLE_IN_ALL
CgReport   *cg_policy_evaluate          (CgPolicy     *self,
                                         CgCase       *kase,
                                         const GDate  *today,
                                         GError      **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgReport   *cg_policy_evaluate_with_calendar (CgPolicy    *self,
                                              CgCase      *kase,
                                              CgCalendar  *calendar,
                                              const GDate *today,
                                              GError     **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
