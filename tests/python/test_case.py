# SPDX-License-Identifier: LGPL-2.1-or-later
"""Loading, editing and saving a case through PyGObject (uninstalled typelib)."""
import os
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, '..', 'data', 'case-full.json')


def date(text):
    return CoreGroup.date_parse(text)


class TestCase(unittest.TestCase):
    def setUp(self):
        self.kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(FIXTURE))

    def test_loaded_fields(self):
        self.assertEqual(self.kase.props.id, 'TEST-0001')
        self.assertEqual(self.kase.props.policy, 'suffolk')
        self.assertEqual(CoreGroup.date_format(self.kase.props.initial_conference), '2026-11-05')
        group = self.kase.get_core_group()
        self.assertEqual([m.props.id for m in group.get_members()], ['m1', 'm2', 'm3', 'm4', 'm5'])
        self.assertEqual(group.get_lead_social_worker().props.name, 'J. Okafor')
        meeting = group.lookup_meeting('cg1')
        self.assertEqual(group.count_professionals_present(meeting), 2)
        statuses = [a.props.status for a in meeting.get_attendance()]
        self.assertIn(CoreGroup.AttendanceStatus.SUBSTITUTE, statuses)

    def test_models_cannot_be_changed_behind_the_case(self):
        members = self.kase.get_core_group().get_members()
        self.assertIsInstance(members, Gio.ListModel)
        self.assertFalse(isinstance(members, Gio.ListStore))
        self.assertFalse(hasattr(members, 'append'))

    def test_bad_document_raises_with_field_path(self):
        with open(FIXTURE, encoding='utf-8') as f:
            text = f.read().replace('"member": "m2", "status": "present"', '"member": "m9", "status": "present"')
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.Case.new_from_data(text.encode('utf-8'))
        self.assertTrue(cm.exception.matches(CoreGroup.format_error_quark(),
                                             CoreGroup.FormatError.UNKNOWN_REFERENCE))
        self.assertTrue(cm.exception.message.startswith('meetings[1].attendance[0].member:'),
                        cm.exception.message)

    def test_syntax_error_has_line_and_column(self):
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.Case.new_from_data(b'{\n  "format": "coregroup-case",\n  "version": 1,\n}')
        self.assertTrue(cm.exception.matches(CoreGroup.format_error_quark(), CoreGroup.FormatError.SYNTAX))
        self.assertRegex(cm.exception.message, r'^line \d+, column \d+: ')

    def test_plan_integrity_errors_are_exceptions(self):
        plan = self.kase.get_plan()
        change = CoreGroup.PlanChange.new(CoreGroup.PlanChangeSource.CORE_GROUP, 'J. Okafor',
                                          date('2026-12-17'), 'Health visitor left')
        with self.assertRaises(GLib.Error) as cm:
            plan.remove_action('a1', change)
        self.assertTrue(cm.exception.matches(CoreGroup.plan_error_quark(),
                                             CoreGroup.PlanError.AGREED_ITEM_REMOVED))
        self.assertIsNotNone(plan.lookup_action('a1'))

        action = CoreGroup.Action(id='a3', description='Nursery place', owner='m1', outcome='o1')
        self.assertTrue(plan.add_action(action, change))
        history = list(plan.get_history())
        self.assertEqual(history[-1].props.kind, CoreGroup.PlanChangeKind.ADD_ACTION)
        self.assertEqual(history[-1].props.reason, 'Health visitor left')

    def test_save_and_reload(self):
        self.kase.set_plan_ended(date('2027-03-01'))
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'case.json')
            self.assertTrue(self.kase.save(Gio.File.new_for_path(path)))
            again = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path))
            self.assertEqual(CoreGroup.date_format(again.props.plan_ended), '2027-03-01')
            with open(path, encoding='utf-8') as f:
                self.assertIn('"x_vendor_top"', f.read())

    def test_notify(self):
        seen = []
        self.kase.connect('notify::policy', lambda *a: seen.append(self.kase.props.policy))
        self.kase.props.policy = 'haringey'
        self.kase.set_policy('haringey')
        self.assertEqual(seen, ['haringey'])

    def test_loaded_attendance_is_one_object_each(self):
        # A loaded case keeps attendance as plain records until asked for:
        # what Python gets is one object per entry, and changing it changes
        # the case, its rules and what is saved.
        group = self.kase.get_core_group()
        meeting = group.lookup_meeting('cg1')
        attendance = meeting.get_attendance()
        first = attendance.get_item(0)
        self.assertIs(attendance.get_item(0), first)
        self.assertIs(meeting.lookup_attendance('m1'), first)
        notified = []
        first.connect('notify::attended', lambda *a: notified.append(first.props.attended))
        first.props.status = CoreGroup.AttendanceStatus.ABSENT
        self.assertEqual(notified, [False])
        self.assertEqual(group.count_professionals_present(meeting), 1)
        self.assertTrue(meeting.remove_attendance('m4'))
        self.assertEqual([a.props.member_id for a in attendance], ['m1', 'm2', 'm3'])
        again = CoreGroup.Case.new_from_data(self.kase.to_data().encode('utf-8'))
        statuses = [a.props.status for a in again.get_core_group().lookup_meeting('cg1').get_attendance()]
        self.assertEqual(statuses, [CoreGroup.AttendanceStatus.ABSENT, CoreGroup.AttendanceStatus.SUBSTITUTE,
                                    CoreGroup.AttendanceStatus.PRESENT])


if __name__ == '__main__':
    unittest.main(verbosity=2)
