/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* Deadlines by due date (then rule id), findings by severity; stable, so
 * entries of one rule keep the order the policy gave them. */
void cg_report_sort (CgReport *self);

/* Acknowledgements are matched once every deadline rule has run. */
void cg_deadline_set_acknowledgement (CgDeadline        *self,
                                      CgAcknowledgement *acknowledgement);

G_END_DECLS
