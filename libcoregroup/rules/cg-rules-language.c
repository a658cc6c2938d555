/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* plan-language (doc/rules.md): the plan as the family reads it, in words
 * they can understand (Suffolk 7.1: "in language that parents/carers and
 * children can understand"; City & Hackney, "The Child Protection Plan":
 * "constructed with the family in their first language"). The library
 * cannot tell which language a family reads; it can find the procedures'
 * own words, long sentences and hard text in English. */

#include "config.h"

#include <string.h>

#include "rules/cg-rules-private.h"
#include "util/cg-format-private.h"
#include "util/cg-i18n-private.h"
#include "util/cg-item-list-private.h"
#include "util/cg-util-private.h"

/* The words of the procedures a family is not expected to know, kept as
 * data: each is matched as whole words, ignoring case, except the
 * abbreviations whose lower-case form is an everyday word or a place
 * ("mash", "lac", the river Taf), matched only as written. A hyphen or
 * space between the words of a term matches either. @plain is what to say
 * instead: words for the English text of the plan, so they are not
 * translated with the messages that suggest them. */
static const struct
{
  const char *term;
  gboolean    exact_case;
  const char *plain;
} jargon[] = {
  { "s47",                 FALSE, "child protection enquiry" },
  { "section 47",          FALSE, "child protection enquiry" },
  { "ICPC",                FALSE, "first child protection conference" },
  { "RCPC",                FALSE, "review child protection conference" },
  { "CP",                  FALSE, "child protection" },
  { "CPP",                 FALSE, "child protection plan" },
  { "LAC",                 TRUE,  "looked after child" },
  { "CIN",                 FALSE, "child in need" },
  { "CSC",                 FALSE, "children's social care" },
  { "core assessment",     FALSE, "assessment of what the child and family need" },
  { "threshold",           FALSE, "how serious the worry must be" },
  { "strategy discussion", FALSE, "professionals' meeting about the child's safety" },
  { "PLO",                 FALSE, "meeting before the council goes to court" },
  { "LADO",                FALSE, "officer who looks into worries about adults who work with children" },
  { "MASH",                TRUE,  "children's services' first contact team" },
  { "TAF",                 TRUE,  "team around the family" },
  { "EHA",                 FALSE, "early help assessment" },
  { "safeguarding",        FALSE, "keeping the child safe" },
  { "multi-agency",        FALSE, "the services working together" },
  { "chronology",          FALSE, "list of what happened and when" },
  { "genogram",            FALSE, "family tree" },
  { "CAMHS",               FALSE, "children's mental health service" },
  { "DSL",                 FALSE, "the member of school staff who keeps children safe" },
  { "LSCP",                FALSE, "local partnership that keeps children safe" },
};

/* A text under this many words gets no reading ease score: on a line or
 * two the score says more about one long word than about the text. */
#define MIN_WORDS_FOR_EASE 20

/* Words a full stop after does not end a sentence: initials ("K.") are
 * caught by their length. */
static const char * const abbreviations[] = { "Mr", "Mrs", "Ms", "Dr", "St", "e.g", "i.e", NULL };

/* Bytes of a word: ASCII letters and digits, and every byte of a UTF-8
 * sequence, so that "café" stays one word. */
static gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

typedef struct
{
  const char *start;
  gsize       length;
} Token;

/* The next run of word bytes from *@p, moving past it; FALSE at the end. */
static gboolean
next_token (const char **p,
            Token       *token)
{
  while (**p != '\0' && !is_word_byte (**p))
    (*p)++;
  if (**p == '\0')
    return FALSE;

  token->start = *p;
  token->length = 0;
  while (is_word_byte ((*p)[token->length]))
    token->length++;
  *p += token->length;
  return TRUE;
}

/* The runs of word bytes of @text: what the terms are matched against. */
static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  Token token;

  while (next_token (&text, &token))
    g_array_append_val (tokens, token);
  return tokens;
}

