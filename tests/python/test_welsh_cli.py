# SPDX-License-Identifier: LGPL-2.1-or-later
"""coregroup in Welsh (doc/using.md, "Languages"): LANGUAGE=cy in an
environment that sets no locale gives the whole text report in Welsh,
the library's messages, dates and documents and coregroup's own
headings, status lines, help and usage errors, while rule ids, JSON keys,
CSV columns and enum nicks stay as they are. A locale the system lacks
still chooses the language; an explicit C locale keeps English, as POSIX
asks, and the English report is as it always was."""
import json
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
CASE = os.path.join(ROOT, 'examples', 'cases', 'south-east-wales-emotional-abuse.json')
# Late, accepted and overdue entries and an open escalation on 20 Jan 2027.
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-baby-conference-decisions.json')
# `coregroup deadlines --today 2026-12-01 CASE` in English.
ENGLISH_REPORT = os.path.join(ROOT, 'tests', 'data', 'deadlines-south-east-wales-2026-12-01.txt')
COMMANDS = ('validate', 'deadlines', 'minutes', 'plan', 'policies', 'report', 'workdays')
# The text report's headings, and the words of its other lines, in English.
ENGLISH_HEADINGS = ('OVERDUE', 'ACCEPTED LATE OR OVERDUE', 'DUE IN THE NEXT', 'FINDINGS', 'OPEN ESCALATIONS',
                    'LATER AND THE RECORD')
ENGLISH_WORDS = ('Case ', 'Policy:', 'as of', 'Nothing is overdue', 'Nothing falls due', 'None.', 'met by',
                 'LATE by', 'OVERDUE by', 'window opens', 'responsible:', 'accepted by', 'raised by', 'last step',
                 'working day', 'warning', 'accepted,')
LOCALE_VARIABLES = ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LC_CTYPE', 'LANG')


