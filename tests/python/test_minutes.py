# SPDX-License-Identifier: LGPL-2.1-or-later
"""coregroup minutes: the minutes of every meeting of every bundled example,
as text and as HTML, and the exit status 2 with "FILE: message" for what
cannot be written; and CoreGroup.Minutes through the bindings."""
import datetime
import glob
import json
import os
import subprocess
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, GLib  # noqa: E402

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
FIXTURE = os.path.join(ROOT, 'tests', 'data', 'case-minutes.json')
WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def run(*args):
    env = dict(os.environ)
    env.pop('G_DEBUG', None)   # let a CRITICAL print, as a user would see it
    return subprocess.run([TOOL, 'minutes', *args], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def in_words(text):
    """"2026-11-13" as the minutes write it: "Fri 13 Nov 2026"."""
    day = datetime.date.fromisoformat(text)
    return f'{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}'


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestEveryExample(unittest.TestCase):
    def test_every_meeting_in_both_formats(self):
        self.assertEqual(len(EXAMPLES), 5)
        for path in EXAMPLES:
            case = load(path)
            self.assertTrue(case['meetings'], path)
            for meeting in case['meetings']:
                for form in ('text', 'html'):
                    with self.subTest(case=os.path.basename(path), meeting=meeting['id'], form=form):
                        result = run('--meeting', meeting['id'], '--format', form, path)
                        self.assertEqual(result.returncode, 0, result.stderr)
                        self.assertEqual(result.stderr, '')
                        self.assertIn(case['id'], result.stdout)
                        self.assertIn(in_words(meeting['date']), result.stdout)
                        if form == 'html':
                            self.assertTrue(result.stdout.startswith('<!DOCTYPE html>'))
                            self.assertIn('Content-Security-Policy', result.stdout)
                            self.assertNotIn('<script', result.stdout)

    def test_text_is_the_default(self):
        path = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        default = run('--meeting', 'cg1', path)
        text = run('--meeting', 'cg1', '--format', 'text', path)
        self.assertEqual(default.returncode, 0, default.stderr)
        self.assertEqual(default.stdout, text.stdout)
        self.assertTrue(default.stdout.startswith('Minutes of the first core group\n'))

    def test_first_and_later_core_groups(self):
        path = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        first = run('--meeting', 'cg1', path).stdout
        later = run('--meeting', 'cg2', path).stdout
        self.assertIn('Family composition', first)
        self.assertIn('DEVELOPMENT OF THE PROTECTION PLAN', first)
        self.assertNotIn('Family composition', later)
        self.assertIn('PROGRESS OF THE PROTECTION PLAN', later)
        self.assertIn('Actions completed since the core group of Tue 17 Nov 2026', later)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestBadInput(unittest.TestCase):
    def assert_refused(self, result, start):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertTrue(result.stderr.startswith(start), result.stderr)
        self.assertEqual(result.stdout, '')
        self.assertNotIn('CRITICAL', result.stderr)
        self.assertNotIn('WARNING', result.stderr)

    def test_unknown_meeting(self):
        result = run('--meeting', 'Smith family review', FIXTURE)
        self.assert_refused(result, FIXTURE + ': ')
        self.assertIn('no meeting with that id', result.stderr)
        # The id is not quoted: it may say something of the family.
        self.assertNotIn('Smith', result.stderr)

    def test_file_that_cannot_be_loaded(self):
        with tempfile.TemporaryDirectory() as tmp:
            missing = os.path.join(tmp, 'missing.json')
            self.assert_refused(run('--meeting', 'cg1', missing), missing + ': ')

            broken = os.path.join(tmp, 'broken.json')
            with open(FIXTURE, encoding='utf-8') as f:
                text = f.read().replace('"scaling_score": 4', '"scaling_score": 11')
            with open(broken, 'w', encoding='utf-8') as f:
                f.write(text)
            result = run('--meeting', 'cg1', broken)
            self.assert_refused(result, broken + ': meetings[2].scaling_score: ')

    def test_bad_usage(self):
        for args in ([FIXTURE],
                     ['--meeting', 'cg1'],
                     ['--meeting', 'cg1', FIXTURE, FIXTURE],
                     ['--meeting', 'cg1', '--format', 'pdf', FIXTURE],
                     ['--meeting'],
                     ['--colour', FIXTURE]):
            with self.subTest(args=args):
                self.assert_refused(run(*args), 'coregroup minutes: ')


class TestBindings(unittest.TestCase):
    def test_shape_and_writers(self):
        with open(FIXTURE, 'rb') as f:
            kase = CoreGroup.Case.new_from_data(f.read())
        first = CoreGroup.Minutes.new(kase, 'cg1')
        later = CoreGroup.Minutes.new(kase, 'cg2')
        self.assertEqual(first.get_shape(), CoreGroup.MinutesShape.FIRST_CORE_GROUP)
        self.assertEqual(later.get_shape(), CoreGroup.MinutesShape.LATER_CORE_GROUP)
        self.assertEqual(first.get_meeting().props.id, 'cg1')
        self.assertIn('Core group of Fri 13 Nov 2026', first.to_text())
        self.assertIn('&lt;b&gt;smiles&lt;/b&gt;', later.to_html())

    def test_unknown_meeting(self):
        with open(FIXTURE, 'rb') as f:
            kase = CoreGroup.Case.new_from_data(f.read())
        with self.assertRaises(GLib.Error) as raised:
            CoreGroup.Minutes.new(kase, 'cg9')
        self.assertTrue(raised.exception.matches(CoreGroup.case_error_quark(), CoreGroup.CaseError.UNKNOWN_MEMBER))


if __name__ == '__main__':
    unittest.main(verbosity=2)