/* A term of jargon[] has at most this many words. */
#define MAX_TERM_WORDS 4

/* The words of each term of jargon[], split once for all the items of a
 * plan. */
typedef struct
{
  Token words[MAX_TERM_WORDS];
  guint n_words;
} Term;

/* A term's first word is at most this long. */
#define MAX_FIRST_WORD 31

G_STATIC_ASSERT (G_N_ELEMENTS (jargon) <= 32);

typedef struct
{
  Term    terms[G_N_ELEMENTS (jargon)];
  /* By the length of a word of the text, the terms whose first word has
   * that length, one bit each: most words start no term. */
  guint32 by_first_length[MAX_FIRST_WORD + 1];
} Terms;

static void
terms_init (Terms *self)
{
  memset (self->by_first_length, 0, sizeof self->by_first_length);
  for (guint e = 0; e < G_N_ELEMENTS (jargon); e++)
    {
      const char *term = jargon[e].term;
      Term *split = &self->terms[e];

      split->n_words = 0;
      while (split->n_words < MAX_TERM_WORDS && next_token (&term, &split->words[split->n_words]))
        split->n_words++;
      g_assert (split->n_words > 0 && split->words[0].length <= MAX_FIRST_WORD);
      self->by_first_length[split->words[0].length] |= 1u << e;
    }
}

static gboolean
token_equal (const Token *a,
             const Token *b,
             gboolean     exact_case)
{
  if (a->length != b->length)
    return FALSE;
  return exact_case ? strncmp (a->start, b->start, a->length) == 0
                    : g_ascii_strncasecmp (a->start, b->start, a->length) == 0;
}

typedef struct
{
  char  *found;     /* as the text writes it */
  guint  entry;     /* in jargon[] */
} Use;

static void
use_clear (gpointer data)
{
  g_free (((Use *) data)->found);
}

/* The terms of jargon[] @text uses, each once, in the order it first uses
 * them. */
static GArray *
find_jargon (const Terms *terms,
             const char  *text)
{
  g_autoptr(GArray) tokens = tokenize (text);
  GArray *uses = g_array_new (FALSE, FALSE, sizeof (Use));
  guint32 found = 0;

  g_array_set_clear_func (uses, use_clear);
  /* Word by word, so each term is found where the text first uses it, and
   * the uses come in the text's order. */
  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *first = &g_array_index (tokens, Token, i);
      guint32 candidates = first->length <= MAX_FIRST_WORD ? terms->by_first_length[first->length] & ~found : 0;

      for (guint e = 0; candidates != 0; e++, candidates >>= 1)
        {
          const Term *term = &terms->terms[e];
          const Token *last;
          gboolean match = TRUE;
          Use use;

          if ((candidates & 1) == 0 || i + term->n_words > tokens->len)
            continue;
          for (guint j = 0; j < term->n_words && match; j++)
            match = token_equal (&g_array_index (tokens, Token, i + j), &term->words[j], jargon[e].exact_case);
          if (!match)
            continue;

          last = &g_array_index (tokens, Token, i + term->n_words - 1);
          use.found = g_strndup (first->start, (gsize) (last->start + last->length - first->start));
          use.entry = e;
          g_array_append_val (uses, use);
          found |= 1u << e;
        }
    }

  return uses;
}

static gboolean
is_vowel (char c)
{
  switch (c)
    {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
      return TRUE;
    default:
      return FALSE;
    }
}

/* The syllables of a word, by a rule of thumb (doc/rules.md): each group
 * of vowels (a, e, i, o, u, y) is one, less a silent final e (not -le
 * after a consonant) and a final -ed not after t or d; every word has at
 * least one, and a number is one. */
