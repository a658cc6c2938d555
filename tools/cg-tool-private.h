/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* Exit statuses shared by every subcommand (doc/rules.md, "Deadline entries
 * and findings"). */
#define CG_TOOL_EXIT_OK       0
#define CG_TOOL_EXIT_FINDINGS 1
#define CG_TOOL_EXIT_USAGE    2

/* Each subcommand parses its own options from argv (argv[0] is the
 * subcommand name) and returns the process exit status. */
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
int               cg_cmd_plan           (int          argc,
                                         char       **argv);

/* cg-tool.c */
CgPolicyRegistry *cg_tool_load_registry (void);
gboolean          cg_tool_parse_division (const char *text,
                                          CgDivision *division);
GDate            *cg_tool_parse_date    (const char *what,
                                         const char *text);
void              cg_tool_print_load_error (const char   *arg,
                                            const GError *error);
CgCase           *cg_tool_load_case     (const char         *arg);

G_END_DECLS
