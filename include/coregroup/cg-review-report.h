/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-case.h>
#include <coregroup/cg-policy.h>
#include <coregroup/cg-report.h>

G_BEGIN_DECLS

#define CG_TYPE_REVIEW_REPORT (cg_review_report_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgReviewReport, cg_review_report, CG, REVIEW_REPORT, GObject)

CG_AVAILABLE_IN_ALL
CgReviewReport *cg_review_report_new                 (CgCase          *kase,
                                                      CgPolicy        *policy,
                                                      const GDate     *review,
                                                      const GDate     *today,
                                                      GError         **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GDate          *cg_review_report_get_conference_date (CgReviewReport  *self);
CG_AVAILABLE_IN_ALL
gboolean        cg_review_report_get_booked          (CgReviewReport  *self);
CG_AVAILABLE_IN_ALL
GDate          *cg_review_report_get_period_start    (CgReviewReport  *self);
CG_AVAILABLE_IN_ALL
GDate          *cg_review_report_get_period_end      (CgReviewReport  *self);
CG_AVAILABLE_IN_ALL
CgReport       *cg_review_report_get_report          (CgReviewReport  *self);
CG_AVAILABLE_IN_ALL
char           *cg_review_report_to_json             (CgReviewReport  *self,
                                                      gsize           *length) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char           *cg_review_report_to_text             (CgReviewReport  *self) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char           *cg_review_report_to_html             (CgReviewReport  *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