static guint
count_syllables (const char *word,
                 gsize       length)
{
  /* The last three letters, lower case: last[0] is the last. */
  char last[3] = { 0, 0, 0 };
  gboolean in_vowels = FALSE;
  guint n = 0;
  gsize len = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = g_ascii_tolower (word[i]);
      gboolean vowel;

      if (!g_ascii_isalpha (c))
        continue;
      vowel = is_vowel (c);
      n += vowel && !in_vowels;
      in_vowels = vowel;
      last[2] = last[1];
      last[1] = last[0];
      last[0] = c;
      len++;
    }

  if (n > 1 && len > 2 && last[0] == 'e' && !(last[1] == 'l' && !is_vowel (last[2])))
    n--;
  else if (n > 1 && len > 3 && last[1] == 'e' && last[0] == 'd')
    {
      /* The letter before "ed". */
      char before = 0;

      for (gsize i = length, seen = 0; i-- > 0;)
        if (g_ascii_isalpha (word[i]) && ++seen == 3)
          {
            before = g_ascii_tolower (word[i]);
            break;
          }
      if (strchr ("td", before) == NULL)
        n--;
    }

  return MAX (n, 1);
}

/* A full stop, question or exclamation mark at the end of a word (before
 * any closing quote or bracket) ends a sentence, unless the word is an
 * initial or a usual abbreviation; so does the end of a line. */
static gboolean
ends_sentence (const char *word,
               gsize       length)
{
  gsize end = length;

  while (end > 0 && strchr ("\"')]", word[end - 1]) != NULL)
    end--;
  if (end == 0 || strchr (".!?", word[end - 1]) == NULL)
    return FALSE;
  if (word[end - 1] != '.')
    return TRUE;

  /* The word before its full stop. */
  end--;
  if (end == 1 && g_ascii_isalpha (word[0]))
    return FALSE;
  for (guint i = 0; abbreviations[i] != NULL; i++)
    if (strlen (abbreviations[i]) == end && strncmp (abbreviations[i], word, end) == 0)
      return FALSE;
  return TRUE;
}

typedef struct
{
  guint words;
  guint sentences;
  guint syllables;
  guint longest;   /* words in the longest sentence */
} Measures;

/* Words are what white space separates, when they hold a letter or a
 * digit. */
static Measures
measure (const char *text)
{
  Measures m = { 0 };
  guint in_sentence = 0;

  for (const char *p = text; *p != '\0';)
    {
      const char *start = p;
      gboolean word = FALSE;

      if (g_ascii_isspace (*p))
        {
          if (*p == '\n' && in_sentence > 0)
            {
              m.sentences++;
              m.longest = MAX (m.longest, in_sentence);
              in_sentence = 0;
            }
          p++;
          continue;
        }

      for (; *p != '\0' && !g_ascii_isspace (*p); p++)
        word = word || is_word_byte (*p);
      if (!word)
        continue;

      m.words++;
      m.syllables += count_syllables (start, (gsize) (p - start));
      in_sentence++;
      if (ends_sentence (start, (gsize) (p - start)))
        {
          m.sentences++;
          m.longest = MAX (m.longest, in_sentence);
          in_sentence = 0;
        }
    }

  if (in_sentence > 0)
    {
      m.sentences++;
      m.longest = MAX (m.longest, in_sentence);
    }
  return m;
}

/* Flesch reading ease: 206.835 - 1.015 × words per sentence - 84.6 ×
 * syllables per word. 60 to 70 is plain English; below 50 is hard. */
static double
reading_ease (const Measures *m)
{
  return 206.835 - 1.015 * m->words / m->sentences - 84.6 * m->syllables / m->words;
}

/* "a, b and c" */
static void
append_list (GString    *text,
             GPtrArray  *items)
{
  for (guint i = 0; i < items->len; i++)
    /* Translators: joins the last two items of a list, "a, b and c"; a
     * language whose "and" changes with the word after it may give a comma. */
    cg_string_append_format (text, "%s%s", i == 0 ? "" : i + 1 == items->len ? C_("list", " and ") : ", ",
                             (const char *) g_ptr_array_index (items, i));
}

/* Every problem found in @text, as one clause ("it uses ...; its longest
 * sentence has ..."), or NULL when there is none. */
