/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* Each member's own copy of the plan (Haringey, "The child protection
 * plan"; Suffolk 5.5): what each reader's copy holds and leaves out, by
 * hand on a domestic abuse case, then on many generated records, in text
 * and HTML. */

#include <string.h>

#include <coregroup/coregroup.h>

#include "test-util.h"

static char *
copy_as (CgCase     *kase,
         const char *audience,
         gboolean    html)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPlanCopy) copy = cg_plan_copy_new (kase, audience, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (cg_plan_copy_get_audience (copy), ==, audience);
  return html ? cg_plan_copy_to_html (copy) : cg_plan_copy_to_text (copy);
}

static void
assert_has (const char *document,
            const char *audience,
            const char *text,
            gboolean    expected)
{
  gboolean found = strstr (document, text) != NULL;

  if (found != expected)
    g_error ("the copy for %s %s “%s”:\n%s", audience, expected ? "lacks" : "has", text, document);
}

/* case-audience.json: the mother (m3) and T. are in a refuge; her address
 * and phone are withheld from the father (m4). A risk, an outcome and an
 * action are for professionals only. */
static void
test_domestic_abuse_case (void)
{
  static const char * const hidden_from_family[] = {
    "K. and T. stay safe at the refuge", "No contact by L.", "police contact of any sighting",
    "L. has been seen near the refuge",
  };
  static const char * const everyone_sees[] = {
    "Test Child (fictional)", "TEST-AUD-1", "emotional abuse", "T. lives free from fear at home",
    "T. says she feels safe", "Offer K. the Freedom Programme", "D. Worker", "Fri 18 Dec 2026",
    "A safe home", "A school place near the refuge", "L. has hit K. in front of T.",
    "K. wants to keep T. safe", "another one the same day", "every week by the lead social worker",
    "K. Mother", "L. Father", "J. Okafor", "domestic abuse worker", "Refuge Outreach",
    "9 Sample Street", "07700 900004", "01632 960005",
  };
  static const struct { const char *audience; gboolean family; gboolean mother_details; } readers[] = {
    { "professionals", FALSE, TRUE },
    { "m1", FALSE, TRUE },
    { "m5", FALSE, TRUE },
    { "family", TRUE, FALSE },
    { "m4", TRUE, FALSE },
    /* Her own copy is a family copy too: one parent's copy may be read by
     * the other. */
    { "m3", TRUE, FALSE },
  };
  g_autoptr(CgCase) kase = test_load_case ("case-audience.json");

  for (guint r = 0; r < G_N_ELEMENTS (readers); r++)
    for (int html = 0; html < 2; html++)
      {
        const char *audience = readers[r].audience;
        g_autofree char *document = copy_as (kase, audience, html);

        for (guint i = 0; i < G_N_ELEMENTS (hidden_from_family); i++)
          assert_has (document, audience, hidden_from_family[i], !readers[r].family);
        for (guint i = 0; i < G_N_ELEMENTS (everyone_sees); i++)
          assert_has (document, audience, everyone_sees[i], TRUE);
        assert_has (document, audience, "Example Refuge", readers[r].mother_details);
        assert_has (document, audience, "07700 900003", readers[r].mother_details);
        /* Withheld, she is still listed, and the copy says so. */
        assert_has (document, audience, "contact details withheld", !readers[r].mother_details);
        /* Only a copy for professionals says what it must not be given to. */
        assert_has (document, audience, "for professionals only", !readers[r].family);
        assert_has (document, audience, "This copy is for professionals", !readers[r].family);
      }
}

/* Details withheld from a professional only are in the family's copy,
 * but not in that professional's. */
static void
test_withheld_from_a_professional (void)
{
  g_autofree char *text = test_fixture_text ("case-audience.json",
                                             "\"withhold_from\": [\"m4\"]", "\"withhold_from\": [\"m2\"]");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgCase) kase = cg_case_new_from_data (text, -1, &error);
  g_autofree char *family = NULL;
  g_autofree char *father = NULL;
  g_autofree char *visitor = NULL;
  g_autofree char *other = NULL;

  g_assert_no_error (error);
  family = copy_as (kase, "family", TRUE);
  father = copy_as (kase, "m4", TRUE);
  visitor = copy_as (kase, "m2", FALSE);
  other = copy_as (kase, "m1", TRUE);
  assert_has (family, "family", "07700 900003", TRUE);
  assert_has (father, "m4", "07700 900003", TRUE);
  assert_has (visitor, "m2", "07700 900003", FALSE);
  assert_has (visitor, "m2", "contact details withheld", TRUE);
  assert_has (other, "m1", "07700 900003 (kept from P. Shah)", TRUE);
  assert_has (family, "family", "07700 900003 (kept from P. Shah)", TRUE);
}

/* An unknown audience is refused without quoting it: a message may be
 * logged, and the word given may be a name. */
