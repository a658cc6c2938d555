/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* An England-scale caseload: N typical cases of about 4 KB (six members,
 * three core groups with attendance, six contacts, a plan of two outcomes
 * and three actions with its history), generated from a fixed seed so
 * every run sees the same documents. On one core it times each phase per
 * case (read from disk, load: parse, build and validate, evaluate, write
 * the JSON report) and the memory held per loaded case; with --write DIR
 * it writes the documents for a run of the command line over a folder;
 * with --phases it runs each phase once and nothing else, for callgrind
 * to count (bench/caseload).
 *
 * Load and evaluate are timed twice: with every case kept (the heap grows
 * to the whole caseload, as a front end holding it has) and with each
 * case dropped once evaluated (as a report over a caseload, and the
 * command line, go). Beside them, what GLib itself takes to make and drop
 * one GObject of a type with nothing in it, and the floor the object model
 * sets: the first case's records and its report, each made empty and
 * dropped (the case, its lists, its 16 records that are GObjects, then the
 * report; its 18 attendance entries, 6 contacts and the report's deadline
 * entries and findings are kept as plain records and counted apart).
 * Whatever loading and the rules do is on top.
 *
 *   bench-caseload N [--write DIR | --phases]
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include <coregroup/coregroup.h>

/* The parser is private; the benchmark is built with its source to time
 * it alone. */
#include "json/cg-json-private.h"

static const char * const policies[] = { "suffolk", "haringey", "city-and-hackney", "south-east-wales", "hertfordshire" };

/* A day a few working weeks after @base, moved on by @rand. */
static void
day_after (GDate      *date,
           const GDate *base,
           GRand      *rand,
           int         low,
           int         high)
{
  *date = *base;
  g_date_add_days (date, (guint) g_rand_int_range (rand, low, high));
}