def run(*args, **locale):
    """The tool with only the given locale variables set."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARIABLES}
    env.update(locale)
    result = subprocess.run([TOOL, *args], capture_output=True, env=env, check=False)
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def deadlines(*args, **locale):
    return run('deadlines', '--today', '2026-12-01', *args, CASE, **locale)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestWelshCommandLine(unittest.TestCase):
    def test_text_report(self):
        status, out, err = deadlines('--explain', LANGUAGE='cy')
        self.assertEqual(status, 0, err)
        # A deadline's description, and how its date was worked out, with
        # Welsh weekday and month names.
        self.assertIn('Y grŵp craidd cyntaf o fewn 10 diwrnod gwaith ar ôl y gynhadledd gychwynnol', out)
        self.assertIn('10 diwrnod gwaith ar ôl y gynhadledd gychwynnol ar Mer 25 Tachwedd 2026: heb gyfrif Sad/Sul',
                      out)
        self.assertIn('Cynhadledd adolygu o fewn 3 mis ar ôl y gynhadledd gychwynnol, yna o leiaf bob 6 mis', out)
        # A finding's message.
        self.assertIn('Cyfarfod cg1: y dyddiad a gofnodwyd yw 8 Rhagfyr 2026, sydd ar ôl y diwrnod gwerthuso '
                      '(1 Rhagfyr 2026)', out)
        # Rule ids and the policy's own citations are not translated.
        self.assertIn('first-core-group', out)
        self.assertIn('record-after-today', out)
        self.assertIn('(South East Wales, "Aim of Leaflet")', out)
        for english in ('working days after', 'First core group within', 'is dated 8 Dec 2026'):
            self.assertNotIn(english, out)

    def test_text_report_headings_and_counts(self):
        status, out, err = deadlines(LANGUAGE='cy')
        self.assertEqual(status, 0, err)
        lines = out.splitlines()
        self.assertEqual(lines[0], 'Achos SEW-2026-0088: Tal Example (fictional)')
        # The policy's name is its own; the date has the library's names.
        self.assertEqual(lines[1], 'Polisi: South East Wales Safeguarding Children Board (south-east-wales), '
                                   'fel ar Maw  1 Rhagfyr 2026')
        for heading in ('GORDDYLEDUS', 'YN DDYLEDUS YN Y 10 DIWRNOD GWAITH NESAF (hyd at Maw 15 Rhagfyr 2026)',
                        'CANFYDDIADAU', 'UWCHGYFEIRIO AGORED', 'YN NES YMLAEN, A’R COFNOD'):
            self.assertIn(heading, lines)
        self.assertIn('  Nid oes dim yn orddyledus.', lines)
        self.assertIn('  Dim.', lines)
        # The dates line up in a column as wide as the widest Welsh date,
        # the rule ids after them.
        self.assertIn('  Mer  9 Rhagfyr 2026      first-core-group                Y grŵp craidd cyntaf', out)
        self.assertIn('  Iau 25 Chwefror 2027     review-conference               Cynhadledd adolygu', out)
        self.assertIn('  rhybudd     record-after-today              Cyfarfod cg1:', out)
        self.assertEqual(lines[-1], '0 gorddyledus, 0 wedi’u derbyn, 1 yn ddyledus yn y 10 diwrnod gwaith nesaf, '
                                    '0 gwall, 5 rhybudd')
        for english in ENGLISH_HEADINGS:
            self.assertNotIn(english, out)
        for english in ENGLISH_WORDS:
            self.assertNotIn(english, out)

    def test_text_report_status_lines(self):
        status, out, err = run('deadlines', '--today', '2027-01-20', SUFFOLK, LANGUAGE='cy')
        self.assertEqual(status, 1, err)
        for line in ('HWYR NEU ORDDYLEDUS, WEDI’U DERBYN',
                     'GORDDYLEDUS o 2 ddiwrnod gwaith',
                     'yn gyfrifol: m1, m2',
                     'wedi’i gyflawni gan c1 ar Iau  5 Tachwedd 2026',
                     'HWYR, wedi’i gyflawni gan c4 ar Llun 30 Tachwedd 2026, 4 diwrnod gwaith yn hwyr',
                     'derbyniwyd gan Helen Marsh, team manager (fictional) ar Maw 12 Ionawr 2027: Minute taker',
                     'x1                              presenoldeb ynghylch m6, codwyd gan m1',
                     'y cam diwethaf: cadeirydd y gynhadledd, ar Llun 11 Ionawr 2027, 7 diwrnod gwaith yn ôl',
                     '  gwybodaeth  plan-language   ',
                     '1 gorddyledus, 1 wedi’i dderbyn, 2 yn ddyledus yn y 10 diwrnod gwaith nesaf, 0 gwall, '
                     '2 rybudd'):
            self.assertIn(line, out)
        for english in ENGLISH_HEADINGS + ENGLISH_WORDS:
            self.assertNotIn(english, out)

        status, out, err = run('deadlines', '--today', '2026-12-01', SUFFOLK, LANGUAGE='cy')
        self.assertIn('mae’r cyfnod yn agor ar Llun 21 Rhagfyr 2026', out)

    def test_caseload_summary(self):
        status, out, err = run('deadlines', '--today', '2027-01-20', '--summary', CASE, SUFFOLK, LANGUAGE='cy')
        self.assertEqual(status, 1, err)
        self.assertTrue(out.startswith('Llwyth achosion: 2 achos, fel ar 2027-01-20\n'), out[:100])
        for heading in ('ACHOSION YN ÔL POLISI', 'COFNODION TERFYNAU AMSER YN ÔL RHEOL',
                        'COFNODION TERFYNAU AMSER YN ÔL STATWS',
                        'GORDDYLEDUS, HEB GYDNABYDDIAETH (yr hiraf yn gyntaf)'):
            self.assertIn('\n%s\n' % heading, out)
        # Statuses in words, padded by characters: "wedi’i gyflawni" has
        # more bytes than letters.
        counts = [line for line in out.splitlines() if line.startswith('  wedi’i gyflawni ') or
                  line.startswith('  i ddod ')]
        self.assertEqual(len(counts), 2, out)
        self.assertEqual(len(counts[0]), len(counts[1]))
        self.assertIn('SUF-2026-0588            child-seen                      2027-01-18  2 ddiwrnod gwaith', out)
        # Rule and policy ids as they are.
        self.assertIn('  south-east-wales ', out)
        self.assertIn('  child-seen ', out)

    def test_help_of_every_command(self):
        for command in ('',) + COMMANDS:
            args = (command, '--help') if command else ('--help',)
            with self.subTest(command=command):
                status, welsh, err = run(*args, LANGUAGE='cy')
                self.assertEqual(status, 0, err)
                status, english, err = run(*args, LC_ALL='C')
                self.assertEqual(status, 0, err)
                # Every line of coregroup's own (not GLib's headings and
                # --help) is in Welsh.
                own = [line.strip() for line in english.splitlines()
                       if line.strip() and not line.rstrip().endswith(':') and '--help' not in line]
                self.assertGreater(len(own), 2, english)
                for line in own:
                    self.assertNotIn(line, welsh)
        status, out, err = run('deadlines', '--help', LANGUAGE='cy')
        self.assertIn('coregroup deadlines [OPTION…] LLWYBR… — beth sy’n ddyledus', out)
        self.assertIn('--policy-file=FFEIL', out)
        self.assertIn('Statws gadael: 0 pan nad oes dim yn orddyledus', out)
        status, out, err = run('--help', LANGUAGE='cy')
        self.assertIn('Gorchmynion:\n  validate   Gwirio dogfennau achos', out)

    def test_usage_errors(self):
        for args, message in ((('deadlines',), 'coregroup deadlines: rhowch o leiaf un ffeil achos neu gyfeiriadur'),
                              (('deadlines', '--format', 'xml', CASE),
                               'coregroup deadlines: --format: nid yw “xml” yn fformat y mae’r gorchymyn hwn yn '
                               'ei ysgrifennu (text, json, csv, ics)'),
                              (('workdays', '2026-12-01', 'x'), 'coregroup workdays: N: nid yw “x” yn rhif cyfan'),
                              (('workdays', '--between', '2026-12-01', '2026-13-01'),
                               'coregroup workdays: DYDDIAD2: nid yw’n ddyddiad calendr go iawn'),
                              (('frobnicate',), 'coregroup: gorchymyn anhysbys “frobnicate”')):
            with self.subTest(args=args):
                status, out, err = run(*args, LANGUAGE='cy')
                self.assertEqual(status, 2)
                self.assertEqual(err.splitlines()[0], message)

    def test_json_report(self):
        status, out, err = deadlines('--format', 'json', LANGUAGE='cy')
        self.assertEqual(status, 0, err)
        report = json.loads(out)
        self.assertEqual(set(report), {'case', 'policy', 'today', 'deadlines', 'findings', 'open_escalations'})
        first = report['deadlines'][0]
        self.assertEqual(first['rule'], 'first-core-group')
        self.assertEqual(first['status'], 'pending')
        self.assertEqual(first['counted_from_event'], 'initial-conference')
        self.assertIn('description', first)
        self.assertEqual(first['description'],
                         'Y grŵp craidd cyntaf o fewn 10 diwrnod gwaith ar ôl y gynhadledd gychwynnol')
        self.assertEqual(first['explanation'],
                         '10 diwrnod gwaith ar ôl y gynhadledd gychwynnol ar Mer 25 Tachwedd 2026: heb gyfrif Sad/Sul')
        finding = report['findings'][0]
        self.assertEqual((finding['rule'], finding['severity'], finding['subject']),
                         ('record-after-today', 'warning', 'cg1'))
        self.assertTrue(finding['message'].startswith('Cyfarfod cg1: y dyddiad a gofnodwyd yw 8 Rhagfyr 2026'),
                        finding['message'])

    def test_machine_forms_stay_english(self):
        # CSV: the columns, the status nicks and the dates as they are.
        status, welsh, err = deadlines('--format', 'csv', LANGUAGE='cy')
        status, english, err = deadlines('--format', 'csv', LC_ALL='C')
        self.assertTrue(welsh.startswith('case,policy,rule,due,status,satisfied_on,counted_from,responsible,'
                                         'acknowledged,source\r\n'), welsh[:100])
        self.assertEqual(welsh, english)
        # The JSON of policies and workdays: keys, ids, kinds and severities.
        status, welsh, err = run('policies', '--verbose', '--format', 'json', LANGUAGE='cy')
        self.assertEqual(status, 0, err)
        status, english, err = run('policies', '--verbose', '--format', 'json', LC_ALL='C')
        welsh, english = json.loads(welsh), json.loads(english)
        self.assertEqual(welsh['policies'], english['policies'])
        rule = next(r for r in welsh['catalogue'] if r['rule'] == 'quorum')
        self.assertEqual(set(rule), {'rule', 'kind', 'severity', 'summary', 'parameters'})
        self.assertEqual((rule['kind'], rule['severity']), ('check', 'error'))
        self.assertTrue(rule['summary'].startswith('Mae angen o leiaf'), rule['summary'])
        status, welsh, err = run('workdays', '--format', 'json', '2026-12-01', '10', LANGUAGE='cy')
        self.assertEqual(json.loads(welsh), {'division': 'england-and-wales', 'from': '2026-12-01',
                                             'to': '2026-12-15', 'working_days': 10})

    def test_document_headings(self):
        status, out, err = run('report', '--today', '2026-12-01', '--review', 'next', CASE, LANGUAGE='cy')
        self.assertEqual(status, 0, err)
        self.assertTrue(out.startswith('Adroddiad i’r gynhadledd adolygu\n'), out[:200])
        self.assertIn('Achos SEW-2026-0088\n', out)
        for heading in ('AM YR ADRODDIAD HWN', 'NEWIDIADAU I’R CYNLLUN', 'GWELD Y PLENTYN', 'CANFYDDIADAU'):
            self.assertIn(heading + '\n', out)
        self.assertIn('Cynhadledd adolygu, Mer 24 Chwefror 2027\n', out)

        status, html, err = run('report', '--today', '2026-12-01', '--review', 'next', '--format', 'html', CASE,
                                LANGUAGE='cy')
        self.assertEqual(status, 0, err)
        self.assertIn('<html lang="cy">', html)

    def test_error_messages_keep_the_field_path(self):
        broken = os.path.join(ROOT, 'tests', 'data', 'broken-unknown-member.json')
        status, out, err = run('validate', broken, LANGUAGE='cy')
        self.assertEqual(status, 2)
        self.assertIn('meetings[1].attendance[0].member: nid yw’n aelod o’r grŵp craidd', err)

    def test_validate_still_reads_the_position(self):
        # coregroup validate --format json reads a syntax error's line and
        # column from the message, which is why they stay in English.
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'broken.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('{\n  "format": "coregroup-case",\n  "version": 1,\n  "id": \n')
            status, out, err = run('validate', '--format', 'json', path, LANGUAGE='cy')
        self.assertEqual(status, 2)
        line = json.loads(out)
        self.assertIsInstance(line['line'], int, line)
        self.assertIsInstance(line['column'], int, line)
        self.assertIn('disgwylid', line['message'])

    def test_a_missing_locale_still_chooses_the_language(self):
        # No cy_GB locale is installed on a plain system: the language of the
        # locale asked for still counts.
        status, out, err = deadlines(LANG='cy_GB.UTF-8')
        self.assertEqual(status, 0, err)
        self.assertIn('Y grŵp craidd cyntaf', out)

    def test_c_locale_and_no_language_stay_english(self):
        with open(ENGLISH_REPORT, encoding='utf-8') as f:
            english = f.read()
        for locale in ({'LC_ALL': 'C', 'LANGUAGE': 'cy'}, {'LANG': 'C.UTF-8'}, {}):
            with self.subTest(locale=locale):
                status, out, err = deadlines(**locale)
                self.assertEqual(status, 0, err)
                self.assertEqual(out, english)
                # GLib writes the help in the locale's character set: no
                # ellipsis or dash in C.
                status, out, err = run('deadlines', '--help', **locale)
                self.assertIn(' what is due, met, late and overdue\n', out)
                self.assertIn('--policy-file=FILE', out)
                status, out, err = run('deadlines', **locale)
                self.assertEqual(err, 'coregroup deadlines: give at least one case file or directory\n')


if __name__ == '__main__':
    unittest.main(verbosity=2)
