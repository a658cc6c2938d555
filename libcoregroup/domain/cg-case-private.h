/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

CgItemList *cg_case_get_conference_list (CgCase *self);
CgItemList *cg_case_get_contact_list    (CgCase *self);
CgItemList *cg_case_get_event_list      (CgCase *self);

G_END_DECLS
