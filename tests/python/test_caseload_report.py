# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/python/caseload-report.py: its figures are the engine's."""
import collections
import csv
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SCRIPT = os.path.join(ROOT, 'examples', 'python', 'caseload-report.py')
CASES = os.path.join(ROOT, 'examples', 'cases')
TODAY = '2027-01-20'


def engine_rows():
    registry = CoreGroup.PolicyRegistry.new_builtin()
    rows = []
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.json'):  # the folder also holds README.md
            continue
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(os.path.join(CASES, name)))
        report = registry.lookup(kase.props.policy).evaluate(kase, datetime.date(2027, 1, 20))
        worker = kase.get_core_group().get_lead_social_worker().props.name
        for d in report.get_deadlines():
            rows.append((kase.props.id, worker, d.props.rule, CoreGroup.date_format(d.props.due),
                         d.props.status.value_nick))
    return rows


class TestCaseloadReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.html = os.path.join(cls.tmp, 'report.html')
        cls.csv = os.path.join(cls.tmp, 'deadlines.csv')
        cls.result = subprocess.run([sys.executable, SCRIPT, '--today', TODAY, '--output', cls.html,
                                     '--csv', cls.csv, CASES], capture_output=True, text=True, check=False)
        cls.expected = engine_rows()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_runs(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)

    def test_csv_is_the_engine_output(self):
        with open(self.csv, newline='', encoding='utf-8') as f:
            rows = [(r['case'], r['lead_social_worker'], r['rule'], r['due'], r['status']) for r in csv.DictReader(f)]
        self.assertEqual(rows, self.expected)

    def test_html_figures(self):
        with open(self.html, encoding='utf-8') as f:
            page = f.read()
        self.assertEqual(page.count('src="data:image/png;base64,'), 2)
        # The timeliness table agrees with the engine, rule by rule.
        table = page[page.index('<table id="timeliness">'):]
        table = table[:table.index('</table>')]
        for rule, label in [('first-core-group', 'First core group'), ('child-seen', 'Child seen'),
                            ('minutes-circulated', 'Minutes circulated')]:
            counts = collections.Counter(s for _, _, r, _, s in self.expected if r == rule)
            cells = re.search(f'<tr><th>{label}</th>(.*?)</tr>', table).group(1)
            numbers = [int(n) for n in re.findall(r'>(\d+)<', cells)]
            self.assertEqual(numbers, [counts[s] for s in ('met', 'late', 'overdue', 'pending')], rule)
        # Overdue by worker.
        by_worker = collections.Counter(w for _, w, _, _, s in self.expected if s == 'overdue')
        workers = page[page.index('<table id="workers">'):]
        workers = workers[:workers.index('</table>')]
        for worker, n in by_worker.items():
            self.assertIn(f'<tr><th>{worker}</th><td class="overdue">{n}</td></tr>', workers)
        self.assertIn(f'<strong>{sum(by_worker.values())} overdue</strong>', page)

    def test_bad_case_is_reported_not_fatal(self):
        folder = os.path.join(self.tmp, 'with-bad')
        shutil.copytree(CASES, folder)
        with open(os.path.join(folder, 'broken.json'), 'w', encoding='utf-8') as f:
            f.write('{"format": "coregroup-case", "version": 1}')
        result = subprocess.run([sys.executable, SCRIPT, '--today', TODAY, '--output', os.path.join(self.tmp, 'b.html'),
                                 '--csv', os.path.join(self.tmp, 'b.csv'), folder],
                                capture_output=True, text=True, check=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn('broken.json: id: required field is missing', result.stderr)
        with open(os.path.join(self.tmp, 'b.html'), encoding='utf-8') as f:
            self.assertIn('Files not evaluated', f.read())


if __name__ == '__main__':
    unittest.main(verbosity=2)
