/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-item-list-private.h"
#include "util/cg-strings-private.h"

G_BEGIN_DECLS

/* The fields of an attendance. A meeting keeps each attendance read from
 * a document as this record, without a GObject, until someone asks for
 * the attendance (cg_item_list_new_with_records ()); the rules read the
 * records (cg_meeting_peek_attendance ()). */
typedef struct
{
  char               *member_id;
  char               *substitute;
  CgAttendanceStatus  status;
  guint8              written_report;  /* booleans: a byte each (CG_FIELD_AT_BOOL) */
  guint8              interpreter;
} CgAttendanceFields;

/* The instance, for the case reader, which stores the fields it reads
 * straight into a record or a new CgAttendance (cg-case-fields.c) instead of setting each
 * property by name. Everything else goes through the methods. */
struct _CgAttendance
{
  GObject             parent_instance;
  CgStrings          *strings;  /* may hold the strings below (cg-strings-private.h) */
  CgAttendanceFields  record;
};

/* How a list of attendance keeps its records. */
extern const CgItemRecordKind cg_attendance_record_kind;

/* Whether the member counts as present (CgAttendance:attended). */
static inline gboolean
cg_attendance_fields_attended (const CgAttendanceFields *record)
{
  return record->status == CG_ATTENDANCE_STATUS_PRESENT ||
         record->status == CG_ATTENDANCE_STATUS_SUBSTITUTE;
}

G_END_DECLS