static void
test_unknown_audience (void)
{
  g_autoptr(CgCase) kase = test_load_case ("case-audience.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(CgPlanCopy) copy = cg_plan_copy_new (kase, "Kim Mother", &error);

  g_assert_null (copy);
  g_assert_error (error, CG_CASE_ERROR, CG_CASE_ERROR_UNKNOWN_MEMBER);
  g_assert_null (strstr (error->message, "Kim"));
}

/* Every section is written even when empty, and dissent never is. */
static void
test_empty_sections (void)
{
  static const char * const empty[] = {
    "No outcomes were recorded.", "No actions were recorded.", "No needs were recorded.",
    "No risks were recorded.", "No strengths were recorded.", "No contingency plan was recorded.",
    "No contact arrangements were recorded.", "None recorded.",
  };
  g_autoptr(CgCase) kase = cg_case_new ("EMPTY-1");
  g_autoptr(GDate) day = g_date_new_dmy (12, G_DATE_NOVEMBER, 2026);
  g_autoptr(CgMember) parent = cg_member_new ("m1", "A. Parent", CG_MEMBER_ROLE_PARENT);
  g_autoptr(CgDissent) dissent = cg_dissent_new (day, "m1", "Qdissent1Z does not agree");
  g_autoptr(GError) error = NULL;

  cg_case_set_child_name (kase, "B. Child");
  g_assert_true (cg_core_group_add_member (cg_case_get_core_group (kase), parent, &error));
  g_assert_true (cg_child_protection_plan_add_dissent (cg_case_get_plan (kase), dissent, &error));
  g_assert_no_error (error);

  for (int html = 0; html < 2; html++)
    {
      g_autofree char *document = copy_as (kase, "m1", html);

      for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
        assert_has (document, "m1", empty[i], TRUE);
      assert_has (document, "m1", "Qdissent1Z", FALSE);
      assert_has (document, "m1", "A. Parent", TRUE);
    }
}

/* The HTML is the document model's: every text escaped. */
static void
test_html_escaped (void)
{
  g_autoptr(CgCase) kase = cg_case_new ("ESC-1");
  g_autoptr(CgMember) member = cg_member_new ("m1", "<b>A. Parent</b>", CG_MEMBER_ROLE_PARENT);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  cg_member_set_address (member, "1 \"Quote\" & Co Street");
  g_assert_true (cg_core_group_add_member (cg_case_get_core_group (kase), member, &error));
  html = copy_as (kase, "professionals", TRUE);
  assert_has (html, "professionals", "&lt;b&gt;A. Parent&lt;/b&gt;", TRUE);
  assert_has (html, "professionals", "1 &quot;Quote&quot; &amp; Co Street", TRUE);
  assert_has (html, "professionals", "<b>A. Parent", FALSE);
}

/* The property: for any record, no reader's copy holds a contact detail
 * withheld from them or an item for professionals when they are family,
 * and every copy holds all the rest, in both forms. The records are
 * generated from fixed seeds; every text is a marker of letters and
 * digits, "Q<kind><seed>k<n>Z", none inside another, so that wrapping and
 * HTML escaping leave it whole and a search for it finds only it. */

#define N_RECORDS 1000
#define MAX_MEMBERS 8
#define MAX_ITEMS 4

typedef struct
{
  guint      n_members;
  int        role[MAX_MEMBERS];
  gboolean   professional[MAX_MEMBERS];
  gboolean   withholds[MAX_MEMBERS][MAX_MEMBERS];  /* [m][r]: m's details kept from r */
  char      *address[MAX_MEMBERS];                /* NULL when none */
  char      *phone[MAX_MEMBERS];
  char      *name[MAX_MEMBERS];
  GPtrArray *everyone;                            /* markers every copy holds */
  GPtrArray *professionals;                       /* markers only non-family copies hold */
  GPtrArray *never;                               /* markers no copy holds */
} Record;

static void
record_clear (Record *record)
{
  for (guint m = 0; m < MAX_MEMBERS; m++)
    {
      g_free (record->address[m]);
      g_free (record->phone[m]);
      g_free (record->name[m]);
    }
  g_ptr_array_unref (record->everyone);
  g_ptr_array_unref (record->professionals);
  g_ptr_array_unref (record->never);
}

static char *
marker (const char *kind,
        guint       seed,
        guint       n)
{
  return g_strdup_printf ("Q%s%uk%uZ", kind, seed, n);
}

/* An item's marker, kept in the list of the copies that hold it. */
static const char *
item_marker (Record     *record,
             const char *kind,
             guint       seed,
             guint       n,
             gboolean    professionals)
{
  char *text = marker (kind, seed, n);

  g_ptr_array_add (professionals ? record->professionals : record->everyone, text);
  return text;
}

static const char *
audience_field (gboolean professionals)
{
  return professionals ? ", \"audience\": \"professionals\"" : "";
}

static void
append_section (GString    *json,
                Record     *record,
                GRand      *rand,
                const char *section,
                guint       seed)
{
  guint n = (guint) g_rand_int_range (rand, 0, MAX_ITEMS + 1);

  g_string_append_printf (json, ", \"%s\": [", section);
  for (guint i = 0; i < n; i++)
    {
      gboolean professionals = g_rand_int_range (rand, 0, 10) < 4;
      const char *text = item_marker (record, section, seed, i, professionals);

      if (i > 0)
        g_string_append_c (json, ',');
      if (!professionals && g_rand_boolean (rand))
        g_string_append_printf (json, "\"%s\"", text);
      else
        g_string_append_printf (json, "{ \"text\": \"%s\"%s }", text, audience_field (professionals));
    }
  g_string_append_c (json, ']');
}

static char *
generate (guint   seed,
          Record *record)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GEnumClass) roles = g_type_class_ref (CG_TYPE_MEMBER_ROLE);
  GString *json = g_string_new (NULL);
  guint n_outcomes, n_actions;

  memset (record, 0, sizeof *record);
  record->everyone = g_ptr_array_new_with_free_func (g_free);
  record->professionals = g_ptr_array_new_with_free_func (g_free);
  record->never = g_ptr_array_new_with_free_func (g_free);
  record->n_members = (guint) g_rand_int_range (rand, 1, MAX_MEMBERS + 1);

  g_string_append_printf (json, "{ \"format\": \"coregroup-case\", \"version\": 1, \"id\": \"P%u\","
                                "  \"policy\": \"suffolk\", \"child\": { \"name\": \"Child\" },"
                                "  \"initial_conference\": \"2026-11-05\", \"members\": [", seed);
  for (guint m = 0; m < record->n_members; m++)
    {
      /* About half the roles are professional (doc/rules.md, "Member roles":
       * the first fifteen). */
      record->role[m] = g_rand_int_range (rand, 0, (gint32) roles->n_values);
      record->professional[m] = record->role[m] <= CG_MEMBER_ROLE_OTHER_PROFESSIONAL;
      record->name[m] = marker ("name", seed, m);
      if (g_rand_int_range (rand, 0, 10) < 7)
        record->address[m] = marker ("addr", seed, m);
      if (g_rand_int_range (rand, 0, 10) < 7)
        record->phone[m] = marker ("tel", seed, m);

      g_string_append_printf (json, "%s{ \"id\": \"m%u\", \"name\": \"%s\", \"role\": \"%s\"",
                              m > 0 ? "," : "", m, record->name[m],
                              g_enum_get_value (roles, record->role[m])->value_nick);
      if (record->address[m] != NULL)
        g_string_append_printf (json, ", \"address\": \"%s\"", record->address[m]);
      if (record->phone[m] != NULL)
        g_string_append_printf (json, ", \"phone\": \"%s\"", record->phone[m]);
      g_string_append (json, ", \"withhold_from\": [");
      for (guint r = 0, n = 0; r < record->n_members; r++)
        if ((record->withholds[m][r] = g_rand_int_range (rand, 0, 4) == 0))
          g_string_append_printf (json, "%s\"m%u\"", n++ > 0 ? "," : "", r);
      g_string_append (json, "] }");
    }

  n_outcomes = (guint) g_rand_int_range (rand, 0, MAX_ITEMS + 1);
  n_actions = (guint) g_rand_int_range (rand, 0, MAX_ITEMS + 1);
  g_string_append (json, "], \"plan\": { \"outcomes\": [");
  for (guint i = 0; i < n_outcomes; i++)
    {
      gboolean professionals = g_rand_int_range (rand, 0, 10) < 4;
      const char *description = item_marker (record, "out", seed, i, professionals);
      const char *measure = item_marker (record, "mea", seed, i, professionals);

      g_string_append_printf (json, "%s{ \"id\": \"o%u\", \"description\": \"%s\", \"measure\": \"%s\"%s }",
                              i > 0 ? "," : "", i, description, measure, audience_field (professionals));
    }
  g_string_append (json, "], \"actions\": [");
  for (guint i = 0; i < n_actions; i++)
    {
      gboolean professionals = g_rand_int_range (rand, 0, 10) < 4;
      const char *description = item_marker (record, "act", seed, i, professionals);

      g_string_append_printf (json, "%s{ \"id\": \"a%u\", \"description\": \"%s\", \"owner\": \"m%u\"%s }",
                              i > 0 ? "," : "", i, description,
                              (guint) g_rand_int_range (rand, 0, (gint32) record->n_members),
                              audience_field (professionals));
    }
  g_string_append (json, "]");
  append_section (json, record, rand, "needs", seed);
  append_section (json, record, rand, "risks", seed);
  append_section (json, record, rand, "strengths", seed);
  g_string_append_printf (json, ", \"contingency\": \"%s\"", item_marker (record, "cont", seed, 0, FALSE));
  g_string_append_printf (json, ", \"contact_arrangements\": \"%s\"", item_marker (record, "seen", seed, 0, FALSE));
  g_ptr_array_add (record->never, marker ("dis", seed, 0));
  g_string_append_printf (json, ", \"dissent\": [ { \"date\": \"2026-11-17\", \"member\": \"m0\", \"text\": \"%s\" } ]",
                          (const char *) g_ptr_array_index (record->never, 0));
  g_string_append (json, " } }");
  return g_string_free (json, FALSE);
}

