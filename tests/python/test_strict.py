# SPDX-License-Identifier: LGPL-2.1-or-later
"""Strict, bounded loading and the calendar's edges, from Python."""
import datetime
import os
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, GLib  # noqa: E402

DOC = ('{"format": "coregroup-case", "version": 1, "id": "C-1", "policy": "suffolk",'
       ' "child": {"name": %s}, "initial_conference": "2026-11-05",'
       ' "members": [{"id": "m1", "name": "J. Okafor", "role": "lead-social-worker"}]}')


class TestStrict(unittest.TestCase):
    def test_refused_without_quoting(self):
        for name in ('"Robin\\u0000Smith"', '"Robin \\ud800 Smith"', '"Robin \\q Smith"'):
            with self.subTest(name=name):
                with self.assertRaises(GLib.Error) as cm:
                    CoreGroup.Case.new_from_data((DOC % name).encode())
                self.assertTrue(cm.exception.matches(CoreGroup.format_error_quark(),
                                                     CoreGroup.FormatError.SYNTAX))
                self.assertTrue(cm.exception.message.startswith('child.name: line 1, column '))
                self.assertNotIn('Robin', cm.exception.message)

    def test_limits(self):
        text = (DOC % '"Robin Smith"').encode()
        limits = CoreGroup.Limits(max_size=100)
        self.assertEqual(limits.props.max_depth, CoreGroup.LIMITS_DEFAULT_MAX_DEPTH)
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.Case.new_from_data_with_limits(text, limits)
        self.assertTrue(cm.exception.matches(CoreGroup.format_error_quark(),
                                             CoreGroup.FormatError.LIMIT_EXCEEDED))
        limits.props.max_size = len(text)
        kase = CoreGroup.Case.new_from_data_with_limits(text, limits)
        self.assertEqual(kase.get_child_name(), 'Robin Smith')

    def test_dates_outside_the_calendar(self):
        text = (DOC % '"X"').replace('2026-11-05', '2200-01-01').encode()
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.Case.new_from_data(text)
        self.assertEqual(cm.exception.message,
                         'initial_conference: outside the years the calendar counts (1900 to 2199)')
        self.assertEqual((CoreGroup.DATE_FIRST_YEAR, CoreGroup.DATE_LAST_YEAR), (1900, 2199))

    def test_try_add_working_days(self):
        calendar = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        ok, day = calendar.try_add_working_days(datetime.date(2026, 12, 24), 1)
        self.assertEqual((ok, day), (True, datetime.date(2026, 12, 29)))
        ok, _ = calendar.try_add_working_days(datetime.date(2199, 12, 30), 5)
        self.assertFalse(ok)

    def test_save_keeps_mode_and_replaces_atomically(self):
        import tempfile
        from gi.repository import Gio
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'case.json')
            kase = CoreGroup.Case.new_from_data((DOC % '"X"').encode())
            kase.save(Gio.File.new_for_path(path))
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o600)
            os.chmod(path, 0o640)
            kase.save(Gio.File.new_for_path(path))
            self.assertEqual(os.stat(path).st_mode & 0o777, 0o640)
            self.assertEqual(os.listdir(tmp), ['case.json'])


if __name__ == '__main__':
    unittest.main(verbosity=2)