static char *
iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static char *
make_case (guint  n,
           GRand *rand)
{
  GString *text = g_string_new (NULL);
  GDate icpc, day;
  g_autofree char *icpc_text = NULL;

  g_date_set_dmy (&icpc, 1, G_DATE_JUNE, 2026);
  g_date_add_days (&icpc, (guint) g_rand_int_range (rand, 0, 150));
  icpc_text = iso (&icpc);

  g_string_append_printf (text,
    "{\n  \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"ENG-%06u\", \"policy\": \"%s\",\n"
    "  \"child\": { \"name\": \"Child %u (generated)\", \"date_of_birth\": \"2019-04-0%u\" },\n"
    "  \"categories\": [\"neglect\"], \"initial_conference\": \"%s\",\n"
    "  \"members\": [\n"
    "    { \"id\": \"m1\", \"name\": \"Lead %u\", \"role\": \"lead-social-worker\", \"agency\": \"Children's Services\" },\n"
    "    { \"id\": \"m2\", \"name\": \"Health %u\", \"role\": \"health-visitor\", \"agency\": \"Community Health\" },\n"
    "    { \"id\": \"m3\", \"name\": \"Parent %u\", \"role\": \"parent\" },\n"
    "    { \"id\": \"m4\", \"name\": \"Teacher %u\", \"role\": \"teacher\", \"agency\": \"Primary School\" },\n"
    "    { \"id\": \"m5\", \"name\": \"Manager %u\", \"role\": \"team-manager\", \"agency\": \"Children's Services\" },\n"
    "    { \"id\": \"m6\", \"name\": \"Nurse %u\", \"role\": \"school-nurse\", \"agency\": \"Community Health\" }\n  ],\n",
    n, policies[n % G_N_ELEMENTS (policies)], n, 1 + n % 9, icpc_text, n, n, n, n, n, n);

  g_string_append_printf (text,
    "  \"plan\": {\n"
    "    \"outcomes\": [ { \"id\": \"o1\", \"description\": \"Regular meals and a healthy weight\", \"measure\": \"Weight on the centile\" },\n"
    "                    { \"id\": \"o2\", \"description\": \"At school every day, on time\", \"measure\": \"Attendance above 95%%\" } ],\n"
    "    \"actions\": [ { \"id\": \"a1\", \"description\": \"Weigh every two weeks\", \"owner\": \"m2\", \"outcome\": \"o1\", \"due\": \"%s\" },\n"
    "                   { \"id\": \"a2\", \"description\": \"Refer to the parenting programme\", \"owner\": \"m1\", \"outcome\": \"o1\", \"due\": \"%s\" },\n"
    "                   { \"id\": \"a3\", \"description\": \"Breakfast club place\", \"owner\": \"m4\", \"outcome\": \"o2\", \"due\": \"%s\" } ],\n"
    "    \"needs\": [\"Regular meals\", \"Health checks\"], \"risks\": [\"Weight loss\", \"Missed appointments\"],\n"
    "    \"strengths\": [\"Warm relationship\"], \"contingency\": \"Legal planning meeting if the weight falls again.\",\n"
    "    \"contact_arrangements\": \"Seen every 10 working days by the core group in turn.\",\n"
    "    \"history\": [ { \"date\": \"%s\", \"author\": \"Chair\", \"reason\": \"Set by the initial conference\", \"source\": \"conference\", \"kind\": \"add-outcome\", \"target\": \"o1\" },\n"
    "                   { \"date\": \"%s\", \"author\": \"Chair\", \"reason\": \"Set by the initial conference\", \"source\": \"conference\", \"kind\": \"add-outcome\", \"target\": \"o2\" } ]\n"
    "  },\n",
    icpc_text, icpc_text, icpc_text, icpc_text, icpc_text);

  g_string_append (text, "  \"meetings\": [\n");
  day = icpc;
  for (guint m = 0; m < 3; m++)
    {
      g_autofree char *when = NULL;
      g_autofree char *sent = NULL;
      GDate minutes;

      day_after (&day, &day, rand, m == 0 ? 5 : 25, m == 0 ? 14 : 45);
      when = iso (&day);
      day_after (&minutes, &day, rand, 3, 25);
      sent = iso (&minutes);
      g_string_append_printf (text,
        "    { \"id\": \"cg%u\", \"kind\": \"core-group\", \"date\": \"%s\", \"venue\": \"Family Centre\", \"chair\": \"m5\",\n"
        "      \"attendance\": [ { \"member\": \"m1\", \"status\": \"present\" }, { \"member\": \"m2\", \"status\": \"%s\" },\n"
        "        { \"member\": \"m3\", \"status\": \"present\" }, { \"member\": \"m4\", \"status\": \"%s\" },\n"
        "        { \"member\": \"m5\", \"status\": \"present\" }, { \"member\": \"m6\", \"status\": \"apologies\", \"written_report\": true } ],\n"
        "      \"child_views\": \"Said school is fine\", \"next_meeting\": { \"date\": \"%s\", \"venue\": \"Family Centre\" },\n"
        "      \"minutes_circulated\": \"%s\" }%s\n",
        m + 1, when, g_rand_boolean (rand) ? "present" : "apologies", g_rand_int_range (rand, 0, 4) == 0 ? "absent" : "present",
        when, sent, m < 2 ? "," : "");
    }
  g_string_append (text, "  ],\n  \"contacts\": [\n");
  day = icpc;
  for (guint c = 0; c < 6; c++)
    {
      g_autofree char *when = NULL;

      day_after (&day, &day, rand, 7, 18);
      when = iso (&day);
      g_string_append_printf (text,
        "    { \"id\": \"c%u\", \"date\": \"%s\", \"place\": \"Home\", \"by\": \"m%u\", \"seen\": true, \"seen_alone\": %s,"
        " \"interaction\": \"Visit\" }%s\n",
        c + 1, when, c % 2 == 0 ? 1 : 2, g_rand_boolean (rand) ? "true" : "false", c < 5 ? "," : "");
    }
  g_string_append (text, "  ],\n  \"events\": []\n}\n");
  return g_string_free (text, FALSE);
}

/* The processor time this process has used, in seconds: the figures are
 * per case on one core, and on a machine shared with other work the wall
 * clock would count their time too. */
static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Resident memory, from /proc/self/statm, in bytes. */
static gsize
resident (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, pages = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) || sscanf (statm, "%lu %lu", &size, &pages) != 2)
    return 0;
  return (gsize) pages * 4096;
}

/* Each case loaded, evaluated and dropped: the heap stays the size of
 * one case. Not inlined, so that callgrind --toggle-collect can name it. */
