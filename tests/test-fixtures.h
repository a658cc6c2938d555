/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

/* Fixtures shared by the tests of the rules, the policies and the report
 * writers: small hand-made cases, evaluation under a policy on a given
 * day, and assertions on the report's entries and findings.
 *
 * Dates in these tests are counted in the England and Wales calendar; its
 * bank holidays around them are Fri 25 Dec 2026, Mon 28 Dec (Boxing Day),
 * Fri 1 Jan 2027, Good Friday 26 Mar 2027 and Easter Monday 29 Mar 2027. */

#include <coregroup/coregroup.h>

G_BEGIN_DECLS

/* The parts of a case document. Each part is JSON text; NULL gives the
 * default. With CASE (), name only the parts a test is about:
 *
 *   g_autoptr(CgCase) kase = CASE (.icpc = "2026-11-05",
 *                                  .meetings = CG ("cg1", "2026-11-17", PRESENT ("m1")));
 */
typedef struct
{
  const char *icpc;      /* the initial conference, YYYY-MM-DD (required) */
  const char *child;     /* the child object; default a verbal child */
  const char *members;   /* the members array's entries; default the five below */
  const char *plan;      /* the plan object; default none (an empty plan) */
  const char *extra;     /* further top-level fields, each followed by a comma */
  const char *meetings;  /* the meetings array's entries */
  const char *contacts;  /* the contacts array's entries */
  const char *events;    /* the events array's entries */
} CaseParts;

CgCase *case_new (const CaseParts *parts);
#define CASE(...) case_new (&(const CaseParts) { __VA_ARGS__ })

/* A member, with more fields (each preceded by a comma). */
#define MEMBER(id, name, role, fields) \
  "{ \"id\": \"" id "\", \"name\": \"" name "\", \"role\": \"" role "\"" fields " }"
/* The default members: m1 lead social worker, m2 health visitor, m3 parent,
 * m4 teacher, m5 team manager. */
#define DEFAULT_MEMBERS \
  MEMBER ("m1", "Lead", "lead-social-worker", "") "," \
  MEMBER ("m2", "Health", "health-visitor", "") "," \
  MEMBER ("m3", "Parent", "parent", "") "," \
  MEMBER ("m4", "Teacher", "teacher", "") "," \
  MEMBER ("m5", "Manager", "team-manager", "")

/* A core group meeting with the given attendance entries, and more fields
 * (each preceded by a comma) with CG_WITH. */
#define CG(id, date, attendance) CG_WITH (id, date, attendance, "")
#define CG_WITH(id, date, attendance, fields) \
  "{ \"id\": \"" id "\", \"kind\": \"core-group\", \"date\": \"" date "\", \"attendance\": [" attendance "]" fields " }"
#define ATTENDANCE(m, status) "{ \"member\": \"" m "\", \"status\": \"" status "\" }"
#define PRESENT(m) ATTENDANCE (m, "present")

/* A contact in which the child was seen by @by, not alone. */
#define SEEN(id, date, by) \
  "{ \"id\": \"" id "\", \"date\": \"" date "\", \"by\": \"" by "\", \"seen\": true }"
/* An event of @kind, with more fields (each preceded by a comma). */
#define EVENT(id, kind, date, fields) \
  "{ \"id\": \"" id "\", \"kind\": \"" kind "\", \"date\": \"" date "\"" fields " }"

/* The ids of the built-in policies, NULL-terminated. */
const char * const *builtin_policy_ids (void);
/* A built-in policy, from one registry kept for the whole test program. */
CgPolicy *builtin_policy (const char *id);
/* A registry of the built-in policies plus the policy file @policy_json,
 * read as local.json; if the file is refused, the registry has only the
 * built-in ones and @error is set. */
CgPolicyRegistry *registry_with (const char  *policy_json,
                                 GError     **error);

GDate    *date_new (const char *text);
/* England and Wales, with the authority closed on @day (YYYY-MM-DD), an
 * "Office closure". */
CgCalendar *calendar_closed_on (const char *day);
CgCase   *load_example (const char *name);
CgReport *evaluate (const char *policy_id,
                    CgCase     *kase,
                    const char *today);
CgReport *evaluate_policy (CgPolicy   *policy,
                           CgCase     *kase,
                           const char *today);

/* The nth (from 0) deadline entry of @rule, or NULL; the report owns it. */
CgDeadline *entry         (CgReport   *report,
                           const char *rule,
                           guint       nth);
guint       count_entries (CgReport   *report,
                           const char *rule);
/* Entry @nth of @rule is due on @due, with this status, met by @satisfied_by. */
void        assert_entry  (CgReport         *report,
                           const char       *rule,
                           guint             nth,
                           const char       *due,
                           CgDeadlineStatus  status,
                           const char       *satisfied_by);

/* The nth (from 0) finding of @rule, or NULL; the report owns it. */
CgFinding *finding         (CgReport   *report,
                            const char *rule,
                            guint       nth);
/* The subjects of @rule's findings joined by commas, and their messages
 * each followed by a semicolon. */
char      *findings        (CgReport   *report,
                            const char *rule);
char      *messages        (CgReport   *report,
                            const char *rule);
void       assert_findings (CgReport   *report,
                            const char *rule,
                            const char *subjects);
/* @rule's findings are on @subjects, all of @severity, with these
 * messages (each followed by a semicolon, as messages () gives them). */
void       assert_findings_are (CgReport   *report,
                                const char *rule,
                                const char *subjects,
                                CgSeverity  severity,
                                const char *expected_messages);
/* @rule has exactly one finding, with this subject, severity and message. */
void       assert_finding  (CgReport   *report,
                            const char *rule,
                            const char *subject,
                            CgSeverity  severity,
                            const char *message);

G_END_DECLS
