/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* What the three harnesses share. Each harness is built twice: with
 * libFuzzer's main (clang, -Dfuzzing=true) and with replay-main.c, a plain
 * main() that runs each file of a corpus through it once, so the normal
 * test suite replays the corpus. */

#include <stddef.h>
#include <stdint.h>

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The libFuzzer entry points each harness defines. */
int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* Makes every warning, critical and error abort: a g_return_if_fail()
 * reached from data is a bug of the library, not a message. */
void        cg_fuzz_init        (void);

/* A pointer that is never NULL, for the loaders that refuse NULL data
 * even with a length of 0. */
const char *cg_fuzz_data        (const uint8_t *data);

/* A hash of the input, to derive dates and counts from it. */
guint32     cg_fuzz_hash        (const uint8_t *data,
                                 size_t         size);

/* Sets @date to @julian, brought inside the years a calendar covers
 * (1900-2199). */
void        cg_fuzz_set_julian  (GDate         *date,
                                 gint64         julian);

/* Aborts with @what when @condition is false: a broken property of the
 * library is a crash for the fuzzer. */
#define cg_fuzz_check(condition, what) \
  G_STMT_START { \
    if (G_UNLIKELY (!(condition))) \
      cg_fuzz_fail (__FILE__, __LINE__, (what)); \
  } G_STMT_END

G_NORETURN
void        cg_fuzz_fail        (const char    *file,
                                 int            line,
                                 const char    *what);

G_END_DECLS