static G_GNUC_NO_INLINE double
load_evaluate_drop (GPtrArray        *documents,
                    CgPolicyRegistry *registry,
                    const GDate      *today)
{
  double t = now ();

  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCase) kase = cg_case_new_from_data (g_ptr_array_index (documents, i), -1, &error);
      g_autoptr(CgReport) report = NULL;

      if (kase == NULL)
        g_error ("case %u: %s", i, error->message);
      report = cg_policy_evaluate (cg_policy_registry_lookup (registry, cg_case_get_policy (kase)), kase, today, NULL);
    }

  return (now () - t) / documents->len;
}

/* The first document loaded, in *@kase, and evaluated: its report. */
static CgReport *
evaluate_first (GPtrArray        *documents,
                CgPolicyRegistry *registry,
                const GDate      *today,
                CgCase          **kase)
{
  g_autoptr(GError) error = NULL;

  *kase = cg_case_new_from_data (g_ptr_array_index (documents, 0), -1, &error);
  if (*kase == NULL)
    g_error ("case 0: %s", error->message);
  return cg_policy_evaluate (cg_policy_registry_lookup (registry, cg_case_get_policy (*kase)), *kase, today, NULL);
}

/* The phases over every case, each its own function, so that callgrind
 * --toggle-collect can count one phase's instructions (bench/caseload). */
static G_GNUC_NO_INLINE double
load_all (GPtrArray *documents,
          GPtrArray *cases)
{
  double t = now ();

  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(GError) error = NULL;
      CgCase *kase = cg_case_new_from_data (g_ptr_array_index (documents, i), -1, &error);

      if (kase == NULL)
        g_error ("case %u: %s", i, error->message);
      g_ptr_array_add (cases, kase);
    }

  return (now () - t) / documents->len;
}

static G_GNUC_NO_INLINE double
evaluate_all (GPtrArray        *cases,
              CgPolicyRegistry *registry,
              const GDate      *today,
              GPtrArray        *reports)
{
  double t = now ();

  for (guint i = 0; i < cases->len; i++)
    {
      CgCase *kase = g_ptr_array_index (cases, i);
      CgPolicy *policy = cg_policy_registry_lookup (registry, cg_case_get_policy (kase));

      g_ptr_array_add (reports, cg_policy_evaluate (policy, kase, today, NULL));
    }

  return (now () - t) / cases->len;
}

static G_GNUC_NO_INLINE double
write_all (GPtrArray *reports)
{
  double t = now ();

  for (guint i = 0; i < reports->len; i++)
    {
      g_autofree char *json = cg_report_to_json (g_ptr_array_index (reports, i), NULL);
    }

  return (now () - t) / reports->len;
}

/* The least a GObject costs: a type with no properties, no signals and
 * nothing to initialise or finalise, made and dropped. */
typedef struct { GObject parent_instance; } BenchBare;
typedef struct { GObjectClass parent_class; } BenchBareClass;
GType bench_bare_get_type (void);
G_DEFINE_TYPE (BenchBare, bench_bare, G_TYPE_OBJECT)

static void
bench_bare_class_init (BenchBareClass *klass)
{
}

static void
bench_bare_init (BenchBare *self)
{
}

static double
bare_gobject (void)
{
  const guint n = 2000000;
  double t = now ();

  for (guint i = 0; i < n; i++)
    g_object_unref (g_object_new (bench_bare_get_type (), NULL));

  return (now () - t) / n;
}

/* The records of a list, by type; a meeting's attendance with it. */
static void
census_list (GArray     *types,
             guint      *records,
             GListModel *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      GType type = G_OBJECT_TYPE (item);

      g_array_append_val (types, type);
      /* A meeting's attendance is kept as plain records, not GObjects
       * (until asked for, as here): counted apart. */
      if (CG_IS_MEETING (item))
        *records += g_list_model_get_n_items (cg_meeting_get_attendance (CG_MEETING (item)));
    }
}

/* What a case is made of, by type: the case (whose construction makes its
 * core group, plan and lists) and every record in its lists. */
