/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined (CG_INSIDE) && !defined (CG_COMPILATION)
# error "Only <coregroup/coregroup.h> can be included directly."
#endif

#include <glib-object.h>

#include <coregroup/cg-version-macros.h>
#include <coregroup/cg-report.h>

G_BEGIN_DECLS

/**
 * CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS:
 *
 * How many working days before a due date a [class@CoreGroup.IcalendarWriter]
 * sets each reminder, unless told otherwise: 2.
 */
#define CG_ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS 2

#define CG_TYPE_ICALENDAR_WRITER (cg_icalendar_writer_get_type ())

CG_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CgIcalendarWriter, cg_icalendar_writer, CG, ICALENDAR_WRITER, GObject)

CG_AVAILABLE_IN_ALL
CgIcalendarWriter *cg_icalendar_writer_new                    (void) G_GNUC_WARN_UNUSED_RESULT;
CG_AVAILABLE_IN_ALL
int                cg_icalendar_writer_get_alarm_working_days (CgIcalendarWriter  *self);
CG_AVAILABLE_IN_ALL
void               cg_icalendar_writer_set_alarm_working_days (CgIcalendarWriter  *self,
                                                               int                 days);
CG_AVAILABLE_IN_ALL
GDateTime         *cg_icalendar_writer_get_timestamp          (CgIcalendarWriter  *self);
CG_AVAILABLE_IN_ALL
void               cg_icalendar_writer_set_timestamp          (CgIcalendarWriter  *self,
                                                               GDateTime          *timestamp);
CG_AVAILABLE_IN_ALL
char              *cg_icalendar_writer_to_data                (CgIcalendarWriter  *self,
                                                               CgReport          **reports,
                                                               guint               n_reports,
                                                               gsize              *length) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
