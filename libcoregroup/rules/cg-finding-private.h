/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

/* The fields of a finding, which a report keeps as a plain record and
 * makes a CgFinding of only when asked for one, as it does its deadline
 * entries (CgDeadlineRecord). Every string is owned. */
typedef struct
{
  char       *rule;
  CgSeverity  severity;
  char       *subject;
  char       *message;
  char       *source;
} CgFindingRecord;

extern const CgItemRecordKind cg_finding_record_kind;

/* Fills a zeroed @record with copies of the fields, but takes @message. */
void cg_finding_record_init (CgFindingRecord *record,
                             const char      *rule,
                             CgSeverity       severity,
                             const char      *subject,
                             char            *message,
                             const char      *source);

G_END_DECLS
