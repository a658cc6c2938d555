/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

#include "rules/cg-report-private.h"
#include "util/cg-i18n-private.h"

/**
 * CgPolicy:
 *
 * A local (LSCP) or national policy: the timescales and checks a case is
 * held to, counted in the working days of one bank-holiday division.
 *
 * The built-in policies are data-driven ([class@CoreGroup.RulePolicy]) and
 * found by id in a [class@CoreGroup.PolicyRegistry]. Any language with
 * GObject introspection can implement the interface too, and plug its
 * policy into the same engine:
 *
 * ```python
 * class HomeVisits(GObject.Object, CoreGroup.Policy):
 *     def do_get_id(self):
 *         return 'home-visits'
 *     def do_get_name(self):
 *         return 'Weekly home visits'
 *     def do_get_division(self):
 *         return CoreGroup.Division.ENGLAND_AND_WALES
 *     def do_collect(self, kase, calendar, today, report):
 *         ...  # report.add_deadline(...), report.add_finding(...)
 *         return True
 *
 * report = HomeVisits().evaluate(kase, today)
 * ```
 *
 * [method@CoreGroup.Policy.evaluate] builds the calendar of the policy's
 * division, asks the policy to collect its entries, and returns them sorted
 * in a [class@CoreGroup.Report].
 */

G_DEFINE_INTERFACE (CgPolicy, cg_policy, G_TYPE_OBJECT)

/**
 * cg_policy_error_quark:
 *
 * The error domain of policies, %CG_POLICY_ERROR.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (cg-policy-error-quark, cg_policy_error)

static const char *
cg_policy_real_get_name (CgPolicy *self)
{
  return cg_policy_get_id (self);
}

static CgDivision
cg_policy_real_get_division (CgPolicy *self)
{
  return CG_DIVISION_ENGLAND_AND_WALES;
}

static gboolean
cg_policy_real_collect (CgPolicy     *self,
                        CgCase       *kase,
                        CgCalendar   *calendar,
                        const GDate  *today,
                        CgReport     *report,
                        GError      **error)
{
  return TRUE;
}

static void
cg_policy_default_init (CgPolicyInterface *iface)
{
  iface->get_name = cg_policy_real_get_name;
  iface->get_division = cg_policy_real_get_division;
  iface->collect = cg_policy_real_collect;
}

/**
 * cg_policy_get_id: (virtual get_id)
 * @self: a policy
 *
 * Gets the policy's id, the value of a case's `policy` field.
 *
 * Returns: (transfer none): the id
 */
const char *
cg_policy_get_id (CgPolicy *self)
{
  CgPolicyInterface *iface;

  g_return_val_if_fail (CG_IS_POLICY (self), NULL);

  iface = CG_POLICY_GET_IFACE (self);
  g_return_val_if_fail (iface->get_id != NULL, NULL);
  return iface->get_id (self);
}

/**
 * cg_policy_get_name: (virtual get_name)
 * @self: a policy
 *
 * Gets a human-readable name. Defaults to the id.
 *
 * Returns: (transfer none): the name
 */
const char *
cg_policy_get_name (CgPolicy *self)
{
  g_return_val_if_fail (CG_IS_POLICY (self), NULL);

  return CG_POLICY_GET_IFACE (self)->get_name (self);
}

/**
 * cg_policy_get_division: (virtual get_division)
 * @self: a policy
 *
 * Gets the bank-holiday division whose working days the policy counts in.
 * Defaults to England and Wales.
 *
 * Returns: the division
 */
CgDivision
cg_policy_get_division (CgPolicy *self)
{
  g_return_val_if_fail (CG_IS_POLICY (self), CG_DIVISION_ENGLAND_AND_WALES);

  return CG_POLICY_GET_IFACE (self)->get_division (self);
}

/**
 * cg_policy_collect: (virtual collect)
 * @self: a policy
 * @kase: the case to evaluate
 * @calendar: the working-day calendar to count in
 * @today: the day of evaluation
 * @report: the report to add deadline entries and findings to
 * @error: return location for a #GError
 *
 * Adds the policy's deadline entries and findings for @kase on @today to
 * @report. Most callers want [method@CoreGroup.Policy.evaluate] instead.
 *
 * An implementation that fails without setting an error (as a Python
 * method raising something other than `GLib.Error` does) gets a
 * %CG_POLICY_ERROR_FAILED error here, so callers can rely on it.
 *
 * Returns: %TRUE on success
 */
gboolean
cg_policy_collect (CgPolicy     *self,
                   CgCase       *kase,
                   CgCalendar   *calendar,
                   const GDate  *today,
                   CgReport     *report,
                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CG_IS_POLICY (self), FALSE);
  g_return_val_if_fail (CG_IS_CASE (kase), FALSE);
  g_return_val_if_fail (CG_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (CG_IS_REPORT (report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (CG_POLICY_GET_IFACE (self)->collect (self, kase, calendar, today, report, &local_error))
    return TRUE;

  if (local_error == NULL)
    g_set_error (&local_error, CG_POLICY_ERROR, CG_POLICY_ERROR_FAILED,
                 /* Translators: a policy id and a case id. */
                 _("Policy “%s” failed to evaluate case “%s”"),
                 cg_policy_get_id (self), cg_case_get_id (kase));
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * cg_policy_evaluate_with_calendar:
 * @self: a policy
 * @kase: the case to evaluate
 * @calendar: the working-day calendar to count in, such as one with an
 *   authority's own closure days
 * @today: the day of evaluation
 * @error: return location for a #GError
 *
 * Like [method@CoreGroup.Policy.evaluate], counting in @calendar.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CgReport *
cg_policy_evaluate_with_calendar (CgPolicy     *self,
                                  CgCase       *kase,
                                  CgCalendar   *calendar,
                                  const GDate  *today,
                                  GError      **error)
{
  g_autoptr(CgReport) report = NULL;

  g_return_val_if_fail (CG_IS_POLICY (self), NULL);
  g_return_val_if_fail (CG_IS_CASE (kase), NULL);
  g_return_val_if_fail (CG_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = cg_report_new (cg_case_get_id (kase), cg_policy_get_id (self), today);
  cg_report_set_calendar (report, calendar);
  if (!cg_policy_collect (self, kase, calendar, today, report, error))
    return NULL;

  cg_report_sort (report);
  return g_steal_pointer (&report);
}

/**
 * cg_policy_evaluate:
 * @self: a policy
 * @kase: the case to evaluate
 * @today: the day of evaluation
 * @error: return location for a #GError
 *
 * Says what is due, what was met, what was late, what is overdue, and
 * what in the record breaks the procedure, for @kase on @today, counting
 * working days in the policy's division.
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CgReport *
cg_policy_evaluate (CgPolicy     *self,
                    CgCase       *kase,
                    const GDate  *today,
                    GError      **error)
{
  g_autoptr(CgCalendar) calendar = NULL;

  g_return_val_if_fail (CG_IS_POLICY (self), NULL);

  calendar = cg_calendar_new (cg_policy_get_division (self));
  return cg_policy_evaluate_with_calendar (self, kase, calendar, today, error);
}
