/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The forms of `coregroup deadlines` over many cases that have no
 * single-case counterpart in the library: CSV rows and the caseload
 * summary (doc/using.md, "Many cases at once"). */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cg-tool-private.h"

/* RFC 4180: a field holding a comma, a quote or a line break is quoted,
 * its quotes doubled. */
static void
print_csv_field (const char *text,
                 gboolean    last)
{
  if (text == NULL)
    text = "";

  if (strpbrk (text, ",\"\r\n") != NULL)
    {
      putchar ('"');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '"')
            putchar ('"');
          putchar (*p);
        }
      putchar ('"');
    }
  else
    fputs (text, stdout);

  /* RFC 4180 ends records in CRLF. */
  fputs (last ? "\r\n" : ",", stdout);
}

static void
print_csv_date (const GDate *date)
{
  g_autofree char *text = date != NULL ? cg_date_format (date) : NULL;

  print_csv_field (text, FALSE);
}

void
cg_tool_print_csv (GPtrArray *cases)
{
  g_autoptr(GEnumClass) statuses = g_type_class_ref (CG_TYPE_DEADLINE_STATUS);

  fputs ("case,policy,rule,due,status,satisfied_on,counted_from,responsible,acknowledged,source\r\n", stdout);
  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);
      GListModel *deadlines;

      if (entry->report == NULL)
        continue;

      deadlines = cg_report_get_deadlines (entry->report);
      for (guint j = 0; j < g_list_model_get_n_items (deadlines); j++)
        {
          g_autoptr(CgDeadline) deadline = g_list_model_get_item (deadlines, j);
          const char * const *responsible = cg_deadline_get_responsible (deadline);
          g_autofree char *who = responsible != NULL ? g_strjoinv (" ", (char **) responsible) : NULL;

          print_csv_field (cg_report_get_case_id (entry->report), FALSE);
          print_csv_field (cg_report_get_policy_id (entry->report), FALSE);
          print_csv_field (cg_deadline_get_rule (deadline), FALSE);
          print_csv_date (cg_deadline_get_due (deadline));
          print_csv_field (g_enum_get_value (statuses, cg_deadline_get_status (deadline))->value_nick, FALSE);
          print_csv_date (cg_deadline_get_satisfied_on (deadline));
          print_csv_date (cg_deadline_get_counted_from (deadline));
          print_csv_field (who, FALSE);
          print_csv_field (cg_deadline_is_acknowledged (deadline) ? "yes" : NULL, FALSE);
          print_csv_field (cg_deadline_get_source (deadline), TRUE);
        }
    }
}

typedef struct
{
  guint       index;     /* of the case, for path order among equals */
  const char *case_id;
  const char *rule;
  GDate      *due;
  int         days;
} Overdue;

static int
compare_overdue (gconstpointer a,
                 gconstpointer b)
{
  const Overdue *x = a, *y = b;

  if (x->days != y->days)
    return y->days - x->days;
  if (x->index != y->index)
    return x->index < y->index ? -1 : 1;
  return g_date_compare (x->due, y->due);
}

static void
count (GHashTable *counts,
       const char *key)
{
  gpointer n = g_hash_table_lookup (counts, key);

  g_hash_table_insert (counts, (gpointer) key, GUINT_TO_POINTER (GPOINTER_TO_UINT (n) + 1));
}

/* "  pending                                       12": @label may be a
 * word with more bytes than characters. */
static void
print_count (const char *label,
             guint       n)
{
  printf ("  ");
  cg_tool_print_padded (label, 40);
  printf (" %6u\n", n);
}

static void
print_counts (const char *heading,
              GHashTable *counts)
{
  g_autofree gpointer *keys = g_hash_table_get_keys_as_array (counts, NULL);
  guint n = g_hash_table_size (counts);

  printf ("\n%s\n", heading);
  qsort (keys, n, sizeof (gpointer), cg_tool_compare_strings);
  for (guint i = 0; i < n; i++)
    print_count (keys[i], GPOINTER_TO_UINT (g_hash_table_lookup (counts, keys[i])));
  if (n == 0)
    printf ("  %s\n", _("None."));
}

