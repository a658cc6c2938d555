/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-audience.h>

G_BEGIN_DECLS

#define CG_TYPE_OUTCOME (cg_outcome_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgOutcome, cg_outcome, CG, OUTCOME, GObject)

CG_AVAILABLE_IN_ALL
CgOutcome  *cg_outcome_new             (const char *id,
                                        const char *description,
                                        const char *measure) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char *cg_outcome_get_id          (CgOutcome  *self);
CG_AVAILABLE_IN_ALL
const char *cg_outcome_get_description (CgOutcome  *self);
CG_AVAILABLE_IN_ALL
const char *cg_outcome_get_measure     (CgOutcome  *self);
CG_AVAILABLE_IN_ALL
CgAudience  cg_outcome_get_audience    (CgOutcome  *self);

G_END_DECLS
