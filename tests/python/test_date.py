# SPDX-License-Identifier: LGPL-2.1-or-later
"""CoreGroup.date_new_today() through the override: today in Europe/London."""
import datetime
import os
import time
import unittest
import zoneinfo

# Far from London, so that a today taken in the local zone would be a day
# ahead for most of every day.
os.environ['TZ'] = 'Pacific/Kiritimati'
time.tzset()

import gi  # noqa: E402
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')


def london_today():
    return datetime.datetime.now(zoneinfo.ZoneInfo('Europe/London')).date()


class TestDateNewToday(unittest.TestCase):
    def test_is_a_python_date(self):
        today = CoreGroup.date_new_today()
        self.assertIs(type(today), datetime.date)

    def test_is_today_in_london(self):
        # Midnight in London may pass between the calls.
        before = london_today()
        today = CoreGroup.date_new_today()
        after = london_today()
        self.assertIn(today, (before, after))

    def test_evaluates_a_case(self):
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(SUFFOLK))
        today = CoreGroup.date_new_today()
        report = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk').evaluate(kase, today)
        self.assertEqual(report.get_today(), today)


if __name__ == '__main__':
    unittest.main(verbosity=2)
