# SPDX-License-Identifier: LGPL-2.1-or-later
"""The report to a review conference, for every bundled example: through
`coregroup report` in its three forms and through the API from Python. Its
plan changes, their reasons and the dissent match the record; the HTML is
one self-contained file, and Chromium (Debian's, when installed) renders
it to a PNG."""
import datetime
import glob
import html
import json
import os
import shutil
import subprocess
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
gi.require_version('GdkPixbuf', '2.0')
from gi.repository import CoreGroup, GdkPixbuf, Gio, GLib  # noqa: E402

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
TODAY = '2027-01-20'
CHROMIUM = shutil.which('chromium')


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


def record(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def in_period(day, report):
    return report['period']['from'] <= day <= report['period']['to']


def render_png(html_path, png_path):
    """Headless Chromium, as Debian packages it, prints the page to a PNG."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                        f'--user-data-dir={profile}', '--window-size=1240,1754',
                        f'--screenshot={png_path}', 'file://' + html_path],
                       capture_output=True, check=False, timeout=120)


def dark_share(png_path):
    pixbuf = GdkPixbuf.Pixbuf.new_from_file(png_path)
    data, stride, channels = pixbuf.get_pixels(), pixbuf.get_rowstride(), pixbuf.get_n_channels()
    dark = total = 0
    for y in range(0, pixbuf.get_height(), 4):
        for x in range(0, pixbuf.get_width(), 4):
            r, g, b = data[y * stride + x * channels: y * stride + x * channels + 3]
            dark += r + g + b < 200
            total += 1
    return dark / total


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestReportCommand(unittest.TestCase):
    def test_every_example_next_review(self):
        self.assertGreaterEqual(len(EXAMPLES), 5)
        for path in EXAMPLES:
            with self.subTest(case=os.path.basename(path)):
                case = record(path)
                as_json = run('report', '--review', 'next', '--today', TODAY, '--format', 'json', path)
                as_text = run('report', '--review', 'next', '--today', TODAY, path)
                as_html = run('report', '--review', 'next', '--today', TODAY, '--format', 'html', path)
                for result in (as_json, as_text, as_html):
                    self.assertEqual(result.returncode, 0, result.stderr)
                report = json.loads(as_json.stdout)
                self.assertEqual(report['case'], case['id'])
                self.assertIn(case['id'], as_text.stdout)
                self.assertIn(case['id'], as_html.stdout)

                # Every plan change of the period, with its reason, in order.
                changes = [c for c in case.get('plan', {}).get('history', []) if in_period(c['date'], report)]
                self.assertEqual([(c['date'], c.get('reason')) for c in report['plan_changes']],
                                 [(c['date'], c.get('reason')) for c in changes])
                for change in changes:
                    if change.get('reason'):
                        words = ' '.join(change['reason'].split())
                        self.assertIn(words, ' '.join(as_text.stdout.split()))
                        self.assertIn(html.escape(change['reason'], quote=True), as_html.stdout)

                # Every record of dissent of the period, and its summary.
                dissent = [d for d in case.get('plan', {}).get('dissent', []) if in_period(d['date'], report)]
                self.assertEqual([d['text'] for d in report['dissent']['records']], [d['text'] for d in dissent])
                for record_ in dissent:
                    self.assertIn(' '.join(record_['text'].split()), ' '.join(as_text.stdout.split()))
                self.assertIn(html.escape(report['dissent']['summary'], quote=True), as_html.stdout)

                # One self-contained file: no script, nothing fetched.
                self.assertNotIn('<script', as_html.stdout)
                self.assertNotIn('http://', as_html.stdout)
                self.assertNotIn('https://', as_html.stdout)
                self.assertIn("default-src 'none'", as_html.stdout)
                self.assertIn('size:A4', as_html.stdout)

    def test_the_suffolk_report(self):
        path = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        report = json.loads(run('report', '--review', 'next', '--today', TODAY, '--format', 'json', path).stdout)
        self.assertEqual(report['conference'], {'date': '2027-02-04', 'booked': True, 'held': False})
        self.assertEqual(report['period'], {'from': '2026-11-05', 'from_event': 'initial-conference', 'to': TODAY})
        self.assertEqual(report['recommendation']['plan'], 'continue')
        self.assertEqual([m['quorate'] for m in report['core_groups']['held']], [True, True, False])
        teacher = [a for a in report['core_groups']['attendance'] if a['member'] == 'm4'][0]
        self.assertEqual((teacher['meetings'], teacher['present'], teacher['absent']), (3, 1, 2))
        states = {a['id']: a['state'] for o in report['outcomes'] for a in o['actions']}
        self.assertEqual(states, {'a1': 'done', 'a2': 'overdue', 'a3': 'done'})
        seen = report['child_seen']
        self.assertEqual(seen['times'], 5)
        self.assertEqual(seen['longest_gap'], {'from': '2026-12-14', 'to': '2027-01-05', 'days': 22, 'working_days': 13})
        self.assertEqual(seen['figure_source'], 'Suffolk 8.3')
        child_seen = [r for r in report['compliance'] if r['rule'] == 'child-seen'][0]
        self.assertEqual((child_seen['met'], child_seen['late'], child_seen['overdue']), (4, 1, 1))

    def test_the_conference_decisions_case(self):
        path = os.path.join(ROOT, 'examples', 'cases', 'suffolk-baby-conference-decisions.json')
        # The review was brought forward to 14 Jan and held; the next one
        # is not booked, so the report is for the day it falls due.
        upcoming = json.loads(run('report', '--review', 'next', '--today', TODAY, '--format', 'json', path).stdout)
        self.assertEqual(upcoming['conference'], {'date': '2027-07-14', 'booked': False, 'held': False})
        self.assertEqual(upcoming['period']['from_event'], 'review-conference:2027-01-14')
        held = json.loads(run('report', '--review', '2027-01-14', '--today', TODAY, '--format', 'json', path).stdout)
        self.assertEqual(held['conference']['rescheduled_from'], ['2027-02-02'])
        self.assertEqual(held['period'], {'from': '2026-11-02', 'from_event': 'initial-conference', 'to': '2027-01-14'})
        self.assertEqual(held['child_seen']['figure_source'], 'conference of 2 Nov 2026, under Suffolk 8.3')
        self.assertEqual(held['child_seen']['decisions'][0]['figure'], '5 working days')
        self.assertEqual([(e['due'], e['status']) for e in held['child_seen']['entries'] if e['status'] != 'met'],
                         [('2026-11-24', 'late'), ('2027-01-04', 'late')])
        minutes = [r for r in held['compliance'] if r['rule'] == 'minutes-circulated'][0]
        self.assertEqual(minutes['acknowledged'], 1)
        self.assertEqual(held['review_requests'][0]['decision'], 'agreed')
        self.assertEqual(held['open_escalations'][0]['id'], 'x1')
        text = run('report', '--review', '2027-01-14', '--today', TODAY, path).stdout
        self.assertIn('Review conference of Thu 14 Jan 2027, moved from Tue 2 Feb 2027', text)

    def test_bad_input(self):
        path = EXAMPLES[0]
        for args in [('--review', '2027-13-01', path), ('--review', 'next', '--format', 'pdf', path),
                     ('--review', 'next'), (path,), ('--review', '2030-01-01', path),
                     ('--review', 'next', '/nonexistent/case.json')]:
            with self.subTest(args=args):
                result = run('report', *args)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')
                self.assertNotEqual(result.stderr, '')

    @unittest.skipIf(CHROMIUM is None, 'Debian chromium is not installed')
    def test_chromium_renders_the_html(self):
        """Every kind of document, as Chromium prints it: the report to the
        review conference, the minutes of a first core group and the
        family's copy of the plan."""
        documents = [('report', '--review', 'next', '--today', TODAY), ('minutes', '--meeting', 'cg1'),
                     ('plan', '--for', 'family')]
        with tempfile.TemporaryDirectory() as tmp:
            for n, (path, command) in enumerate((p, c) for p in EXAMPLES[:2] for c in documents):
                with self.subTest(case=os.path.basename(path), document=command[0]):
                    page = os.path.join(tmp, f'{n}-{command[0]}.html')
                    png = page + '.png'
                    result = run(*command, '--format', 'html', path)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    with open(page, 'w', encoding='utf-8') as f:
                        f.write(result.stdout)
                    render_png(page, png)
                    self.assertTrue(os.path.exists(png), 'chromium wrote no screenshot')
                    share = dark_share(png)
                    self.assertGreater(share, 0.005, 'the page looks empty')
                    self.assertLess(share, 0.5, 'the page looks black')


class TestReportApi(unittest.TestCase):
    def test_from_python(self):
        path = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path))
        policy = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk')
        report = CoreGroup.ReviewReport.new(kase, policy, None, datetime.date(2027, 1, 20))
        self.assertEqual(report.get_conference_date(), datetime.date(2027, 2, 4))
        self.assertEqual(report.get_period_start(), datetime.date(2026, 11, 5))
        self.assertTrue(report.get_booked())
        self.assertEqual(json.loads(report.to_json())['case'], 'SUF-2026-0417')
        self.assertIn('CHANGES TO THE PLAN', report.to_text())
        self.assertTrue(report.to_html().startswith('<!DOCTYPE html>'))
        self.assertGreater(len(report.get_report().get_deadlines()), 0)

    def test_no_such_review(self):
        path = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path))
        policy = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk')
        with self.assertRaises(GLib.Error) as caught:
            CoreGroup.ReviewReport.new(kase, policy, datetime.date(2027, 3, 1), datetime.date(2027, 1, 20))
        self.assertTrue(caught.exception.message.startswith('review_conferences:'))


if __name__ == '__main__':
    unittest.main(verbosity=2)
