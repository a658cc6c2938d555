# SPDX-License-Identifier: LGPL-2.1-or-later
"""The PyGObject override (bindings/python/gi/overrides/CoreGroup.py)."""
import datetime
import os
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')


class TestOverrides(unittest.TestCase):
    def test_override_is_loaded(self):
        self.assertIn('overrides', CoreGroup.Case.__module__)

    def test_dates_are_datetime_dates(self):
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(SUFFOLK))
        self.assertEqual(kase.get_initial_conference(), datetime.date(2026, 11, 5))
        self.assertIsNone(kase.get_plan_ended())
        kase.set_plan_ended(datetime.date(2027, 3, 1))
        self.assertEqual(kase.get_plan_ended(), datetime.date(2027, 3, 1))
        # GObject properties keep GLib's type.
        self.assertIsInstance(kase.props.plan_ended, GLib.Date)
        self.assertEqual(CoreGroup.date_parse('2028-02-29'), datetime.date(2028, 2, 29))
        self.assertEqual(CoreGroup.date_format(datetime.date(2027, 1, 6)), '2027-01-06')

    def test_calendar_with_python_dates(self):
        ew = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        self.assertEqual(ew.add_working_days(datetime.date(2026, 12, 18), 10), datetime.date(2027, 1, 6))
        self.assertEqual(ew.count_working_days(datetime.date(2026, 12, 18), datetime.date(2027, 1, 6)), 10)
        own = CoreGroup.Calendar.new_with_closures(ew, [datetime.date(2026, 12, 29)], 'Office closure')
        self.assertEqual(own.next_working_day(datetime.date(2026, 12, 24)), datetime.date(2026, 12, 30))

    def test_constructors_take_python_dates(self):
        action = CoreGroup.Action(id='a1', description='Weigh', due=datetime.date(2027, 1, 8))
        self.assertEqual(action.get_due(), datetime.date(2027, 1, 8))
        self.assertTrue(action.is_overdue(datetime.date(2027, 1, 9)))
        self.assertFalse(action.is_overdue(datetime.date(2027, 1, 8)))

    def test_date_lists_are_datetime_dates(self):
        review = CoreGroup.Conference.new(datetime.date(2027, 1, 21), False)
        self.assertEqual(review.get_rescheduled_from(), [])
        review.reschedule(datetime.date(2027, 1, 28))
        review.reschedule(datetime.date(2027, 2, 4))
        self.assertEqual(review.get_rescheduled_from(), [datetime.date(2027, 1, 21), datetime.date(2027, 1, 28)])
        self.assertEqual(review.get_date(), datetime.date(2027, 2, 4))

    def test_texts_are_strings(self):
        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(SUFFOLK))
        self.assertIsInstance(kase.to_data(), str)
        report = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk').evaluate(kase, datetime.date(2027, 1, 20))
        self.assertTrue(report.to_json().startswith('{'))
        self.assertTrue(report.to_icalendar().startswith('BEGIN:VCALENDAR'))
        self.assertEqual(report.get_today(), datetime.date(2027, 1, 20))

    def test_errors_stay_gerrors(self):
        with self.assertRaises(GLib.Error):
            CoreGroup.Case.new_from_data(b'{}')


if __name__ == '__main__':
    unittest.main(verbosity=2)
