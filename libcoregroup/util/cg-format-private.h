/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* g_strdup_printf () for the library's messages, a few times cheaper.
 *
 * Evaluating a case words some forty dates, spans and findings and
 * writing its report as many again; through the C library's printf each
 * costs over a thousand instructions, a fifth of an evaluation. Messages
 * need only %s, %d, %u and %% and, because translations may reorder
 * them, their positional forms ("%2$s ... %1$s"): those are written here
 * directly. Any other format (a width, a flag, another conversion) goes
 * to g_strdup_vprintf (), so the text is always printf's. */
char *cg_strdup_format  (const char *format,
                         ...) G_GNUC_PRINTF (1, 2) G_GNUC_MALLOC;
char *cg_strdup_vformat (const char *format,
                         va_list     args) G_GNUC_PRINTF (1, 0) G_GNUC_MALLOC;
/* g_string_append_printf (), the same way. */
void  cg_string_append_format (GString    *text,
                               const char *format,
                               ...) G_GNUC_PRINTF (2, 3);

/* A valid @date as ISO 8601 ("2027-01-20") into @buffer, returning its
 * length; the year has at least four digits, as "%04u" writes it. */
gsize cg_format_iso_date (const GDate *date,
                          char         buffer[16]);

G_END_DECLS
