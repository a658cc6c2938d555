/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include "config.h"

#include <string.h>

#include "util/cg-i18n-private.h"

/* Once a process: every lookup comes through here, so whichever of the
 * library's functions writes the first message binds the domain, in any
 * thread. UTF-8 whatever the locale's character set, as GLib wants its
 * strings. */
static void
cg_i18n_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      const char *dir = g_getenv ("COREGROUP_LOCALEDIR");

      bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_once_init_leave (&initialized, 1);
    }
}

const char *
cg_gettext (const char *msgid)
{
  cg_i18n_init ();
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
cg_pgettext (const char *msgctxtid,
             gsize       msgidoffset)
{
  cg_i18n_init ();
  return g_dpgettext (GETTEXT_PACKAGE, msgctxtid, msgidoffset);
}

const char *
cg_ngettext (const char *msgid,
             const char *msgid_plural,
             gulong      n)
{
  cg_i18n_init ();
  return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}

const char *
cg_dpgettext2 (const char *context,
               const char *msgid)
{
  gsize context_length = strlen (context), msgid_length = strlen (msgid);
  char buffer[128];
  g_autofree char *allocated = NULL;
  char *id = buffer;
  const char *translation;

  cg_i18n_init ();

  /* One lookup of "context\004msgid", as xgettext writes msgctxt.
   * g_dpgettext2 () looks a string it does not find up a second time, in
   * an older "context|msgid" form no catalogue of ours has: every name
   * of a day or month an English report writes cost two. */
  if (context_length + msgid_length + 2 > sizeof buffer)
    id = allocated = g_malloc (context_length + msgid_length + 2);
  memcpy (id, context, context_length);
  id[context_length] = '\004';
  memcpy (id + context_length + 1, msgid, msgid_length + 1);

  translation = g_dgettext (GETTEXT_PACKAGE, id);
  return translation == id ? msgid : translation;
}
