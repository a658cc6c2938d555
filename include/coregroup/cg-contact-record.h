/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>

G_BEGIN_DECLS

#define CG_TYPE_CONTACT_RECORD (cg_contact_record_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgContactRecord, cg_contact_record, CG, CONTACT_RECORD, GObject)

CG_AVAILABLE_IN_ALL
CgContactRecord    *cg_contact_record_new                    (const GDate        *date,
                                                              const char         *by) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_id                 (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_id                 (CgContactRecord    *self,
                                                              const char         *id);
CG_AVAILABLE_IN_ALL
GDate              *cg_contact_record_get_date               (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_date               (CgContactRecord    *self,
                                                              const GDate        *date);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_time               (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_time               (CgContactRecord    *self,
                                                              const char         *time);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_place              (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_place              (CgContactRecord    *self,
                                                              const char         *place);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_by                 (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_by                 (CgContactRecord    *self,
                                                              const char         *by);
CG_AVAILABLE_IN_ALL
gboolean            cg_contact_record_get_seen               (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_seen               (CgContactRecord    *self,
                                                              gboolean            seen);
CG_AVAILABLE_IN_ALL
gboolean            cg_contact_record_get_seen_alone         (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_seen_alone         (CgContactRecord    *self,
                                                              gboolean            seen_alone);
CG_AVAILABLE_IN_ALL
gboolean            cg_contact_record_get_unannounced        (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_unannounced        (CgContactRecord    *self,
                                                              gboolean            unannounced);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_interaction        (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_interaction        (CgContactRecord    *self,
                                                              const char         *interaction);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_development        (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_development        (CgContactRecord    *self,
                                                              const char         *development);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_parenting_capacity (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_parenting_capacity (CgContactRecord    *self,
                                                              const char         *parenting_capacity);
CG_AVAILABLE_IN_ALL
const char         *cg_contact_record_get_family_environment (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_family_environment (CgContactRecord    *self,
                                                              const char         *family_environment);
CG_AVAILABLE_IN_ALL
const char * const *cg_contact_record_get_risk_indicators    (CgContactRecord    *self);
CG_AVAILABLE_IN_ALL
void                cg_contact_record_set_risk_indicators    (CgContactRecord    *self,
                                                              const char * const *risk_indicators);

G_END_DECLS
