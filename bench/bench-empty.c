/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* A program linked like the command line that does nothing: what starting
 * any process with GLib, GIO, json-glib and libcoregroup costs on this
 * machine, so that bench/caseload can tell the command line's own start-up
 * from the system's. */

#include <coregroup/coregroup.h>

int
main (void)
{
  /* One call, so that the library is loaded and not dropped by the linker. */
  return cg_limits_get_type () == 0;
}
