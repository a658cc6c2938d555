/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-strings-private.h"

G_BEGIN_DECLS

/* The instance, for the case reader, which stores the fields it reads
 * straight into a new CgContactRecord (cg-case-fields.c) instead of setting each
 * property by name. Everything else goes through the methods. */
struct _CgContactRecord
{
  GObject parent_instance;
  CgStrings*strings;  /* may hold the strings below (cg-strings-private.h) */
  char *id;
  GDate  date;   /* cleared: none */
  char *time;
  char *place;
  char *by;
  guint8 seen;  /* booleans: a byte each (CG_FIELD_AT_BOOL) */
  guint8 seen_alone;
  guint8 unannounced;
  char *interaction;
  char *development;
  char *parenting_capacity;
  char *family_environment;
  char **risk_indicators;
};

G_END_DECLS
