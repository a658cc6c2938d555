/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <gio/gio.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-limits.h>
#include <coregroup/cg-acknowledgement.h>
#include <coregroup/cg-case-event.h>
#include <coregroup/cg-child-protection-plan.h>
#include <coregroup/cg-conference.h>
#include <coregroup/cg-conference-decision.h>
#include <coregroup/cg-contact-record.h>
#include <coregroup/cg-core-group.h>
#include <coregroup/cg-escalation.h>
#include <coregroup/cg-review-request.h>

G_BEGIN_DECLS

/**
 * CgAbuseCategory:
 * @CG_ABUSE_CATEGORY_NONE: no category recorded
 * @CG_ABUSE_CATEGORY_NEGLECT: neglect
 * @CG_ABUSE_CATEGORY_PHYSICAL_ABUSE: physical abuse
 * @CG_ABUSE_CATEGORY_EMOTIONAL_ABUSE: emotional abuse
 * @CG_ABUSE_CATEGORY_SEXUAL_ABUSE: sexual abuse
 *
 * The categories of abuse or neglect under which the child is subject of a
 * plan (Working Together 2023, Appendix A). A plan may name several. The
 * JSON format writes them as an array of nicks (`["neglect"]`).
 */
typedef enum /*< flags >*/
{
  CG_ABUSE_CATEGORY_NONE            = 0,
  CG_ABUSE_CATEGORY_NEGLECT         = 1 << 0,
  CG_ABUSE_CATEGORY_PHYSICAL_ABUSE  = 1 << 1,
  CG_ABUSE_CATEGORY_EMOTIONAL_ABUSE = 1 << 2,
  CG_ABUSE_CATEGORY_SEXUAL_ABUSE    = 1 << 3,
} CgAbuseCategory;

#define CG_TYPE_CASE (cg_case_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgCase, cg_case, CG, CASE, GObject)

CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new                       (const char           *id) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new_from_data             (const char           *data,
                                                          gssize                length,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new_from_file             (GFile                *file,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new_from_data_with_limits (const char           *data,
                                                          gssize                length,
                                                          CgLimits             *limits,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new_from_file_with_limits (GFile                *file,
                                                          CgLimits             *limits,
                                                          GError              **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new_from_bytes            (GBytes             *bytes,
                                                          CgLimits           *limits,
                                                          GError            **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_new_from_stream           (GInputStream       *stream,
                                                          CgLimits           *limits,
                                                          GCancellable       *cancellable,
                                                          GError            **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
void                   cg_case_load_async                (GFile              *file,
                                                          GCancellable       *cancellable,
                                                          GAsyncReadyCallback callback,
                                                          gpointer            user_data);
CG_AVAILABLE_IN_ALL
CgCase                *cg_case_load_finish               (GAsyncResult       *result,
                                                          GError            **error) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
char                  *cg_case_to_data                   (CgCase               *self,
                                                          gsize                *length) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
gboolean               cg_case_save                      (CgCase               *self,
                                                          GFile                *file,
                                                          GError              **error);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_validate                  (CgCase               *self,
                                                          GError              **error);

CG_AVAILABLE_IN_ALL
void                   cg_case_set_history_key           (CgCase               *self,
                                                          GBytes               *key);
CG_AVAILABLE_IN_ALL
GBytes                *cg_case_get_history_key           (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_verify_history            (CgCase               *self,
                                                          GError              **error);

CG_AVAILABLE_IN_ALL
const char            *cg_case_get_id                    (CgCase               *self);
CG_AVAILABLE_IN_ALL
const char            *cg_case_get_policy                (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_policy                (CgCase               *self,
                                                          const char           *policy);
CG_AVAILABLE_IN_ALL
const char            *cg_case_get_family                (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_family                (CgCase               *self,
                                                          const char           *family);
CG_AVAILABLE_IN_ALL
const char            *cg_case_get_child_name            (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_child_name            (CgCase               *self,
                                                          const char           *name);
CG_AVAILABLE_IN_ALL
GDate                 *cg_case_get_child_date_of_birth   (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_child_date_of_birth   (CgCase               *self,
                                                          const GDate          *date);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_get_child_pre_verbal      (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_child_pre_verbal      (CgCase               *self,
                                                          gboolean              pre_verbal);
CG_AVAILABLE_IN_ALL
CgAbuseCategory        cg_case_get_categories            (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_categories            (CgCase               *self,
                                                          CgAbuseCategory       categories);
CG_AVAILABLE_IN_ALL
const char            *cg_case_get_background_family_composition (CgCase     *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_background_family_composition (CgCase     *self,
                                                                  const char *text);
CG_AVAILABLE_IN_ALL
const char            *cg_case_get_background_brief_history      (CgCase     *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_background_brief_history      (CgCase     *self,
                                                                  const char *text);
CG_AVAILABLE_IN_ALL
GDate                 *cg_case_get_initial_conference    (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_initial_conference    (CgCase               *self,
                                                          const GDate          *date);
CG_AVAILABLE_IN_ALL
GDate                 *cg_case_get_plan_ended            (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_set_plan_ended            (CgCase               *self,
                                                          const GDate          *date);
CG_AVAILABLE_IN_ALL
CgCoreGroup           *cg_case_get_core_group            (CgCase               *self);
CG_AVAILABLE_IN_ALL
CgChildProtectionPlan *cg_case_get_plan                  (CgCase               *self);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_review_conferences    (CgCase               *self);
CG_AVAILABLE_IN_ALL
void                   cg_case_add_review_conference     (CgCase               *self,
                                                          CgConference         *conference);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_contacts              (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_add_contact               (CgCase               *self,
                                                          CgContactRecord      *contact,
                                                          GError              **error);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_events                (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_add_event                 (CgCase               *self,
                                                          CgCaseEvent          *event,
                                                          GError              **error);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_conference_decisions  (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_add_conference_decision   (CgCase               *self,
                                                          CgConferenceDecision *decision,
                                                          GError              **error);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_acknowledgements      (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_add_acknowledgement       (CgCase               *self,
                                                          CgAcknowledgement    *acknowledgement,
                                                          GError              **error);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_review_requests       (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_add_review_request        (CgCase               *self,
                                                          CgReviewRequest      *request,
                                                          GError              **error);
CG_AVAILABLE_IN_ALL
GListModel            *cg_case_get_escalations           (CgCase               *self);
CG_AVAILABLE_IN_ALL
gboolean               cg_case_add_escalation            (CgCase               *self,
                                                          CgEscalation         *escalation,
                                                          GError              **error);

G_END_DECLS