static void
census_case (GArray *types,
             guint  *records,
             CgCase *kase)
{
  CgCoreGroup *core_group = cg_case_get_core_group (kase);
  CgChildProtectionPlan *plan = cg_case_get_plan (kase);
  GType type = CG_TYPE_CASE;

  g_array_append_val (types, type);
  census_list (types, records, cg_core_group_get_members (core_group));
  census_list (types, records, cg_core_group_get_meetings (core_group));
  /* Contacts are kept as plain records too. */
  *records += g_list_model_get_n_items (cg_case_get_contacts (kase));
  census_list (types, records, cg_case_get_review_conferences (kase));
  census_list (types, records, cg_case_get_events (kase));
  census_list (types, records, cg_child_protection_plan_get_outcomes (plan));
  census_list (types, records, cg_child_protection_plan_get_actions (plan));
  census_list (types, records, cg_child_protection_plan_get_history (plan));
}

/* And a report: the report and its entries. */
static void
census_report (GArray   *types,
               guint    *records,
               CgReport *report)
{
  GType type = CG_TYPE_REPORT;

  g_array_append_val (types, type);
  /* The deadline entries and findings are kept as plain records (until
   * asked for). */
  *records += g_list_model_get_n_items (cg_report_get_deadlines (report));
  *records += g_list_model_get_n_items (cg_report_get_findings (report));
}

/* The least the GObjects of a case and its report cost, whatever is in
 * them: one of each of @types made empty (its construct properties at
 * their defaults, and what its construction makes, as a case makes its
 * lists) and all dropped, @rounds times. */
static double
census_floor (GArray *types,
              guint   rounds)
{
  g_autofree GObject **objects = g_new (GObject *, types->len);
  double t = now ();

  for (guint r = 0; r < rounds; r++)
    {
      for (guint i = 0; i < types->len; i++)
        objects[i] = g_object_new (g_array_index (types, GType, i), NULL);
      for (guint i = types->len; i > 0; i--)
        g_object_unref (objects[i - 1]);
    }

  return (now () - t) / rounds;
}

