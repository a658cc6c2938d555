#pragma once

#include <json-glib/json-glib.h>

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The case document format version this library reads and writes. */
#define CG_JSON_FORMAT_NAME    "coregroup-case"
#define CG_JSON_FORMAT_VERSION 1

/* Unknown members of a JSON object are kept on the GObject built from it,
 * under a slot name ("" for the object itself, or the name of a nested
 * object such as "child" that has no GObject of its own), and written back
 * after the known members on save. */
void        cg_json_extra_keep  (gpointer            owner,
                                 const char         *slot,
                                 JsonObject         *object,
                                 const char * const *known);
JsonObject *cg_json_extra_get   (gpointer            owner,
                                 const char         *slot);

G_END_DECLS
