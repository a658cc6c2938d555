/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "rules/cg-explanation-private.h"

G_BEGIN_DECLS

/* Deadlines by due date (then rule id), findings by severity; stable, so
 * entries of one rule keep the order the policy gave them. The last step
 * of an evaluation: the deadline records give back their spare room. */
void cg_report_sort (CgReport *self);

/* The open escalations, NULL while there are none (an empty list to
 * cg_items_len ()), for the writer, which reads them without making the
 * list. */
GListModel *cg_report_peek_open_escalations (CgReport *self);

/* The calendar the policy counts in, set before it collects. */
void cg_report_set_calendar (CgReport   *self,
                             CgCalendar *calendar);

/* Acknowledgements are matched once every deadline rule has run. */
void cg_deadline_set_acknowledgement (CgDeadline        *self,
                                      CgAcknowledgement *acknowledgement);

/* Everything a rule knows of an entry when it makes it; the strings and
 * dates are copied, the explanation taken. */
typedef struct
{
  const char         *rule;
  const GDate        *due;
  const GDate        *window_start;
  CgDeadlineStatus    status;
  const char         *satisfied_by;
  const GDate        *satisfied_on;
  const char         *satisfied_done;   /* a phrase for CgDeadline:satisfied-text */
  CgMember           *seen_by;          /* or who saw the child; referenced */
  const char         *subject;
  const char         *description;
  const char         *source;
  const GDate        *counted_from;
  const char         *counted_from_event;
  const char         *origin;
  CgExplanation      *explanation;      /* put into words when read */
  const char * const *responsible;
} CgDeadlineFields;

/* Adds an entry made of @fields, kept as a plain record (see
 * CgDeadlineRecord): the rules make one for every count of every case. */
void cg_report_add_deadline_fields (CgReport               *self,
                                    const CgDeadlineFields *fields);

/* The entries as the library reads them, without making a CgDeadline of
 * each: a CgDeadlineRecord (cg-deadline-private.h) at each position. */
guint         cg_report_get_n_deadlines  (CgReport *self);
gconstpointer cg_report_peek_deadline    (CgReport *self,
                                          guint     position);
/* The same for findings, each a CgFindingRecord (cg-finding-private.h);
 * @message is taken. */
void          cg_report_add_finding_fields (CgReport   *self,
                                            const char *rule,
                                            CgSeverity  severity,
                                            const char *subject,
                                            char       *message,
                                            const char *source);
guint         cg_report_get_n_findings   (CgReport *self);
gconstpointer cg_report_peek_finding     (CgReport *self,
                                          guint     position);
/* Attaches @acknowledgement to the entry at @position. */
void          cg_report_acknowledge      (CgReport          *self,
                                          guint              position,
                                          CgAcknowledgement *acknowledgement);

G_END_DECLS
