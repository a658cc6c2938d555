/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "documents/cg-document-private.h"

G_BEGIN_DECLS

/* The report to a review conference is gathered once into its JSON form
 * (cg-review-report.c), and the text and HTML documents are laid out
 * from that (cg-review-report-document.c), so the three forms cannot say
 * different things. */
CgDocument *cg_review_report_document_new (JsonObject *report);

G_END_DECLS