static char *
problems_in (const CgRuleSetting *setting,
             const Terms         *terms,
             const char          *text)
{
  g_autoptr(GArray) uses = NULL;
  g_autoptr(GString) problems = NULL;
  Measures m;

  if (cg_is_blank (text))
    return NULL;

  problems = g_string_new (NULL);
  uses = find_jargon (terms, text);
  if (uses->len > 0)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < uses->len; i++)
        {
          const Use *use = &g_array_index (uses, Use, i);

          /* Translators: a term the plan uses, as it writes it ("ICPC"), and
           * the plain English to say instead; both are the plan's English,
           * and stay as they are. */
          g_ptr_array_add (words, cg_strdup_format (_("%s (say: %s)"), use->found, jargon[use->entry].plain));
        }
      append_list (list, words);
      /* Translators: one of the problems plan-language finds in a text; %s is
       * the list of terms, "ICPC (say: ...) and CIN (say: ...)". */
      cg_string_append_format (problems, _("it uses %s"), list->str);
    }

  m = measure (text);
  if (m.longest > (guint) setting->max_sentence_words)
    {
      if (problems->len > 0)
        g_string_append (problems, "; ");
      /* Translators: one of the problems plan-language finds in a text: the
       * words in its longest sentence, and the most the policy allows. */
      cg_string_append_format (problems, cg_ngettext ("its longest sentence has %u word, more than %d",
                                                     "its longest sentence has %u words, more than %d", m.longest),
                               m.longest, setting->max_sentence_words);
    }
  if (m.words >= MIN_WORDS_FOR_EASE && reading_ease (&m) < setting->min_reading_ease)
    {
      if (problems->len > 0)
        g_string_append (problems, "; ");
      /* Translators: one of the problems plan-language finds in a text: its
       * Flesch reading ease, and the lowest the policy accepts. */
      cg_string_append_format (problems, _("its reading ease is %.0f, below %d"),
                               reading_ease (&m), setting->min_reading_ease);
    }

  return problems->len > 0 ? g_string_free (g_steal_pointer (&problems), FALSE) : NULL;
}

/* One finding for an item of the plan with every problem found in it. */
static void
report (const CgRuleContext *ctx,
        const CgRuleSetting *setting,
        const char          *subject,
        const char          *name,
        const char          *problems)
{
  /* Translators: the item of the plan ("Outcome o1", "The need at
   * plan.needs[0]") and the problems found in it, "it uses ...; its reading
   * ease is 38, below 50". */
  g_autofree char *message = cg_strdup_format (_("%s may be hard for the family to understand: %s"), name, problems);

  cg_rules_add_finding (ctx, setting, setting->rule->severity, subject, message);
}

/* How a finding names an entry of a section, "The need at plan.needs[0]". */
static char *
entry_name (const char *section,
            const char *path)
{
  if (g_str_equal (section, "needs"))
    /* Translators: %s is the entry's place in the plan, "plan.needs[0]",
     * which stays as it is. */
    return cg_strdup_format (_("The need at %s"), path);
  if (g_str_equal (section, "risks"))
    /* Translators: %s is the entry's place in the plan, "plan.risks[0]". */
    return cg_strdup_format (_("The risk at %s"), path);
  /* Translators: %s is the entry's place in the plan, "plan.strengths[0]". */
  return cg_strdup_format (_("The strength at %s"), path);
}

static void
check_section (const CgRuleContext   *ctx,
               const CgRuleSetting   *setting,
               const Terms           *terms,
               CgChildProtectionPlan *plan,
               const char            *section,
               const char * const    *entries)
{
  for (guint i = 0; entries != NULL && entries[i] != NULL; i++)
    {
      g_autofree char *problems = NULL;
      g_autofree char *subject = NULL;
      g_autofree char *name = NULL;

      if (cg_child_protection_plan_get_section_audience (plan, section, i) != CG_AUDIENCE_EVERYONE)
        continue;

      problems = problems_in (setting, terms, entries[i]);
      if (problems == NULL)
        continue;
      subject = cg_strdup_format ("plan.%s[%u]", section, i);
      name = entry_name (section, subject);
      report (ctx, setting, subject, name, problems);
    }
}