/* What the rules of the copy say @reader (a member's index, or -1 for the
 * family, -2 for professionals) may see of member @m's details. */
static gboolean
may_see_details (const Record *record,
                 int           reader,
                 guint         m)
{
  gboolean family = reader == -1 || (reader >= 0 && !record->professional[reader]);

  if (reader >= 0 && record->withholds[m][reader])
    return FALSE;
  for (guint r = 0; family && r < record->n_members; r++)
    if (record->withholds[m][r] && !record->professional[r])
      return FALSE;
  return TRUE;
}

static void
assert_markers (const char *document,
                const char *audience,
                GPtrArray  *markers,
                gboolean    expected)
{
  for (guint i = 0; i < markers->len; i++)
    assert_has (document, audience, g_ptr_array_index (markers, i), expected);
}

/* How often each kind of case came up, so that the property is known to
 * have been tried on each. */
typedef struct
{
  guint details_hidden_from_family;
  guint details_hidden_from_professional;
  guint details_shown;
  guint items_hidden;
} Tried;

static void
check_reader (CgCase       *kase,
              const Record *record,
              int           reader,
              Tried        *tried)
{
  g_autofree char *audience = reader >= 0 ? g_strdup_printf ("m%d", reader)
                                          : g_strdup (reader == -1 ? "family" : "professionals");
  gboolean family = reader == -1 || (reader >= 0 && !record->professional[reader]);

  for (int html = 0; html < 2; html++)
    {
      g_autofree char *document = copy_as (kase, audience, html);

      assert_markers (document, audience, record->everyone, TRUE);
      assert_markers (document, audience, record->professionals, !family);
      assert_markers (document, audience, record->never, FALSE);
      tried->items_hidden += family ? record->professionals->len : 0;
      for (guint m = 0; m < record->n_members; m++)
        {
          gboolean shown = may_see_details (record, reader, m);

          if (record->address[m] != NULL || record->phone[m] != NULL)
            {
              tried->details_shown += shown;
              tried->details_hidden_from_family += !shown && family;
              tried->details_hidden_from_professional += !shown && !family;
            }
          assert_has (document, audience, record->name[m], TRUE);
          if (record->address[m] != NULL)
            assert_has (document, audience, record->address[m], shown);
          if (record->phone[m] != NULL)
            assert_has (document, audience, record->phone[m], shown);
        }
    }
}

