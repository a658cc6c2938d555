/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "rules/cg-report-private.h"
#include "util/cg-item-list-private.h"

G_BEGIN_DECLS

/* The fields of a deadline entry. A report keeps the entries its rules
 * make as these plain records (a case's report has a dozen, and a GObject
 * costs more to make and drop than the rules take to work one out), and
 * makes a CgDeadline, which holds the same fields, only when something
 * asks for one (see CgItemRecordKind). The library's writers and the
 * report's own methods read the records. Every pointer is owned. */
typedef struct
{
  char              *rule;
  GDate              due;            /* cleared: none */
  GDate              window_start;   /* cleared: none */
  GDate              satisfied_on;   /* cleared: none */
  GDate              counted_from;   /* cleared: none */
  CgDeadlineStatus   status;
  char              *satisfied_by;
  /* What met it, in words: as a policy gave it, or made from what a
   * rule says was done (an untranslated phrase) or who saw the child,
   * when read. */
  char              *satisfied_text;
  const char        *satisfied_done;
  CgMember          *seen_by;
  char              *subject;
  char              *description;
  char              *source;
  char              *counted_from_event;
  char              *origin;
  /* As set, or put into words from @explained: an entry made into a
   * CgDeadline keeps the words it first gives out, set atomically since
   * a report may be read by several threads; a record gives a copy. */
  char              *explanation;
  CgExplanation     *explained;
  GStrv              responsible;
  CgAcknowledgement *acknowledgement;
} CgDeadlineRecord;

extern const CgItemRecordKind cg_deadline_record_kind;

/* The fields of an entry a binding holds. */
const CgDeadlineRecord *cg_deadline_peek_record (CgDeadline *self);

/* Fills a zeroed @record with copies of @fields (the explanation is taken). */
void  cg_deadline_record_init               (CgDeadlineRecord       *record,
                                             const CgDeadlineFields *fields);
/* The words of CgDeadline:satisfied-text and CgDeadline:explanation, each
 * a new string or NULL. */
char *cg_deadline_record_dup_satisfied_text (const CgDeadlineRecord *record);
char *cg_deadline_record_dup_explanation    (const CgDeadlineRecord *record);

G_END_DECLS