/* The items the family reads that are not one of a list. */
typedef enum
{
  ITEM_OUTCOME,
  ITEM_ACTION,
  ITEM_CONTINGENCY,
  ITEM_CONTACT_ARRANGEMENTS,
} Item;

static char *
item_name (Item        item,
           const char *id)
{
  switch (item)
    {
    case ITEM_OUTCOME:
      /* Translators: %s is the outcome's id, "o1". */
      return cg_strdup_format (_("Outcome %s"), id);
    case ITEM_ACTION:
      /* Translators: %s is the action's id, "a1". */
      return cg_strdup_format (_("Action %s"), id);
    case ITEM_CONTINGENCY:
      return g_strdup (_("The contingency plan"));
    case ITEM_CONTACT_ARRANGEMENTS:
    default:
      return g_strdup (_("The arrangements for seeing the child"));
    }
}

static void
check_item (const CgRuleContext *ctx,
            const CgRuleSetting *setting,
            const Terms         *terms,
            const char          *subject,
            Item                 item,
            const char          *id,
            const char          *text)
{
  g_autofree char *problems = problems_in (setting, terms, text);
  g_autofree char *name = NULL;

  if (problems == NULL)
    return;
  name = item_name (item, id);
  report (ctx, setting, subject, name, problems);
}

/* plan-language: each item of the plan the family reads, not those for
 * professionals only: outcomes with their measures, actions, needs, risks,
 * strengths, the contingency plan and the arrangements for seeing the
 * child. */
void
cg_check_plan_language (const CgRuleContext *ctx,
                        const CgRuleSetting *setting)
{
  CgChildProtectionPlan *plan = cg_case_get_plan (ctx->kase);
  GListModel *outcomes = cg_child_protection_plan_get_outcomes (plan);
  GListModel *actions = cg_child_protection_plan_get_actions (plan);
  Terms terms;

  terms_init (&terms);
  for (guint i = 0; i < cg_items_len (outcomes); i++)
    {
      CgOutcome *outcome = cg_items_peek (outcomes, i);
      const char *measure = cg_outcome_get_measure (outcome);
      g_autofree char *text = NULL;

      if (cg_outcome_get_audience (outcome) != CG_AUDIENCE_EVERYONE)
        continue;

      /* The measure is a sentence of its own. */
      text = g_strconcat (cg_outcome_get_description (outcome), measure != NULL ? "\n" : NULL, measure, NULL);
      check_item (ctx, setting, &terms, cg_outcome_get_id (outcome), ITEM_OUTCOME, cg_outcome_get_id (outcome), text);
    }

  for (guint i = 0; i < cg_items_len (actions); i++)
    {
      CgAction *action = cg_items_peek (actions, i);

      if (cg_action_get_audience (action) != CG_AUDIENCE_EVERYONE)
        continue;
      check_item (ctx, setting, &terms, cg_action_get_id (action), ITEM_ACTION, cg_action_get_id (action),
                  cg_action_get_description (action));
    }

  check_section (ctx, setting, &terms, plan, "needs", cg_child_protection_plan_get_needs (plan));
  check_section (ctx, setting, &terms, plan, "risks", cg_child_protection_plan_get_risks (plan));
  check_section (ctx, setting, &terms, plan, "strengths", cg_child_protection_plan_get_strengths (plan));
  check_item (ctx, setting, &terms, "plan.contingency", ITEM_CONTINGENCY, NULL, cg_child_protection_plan_get_contingency (plan));
  check_item (ctx, setting, &terms, "plan.contact_arrangements", ITEM_CONTACT_ARRANGEMENTS, NULL,
              cg_child_protection_plan_get_contact_arrangements (plan));
}
