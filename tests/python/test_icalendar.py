# SPDX-License-Identifier: LGPL-2.1-or-later
"""CoreGroup.IcalendarWriter from Python, read back with python3-icalendar
as a calendar application would: UIDs that survive a late visit, reminders
in working days, DTSTAMP the time of writing in UTC."""
import datetime
import os
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

import icalendar  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TODAY = datetime.date(2027, 1, 20)
WRITTEN = GLib.DateTime.new_utc(2027, 1, 20, 10, 15, 0)
EXAMPLES = {'suffolk-neglect.json': 'suffolk', 'haringey-school-move.json': 'haringey',
            'south-east-wales-emotional-abuse.json': 'south-east-wales',
            'city-and-hackney-physical-abuse.json': 'city-and-hackney',
            'suffolk-baby-conference-decisions.json': 'suffolk'}


def load_example(name):
    return CoreGroup.Case.new_from_file(Gio.File.new_for_path(os.path.join(ROOT, 'examples', 'cases', name)))


def evaluate(kase, policy='suffolk'):
    return CoreGroup.PolicyRegistry.new_builtin().lookup(policy).evaluate(kase, TODAY)


def events(text):
    return {str(e['UID']): e for e in icalendar.Calendar.from_ical(text).walk('VEVENT')}


class TestWriter(unittest.TestCase):
    def write(self, *reports, **options):
        writer = CoreGroup.IcalendarWriter(timestamp=WRITTEN, **options)
        return writer.to_data(list(reports))

    def test_late_visit_moves_the_event_it_does_not_add_one(self):
        kase = load_example('suffolk-neglect.json')
        before = events(self.write(evaluate(kase)))
        visit = CoreGroup.ContactRecord.new(datetime.date(2027, 1, 20), 'm1')
        visit.set_id('c7')
        visit.set_seen(True)
        kase.add_contact(visit)
        after = events(self.write(evaluate(kase)))

        uid = 'SUF-2026-0417/child-seen/initial-conference@coregroup'
        self.assertEqual(before[uid]['DTSTART'].dt, datetime.date(2027, 1, 19))
        self.assertEqual(after[uid]['DTSTART'].dt, datetime.date(2027, 2, 3))
        self.assertEqual(str(before[uid]['SUMMARY']), 'OVERDUE: SUF-2026-0417 child-seen')
        self.assertEqual(str(after[uid]['SUMMARY']), 'SUF-2026-0417 child-seen')
        self.assertEqual(set(before), set(after))

    def test_uids_unique_over_a_caseload(self):
        reports = [evaluate(load_example(name), policy) for name, policy in EXAMPLES.items()]
        calendar = icalendar.Calendar.from_ical(self.write(*reports))
        uids = [str(e['UID']) for e in calendar.walk('VEVENT')]
        self.assertGreater(len(uids), 15)
        self.assertEqual(len(uids), len(set(uids)))
        self.assertEqual(str(calendar['X-WR-CALNAME']), 'Core group deadlines, caseload')

    def test_reminder_in_working_days(self):
        report = evaluate(load_example('suffolk-neglect.json'))
        visit = events(self.write(report))['SUF-2026-0417/lead-social-worker-visit/initial-conference@coregroup']
        alarm = visit.walk('VALARM')[0]
        # Due Tue 26 Jan: two working days before is Fri 22 Jan, at nine.
        self.assertEqual(str(alarm['ACTION']), 'DISPLAY')
        self.assertEqual(alarm['TRIGGER'].dt, -datetime.timedelta(days=3, hours=15))
        self.assertEqual(datetime.datetime(2027, 1, 26) + alarm['TRIGGER'].dt, datetime.datetime(2027, 1, 22, 9))

        three = events(self.write(report, alarm_working_days=3))
        alarm = three['SUF-2026-0417/lead-social-worker-visit/initial-conference@coregroup'].walk('VALARM')[0]
        self.assertEqual(datetime.datetime(2027, 1, 26) + alarm['TRIGGER'].dt, datetime.datetime(2027, 1, 21, 9))
        self.assertNotIn('VALARM', self.write(report, alarm_working_days=-1))
        # What is overdue has no reminder: its day has passed.
        overdue = events(self.write(report))['SUF-2026-0417/child-seen/initial-conference@coregroup']
        self.assertEqual(overdue.walk('VALARM'), [])

    def test_dtstamp_is_the_time_of_writing_in_utc(self):
        report = evaluate(load_example('suffolk-neglect.json'))
        summer = GLib.DateTime.new(GLib.TimeZone.new_identifier('+01:00'), 2027, 6, 1, 10, 0, 0)
        stamped = events(CoreGroup.IcalendarWriter(timestamp=summer).to_data([report]))
        self.assertEqual({e['DTSTAMP'].dt for e in stamped.values()},
                         {datetime.datetime(2027, 6, 1, 9, 0, tzinfo=datetime.timezone.utc)})

        before = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
        now = events(report.to_icalendar())
        after = datetime.datetime.now(datetime.timezone.utc)
        for event in now.values():
            self.assertTrue(before <= event['DTSTAMP'].dt <= after)

    def test_properties(self):
        writer = CoreGroup.IcalendarWriter()
        self.assertEqual(writer.props.alarm_working_days, CoreGroup.ICALENDAR_WRITER_DEFAULT_ALARM_WORKING_DAYS)
        self.assertIsNone(writer.props.timestamp)
        writer.set_alarm_working_days(5)
        self.assertEqual(writer.get_alarm_working_days(), 5)


if __name__ == '__main__':
    unittest.main(verbosity=2)
