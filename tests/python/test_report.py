# SPDX-License-Identifier: LGPL-2.1-or-later
"""CoreGroup.Report from Python: the calendar it counts in, the working
days an entry is overdue by and what needs action first, as the example
front ends use them; what each duty arises from."""
import datetime
import json
import os
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TODAY = datetime.date(2027, 1, 20)


def load_example(name):
    return CoreGroup.Case.new_from_file(Gio.File.new_for_path(os.path.join(ROOT, 'examples', 'cases', name)))


def suffolk_report(kase=None, calendar=None):
    kase = kase or load_example('suffolk-neglect.json')
    policy = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk')
    if calendar is not None:
        return policy.evaluate_with_calendar(kase, calendar, TODAY)
    return policy.evaluate(kase, TODAY)


class TestUrgent(unittest.TestCase):
    def test_calendar(self):
        base = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        own = CoreGroup.Calendar.new_with_closures(base, [datetime.date(2027, 1, 18)], 'Office closure')
        self.assertEqual(suffolk_report().get_calendar().get_division(), CoreGroup.Division.ENGLAND_AND_WALES)
        self.assertIs(suffolk_report(calendar=own).get_calendar(), own)

    def test_working_days_overdue(self):
        report = suffolk_report()
        overdue = {d.props.rule: report.count_working_days_overdue(d)
                   for d in report.get_deadlines() if d.props.status == CoreGroup.DeadlineStatus.OVERDUE}
        # Minutes due Fri 15 Jan: Mon 18, Tue 19, Wed 20. The child due to be seen Tue 19 Jan.
        self.assertEqual(overdue, {'minutes-circulated': 3, 'child-seen': 1})
        self.assertTrue(all(report.count_working_days_overdue(d) == 0 for d in report.get_deadlines()
                            if d.props.status != CoreGroup.DeadlineStatus.OVERDUE))

        base = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        own = CoreGroup.Calendar.new_with_closures(base, [datetime.date(2027, 1, 18)], 'Office closure')
        closed = suffolk_report(calendar=own)
        minutes = [d for d in closed.get_deadlines()
                   if d.props.rule == 'minutes-circulated' and d.props.status == CoreGroup.DeadlineStatus.OVERDUE]
        self.assertEqual(closed.count_working_days_overdue(minutes[0]), 2)

    def test_list_urgent(self):
        report = suffolk_report()
        urgent = report.list_urgent(10)
        self.assertEqual([(d.props.rule, report.count_working_days_overdue(d)) for d in urgent],
                         [('minutes-circulated', 3), ('child-seen', 1), ('lead-social-worker-visit', 0)])
        self.assertEqual(urgent[2].get_due(), datetime.date(2027, 1, 26))
        self.assertEqual([d.props.rule for d in report.list_urgent(0)], ['minutes-circulated', 'child-seen'])
        # Its own list: changing the report's does not reach it, nor the reverse.
        self.assertFalse(hasattr(urgent, 'append'))

    def test_find_last_met(self):
        report = suffolk_report()
        seen = report.list_urgent(10)[1]
        self.assertEqual(seen.props.rule, 'child-seen')
        self.assertEqual(report.find_last_met(seen).dup_satisfied_text(),
                         'seen by Jo Okafor (fictional) on Tue 5 Jan 2027')
        self.assertIsNone(report.find_last_met(report.list_urgent(10)[0]))


class TestOrigin(unittest.TestCase):
    def test_origin_property_and_json(self):
        report = suffolk_report()
        entries = json.loads(report.to_json())['deadlines']
        self.assertEqual([e['origin'] for e in entries], [d.props.origin for d in report.get_deadlines()])
        visits = [e for e in entries if e['rule'] == 'lead-social-worker-visit']
        self.assertEqual({e['origin'] for e in visits}, {'initial-conference'})
        self.assertGreater(len({e['counted_from_event'] for e in visits}), 1)
        self.assertEqual([e['origin'] for e in entries if e['rule'] == 'minutes-circulated'],
                         [e['subject'] for e in entries if e['rule'] == 'minutes-circulated'])


class TestSatisfiedText(unittest.TestCase):
    def test_names_not_ids(self):
        report = suffolk_report()
        seen = [d for d in report.get_deadlines() if d.props.rule == 'child-seen']
        self.assertEqual(seen[0].props.satisfied_by, 'c1')
        self.assertEqual(seen[0].dup_satisfied_text(), 'seen by Priya Shah (fictional) on Tue 10 Nov 2026')
        self.assertIsNone(seen[-1].dup_satisfied_text())
        entries = json.loads(report.to_json())['deadlines']
        self.assertEqual([e.get('satisfied_text') for e in entries],
                         [d.props.satisfied_text for d in report.get_deadlines()])


class TestEntriesKept(unittest.TestCase):
    """The report keeps its entries as records and makes each object when
    first asked: one object an entry, the same from every method."""

    def test_one_object_an_entry(self):
        report = suffolk_report()
        before = report.to_json()
        deadlines = report.get_deadlines()
        self.assertIs(deadlines[3], deadlines[3])
        made = list(deadlines)
        self.assertEqual(report.to_json(), before)
        urgent = report.list_urgent(10)
        self.assertTrue(all(any(u is d for d in made) for u in urgent))
        self.assertIs(report.find_last_met(urgent[1]), [d for d in made if d.props.rule == 'child-seen'][4])
        entries = json.loads(before)['deadlines']
        self.assertEqual([(e['rule'], e['due'], e.get('explanation')) for e in entries],
                         [(d.props.rule, d.get_due().isoformat(), d.props.explanation) for d in made])
        findings = report.get_findings()
        self.assertIs(findings[0], findings[0])
        self.assertEqual([(f['rule'], f['message']) for f in json.loads(before)['findings']],
                         [(f.props.rule, f.props.message) for f in findings])
        self.assertEqual(report.to_json(), before)


if __name__ == '__main__':
    unittest.main(verbosity=2)
