/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <string.h>

#include <glib/gi18n-lib.h>

G_BEGIN_DECLS

/* The library's messages in the user's language (po/). _(), C_() and
 * cg_ngettext() look a message up in the GETTEXT_PACKAGE domain, which
 * the first lookup binds to the installed catalogues, or to the directory
 * COREGROUP_LOCALEDIR names (the build tree's po/, for the tests): an
 * application in C, Python or GJS gets the translations by setting its
 * locale, with no bindtextdomain of its own. N_() and NC_() only mark a
 * string for the catalogue. As GLib's glib_gettext() does. */
#undef _
#undef C_
#define _(String) cg_gettext (String)
#define C_(Context, String) cg_pgettext (Context "\004" String, strlen (Context) + 1)

const char *cg_gettext    (const char *msgid) G_GNUC_FORMAT (1);
const char *cg_pgettext   (const char *msgctxtid,
                           gsize       msgidoffset) G_GNUC_FORMAT (1);
const char *cg_ngettext   (const char *msgid,
                           const char *msgid_plural,
                           gulong      n) G_GNUC_FORMAT (1) G_GNUC_FORMAT (2);

/* A string known only at run time (a bank holiday's name, a rule's
 * summary) looked up under @context: the string itself when the
 * catalogue does not have it. */
const char *cg_dpgettext2 (const char *context,
                           const char *msgid) G_GNUC_FORMAT (2);

G_END_DECLS
