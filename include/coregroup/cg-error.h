/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CG_FORMAT_ERROR:
 *
 * Error domain for reading case documents. Errors in this domain are from
 * the [error@CoreGroup.FormatError] enumeration, and their message names the
 * field path (`meetings[2].date`) or, for syntax errors, the line and column.
 */
#define CG_FORMAT_ERROR (cg_format_error_quark ())

/**
 * CgFormatError:
 * @CG_FORMAT_ERROR_SYNTAX: the document is not valid JSON
 * @CG_FORMAT_ERROR_UNKNOWN_FORMAT: the `format` field is missing or names another format
 * @CG_FORMAT_ERROR_UNSUPPORTED_VERSION: the `version` is newer than this library reads
 * @CG_FORMAT_ERROR_MISSING_FIELD: a required field is absent
 * @CG_FORMAT_ERROR_INVALID_TYPE: a field holds the wrong kind of JSON value
 * @CG_FORMAT_ERROR_INVALID_VALUE: a field holds a value outside its allowed set
 * @CG_FORMAT_ERROR_INVALID_DATE: a date is not a valid `YYYY-MM-DD` calendar date
 * @CG_FORMAT_ERROR_UNKNOWN_REFERENCE: a reference names a member or item that does not exist
 * @CG_FORMAT_ERROR_DUPLICATE_ID: two items of one kind share an id
 * @CG_FORMAT_ERROR_LIMIT_EXCEEDED: the document is larger, or nested
 *   deeper, than the loader's limits allow
 *
 * Error codes for the %CG_FORMAT_ERROR domain.
 */
typedef enum
{
  CG_FORMAT_ERROR_SYNTAX,
  CG_FORMAT_ERROR_UNKNOWN_FORMAT,
  CG_FORMAT_ERROR_UNSUPPORTED_VERSION,
  CG_FORMAT_ERROR_MISSING_FIELD,
  CG_FORMAT_ERROR_INVALID_TYPE,
  CG_FORMAT_ERROR_INVALID_VALUE,
  CG_FORMAT_ERROR_INVALID_DATE,
  CG_FORMAT_ERROR_UNKNOWN_REFERENCE,
  CG_FORMAT_ERROR_DUPLICATE_ID,
  CG_FORMAT_ERROR_LIMIT_EXCEEDED,
} CgFormatError;

/**
 * CG_PLAN_ERROR:
 *
 * Error domain for changes to a [class@CoreGroup.ChildProtectionPlan] that
 * the procedures forbid, and for a plan history that fails
 * [method@CoreGroup.Case.verify_history]. A call that fails with this
 * domain changed nothing.
 */
#define CG_PLAN_ERROR (cg_plan_error_quark ())

/**
 * CgPlanError:
 * @CG_PLAN_ERROR_AGREED_ITEM_REMOVED: the core group tried to remove an
 *   agreed action or outcome (Suffolk 2.3, 3.4); a change recorded as a
 *   conference's on a day no conference was held counts as the core group's
 * @CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE: an outcome was added,
 *   revised or removed other than by a conference (Suffolk 7.3)
 * @CG_PLAN_ERROR_CHANGE_WITHOUT_REASON: the change has no reason, author or
 *   date (Suffolk 2.3, 3.4)
 * @CG_PLAN_ERROR_UNKNOWN_ITEM: no action or outcome has the given id
 * @CG_PLAN_ERROR_DUPLICATE_ID: an action or outcome with that id already exists
 * @CG_PLAN_ERROR_INVALID: the item or record is incomplete (no id, no description, no date)
 * @CG_PLAN_ERROR_HISTORY_ALTERED: the plan's history is not the one that was
 *   saved: an entry was edited, removed or moved, or its links or seal were
 *   (see [method@CoreGroup.Case.verify_history])
 * @CG_PLAN_ERROR_HISTORY_UNVERIFIED: the plan's history cannot be checked: it
 *   was saved without links, or sealed with a history key and none is set
 *
 * Error codes for the %CG_PLAN_ERROR domain.
 */
typedef enum
{
  CG_PLAN_ERROR_AGREED_ITEM_REMOVED,
  CG_PLAN_ERROR_OUTCOME_CHANGED_OUTSIDE_CONFERENCE,
  CG_PLAN_ERROR_CHANGE_WITHOUT_REASON,
  CG_PLAN_ERROR_UNKNOWN_ITEM,
  CG_PLAN_ERROR_DUPLICATE_ID,
  CG_PLAN_ERROR_INVALID,
  CG_PLAN_ERROR_HISTORY_ALTERED,
  CG_PLAN_ERROR_HISTORY_UNVERIFIED,
} CgPlanError;

/**
 * CG_CASE_ERROR:
 *
 * Error domain for changes to a case, its core group or its meetings that
 * would leave the record inconsistent (a duplicate id, a reference to a
 * member who is not in the core group).
 */
#define CG_CASE_ERROR (cg_case_error_quark ())

/**
 * CgCaseError:
 * @CG_CASE_ERROR_DUPLICATE_ID: an item of that kind with that id already exists
 * @CG_CASE_ERROR_UNKNOWN_MEMBER: a reference names a member who is not in the core
 *   group, or a meeting, outcome or action the case does not have
 * @CG_CASE_ERROR_INVALID: the item is incomplete (no id, no date)
 *
 * Error codes for the %CG_CASE_ERROR domain.
 */
typedef enum
{
  CG_CASE_ERROR_DUPLICATE_ID,
  CG_CASE_ERROR_UNKNOWN_MEMBER,
  CG_CASE_ERROR_INVALID,
} CgCaseError;

CG_AVAILABLE_IN_ALL
GQuark cg_format_error_quark (void);
CG_AVAILABLE_IN_ALL
GQuark cg_plan_error_quark   (void);
CG_AVAILABLE_IN_ALL
GQuark cg_case_error_quark   (void);

G_END_DECLS
