# SPDX-License-Identifier: LGPL-2.1-or-later
"""The coregroup command-line tool, as doc/rules.md and the README describe it."""
import glob
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURE = os.path.join(ROOT, 'tests', 'data', 'case-full.json')


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestValidate(unittest.TestCase):
    def test_examples_are_valid(self):
        examples = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
        self.assertGreaterEqual(len(examples), 3)
        result = run('validate', *examples)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count(': valid'), len(examples))

    def test_broken_file_names_file_and_field(self):
        with open(FIXTURE, encoding='utf-8') as f:
            text = f.read().replace('"date": "2026-12-17",\n      "chair"', '"date": "2026-12-32",\n      "chair"')
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'broken.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            result = run('validate', FIXTURE, path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(FIXTURE + ': valid', result.stdout)
        self.assertIn(path + ': meetings[1].date:', result.stderr)

    def test_missing_file(self):
        result = run('validate', '/nonexistent/case.json')
        self.assertEqual(result.returncode, 2)
        self.assertIn('/nonexistent/case.json', result.stderr)

    def test_usage_lines(self):
        for command, argument in [('validate', 'PATH…'), ('deadlines', 'PATH…'), ('report', 'CASE.json'),
                                  ('minutes', 'CASE.json'), ('plan', 'CASE.json'), ('workdays', 'DATE N')]:
            with self.subTest(command=command):
                usage = run(command, '--help').stdout.splitlines()[1]
                self.assertTrue(usage.startswith(f'  coregroup {command} [OPTION…] {argument} — '), usage)
                self.assertEqual(usage.count(argument), 1, usage)
        self.assertTrue(run('policies', '--help').stdout.splitlines()[1].startswith('  coregroup policies [OPTION…] — '))
        workdays = run('workdays', '--help').stdout.splitlines()
        self.assertTrue(workdays[2].startswith('  coregroup workdays [OPTION…] --between DATE1 DATE2 — '), workdays[2])

    def test_usage_errors(self):
        self.assertEqual(run('validate').returncode, 2)
        self.assertEqual(run('no-such-command').returncode, 2)
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run('--help').returncode, 0)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestOptions(unittest.TestCase):
    """Every command parses its options the same way (GOptionContext)."""
    COMMANDS = ['validate', 'deadlines', 'minutes', 'plan', 'policies', 'report', 'workdays']

    def test_top_level_help_lists_every_command(self):
        result = run('--help')
        self.assertEqual(result.returncode, 0)
        self.assertTrue(result.stdout.startswith('Usage:\n  coregroup [OPTION…] COMMAND [ARG…]\n'), result.stdout)
        listed = [line.split()[0] for line in
                  result.stdout.split('Commands:\n')[1].split('\n\n')[0].splitlines()]
        self.assertEqual(listed, self.COMMANDS)
        self.assertEqual(run('help').stdout, result.stdout)
        self.assertRegex(run('--version').stdout, r'^coregroup \d+\.\d+\.\d+\n$')

    def test_help(self):
        for command in self.COMMANDS:
            with self.subTest(command=command):
                result = run(command, '--help')
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertTrue(result.stdout.startswith(f'Usage:\n  coregroup {command} [OPTION…]'), result.stdout)
                self.assertIn('  -h, --help', result.stdout)
                self.assertEqual(result.stderr, '')
                self.assertEqual(run('help', command).stdout, result.stdout)

    def test_unknown_option(self):
        for command in self.COMMANDS:
            with self.subTest(command=command):
                result = run(command, '--frobnicate', FIXTURE)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')
                self.assertEqual(result.stderr, f'coregroup {command}: Unknown option --frobnicate\n')

    def test_option_without_its_value(self):
        for command, option in [('workdays', '--division'), ('deadlines', '--today'), ('report', '--review'),
                                ('minutes', '--meeting'), ('plan', '--for'), ('validate', '--format')]:
            with self.subTest(command=command):
                result = run(command, option)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')
                self.assertEqual(result.stderr, f'coregroup {command}: Missing argument for {option}\n')

    def test_unknown_format(self):
        for command, *needed in [('validate',), ('deadlines',), ('minutes', '--meeting', 'cg1'),
                                 ('plan', '--for', 'family'), ('report', '--review', 'next')]:
            with self.subTest(command=command):
                result = run(command, *needed, '--format', 'xml', FIXTURE)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')
                self.assertIn(f'coregroup {command}: --format: “xml” is not a format this command writes (text, ',
                              result.stderr)

    def test_unknown_command(self):
        result = run('frobnicate')
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, '')
        self.assertTrue(result.stderr.startswith('coregroup: unknown command “frobnicate”\n'), result.stderr)
        self.assertEqual(run('help', 'frobnicate').returncode, 2)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestWorkdays(unittest.TestCase):
    def test_add(self):
        self.assertEqual(run('workdays', '2026-12-18', '10').stdout, '2027-01-06\n')
        self.assertEqual(run('workdays', '2027-01-06', '-10').stdout, '2026-12-18\n')
        self.assertEqual(run('workdays', '--division', 'scotland', '2026-12-31', '1').stdout, '2027-01-05\n')
        self.assertEqual(run('workdays', '--division=northern-ireland', '2027-07-09', '1').stdout, '2027-07-13\n')

    def test_between(self):
        self.assertEqual(run('workdays', '--between', '2026-12-18', '2027-01-06').stdout, '10\n')
        self.assertEqual(run('workdays', '--between', '2027-01-06', '2026-12-18').stdout, '-10\n')

    def test_bad_input(self):
        for args in [('2026-13-01', '3'), ('2026-12-18', 'ten'), ('2026-12-18',),
                     ('--division', 'wales', '2026-12-18', '1'), ('2199-12-30', '5'), ('--frobnicate', '1', '2'),
                     ('--between', '2026-12-18'), ('2026-12-18', '1', '2')]:
            with self.subTest(args=args):
                result = run('workdays', *args)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')
                self.assertTrue(result.stderr.startswith('coregroup workdays: '), result.stderr)

    def test_negative_counts_are_not_options(self):
        self.assertEqual(run('workdays', '2027-01-06', '-10', '--division', 'scotland').stdout, '2026-12-17\n')
        self.assertEqual(run('workdays', '--', '2027-01-06', '-10').stdout, '2026-12-18\n')
        result = run('workdays', '2027-01-06', '--', '--division')
        self.assertEqual(result.returncode, 2)
        self.assertIn('N: “--division” is not a whole number', result.stderr)

    def test_division_needs_a_value(self):
        result = run('workdays', '2026-12-18', '10', '--division')
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stderr, 'coregroup workdays: Missing argument for --division\n')
        result = run('workdays', '--division=wales', '2026-12-18', '10')
        self.assertIn('--division: “wales” is not a division', result.stderr)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestDeadlines(unittest.TestCase):
    SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')

    def test_text_report(self):
        result = run('deadlines', '--today', '2027-01-20', self.SUFFOLK)
        self.assertEqual(result.returncode, 1, result.stderr)
        text = result.stdout
        # Overdue first, then what is due soon, then findings, then the record.
        order = [text.index(h) for h in ('OVERDUE', 'DUE IN THE NEXT 10 WORKING DAYS', 'FINDINGS', 'LATER AND THE RECORD')]
        self.assertEqual(order, sorted(order))
        overdue = text[text.index('OVERDUE'):text.index('DUE IN THE NEXT')]
        self.assertIn('Fri 15 Jan 2027  minutes-circulated', overdue)
        self.assertIn('Tue 19 Jan 2027  child-seen', overdue)
        self.assertIn('Core group of 19 Jan 2027 was not quorate: only 1 professional member attended (Suffolk 4.7)', text)

    def test_json_report(self):
        import json
        result = run('deadlines', '--today', '2027-01-20', '--format', 'json', self.SUFFOLK)
        self.assertEqual(result.returncode, 1)
        report = json.loads(result.stdout)
        self.assertEqual((report['case'], report['policy'], report['today']), ('SUF-2026-0417', 'suffolk', '2027-01-20'))
        for entry in report['deadlines']:
            self.assertTrue({'rule', 'due', 'status'} <= entry.keys())
            if entry['status'] in ('met', 'late'):
                self.assertIn('satisfied_on', entry)
            if entry['rule'] == 'final-core-group-before-review':
                self.assertEqual(entry['window_start'], '2027-01-14')
        for finding in report['findings']:
            self.assertTrue({'rule', 'severity', 'subject', 'message'} <= finding.keys())

    def test_policy_override_and_exit_status(self):
        sew = os.path.join(ROOT, 'examples', 'cases', 'south-east-wales-emotional-abuse.json')
        self.assertEqual(run('deadlines', '--today', '2027-01-20', sew).returncode, 0)
        result = run('deadlines', '--today', '2027-01-20', '--policy', 'haringey', '--format', 'json', sew)
        self.assertIn('"policy" : "haringey"', result.stdout)

    def test_usage_errors(self):
        self.assertEqual(run('deadlines', '--policy', 'narnia', self.SUFFOLK).returncode, 2)
        self.assertEqual(run('deadlines', '--today', '2027-02-30', self.SUFFOLK).returncode, 2)
        self.assertEqual(run('deadlines', '--format', 'xml', self.SUFFOLK).returncode, 2)
        result = run('deadlines', '/nonexistent.json')
        self.assertEqual(result.returncode, 2)
        self.assertIn('/nonexistent.json', result.stderr)

    def test_policies(self):
        result = run('policies')
        self.assertEqual(result.returncode, 0)
        ids = [line.split()[0] for line in result.stdout.splitlines()]
        self.assertEqual(sorted(ids), ['city-and-hackney', 'england', 'haringey', 'hertfordshire',
                                       'northern-ireland', 'scotland', 'south-east-wales', 'suffolk', 'wales'])
        verbose = run('policies', '-v').stdout
        self.assertIn('quorum', verbose)
        self.assertIn('Suffolk 4.7', verbose)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestIcalendar(unittest.TestCase):
    def test_ics_imports(self):
        import datetime
        import icalendar
        suffolk = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        result = run('deadlines', '--today', '2027-01-20', '--format', 'ics', suffolk)
        self.assertEqual(result.returncode, 1)
        self.assertTrue(result.stdout.startswith('BEGIN:VCALENDAR\n'))
        calendar = icalendar.Calendar.from_ical(result.stdout)
        events = [(str(e['SUMMARY']), e['DTSTART'].dt) for e in calendar.walk('VEVENT')]
        # Only what is still to meet: the two overdue items and the pending ones.
        self.assertIn(('OVERDUE: SUF-2026-0417 minutes-circulated', datetime.date(2027, 1, 15)), events)
        self.assertIn(('OVERDUE: SUF-2026-0417 child-seen', datetime.date(2027, 1, 19)), events)
        self.assertIn(('SUF-2026-0417 lead-social-worker-visit', datetime.date(2027, 1, 26)), events)
        self.assertNotIn('first-core-group', result.stdout)
        uids = [str(e['UID']) for e in calendar.walk('VEVENT')]
        self.assertEqual(len(uids), len(set(uids)))
        description = str(calendar.walk('VEVENT')[0]['DESCRIPTION'])
        self.assertIn('(Suffolk 4.3)', description)

    def visit(self, *options, env=None):
        """The lead social worker's visit due Tue 26 Jan in the Suffolk example."""
        import icalendar
        suffolk = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        result = subprocess.run([TOOL, 'deadlines', '--today', '2027-01-20', '--format', 'ics', *options, suffolk],
                                capture_output=True, text=True, check=False, env=env)
        self.assertEqual(result.returncode, 1, result.stderr)
        events = {str(e['UID']): e for e in icalendar.Calendar.from_ical(result.stdout).walk('VEVENT')}
        return events['SUF-2026-0417/lead-social-worker-visit/initial-conference@coregroup']

    def test_alarm_days(self):
        import datetime
        due = datetime.datetime(2027, 1, 26)
        # Two working days before, by default: Fri 22 Jan at nine; three: Thu 21 Jan.
        self.assertEqual(due + self.visit().walk('VALARM')[0]['TRIGGER'].dt, datetime.datetime(2027, 1, 22, 9))
        self.assertEqual(due + self.visit('--alarm-days', '3').walk('VALARM')[0]['TRIGGER'].dt,
                         datetime.datetime(2027, 1, 21, 9))
        self.assertEqual(due + self.visit('--alarm-days=0').walk('VALARM')[0]['TRIGGER'].dt,
                         datetime.datetime(2027, 1, 26, 9))
        self.assertEqual(self.visit('--alarm-days', '-1').walk('VALARM'), [])

    def test_alarm_days_refused(self):
        suffolk = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        for args, message in [(('--alarm-days', '3'), '--alarm-days: only with --format ics'),
                              (('--format', 'json', '--alarm-days', '3'), '--alarm-days: only with --format ics'),
                              (('--format', 'ics', '--alarm-days', '1001'), '--alarm-days: give 0 to 1000'),
                              (('--format', 'ics', '--alarm-days', '-2'), '--alarm-days: give 0 to 1000')]:
            with self.subTest(args=args):
                result = run('deadlines', *args, suffolk)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')
                self.assertIn(message, result.stderr)

    def test_dtstamp(self):
        import datetime
        before = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
        stamp = self.visit()['DTSTAMP'].dt
        self.assertTrue(before <= stamp <= datetime.datetime.now(datetime.timezone.utc), stamp)
        fixed = self.visit(env=dict(os.environ, SOURCE_DATE_EPOCH='1800000000'))['DTSTAMP'].dt
        self.assertEqual(fixed, datetime.datetime(2027, 1, 15, 8, 0, tzinfo=datetime.timezone.utc))
        suffolk = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        result = subprocess.run([TOOL, 'deadlines', '--format', 'ics', suffolk], capture_output=True, text=True,
                                check=False, env=dict(os.environ, SOURCE_DATE_EPOCH='soon'))
        self.assertEqual(result.returncode, 2)
        self.assertIn('SOURCE_DATE_EPOCH', result.stderr)


