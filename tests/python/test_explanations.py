# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every deadline entry of every bundled example says how its due date was
counted, and the days its explanation says were not counted are exactly
the weekdays the calendar does not count in that span."""
import datetime
import glob
import json
import os
import re
import subprocess
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup  # noqa: E402

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
COUNT = re.compile(r'^(?:The )?(\d+) working days? (after|before)')


def skipped_in(calendar, first, last):
    """'Fri 25 Dec' for each weekday from first to last the calendar skips."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5 and not calendar.is_working_day(day):
            days.append(f'{day:%a} {day.day} {day:%b}')
        day += datetime.timedelta(days=1)
    return days


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestExplanations(unittest.TestCase):
    def test_every_entry_is_explained(self):
        calendar = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        checked = 0
        for path in EXAMPLES:
            out = subprocess.run([TOOL, 'deadlines', '--today', '2027-01-20', '--format', 'json', path],
                                 capture_output=True, text=True, check=False).stdout
            for entry in json.loads(out)['deadlines']:
                with self.subTest(case=os.path.basename(path), rule=entry['rule'], due=entry['due']):
                    self.assertIn('counted_from', entry)
                    self.assertRegex(entry['counted_from_event'],
                                     r'^(initial-conference|review-conference:\d{4}-\d\d-\d\d|[\w.\[\]-]+)$')
                    text = entry['explanation']
                    start = datetime.date.fromisoformat(entry['counted_from'])
                    self.assertIn(f'{start:%a} {start.day} {start:%b %Y}', text)
                    match = COUNT.match(text)
                    if match is None:
                        self.assertTrue(text.endswith('every day counts'), text)
                        continue
                    due = datetime.date.fromisoformat(entry['due'])
                    if match.group(2) == 'after':
                        first, last = start + datetime.timedelta(days=1), due
                    else:
                        first, last = datetime.date.fromisoformat(entry['window_start']), due
                    named = re.findall(r'(\w{3} \d+ \w{3}) \(', text.split('not counted:')[-1]) \
                        if 'not counted:' in text else []
                    self.assertEqual(named, skipped_in(calendar, first, last), text)
                    checked += 1
        self.assertGreater(checked, 20)

    def test_text_report_explains_what_needs_action(self):
        suffolk = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
        plain = subprocess.run([TOOL, 'deadlines', '--today', '2027-01-20', suffolk],
                               capture_output=True, text=True, check=False).stdout
        self.assertIn('not counted: Fri 25 Dec (Christmas Day), Mon 28 Dec (Boxing Day, substitute day), '
                      'Fri 1 Jan (New Year’s Day)', plain.split('FINDINGS')[0])
        later = plain.split('LATER AND THE RECORD')[1]
        self.assertNotIn('working days after', later)
        explained = subprocess.run([TOOL, 'deadlines', '--today', '2027-01-20', '--explain', suffolk],
                                   capture_output=True, text=True, check=False).stdout
        self.assertIn('working days after', explained.split('LATER AND THE RECORD')[1])

    def test_library_api(self):
        kase = CoreGroup.Case.new_from_file(
            __import__('gi.repository.Gio', fromlist=['Gio']).File.new_for_path(EXAMPLES[0]))
        registry = CoreGroup.PolicyRegistry.new_builtin()
        report = registry.lookup(kase.props.policy).evaluate(kase, datetime.date(2027, 1, 20))
        deadline = report.get_deadlines()[0]
        self.assertIsInstance(deadline.get_counted_from(), datetime.date)
        self.assertTrue(deadline.get_explanation())
        self.assertTrue(deadline.props.counted_from_event)


if __name__ == '__main__':
    unittest.main(verbosity=2)
