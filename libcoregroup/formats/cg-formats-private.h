/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "json/cg-json-out-private.h"
#include "json/cg-json-private.h"

G_BEGIN_DECLS

/* The case document format this library reads and writes. */
#define CG_JSON_FORMAT_NAME    "coregroup-case"
#define CG_JSON_FORMAT_VERSION 1

/* A deadline entry (a CgDeadlineRecord), a finding (a CgFindingRecord)
 * and an open escalation as the deadline report writes them
 * (cg-report-json.c). */
void cg_report_json_add_deadline        (CgJsonOut        *out,
                                         gconstpointer     deadline);
void cg_report_json_add_finding         (CgJsonOut        *out,
                                         gconstpointer     finding);
void cg_report_json_add_open_escalation (CgJsonOut        *out,
                                         CgOpenEscalation *open);

/* A member @name holding an array of every item of @items, each written by
 * @add (one of the above), which is given the item's fields in a list of
 * records (cg_item_list_peek_record ()), else the item. */
typedef void (*CgReportJsonAddFunc) (CgJsonOut *out,
                                     gpointer   item);
void cg_report_json_add_all             (CgJsonOut          *out,
                                         const char         *name,
                                         GListModel         *items,
                                         CgReportJsonAddFunc add);

G_END_DECLS