int
main (int    argc,
      char **argv)
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 51000;
  const char *write_dir = argc > 3 && g_str_equal (argv[2], "--write") ? argv[3] : NULL;
  gboolean phases_only = argc > 2 && g_str_equal (argv[2], "--phases");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261201);
  g_autoptr(CgPolicyRegistry) registry = cg_policy_registry_new_builtin ();
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDate) today = cg_date_parse ("2027-01-20", NULL);
  g_autofree char *tmp = NULL;
  gsize bytes = 0, before, after_load, after_evaluate;
  g_autoptr(GArray) case_types = NULL;
  g_autoptr(GArray) all_types = NULL;
  double case_floor, all_floor;
  guint kept_as_records = 0;
  guint entries_as_records = 0;
  double t, read_time, parse_time, load_time, validate_time, evaluate_time, write_time, dropped_time, bare_time;

  for (guint i = 0; i < n; i++)
    {
      char *document = make_case (i, rand);

      bytes += strlen (document);
      g_ptr_array_add (documents, document);
    }

  if (write_dir != NULL)
    {
      g_mkdir_with_parents (write_dir, 0755);
      for (guint i = 0; i < n; i++)
        {
          g_autofree char *path = g_strdup_printf ("%s/%03u/case-%06u.json", write_dir, i / 1000, i);
          g_autofree char *dir = g_path_get_dirname (path);

          g_mkdir_with_parents (dir, 0755);
          g_file_set_contents (path, g_ptr_array_index (documents, i), -1, NULL);
        }
      printf ("wrote %u cases to %s\n", n, write_dir);
      return 0;
    }

  if (phases_only)
    {
      /* The built-in calendars and policies, made on first use, first. */
      g_autoptr(CgCase) warm = NULL;
      g_autoptr(CgReport) warmed = evaluate_first (documents, registry, today, &warm);

      load_evaluate_drop (documents, registry, today);
      load_all (documents, cases);
      evaluate_all (cases, registry, today, reports);
      write_all (reports);
      return 0;
    }

  /* Read: the same documents from files, as a run over a folder does. */
  tmp = g_dir_make_tmp ("coregroup-bench-XXXXXX", NULL);
  for (guint i = 0; i < MIN (n, 5000u); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%06u.json", tmp, i);

      g_file_set_contents (path, g_ptr_array_index (documents, i), -1, NULL);
    }
  t = now ();
  for (guint i = 0; i < MIN (n, 5000u); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%06u.json", tmp, i);
      g_autofree char *contents = NULL;

      g_file_get_contents (path, &contents, NULL, NULL);
    }
  read_time = (now () - t) / MIN (n, 5000u);
  for (guint i = 0; i < MIN (n, 5000u); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%06u.json", tmp, i);

      g_unlink (path);
    }
  g_rmdir (tmp);

  /* Parse: the strict parser alone, on the same documents. */
  t = now ();
  for (guint i = 0; i < n; i++)
    {
      const char *document = g_ptr_array_index (documents, i);
      g_autoptr(CgJsonDoc) doc = cg_json_doc_parse (document, strlen (document), NULL, NULL);

      if (doc == NULL)
        g_error ("case %u does not parse", i);
    }
  parse_time = (now () - t) / n;

  /* Warm the built-in calendars and policies outside the timings. */
  {
    g_autoptr(CgCase) warm = NULL;
    g_autoptr(CgReport) warmed = evaluate_first (documents, registry, today, &warm);
  }

  dropped_time = load_evaluate_drop (documents, registry, today);
  bare_time = bare_gobject ();

  /* What the first case and its report are made of. */
  {
    g_autoptr(CgCase) kase = NULL;
    g_autoptr(CgReport) report = evaluate_first (documents, registry, today, &kase);

    case_types = g_array_new (FALSE, FALSE, sizeof (GType));
    census_case (case_types, &kept_as_records, kase);
    all_types = g_array_copy (case_types);
    census_report (all_types, &entries_as_records, report);
    case_floor = census_floor (case_types, 20000);
    all_floor = census_floor (all_types, 20000);
  }

  before = resident ();
  load_time = load_all (documents, cases);
  after_load = resident ();

  /* Validate: the checks over the whole record that loading ends with. */
  t = now ();
  for (guint i = 0; i < n; i++)
    if (!cg_case_validate (g_ptr_array_index (cases, i), NULL))
      g_error ("case %u is not valid", i);
  validate_time = (now () - t) / n;

  evaluate_time = evaluate_all (cases, registry, today, reports);
  after_evaluate = resident ();
  write_time = write_all (reports);

  printf ("cases: %u, %.1f KB of JSON each\n", n, (double) bytes / n / 1024);
  printf ("read (from disk):             %8.1f us a case\n", read_time * 1e6);
  printf ("load (parse, build, validate):%8.1f us a case\n", load_time * 1e6);
  printf ("  parse:                      %8.1f us a case\n", parse_time * 1e6);
  printf ("  build:                      %8.1f us a case\n", (load_time - parse_time - validate_time) * 1e6);
  printf ("  validate:                   %8.1f us a case\n", validate_time * 1e6);
  printf ("evaluate:                     %8.1f us a case\n", evaluate_time * 1e6);
  printf ("write the JSON report:        %8.1f us a case\n", write_time * 1e6);
  printf ("load + evaluate:              %8.1f us a case (target at most 50): %s\n",
          (load_time + evaluate_time) * 1e6, (load_time + evaluate_time) * 1e6 <= 50 ? "MET" : "NOT MET");
  printf ("  each case dropped once evaluated:%5.1f us a case (target at most 50): %s\n",
          dropped_time * 1e6, dropped_time * 1e6 <= 50 ? "MET" : "NOT MET");
  printf ("cases a second (load + evaluate, one core): %.0f (%.0f dropping each)\n",
          1 / (load_time + evaluate_time), 1 / dropped_time);
  printf ("a bare GObject made and dropped:  %5.2f us\n", bare_time * 1e6);
  printf ("the first case's records, made empty and dropped: %.1f us (%u of them, and the case with its lists;"
          " %u more kept as plain records)\n", case_floor * 1e6, case_types->len - 1, kept_as_records);
  printf ("  and its report: %.1f us (%u more; its %u deadline entries and findings kept as plain records)\n",
          all_floor * 1e6, all_types->len - case_types->len, entries_as_records);
  printf ("held per loaded case:         %8.1f KB (target at most 6): %s\n",
          (double) (after_load - before) / n / 1024, (double) (after_load - before) / n / 1024 <= 6 ? "MET" : "NOT MET");
  printf ("held per case with its report:%8.1f KB\n", (double) (after_evaluate - before) / n / 1024);
  return 0;
}
