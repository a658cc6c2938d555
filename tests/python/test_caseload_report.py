# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/python/caseload-report.py: its figures are the engine's, and
its page puts the urgent first: what is overdue now, longest overdue first,
then the findings, errors first, then the timeliness charts. Headless
Chromium (Debian's, when installed) renders it; the screenshots are kept in
COREGROUP_SCREENSHOT_DIR (the build's tests/screenshots/ under meson test)
for a person to look at."""
import collections
import csv
import datetime
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
gi.require_version('GdkPixbuf', '2.0')
from gi.repository import CoreGroup, GdkPixbuf, Gio  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SCRIPT = os.path.join(ROOT, 'examples', 'python', 'caseload-report.py')
CASES = os.path.join(ROOT, 'examples', 'cases')
TODAY = '2027-01-20'
CHROMIUM = shutil.which('chromium')
OVERDUE_RED = (0xc6, 0x28, 0x28)
CHART_GREEN = (0x2e, 0x7d, 0x32)


def engine():
    """The caseload as the library reports it, worked out here from each
    report's entries and calendar: (deadlines, overdue, findings), with
    overdue entries nobody accepted as (working days, case, worker, rule)."""
    registry = CoreGroup.PolicyRegistry.new_builtin()
    today = datetime.date(2027, 1, 20)
    deadlines, overdue, findings = [], [], []
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.json'):  # the folder also holds README.md
            continue
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(os.path.join(CASES, name)))
        report = registry.lookup(kase.props.policy).evaluate(kase, today)
        group = kase.get_core_group()
        worker = group.get_lead_social_worker().props.name
        manager = group.get_team_manager()
        team = manager.props.name if manager is not None else '(no team manager)'
        for d in report.get_deadlines():
            status = d.props.status.value_nick
            deadlines.append((kase.props.id, worker, team, d.props.rule, CoreGroup.date_format(d.props.due), status))
            if status == 'overdue' and not d.is_acknowledged():
                days = report.get_calendar().count_working_days(d.get_due(), today)
                overdue.append((days, kase.props.id, worker, d.props.rule))
        for f in report.get_findings():
            findings.append((f.props.severity.value_nick, kase.props.id, f.props.rule, f.props.message))
    return deadlines, overdue, findings


def table(page, table_id):
    start = page.index(f'<table id="{table_id}"')
    return page[start:page.index('</table>', start)]


def cells(row):
    return [html.unescape(re.sub(r'<[^>]+>', ' ', c)).split() for c in re.findall(r'<td[^>]*>(.*?)</td>', row)]


def render_png(html_path, png_path, height):
    """Headless Chromium, as Debian packages it, prints the page to a PNG."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                        f'--user-data-dir={profile}', f'--window-size=1240,{height}',
                        f'--screenshot={png_path}', 'file://' + html_path],
                       capture_output=True, check=False, timeout=120)


def first_row_of(png_path, colour, left=0, right=None):
    """The first pixel row of the PNG with a pixel of exactly @colour
    between columns @left and @right, or None."""
    pixbuf = GdkPixbuf.Pixbuf.new_from_file(png_path)
    data, stride, channels = pixbuf.get_pixels(), pixbuf.get_rowstride(), pixbuf.get_n_channels()
    right = pixbuf.get_width() if right is None else right
    pattern = bytes(colour)
    for y in range(pixbuf.get_height()):
        row = data[y * stride + left * channels: y * stride + right * channels]
        at = row.find(pattern)
        while at != -1 and at % channels:
            at = row.find(pattern, at + 1)
        if at != -1:
            return y
    return None


