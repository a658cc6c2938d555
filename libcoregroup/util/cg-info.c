/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <coregroup/coregroup.h>

/**
 * cg_get_major_version:
 *
 * Gets the major version of the libcoregroup that is loaded at run time,
 * which may differ from [const@CoreGroup.MAJOR_VERSION] in the headers.
 *
 * Returns: the major version
 */
guint
cg_get_major_version (void)
{
  return CG_MAJOR_VERSION;
}

/**
 * cg_get_minor_version:
 *
 * Gets the minor version of the libcoregroup that is loaded at run time.
 *
 * Returns: the minor version
 */
guint
cg_get_minor_version (void)
{
  return CG_MINOR_VERSION;
}

/**
 * cg_get_micro_version:
 *
 * Gets the micro version of the libcoregroup that is loaded at run time.
 *
 * Returns: the micro version
 */
guint
cg_get_micro_version (void)
{
  return CG_MICRO_VERSION;
}
