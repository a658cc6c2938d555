/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

/* The JSON reader appends the steps it reads through this. */
CgItemList *cg_escalation_get_step_list (CgEscalation *self);

G_END_DECLS