class TestCaseloadReport(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp()
        cls.html = os.path.join(cls.tmp, 'report.html')
        cls.csv = os.path.join(cls.tmp, 'deadlines.csv')
        cls.result = subprocess.run([sys.executable, SCRIPT, '--today', TODAY, '--output', cls.html,
                                     '--csv', cls.csv, CASES], capture_output=True, text=True, check=False)
        cls.deadlines, cls.overdue, cls.findings = engine()
        with open(cls.html, encoding='utf-8') as f:
            cls.page = f.read()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_runs(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)

    def test_csv_is_the_engine_output(self):
        with open(self.csv, newline='', encoding='utf-8') as f:
            rows = [(r['case'], r['lead_social_worker'], r['team'], r['rule'], r['due'], r['status'])
                    for r in csv.DictReader(f)]
        self.assertEqual(rows, self.deadlines)

    def test_page_starts_with_what_is_overdue(self):
        headings = re.findall(r'<h2>(.*?)</h2>', self.page)
        self.assertEqual(headings[:3], ['Overdue now', 'Findings', 'Timeliness'])
        rows = re.findall(r'<tr><td.*?</tr>', table(self.page, 'overdue'))
        shown = [(int(c[0][0]), ' '.join(c[2]), ' '.join(c[1]), c[3][0]) for c in map(cells, rows)]
        # Every overdue entry, longest overdue first; the first is the most overdue.
        self.assertEqual(sorted(shown), sorted((d, case, worker, rule) for d, case, worker, rule in self.overdue))
        self.assertEqual([d for d, *_ in shown], sorted((d for d, *_ in shown), reverse=True))
        self.assertEqual(shown[0], (3, 'SUF-2026-0417', 'Jo Okafor (fictional)', 'minutes-circulated'))
        self.assertIn(f'<strong>{len(self.overdue)} overdue</strong>', self.page)
        # When the duty was last met, by name.
        self.assertIn('seen by Jo Okafor (fictional) on Tue 5 Jan 2027', table(self.page, 'overdue'))

    def test_findings_by_severity(self):
        findings = self.page[self.page.index('<h2>Findings</h2>'):self.page.index('<h2>Timeliness</h2>')]
        order = re.findall(r'<h3 class="(\w+)">', findings)
        counts = collections.Counter(s for s, *_ in self.findings)
        self.assertEqual(order, [s for s in ('error', 'warning', 'info') if counts[s]])
        for severity in order:
            rows = re.findall(r'<tr><td.*?</tr>', table(findings, f'findings-{severity}'))
            self.assertEqual(len(rows), counts[severity], severity)
        self.assertIn('Core group of 19 Jan 2027 was not quorate', table(findings, 'findings-error'))

    def test_timeliness_of_every_rule_team_and_worker(self):
        self.assertEqual(self.page.count('src="data:image/png;base64,'), 3)
        for table_id, column in (('timeliness', 3), ('teams', 2), ('workers', 1)):
            expected = collections.defaultdict(collections.Counter)
            for entry in self.deadlines:
                expected[entry[column]][entry[5]] += 1
            shown = table(self.page, table_id)
            labels = re.findall(r'<tr><th>([^<]*)</th><td', shown)
            self.assertEqual(sorted(html.unescape(label) for label in labels), sorted(expected), table_id)
            for label, counts in expected.items():
                row = re.search(f'<tr><th>{re.escape(html.escape(label))}</th>(.*?)</tr>', shown).group(1)
                numbers = [int(n) for n in re.findall(r'>(\d+)<', row)]
                self.assertEqual(numbers, [counts[s] for s in ('met', 'late', 'overdue', 'pending')],
                                 f'{table_id}: {label}')
        # Every rule the caseload has entries of, not only a few.
        self.assertGreaterEqual(len(re.findall(r'<tr><th>', table(self.page, 'timeliness'))) - 1, 10)

    @unittest.skipIf(CHROMIUM is None, 'Debian chromium is not installed')
    def test_chromium_shows_the_overdue_first(self):
        shots = os.environ.get('COREGROUP_SCREENSHOT_DIR') or self.tmp
        os.makedirs(shots, exist_ok=True)
        first_screen = os.path.join(shots, 'caseload-report.png')
        whole = os.path.join(shots, 'caseload-report-whole-page.png')
        render_png(self.html, first_screen, 1754)
        render_png(self.html, whole, 6000)
        self.assertTrue(os.path.exists(first_screen) and os.path.exists(whole), 'chromium wrote no screenshot')
        # The overdue days, in red in the table's first column, near the top
        # of the first screen; the charts' green comes only further down,
        # after the findings.
        red = first_row_of(first_screen, OVERDUE_RED, 30, 180)
        self.assertIsNotNone(red)
        self.assertLess(red, 600)
        self.assertEqual(first_row_of(whole, OVERDUE_RED, 30, 180), red)
        green = first_row_of(whole, CHART_GREEN)
        self.assertIsNotNone(green)
        self.assertGreater(green, red + 1500)

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