static void
test_property (void)
{
  Tried tried = { 0 };

  for (guint seed = 1; seed <= N_RECORDS; seed++)
    {
      Record record;
      g_autofree char *json = generate (seed, &record);
      g_autoptr(GError) error = NULL;
      g_autoptr(CgCase) kase = cg_case_new_from_data (json, -1, &error);

      if (error != NULL)
        g_error ("record %u does not load: %s\n%s", seed, error->message, json);

      check_reader (kase, &record, -2, &tried);
      check_reader (kase, &record, -1, &tried);
      for (guint m = 0; m < record.n_members; m++)
        check_reader (kase, &record, (int) m, &tried);
      record_clear (&record);
    }

  g_test_message ("details hidden from family readers %u, from professional readers %u, shown %u; "
                  "items hidden %u", tried.details_hidden_from_family, tried.details_hidden_from_professional,
                  tried.details_shown, tried.items_hidden);
  g_assert_cmpuint (tried.details_hidden_from_family, >, 1000);
  g_assert_cmpuint (tried.details_hidden_from_professional, >, 100);
  g_assert_cmpuint (tried.details_shown, >, 1000);
  g_assert_cmpuint (tried.items_hidden, >, 1000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/plan-copy/domestic-abuse-case", test_domestic_abuse_case);
  g_test_add_func ("/plan-copy/withheld-from-a-professional", test_withheld_from_a_professional);
  g_test_add_func ("/plan-copy/unknown-audience", test_unknown_audience);
  g_test_add_func ("/plan-copy/empty-sections", test_empty_sections);
  g_test_add_func ("/plan-copy/html-escaped", test_html_escaped);
  g_test_add_func ("/plan-copy/property/nothing-withheld-is-shown", test_property);

  return g_test_run ();
}
