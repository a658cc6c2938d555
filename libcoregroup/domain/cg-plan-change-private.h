/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-strings-private.h"
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The instance, for the case reader, which stores the fields it reads
 * straight into a new CgPlanChange (cg-case-fields.c) instead of setting each
 * property by name. Everything else goes through the methods. */
struct _CgPlanChange
{
  GObject             parent_instance;
  CgStrings          *strings;  /* may hold the strings below (cg-strings-private.h) */
  CgPlanChangeSource  source;
  CgPlanChangeKind    kind;
  char               *author;
  GDate               date;   /* cleared: none */
  char               *reason;
  char               *meeting;
  char               *target;
  char               *summary;
  JsonNode           *stored_link;
};

G_END_DECLS
