# SPDX-License-Identifier: LGPL-2.1-or-later
"""coregroup in Welsh (doc/using.md, "Languages"): LANGUAGE=cy in an
environment that sets no locale gives the library's messages, dates and
documents in Welsh, while rule ids, JSON keys and enum nicks stay as they
are. A locale the system lacks still chooses the language; an explicit C
locale keeps English, as POSIX asks. The command line's own words (its
headings, its help) are not translated yet."""
import json
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
CASE = os.path.join(ROOT, 'examples', 'cases', 'south-east-wales-emotional-abuse.json')
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
        for locale in ({'LC_ALL': 'C', 'LANGUAGE': 'cy'}, {'LANG': 'C.UTF-8'}, {}):
            with self.subTest(locale=locale):
                status, out, err = deadlines(**locale)
                self.assertEqual(status, 0, err)
                self.assertIn('First core group within 10 working days of the initial conference', out)
                self.assertNotIn('grŵp craidd', out)


if __name__ == '__main__':
    unittest.main(verbosity=2)
