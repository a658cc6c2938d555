/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

#include "util/cg-strings-private.h"

G_BEGIN_DECLS

/* The instance, for the case reader, which stores the fields it reads
 * straight into a new CgMember (cg-case-fields.c) instead of setting each
 * property by name. Everything else goes through the methods. */
struct _CgMember
{
  GObject       parent_instance;
  CgStrings    *strings;  /* may hold the strings below (cg-strings-private.h) */
  char         *id;
  char         *name;
  char         *agency;
  CgMemberRole  role;
  guint8        needs_interpreter;  /* a boolean, a byte (CG_FIELD_AT_BOOL) */
  char         *address;
  char         *phone;
  char        **withhold_from;
};

G_END_DECLS
