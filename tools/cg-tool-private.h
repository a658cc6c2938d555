/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* Exit statuses shared by every subcommand (doc/rules.md, "Deadline entries
 * and findings"). */
#define CG_TOOL_EXIT_OK       0
#define CG_TOOL_EXIT_FINDINGS 1
#define CG_TOOL_EXIT_USAGE    2

/* A case naming a policy nobody knows, after "FILE: ". */
#define CG_TOOL_UNKNOWN_CASE_POLICY N_("policy: no policy of that id is known (see coregroup policies)")

/* Each subcommand parses its own options from argv (argv[0] is the
 * subcommand name) with cg_tool_option_context_new and
 * cg_tool_parse_options, and returns the process exit status. The program
 * name is "coregroup COMMAND" while it runs. */
typedef int (*CgToolCommandFunc) (int    argc,
                                  char **argv);

int               cg_cmd_validate       (int          argc,
                                         char       **argv);
int               cg_cmd_workdays       (int          argc,
                                         char       **argv);
int               cg_cmd_deadlines      (int          argc,
                                         char       **argv);
int               cg_cmd_policies       (int          argc,
                                         char       **argv);
int               cg_cmd_report         (int          argc,
                                         char       **argv);
int               cg_cmd_minutes        (int          argc,
                                         char       **argv);
int               cg_cmd_plan           (int          argc,
                                         char       **argv);

/* cg-tool.c */
GOptionContext   *cg_tool_option_context_new (const char         *parameters,
                                              const char         *summary,
                                              const GOptionEntry *entries);
gboolean          cg_tool_parse_options (GOptionContext     *context,
                                         int                *argc,
                                         char             ***argv);
int               cg_tool_usage_error   (const char         *format,
                                         ...) G_GNUC_PRINTF (1, 2);
const char       *cg_tool_check_format  (const char         *format,
                                         const char * const *formats);
const char       *cg_tool_enum_nick     (GType               type,
                                         int                 value);
const char       *cg_tool_enum_word     (GType               type,
                                         int                 value,
                                         const char         *context);
guint             cg_tool_enum_word_width (GType             type,
                                           const char       *context);
void              cg_tool_print_padded  (const char         *text,
                                         guint               width);
void              cg_tool_json_add_string (JsonBuilder      *builder,
                                           const char       *name,
                                           const char       *value);
void              cg_tool_print_json    (JsonNode           *root);
CgPolicyRegistry *cg_tool_load_registry (void);
gboolean          cg_tool_parse_division (const char *text,
                                          CgDivision *division);
GDate            *cg_tool_parse_date    (const char *what,
                                         const char *text);
void              cg_tool_print_load_error (const char   *arg,
                                            const GError *error);
CgPolicyRegistry *cg_tool_load_policies (const char * const *policy_files);
CgCase           *cg_tool_load_case     (const char         *arg);
CgPolicy         *cg_tool_find_policy   (CgPolicyRegistry   *registry,
                                         CgCase             *kase,
                                         const char         *policy_id,
                                         const char         *arg);

/* cg-caseload.c: the cases of a run over many paths, in path order. A
 * case that cannot be loaded or evaluated keeps the error that says why,
 * to be printed with cg_tool_print_load_error. */
typedef struct
{
  char     *path;    /* as given or found; "-" for standard input */
  GBytes   *data;    /* standard input's document, for "-" */
  CgCase   *kase;
  CgPolicy *policy;
  CgReport *report;
  GError   *error;
  int       ready;    /* atomic: loaded and evaluated, or failed */
  gboolean  written;  /* its output is out already, and the case dropped */
  gboolean  needs_action;  /* once written: what its report said */
} CgToolCase;

/* Given each case in path order on the calling thread as soon as it is
 * ready, while the rest are evaluated; FALSE stops the stream (the cases
 * from there on are for after the whole run). */
typedef gboolean (*CgToolStream) (CgToolCase *entry,
                                  gpointer    data);

void       cg_tool_case_free       (CgToolCase          *entry);
int        cg_tool_compare_strings (const void          *a,
                                    const void          *b);
GPtrArray *cg_tool_expand_paths    (char               **args);
CgCase    *cg_tool_case_load       (CgToolCase          *entry,
                                    GError             **error);
gboolean   cg_tool_print_case_errors (GPtrArray         *cases);
void       cg_tool_evaluate_cases  (GPtrArray           *cases,
                                    const char          *policy_id,
                                    CgPolicyRegistry    *registry,
                                    const GDate         *today,
                                    guint                jobs,
                                    CgToolStream         stream,
                                    gpointer             stream_data);

/* cg-caseload-formats.c: the forms of a run over many cases. */
void       cg_tool_print_csv       (GPtrArray           *cases);
void       cg_tool_print_summary   (GPtrArray           *cases,
                                    const GDate         *today);
void       cg_tool_print_json_string (const char        *text);

G_END_DECLS
