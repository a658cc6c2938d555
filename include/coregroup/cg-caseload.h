/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-case.h>
#include <coregroup/cg-policy-registry.h>

G_BEGIN_DECLS

#define CG_TYPE_CASELOAD_FAILURE (cg_caseload_failure_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgCaseloadFailure, cg_caseload_failure, CG, CASELOAD_FAILURE, GObject)

CG_AVAILABLE_IN_ALL
GFile      *cg_caseload_failure_get_file    (CgCaseloadFailure *self);
CG_AVAILABLE_IN_ALL
const char *cg_caseload_failure_get_message (CgCaseloadFailure *self);

#define CG_TYPE_CASELOAD (cg_caseload_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgCaseload, cg_caseload, CG, CASELOAD, GObject)

CG_AVAILABLE_IN_ALL
CgCaseload *cg_caseload_new                 (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
GListModel *cg_caseload_get_failures        (CgCaseload           *self);
CG_AVAILABLE_IN_ALL
GListModel *cg_caseload_get_reports         (CgCaseload           *self);
CG_AVAILABLE_IN_ALL
guint       cg_caseload_get_n_loaded        (CgCaseload           *self);
CG_AVAILABLE_IN_ALL
guint       cg_caseload_get_n_total         (CgCaseload           *self);

CG_AVAILABLE_IN_ALL
void        cg_caseload_load_async          (CgCaseload           *self,
                                             GFile               **files,
                                             guint                 n_files,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
CG_AVAILABLE_IN_ALL
gboolean    cg_caseload_load_finish         (CgCaseload           *self,
                                             GAsyncResult         *result,
                                             GError              **error);

CG_AVAILABLE_IN_ALL
void        cg_caseload_evaluate_async      (CgCaseload           *self,
                                             CgPolicyRegistry     *registry,
                                             const GDate          *today,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
CG_AVAILABLE_IN_ALL
gboolean    cg_caseload_evaluate_finish     (CgCaseload           *self,
                                             GAsyncResult         *result,
                                             GError              **error);

G_END_DECLS
