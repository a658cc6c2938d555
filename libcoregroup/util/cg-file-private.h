/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Reads a whole regular file, refusing anything else (a FIFO, a device,
 * a directory) before reading a byte, and anything larger than @limit
 * bytes. Errors are G_IO_ERROR; their messages name the file and the
 * problem, never the contents. */
GBytes   *cg_file_load_bounded      (GFile        *file,
                                     gsize         limit,
                                     GError      **error);

/* Replaces @file with @data so that at every moment the file is either
 * the old one, whole, or the new one, whole: the data goes to an unnamed
 * temporary file in the target's directory (O_TMPFILE; a named one
 * ".NAME.cg-save-XXXXXX" where the file system has no unnamed files),
 * which is synced, linked in and renamed over the target, and the
 * directory is synced. A symlink is followed: its target is replaced and
 * the link kept. The file keeps its permission bits; a new file is made
 * 0600. On any failure the temporary file is removed and the old file is
 * untouched. Temporaries a killed save left behind beside the file are
 * removed before the next save of the same file. */
gboolean  cg_file_replace_atomically (GFile       *file,
                                      const char  *data,
                                      gsize        length,
                                      GError     **error);

G_END_DECLS
