/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* How a due date was worked out, kept as the facts of the count and put
 * into words only when somebody reads it (CgDeadline:explanation): a
 * caseload's evaluation makes hundreds of thousands of entries and most
 * reports never show their explanations. The words are those of the
 * locale at the first reading.
 *
 * @what names the day counted from as the rule gave it ("the core
 * group"), a negative @value is a window before @from that opens on
 * @window_start and closes on @due; a note may say where the figure came
 * from. */
typedef struct _CgExplanation CgExplanation;

CgExplanation *cg_explanation_new   (CgCalendar          *calendar,
                                     const GDate         *from,
                                     const char          *what,
                                     int                  value,
                                     CgTimeUnit           unit,
                                     const GDate         *window_start,
                                     const GDate         *due);

/* The figure is a conference's, set at @what on @day (", the figure the
 * initial conference of ... set"). */
void           cg_explanation_note_decision  (CgExplanation *self,
                                              const char    *what,
                                              const GDate   *day);

/* A conference's figure cut short the count from @what of @day, which
 * would have ended on @due. */
void           cg_explanation_note_cut_short (CgExplanation *self,
                                              const char    *what,
                                              const GDate   *day,
                                              const GDate   *due);

/* @what of @day set @value @unit, which would end later, on @due. */
void           cg_explanation_note_later     (CgExplanation *self,
                                              const char    *what,
                                              const GDate   *day,
                                              int            value,
                                              CgTimeUnit     unit,
                                              const GDate   *due);

char          *cg_explanation_to_string (const CgExplanation *self);
void           cg_explanation_free      (CgExplanation       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CgExplanation, cg_explanation_free)

G_END_DECLS
