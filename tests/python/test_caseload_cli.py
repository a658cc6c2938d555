# SPDX-License-Identifier: LGPL-2.1-or-later
"""coregroup deadlines and validate over many cases (doc/using.md, "Many cases at once")."""
import csv
import glob
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import unittest.mock

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
TODAY = '2027-01-20'


def run(*args, stdin=None):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False, input=stdin)


def deadlines(*args, stdin=None):
    return run('deadlines', '--today', TODAY, *args, stdin=stdin)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestCaseload(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        self.good = os.path.join(self.tmp, 'good')
        os.makedirs(os.path.join(self.good, 'sub'))
        for path in EXAMPLES:
            shutil.copy(path, self.good)
        shutil.copy(EXAMPLES[0], os.path.join(self.good, 'sub', 'copy.json'))
        with open(os.path.join(self.good, 'notes.txt'), 'w', encoding='utf-8') as f:
            f.write('not a case')
        self.paths = sorted(glob.glob(os.path.join(self.good, '**', '*.json'), recursive=True))
        self.broken = os.path.join(self.tmp, 'broken.json')
        with open(EXAMPLES[0], encoding='utf-8') as f:
            text = f.read()
        with open(self.broken, 'w', encoding='utf-8') as f:
            f.write(text.replace('"policy": "', '"policy": 7, "x": "', 1))

    def single(self, path):
        result = deadlines('--format', 'json', path)
        return json.loads(result.stdout)

    def test_json_lines_in_path_order(self):
        result = deadlines('--format', 'json', self.good)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(result.stderr, '')
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), len(self.paths))
        for line, path in zip(lines, self.paths):
            self.assertEqual(json.loads(line), self.single(path))
        self.assertEqual(self.paths, sorted(self.paths, key=lambda p: p.encode()))

    def test_folder_links(self):
        # A link to a folder, even one named *.json or back up the tree, is
        # not walked; a link to a case file is a case; a folder named
        # *.json is walked.
        os.symlink(self.good, os.path.join(self.good, 'loop'))
        os.symlink(os.path.join(self.good, 'sub'), os.path.join(self.good, 'sublink.json'))
        os.symlink(EXAMPLES[1], os.path.join(self.good, 'sub', 'linked.json'))
        os.makedirs(os.path.join(self.good, 'more.json'))
        shutil.copy(EXAMPLES[2], os.path.join(self.good, 'more.json', 'inside.json'))
        expected = sorted(self.paths + [os.path.join(self.good, 'sub', 'linked.json'),
                                        os.path.join(self.good, 'more.json', 'inside.json')],
                          key=lambda p: p.encode())
        result = deadlines('--format', 'json', self.good)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(result.stderr, '')
        lines = result.stdout.splitlines()
        self.assertEqual(len(lines), len(expected))
        for line, path in zip(lines, expected):
            self.assertEqual(json.loads(line), self.single(path))

    def test_one_case_is_the_report_object(self):
        result = deadlines('--format', 'json', EXAMPLES[0])
        self.assertTrue(result.stdout.startswith('{\n'))

    def test_csv_rows_are_the_deadline_entries(self):
        result = deadlines('--format', 'csv', self.good)
        rows = list(csv.reader(io.StringIO(result.stdout, newline='')))
        self.assertEqual(rows[0], ['case', 'policy', 'rule', 'due', 'status', 'satisfied_on', 'counted_from',
                                   'responsible', 'acknowledged', 'source'])
        expected = []
        for path in self.paths:
            report = self.single(path)
            for d in report['deadlines']:
                expected.append([report['case'], report['policy'], d['rule'], d['due'], d['status'],
                                 d.get('satisfied_on', ''), d.get('counted_from', ''),
                                 ' '.join(d.get('responsible', [])), 'yes' if 'acknowledged' in d else '',
                                 d.get('source', '')])
        self.assertEqual(rows[1:], expected)

    def test_one_calendar(self):
        result = deadlines('--format', 'ics', self.good)
        self.assertEqual(result.stdout.count('BEGIN:VCALENDAR'), 1)
        self.assertEqual(result.stdout.count('END:VCALENDAR'), 1)
        cases = {line.split(':', 1)[1].split()[0] for line in result.stdout.splitlines()
                 if line.startswith('SUMMARY:') and not line.startswith('SUMMARY:OVERDUE')}
        self.assertGreater(len(cases), 1)

    def test_text_reports_one_after_the_other(self):
        result = deadlines(EXAMPLES[0], EXAMPLES[1])
        self.assertEqual(result.stdout.count('\nCase ') + result.stdout.startswith('Case '), 2)
        self.assertIn('=' * 72, result.stdout)

    def test_standard_input(self):
        with open(EXAMPLES[0], encoding='utf-8') as f:
            result = deadlines('--format', 'json', '-', stdin=f.read())
        self.assertEqual(json.loads(result.stdout), self.single(EXAMPLES[0]))
        result = run('validate', '-', stdin='{')
        self.assertEqual(result.returncode, 2)
        self.assertTrue(result.stderr.startswith('-: '))

    def test_broken_file_reported_and_others_evaluated(self):
        result = deadlines('--format', 'json', self.broken, EXAMPLES[0])
        self.assertEqual(result.returncode, 2)
        self.assertIn(self.broken + ': policy:', result.stderr)
        self.assertEqual(json.loads(result.stdout), self.single(EXAMPLES[0]))

    def test_exit_statuses(self):
        statuses = {p: deadlines(p).returncode for p in EXAMPLES}
        clean = [p for p, s in statuses.items() if s == 0]
        action = [p for p, s in statuses.items() if s == 1]
        self.assertTrue(clean and action)
        # JSON lines are written, and each case dropped, as the run goes:
        # the status still counts every case.
        for form in ('text', 'json'):
            with self.subTest(format=form):
                self.assertEqual(deadlines('--format', form, *clean).returncode, 0)
                self.assertEqual(deadlines('--format', form, *clean, action[0]).returncode, 1)
                self.assertEqual(deadlines('--format', form, action[0], *clean).returncode, 1)
                self.assertEqual(deadlines('--format', form, *clean, action[0], self.broken).returncode, 2)
        # A run long enough for the first lines to go out while the rest
        # are evaluated: the case that needs action is first, and gone
        # from memory long before the status is worked out.
        many = os.path.join(self.tmp, 'many')
        os.makedirs(many)
        shutil.copy(action[0], os.path.join(many, '0000.json'))
        for n in range(1, 400):
            shutil.copy(clean[0], os.path.join(many, '%04d.json' % n))
        result = deadlines('--format', 'json', many)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(len(result.stdout.splitlines()), 400)
        self.assertEqual(deadlines('--jobs', '0', *clean).returncode, 2)
        self.assertEqual(deadlines('--format', 'xml', *clean).returncode, 2)
        self.assertEqual(deadlines(os.path.join(self.tmp, 'empty-dir-missing')).returncode, 2)

    # The calendar's DTSTAMP is the time of writing unless SOURCE_DATE_EPOCH says otherwise.
    @unittest.mock.patch.dict(os.environ, {'SOURCE_DATE_EPOCH': '1800000000'})
    def test_jobs_do_not_change_the_output(self):
        for form in ('text', 'json', 'csv', 'ics'):
            with self.subTest(format=form):
                one = deadlines('--jobs', '1', '--format', form, self.good, self.broken)
                four = deadlines('--jobs', '4', '--format', form, self.good, self.broken)
                self.assertEqual(one.stdout, four.stdout)
                self.assertEqual(one.stderr, four.stderr)
        one = deadlines('--jobs', '1', '--summary', self.good)
        self.assertEqual(one.stdout, deadlines('--jobs', '4', '--summary', self.good).stdout)

    def test_summary(self):
        result = deadlines('--summary', self.good)
        self.assertEqual(result.stderr, '')
        out = result.stdout
        self.assertTrue(out.startswith('Caseload of %d cases, as of %s\n' % (len(self.paths), TODAY)))
        for heading in ('CASES BY POLICY', 'DEADLINE ENTRIES BY RULE', 'DEADLINE ENTRIES BY STATUS',
                        'OVERDUE, NOT ACKNOWLEDGED (longest first)'):
            self.assertIn('\n' + heading + '\n', out)
        reports = [self.single(p) for p in self.paths]
        n_met = sum(1 for r in reports for d in r['deadlines'] if d['status'] == 'met')
        self.assertRegex(out, r'\n  met +%d\n' % n_met)
        overdue = [(r['case'], d['rule'], d['due']) for r in reports for d in r['deadlines']
                   if d['status'] == 'overdue' and 'acknowledged' not in d]
        section = out.split('OVERDUE, NOT ACKNOWLEDGED (longest first)\n')[1].splitlines()
        self.assertEqual(len(section), len(overdue))
        days = [int(line.split()[3]) for line in section]
        self.assertEqual(days, sorted(days, reverse=True))
        self.assertEqual(sorted(tuple(line.split()[:3]) for line in section), sorted(overdue))


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestValidateJson(unittest.TestCase):
    def test_lines(self):
        with tempfile.TemporaryDirectory() as tmp:
            syntax = os.path.join(tmp, 'syntax.json')
            with open(syntax, 'w', encoding='utf-8') as f:
                f.write('{"id": "x",\n "policy": ')
            field = os.path.join(tmp, 'field.json')
            with open(EXAMPLES[0], encoding='utf-8') as f:
                text = f.read()
            with open(field, 'w', encoding='utf-8') as f:
                f.write(text.replace('"policy": "', '"policy": 7, "x": "', 1))
            missing = os.path.join(tmp, 'missing.json')
            result = run('validate', '--format', 'json', EXAMPLES[0], syntax, field, missing)
        self.assertEqual(result.returncode, 2)
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual(lines[0], {'file': EXAMPLES[0], 'valid': True})
        self.assertEqual(lines[1]['file'], syntax)
        self.assertEqual((lines[1]['valid'], lines[1]['path'], lines[1]['line'], lines[1]['column']),
                         (False, 'policy', 2, 12))
        self.assertEqual(lines[1]['message'], 'the document ends early: expected a value')
        self.assertEqual((lines[2]['path'], lines[2]['line'], lines[2]['column']), ('policy', None, None))
        self.assertEqual((lines[3]['path'], lines[3]['valid']), (None, False))
        self.assertEqual(sorted(lines[2]), ['column', 'file', 'line', 'message', 'path', 'valid'])

    def test_directory(self):
        result = run('validate', os.path.join(ROOT, 'examples', 'cases'))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count(': valid'), len(EXAMPLES))


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestFamilies(unittest.TestCase):
    """Two brothers' or sisters' cases sharing a family and a joint meeting."""
    SOURCE = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')

    def siblings(self, tmp, change=None):
        with open(self.SOURCE, encoding='utf-8') as f:
            base = json.load(f)
        paths = []
        for n in (1, 2):
            case = json.loads(json.dumps(base))
            case['id'] = 'FAM-%d' % n
            case['policy'] = 'england'
            case['family'] = 'F-1'
            if n == 2 and change is not None:
                change(case)
            path = os.path.join(tmp, 'child-%d.json' % n)
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(case, f)
            paths.append(path)
        return paths

    def findings(self, paths):
        result = deadlines('--format', 'json', *paths)
        self.assertIn(result.returncode, (0, 1), result.stderr)
        reports = [json.loads(line) for line in result.stdout.splitlines()]
        return [[f for f in r['findings'] if f['rule'] == 'family-record-mismatch'] for r in reports]

    def test_date_differs(self):
        def move(case):
            case['meetings'][1]['date'] = '2026-12-23'
        with tempfile.TemporaryDirectory() as tmp:
            first, second = self.findings(self.siblings(tmp, move))
        self.assertEqual([(f['subject'], f['severity']) for f in first], [('cg2', 'warning')])
        self.assertEqual([f['subject'] for f in second], ['cg2'])
        self.assertIn('FAM-2', first[0]['message'])
        self.assertIn('FAM-1', second[0]['message'])
        self.assertTrue(first[0]['message'].endswith(': date'))
        self.assertEqual(first[0]['source'], "the record's own consistency")

    def test_attendance_differs(self):
        def absent(case):
            case['meetings'][0]['attendance'][0]['status'] = 'absent'
        with tempfile.TemporaryDirectory() as tmp:
            first, second = self.findings(self.siblings(tmp, absent))
        self.assertEqual([f['subject'] for f in first], ['cg1'])
        self.assertTrue(first[0]['message'].endswith(': attendance'))

    def test_with_other_cases_in_path_order(self):
        """A case of no family is written as soon as it is evaluated, while the
        rest are; from the first case of a family on, once the whole run is
        (its report may gain findings from the others): either way the lines
        are in path order, one a case, the same whatever the jobs. Enough
        cases come first for the run to be writing before the family's."""
        def move(case):
            case['meetings'][1]['date'] = '2026-12-23'
        with tempfile.TemporaryDirectory() as tmp:
            self.siblings(tmp, move)
            others = ['a-%03d.json' % n for n in range(150)] + ['child-15-other.json'] + \
                     ['z-%03d.json' % n for n in range(150)]
            for name in others:
                shutil.copy(self.SOURCE, os.path.join(tmp, name))
            paths = sorted(glob.glob(os.path.join(tmp, '*.json')), key=lambda p: p.encode())
            names = [os.path.basename(p) for p in paths]
            self.assertEqual(names[149:154], ['a-149.json', 'child-1.json', 'child-15-other.json', 'child-2.json',
                                              'z-000.json'])
            two = deadlines('--format', 'json', '--jobs', '2', tmp)
            one = deadlines('--format', 'json', '--jobs', '1', tmp)
            alone = {n: json.loads(deadlines('--format', 'json', os.path.join(tmp, n)).stdout)
                     for n in ('a-000.json', 'child-15-other.json', 'z-149.json')}
        self.assertEqual(two.stdout, one.stdout)
        reports = [json.loads(line) for line in two.stdout.splitlines()]
        self.assertEqual(len(reports), len(paths))
        other_id = alone['a-000.json']['case']
        self.assertEqual([r['case'] for r in reports],
                         [other_id] * 150 + ['FAM-1', other_id, 'FAM-2'] + [other_id] * 150)
        for n, name in ((0, 'a-000.json'), (151, 'child-15-other.json'), (len(paths) - 1, 'z-149.json')):
            self.assertEqual(reports[n], alone[name])
        for n in (150, 152):
            self.assertEqual([f['subject'] for f in reports[n]['findings'] if f['rule'] == 'family-record-mismatch'],
                             ['cg2'])

    def test_same_record_no_finding(self):
        with tempfile.TemporaryDirectory() as tmp:
            paths = self.siblings(tmp)
            self.assertEqual(self.findings(paths), [[], []])
            # One case alone is not compared with anything.
            alone = json.loads(deadlines('--format', 'json', paths[0]).stdout)
        self.assertEqual([f for f in alone['findings'] if f['rule'] == 'family-record-mismatch'], [])


if __name__ == '__main__':
    unittest.main()