GJS_EXAMPLE = os.path.join(ROOT, 'examples', 'gjs', 'overdue.js')


@unittest.skipIf(not os.path.exists('/usr/bin/gjs'), 'gjs is not installed')
class TestGjsExample(unittest.TestCase):
    def test_overdue_list_matches_the_engine(self):
        import json
        result = subprocess.run(['/usr/bin/gjs', '-m', GJS_EXAMPLE, '--today', '2027-01-20'],
                                capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        printed = {}
        current = None
        for line in result.stdout.splitlines():
            if not line.startswith(' '):
                current = line.split()[0]
                printed[current] = []
            else:
                due, rule = line.split()[:2]
                printed[current].append((rule, due))
        self.assertEqual(len(printed), len(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json'))))
        for path in glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')):
            engine = json.loads(run('deadlines', '--today', '2027-01-20', '--format', 'json', path).stdout)
            expected = [(d['rule'], d['due']) for d in engine['deadlines'] if d['status'] == 'overdue']
            self.assertEqual(printed[engine['case']], expected, path)

    def test_bad_file(self):
        result = subprocess.run(['/usr/bin/gjs', '-m', GJS_EXAMPLE, '/nonexistent.json'],
                                capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn('/nonexistent.json', result.stderr)



VALA_EXAMPLE = os.environ.get('COREGROUP_VALA_EXAMPLE')


@unittest.skipIf(VALA_EXAMPLE is None, 'the Vala example was not built')
class TestValaExample(unittest.TestCase):
    def test_overdue_list_matches_the_engine(self):
        import json
        cases = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
        result = subprocess.run([VALA_EXAMPLE, '--today', '2027-01-20', *cases],
                                capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        printed = {}
        for line in result.stdout.splitlines():
            if not line.startswith(' '):
                current = line.split()[0]
                printed[current] = []
            else:
                due, rule = line.split()[:2]
                printed[current].append((rule, due))
        for path in cases:
            engine = json.loads(run('deadlines', '--today', '2027-01-20', '--format', 'json', path).stdout)
            self.assertEqual(printed[engine['case']],
                             [(d['rule'], d['due']) for d in engine['deadlines'] if d['status'] == 'overdue'])

    def test_bad_file(self):
        result = subprocess.run([VALA_EXAMPLE, '/nonexistent.json'], capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn('/nonexistent.json', result.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
