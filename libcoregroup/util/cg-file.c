/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Reading a file with bounds, and replacing one atomically and durably.
 * GIO's g_file_replace_contents rewrites a file in place when it cannot
 * make a temporary beside it (through a symlink, or in a directory the
 * process may not write) and leaves a named copy of the whole case behind
 * when the process is killed, so the library does this itself. */

#define _GNU_SOURCE

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "util/cg-file-private.h"
#include "util/cg-i18n-private.h"

#define TEMP_INFIX ".cg-save-"

static gboolean
fail_errno (GError    **error,
            int         errsv,
            const char *display,
            const char *what)
{
  /* Translators: a file's name, what could not be done ("cannot read") and
   * the system's reason. */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), _("%s: %s: %s"),
               display, what, g_strerror (errsv));
  return FALSE;
}

static void
fail_too_large (GError     **error,
                const char  *display,
                gsize        limit)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               /* Translators: a file's name and the most bytes the library
                * reads. */
               cg_ngettext ("%s: larger than the limit of %lu byte", "%s: larger than the limit of %lu bytes",
                            (gulong) limit),
               display, (gulong) limit);
}

static GBytes *
load_non_native (GFile   *file,
                 gsize    limit,
                 GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *display = g_file_get_parse_name (file);
  g_autofree char *contents = NULL;
  gsize length;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      /* Translators: %s is a file's name. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("%s: not a regular file"), display);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > limit)
    {
      fail_too_large (error, display, limit);
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  if (length > limit)
    {
      fail_too_large (error, display, limit);
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

GBytes *
cg_file_load_bounded (GFile   *file,
                      gsize    limit,
                      GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *display = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  struct stat st;
  int fd;

  if (path == NULL)
    return load_non_native (file, limit, error);

  display = g_file_get_parse_name (file);
  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd < 0)
    return fail_errno (error, errno, display, _("cannot open")), NULL;

  if (fstat (fd, &st) != 0)
    {
      int errsv = errno;

      close (fd);
      return fail_errno (error, errsv, display, _("cannot read")), NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, G_IO_ERROR, S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                   /* Translators: %s is a file's name. */
                   _("%s: not a regular file"), display);
      return NULL;
    }
  if ((guint64) st.st_size > limit)
    {
      close (fd);
      fail_too_large (error, display, limit);
      return NULL;
    }

  /* The file may grow while it is read: stop one byte past the limit. */
  buffer = g_byte_array_sized_new ((guint) st.st_size + 1);
  for (;;)
    {
      guint8 chunk[65536];
      ssize_t n = read (fd, chunk, MIN (sizeof chunk, limit + 1 - buffer->len));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int errsv = errno;

          close (fd);
          return fail_errno (error, errsv, display, _("cannot read")), NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > limit)
        {
          close (fd);
          fail_too_large (error, display, limit);
          return NULL;
        }
    }

  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      ssize_t n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Removes what an earlier save of @base, killed between creating its
 * temporary and renaming it, left in the directory. */
static void
remove_stale_temporaries (int         dirfd,
                          const char *base)
{
  g_autofree char *prefix = g_strconcat (".", base, TEMP_INFIX, NULL);
  int copy = dup (dirfd);
  DIR *dir = copy >= 0 ? fdopendir (copy) : NULL;
  struct dirent *entry;

  if (dir == NULL)
    {
      if (copy >= 0)
        close (copy);
      return;
    }

  while ((entry = readdir (dir)) != NULL)
    if (g_str_has_prefix (entry->d_name, prefix) &&
        strlen (entry->d_name) == strlen (prefix) + 6)
      unlinkat (dirfd, entry->d_name, 0);

  closedir (dir);
}

static char *
temp_name (const char *base)
{
  static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  char suffix[7];

  for (guint i = 0; i < 6; i++)
    suffix[i] = letters[g_random_int_range (0, sizeof letters - 1)];
  suffix[6] = '\0';
  return g_strconcat (".", base, TEMP_INFIX, suffix, NULL);
}

/* Writes and syncs the data into a file with no name, then gives it a
 * temporary one. Returns -1 with errno EOPNOTSUPP where the file system
 * (or a missing /proc) does not allow it. */