/* Counts per policy (of cases), per rule and per status (of deadline
 * entries), then what is overdue and not acknowledged, longest first. */
void
cg_tool_print_summary (GPtrArray   *cases,
                       const GDate *today)
{
  g_autoptr(GHashTable) policies = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) rules = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) overdue = g_array_new (FALSE, FALSE, sizeof (Overdue));
  g_autoptr(GPtrArray) deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  guint by_status[CG_DEADLINE_STATUS_PENDING + 1] = { 0, };
  g_autofree char *today_text = cg_date_format (today);
  guint n_cases = 0;

  for (guint i = 0; i < cases->len; i++)
    {
      CgToolCase *entry = g_ptr_array_index (cases, i);
      CgCalendar *calendar;
      GListModel *list;

      if (entry->report == NULL)
        continue;

      n_cases++;
      count (policies, cg_report_get_policy_id (entry->report));
      /* The calendar the report was counted in. */
      calendar = cg_report_get_calendar (entry->report);
      list = cg_report_get_deadlines (entry->report);
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          CgDeadline *deadline = g_list_model_get_item (list, j);
          CgDeadlineStatus status = cg_deadline_get_status (deadline);

          /* Held, so that the keys and dates below outlive the loop. */
          g_ptr_array_add (deadlines, deadline);
          count (rules, cg_deadline_get_rule (deadline));
          by_status[status]++;
          if (status == CG_DEADLINE_STATUS_OVERDUE && !cg_deadline_is_acknowledged (deadline))
            {
              Overdue item = { i, cg_report_get_case_id (entry->report), cg_deadline_get_rule (deadline),
                               cg_deadline_get_due (deadline),
                               cg_calendar_count_working_days (calendar, cg_deadline_get_due (deadline), today) };

              g_array_append_val (overdue, item);
            }
        }
    }

  /* Translators: the first line of the caseload summary: the number of
   * cases, and the day they are worked out as of (2027-01-20). */
  printf (ngettext ("Caseload of %u case, as of %s", "Caseload of %u cases, as of %s", n_cases), n_cases, today_text);
  printf ("\n");
  /* Translators: a heading of the caseload summary, in capitals as the others. */
  print_counts (_("CASES BY POLICY"), policies);
  /* Translators: a heading of the caseload summary: the deadline entries
   * of each rule. */
  print_counts (_("DEADLINE ENTRIES BY RULE"), rules);

  /* Translators: a heading of the caseload summary: the deadline entries
   * met, late, overdue and pending. */
  printf ("\n%s\n", _("DEADLINE ENTRIES BY STATUS"));
  for (guint s = 0; s < G_N_ELEMENTS (by_status); s++)
    print_count (cg_tool_enum_word (CG_TYPE_DEADLINE_STATUS, (int) s, "deadline status"), by_status[s]);

  g_array_sort (overdue, compare_overdue);
  /* Translators: a heading of the caseload summary: the entries overdue
   * that nobody has accepted, the longest overdue first. */
  printf ("\n%s\n", _("OVERDUE, NOT ACKNOWLEDGED (longest first)"));
  for (guint i = 0; i < overdue->len; i++)
    {
      Overdue *item = &g_array_index (overdue, Overdue, i);
      g_autofree char *due = cg_date_format (item->due);
      g_autofree char *days = g_strdup_printf (ngettext ("%d working day", "%d working days",
                                                         (gulong) ABS (item->days)),
                                               item->days);

      printf ("  %-24s %-31s %s  %s\n", item->case_id, item->rule, due, days);
    }
  if (overdue->len == 0)
    printf ("  %s\n", _("Nothing is overdue."));
}

/* A JSON string, quoted and escaped (RFC 8259 section 7). */
void
cg_tool_print_json_string (const char *text)
{
  putchar ('"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        printf ("\\%c", *p);
      else if ((guchar) *p < 0x20)
        printf ("\\u%04x", (guint) (guchar) *p);
      else
        putchar (*p);
    }
  putchar ('"');
}
