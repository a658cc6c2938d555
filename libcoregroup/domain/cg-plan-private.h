/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Helpers for CgChildProtectionPlan. Plan items are immutable, so the plan
 * records what it did by making copies rather than changing the objects a
 * caller handed it. */

/* A copy of @change's source, author, date, reason and meeting, with @kind,
 * @target and @summary set. */
CgPlanChange *cg_plan_change_new_applied (CgPlanChange     *change,
                                          CgPlanChangeKind  kind,
                                          const char       *target,
                                          const char       *summary) G_GNUC_WARN_UNUSED_RESULT;

/* The `link` a history entry had in its case document, kept as read (any
 * JSON value; NULL when it had none or null): the writer writes it back
 * unchanged and cg-plan-history.c verifies it. A change made through the
 * API has none. Not a property: the link is the record's, not the
 * application's to set. */
void          cg_plan_change_set_stored_link (CgPlanChange *self,
                                              JsonNode     *link);
JsonNode     *cg_plan_change_get_stored_link (CgPlanChange *self);

/* A copy of @action, unknown JSON fields and all, with its completed date
 * set to @completed. */
CgAction     *cg_action_new_completed    (CgAction         *action,
                                          const GDate      *completed) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