static int
write_unnamed (int          dirfd,
               const char  *base,
               mode_t       mode,
               const char  *data,
               gsize        length,
               char       **name_out)
{
  g_autofree char *proc = NULL;
  int fd, errsv;

  fd = openat (dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (fd < 0)
    {
      if (errno == EISDIR || errno == EINVAL)
        errno = EOPNOTSUPP;
      return -1;
    }

  if (fchmod (fd, mode) != 0 || !write_all (fd, data, length) || fsync (fd) != 0)
    goto fail;

  proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  for (guint attempt = 0; attempt < 16; attempt++)
    {
      g_autofree char *name = temp_name (base);

      if (linkat (AT_FDCWD, proc, dirfd, name, AT_SYMLINK_FOLLOW) == 0)
        {
          *name_out = g_steal_pointer (&name);
          if (close (fd) != 0)
            {
              errsv = errno;
              unlinkat (dirfd, *name_out, 0);
              g_clear_pointer (name_out, g_free);
              errno = errsv;
              return -1;
            }
          return 0;
        }
      if (errno != EEXIST)
        break;
    }
  if (errno == ENOENT)
    errno = EOPNOTSUPP;

fail:
  errsv = errno;
  close (fd);
  errno = errsv;
  return -1;
}

static int
write_named (int          dirfd,
             const char  *base,
             mode_t       mode,
             const char  *data,
             gsize        length,
             char       **name_out)
{
  g_autofree char *name = NULL;
  int fd = -1, errsv;

  for (guint attempt = 0; attempt < 16 && fd < 0; attempt++)
    {
      g_free (name);
      name = temp_name (base);
      fd = openat (dirfd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
      if (fd < 0 && errno != EEXIST)
        return -1;
    }
  if (fd < 0)
    return -1;

  if (fchmod (fd, mode) != 0 || !write_all (fd, data, length) || fsync (fd) != 0)
    {
      errsv = errno;
      close (fd);
      unlinkat (dirfd, name, 0);
      errno = errsv;
      return -1;
    }
  if (close (fd) != 0)
    {
      errsv = errno;
      unlinkat (dirfd, name, 0);
      errno = errsv;
      return -1;
    }

  *name_out = g_steal_pointer (&name);
  return 0;
}

gboolean
cg_file_replace_atomically (GFile       *file,
                            const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *display = g_file_get_parse_name (file);
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp = NULL;
  mode_t mode = 0600;
  struct stat st;
  int dirfd;

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a file's name. */
                   _("%s: only a local file can be replaced atomically"), display);
      return FALSE;
    }

  /* Follow a symlink to the file it names, so the link stays a link. */
  if (lstat (path, &st) == 0)
    {
      if (S_ISLNK (st.st_mode))
        {
          target = realpath (path, NULL);
          if (target == NULL || stat (target, &st) != 0)
            return fail_errno (error, errno, display, _("the symbolic link leads nowhere"));
        }
      else
        target = g_strdup (path);
      if (!S_ISREG (st.st_mode))
        {
          /* Translators: %s is a file's name. */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("%s: not a regular file"), display);
          return FALSE;
        }
      mode = st.st_mode & 07777;
    }
  else if (errno == ENOENT)
    target = g_strdup (path);
  else
    return fail_errno (error, errno, display, _("cannot save"));

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  dirfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirfd < 0)
    return fail_errno (error, errno, display, _("cannot open the folder to save in"));

  remove_stale_temporaries (dirfd, base);
  if (write_unnamed (dirfd, base, mode, data, length, &temp) != 0 &&
      (errno != EOPNOTSUPP || write_named (dirfd, base, mode, data, length, &temp) != 0))
    {
      int errsv = errno;

      close (dirfd);
      return fail_errno (error, errsv, display, _("cannot save"));
    }

  if (renameat (dirfd, temp, dirfd, base) != 0)
    {
      int errsv = errno;

      unlinkat (dirfd, temp, 0);
      close (dirfd);
      return fail_errno (error, errsv, display, _("cannot save"));
    }

  /* The rename is durable only once the directory is. */
  if (fsync (dirfd) != 0 && errno != EINVAL)
    {
      int errsv = errno;

      close (dirfd);
      return fail_errno (error, errsv, display, _("saved, but the folder could not be synced"));
    }

  close (dirfd);
  return TRUE;
}
