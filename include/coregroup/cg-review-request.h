/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

/**
 * CgReviewDirection:
 * @CG_REVIEW_DIRECTION_EARLIER: the review conference is asked to be
 *   brought forward (`earlier`)
 * @CG_REVIEW_DIRECTION_LATER: the review conference is asked to be put
 *   back (`later`)
 *
 * Which way a [class@CoreGroup.ReviewRequest] asks to move the next review
 * conference.
 */
typedef enum
{
  CG_REVIEW_DIRECTION_EARLIER,
  CG_REVIEW_DIRECTION_LATER,
} CgReviewDirection;

/**
 * CgReviewDecision:
 * @CG_REVIEW_DECISION_OPEN: not decided yet (`null` in the case document)
 * @CG_REVIEW_DECISION_AGREED: the request was agreed (`agreed`)
 * @CG_REVIEW_DECISION_DECLINED: the request was declined (`declined`)
 *
 * What became of a [class@CoreGroup.ReviewRequest].
 */
typedef enum
{
  CG_REVIEW_DECISION_OPEN,
  CG_REVIEW_DECISION_AGREED,
  CG_REVIEW_DECISION_DECLINED,
} CgReviewDecision;

#define CG_TYPE_REVIEW_REQUEST (cg_review_request_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgReviewRequest, cg_review_request, CG, REVIEW_REQUEST, GObject)

CG_AVAILABLE_IN_ALL
CgReviewRequest   *cg_review_request_new            (const GDate       *date,
                                                     const char        *by,
                                                     CgReviewDirection  direction,
                                                     const char        *reason) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate             *cg_review_request_get_date       (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
const char        *cg_review_request_get_by         (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
CgReviewDirection  cg_review_request_get_direction  (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
const char        *cg_review_request_get_reason     (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
CgReviewDecision   cg_review_request_get_decision   (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
GDate             *cg_review_request_get_decided_on (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
const char        *cg_review_request_get_decided_by (CgReviewRequest   *self);
CG_AVAILABLE_IN_ALL
void               cg_review_request_decide         (CgReviewRequest   *self,
                                                     CgReviewDecision   decision,
                                                     const GDate       *decided_on,
                                                     const char        *decided_by);

G_END_DECLS
