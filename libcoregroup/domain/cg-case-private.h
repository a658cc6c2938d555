/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "domain/cg-contact-record-private.h"

#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

CgItemList *cg_case_get_conference_list      (CgCase *self);
CgItemList *cg_case_get_contact_list         (CgCase *self);
/* The contacts as records, which reading them does not turn into
 * CgContactRecord objects: for the rules and validation. */
guint                  cg_case_get_n_contacts (CgCase *self);
const CgContactFields *cg_case_peek_contact   (CgCase *self,
                                               guint   position);
CgItemList *cg_case_get_event_list           (CgCase *self);
CgItemList *cg_case_get_decision_list        (CgCase *self);
CgItemList *cg_case_get_acknowledgement_list (CgCase *self);
CgItemList *cg_case_get_review_request_list  (CgCase *self);
CgItemList *cg_case_get_escalation_list      (CgCase *self);

/* The lists above that most cases leave empty, for reading without making
 * them (cg_item_list_ensure ()): NULL, an empty list to cg_items_len (),
 * until something is added. The rules and validation read through these,
 * so that evaluating a case does not grow it. */
GListModel *cg_case_peek_conference          (CgCase *self);
GListModel *cg_case_peek_event               (CgCase *self);
GListModel *cg_case_peek_decision            (CgCase *self);
GListModel *cg_case_peek_acknowledgement     (CgCase *self);
GListModel *cg_case_peek_review_request      (CgCase *self);
GListModel *cg_case_peek_escalation          (CgCase *self);

/* The part of cg_case_validate () that checks the conference decisions and
 * the other records of cg-case-records.c, with paths as in the document
 * ("conference_decisions[0].conference"). */
gboolean    cg_case_validate_records         (CgCase  *self,
                                              GError **error);

G_END_DECLS
