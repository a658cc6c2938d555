/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The entries of one list section of the plan (needs, risks, strengths):
 * each a text, who may read it, and how the case document wrote it, a
 * plain string or an object with the fields the library does not know,
 * so that a document is written back as it was read. The plan's GStrv
 * getters return the texts, kept NULL-terminated: NULL when there is no
 * entry, as before sections had entries. */
typedef struct _CgPlanEntries CgPlanEntries;

/* Kept in the plan itself, one per section: a plan has three sections of
 * a few entries each, so the texts (NULL-terminated), the entries and the
 * characters of the texts share one block. It grows by doubling while
 * entries are appended, and cg_plan_entries_trim () makes it fit once
 * they all are. */
struct _CgPlanEntries
{
  guint     len;
  guint     room;        /* entries the block has room for */
  gsize     room_chars;  /* characters it has room for */
  gpointer  block;       /* char *texts[room + 1], Entry entries[room], then the texts'
                          * characters; NULL when it has no room */
};/* A CgPlanEntries starts zeroed, with no entry; cg_plan_entries_clear ()
 * frees what it holds. */


guint               cg_plan_entries_get_len      (CgPlanEntries      *self);
const char * const *cg_plan_entries_get_texts    (CgPlanEntries      *self);
CgAudience          cg_plan_entries_get_audience (CgPlanEntries      *self,
                                                  guint               index);
/* Whether the entry is written as an object ({"text": ...}); one for
 * professionals always is. */
gboolean            cg_plan_entries_get_object   (CgPlanEntries      *self,
                                                  guint               index);
/* The unknown members of an entry written as an object, or NULL. */
JsonObject         *cg_plan_entries_get_extra    (CgPlanEntries      *self,
                                                  guint               index);
guint               cg_plan_entries_count        (CgPlanEntries      *self,
                                                  CgAudience          audience);

/* An entry as read; @extra may be NULL. */
void                cg_plan_entries_append       (CgPlanEntries      *self,
                                                  const char         *text,
                                                  CgAudience          audience,
                                                  gboolean            object,
                                                  JsonObject         *extra);
void                cg_plan_entries_clear        (CgPlanEntries      *self);
/* Frees the room not used, once the entries are appended. */
void                cg_plan_entries_trim         (CgPlanEntries      *self);

/* Replaces the texts, as the plan's GStrv setters do, and returns TRUE
 * when they changed. An entry whose text is kept keeps its audience and
 * form. A new text is for professionals when an entry for professionals
 * was not kept (it may be that entry reworded), for everyone otherwise:
 * replacing the texts never shows the family what was kept from it. */
gboolean            cg_plan_entries_replace      (CgPlanEntries      *self,
                                                  const char * const *texts);
/* TRUE when the audience changed. */
gboolean            cg_plan_entries_set_audience (CgPlanEntries      *self,
                                                  guint               index,
                                                  CgAudience          audience);


G_END_DECLS
