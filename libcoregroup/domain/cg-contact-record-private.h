/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"
#include "util/cg-strings-private.h"
#include "util/cg-util-private.h"

G_BEGIN_DECLS

/* The fields of a contact. A case keeps each contact read from a document
 * as this record, without a GObject, until someone asks for the contact
 * (cg_item_list_new_with_records ()); the rules read the records
 * (cg_case_peek_contact ()). */
typedef struct
{
  char   *id;
  GDate   date;   /* cleared: none */
  char   *time;
  char   *place;
  char   *by;
  guint8  seen;  /* booleans: a byte each (CG_FIELD_AT_BOOL) */
  guint8  seen_alone;
  guint8  unannounced;
  char   *interaction;
  char   *development;
  char   *parenting_capacity;
  char   *family_environment;
  char  **risk_indicators;
} CgContactFields;

/* The instance, for the case reader, which stores the fields it reads
 * straight into a record or a new CgContactRecord (cg-case-fields.c)
 * instead of setting each property by name. Everything else goes through
 * the methods. */
struct _CgContactRecord
{
  GObject          parent_instance;
  CgStrings       *strings;  /* may hold the strings below (cg-strings-private.h) */
  CgContactFields  record;
};

/* The day of the contact, or NULL when it has none. */
static inline GDate *
cg_contact_fields_get_date (const CgContactFields *contact)
{
  return cg_day_peek ((GDate *) &contact->date);
}

/* How a case's list of contacts keeps its records. */
extern const CgItemRecordKind cg_contact_record_kind;

G_END_DECLS
