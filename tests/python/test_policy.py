# SPDX-License-Identifier: LGPL-2.1-or-later
"""Calendars and policies through PyGObject, including a policy written in Python."""
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, GLib, GObject, Gio  # noqa: E402
import os  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))


def date(text):
    return CoreGroup.date_parse(text)


def iso(d):
    return CoreGroup.date_format(d)


def load_example(name):
    return CoreGroup.Case.new_from_file(Gio.File.new_for_path(os.path.join(ROOT, 'examples', 'cases', name)))


class HomeVisits(GObject.Object, CoreGroup.Policy):
    """A local policy in Python: the built-in Suffolk rules, plus a home
    visit by the lead social worker within 5 working days of each core group."""

    def __init__(self, base):
        super().__init__()
        self.base = base

    def do_get_id(self):
        return 'suffolk-home-visits'

    def do_get_name(self):
        return 'Suffolk with home visits after each core group'

    def do_get_division(self):
        return CoreGroup.Division.ENGLAND_AND_WALES

    def do_collect(self, kase, calendar, today, report):
        # The same engine first: the built-in rules of the base policy.
        self.base.collect(kase, calendar, today, report)
        # With the override, dates are datetime.date.
        for meeting in kase.get_core_group().get_meetings():
            due = calendar.add_working_days(meeting.get_date(), 5)
            visits = [c.get_date() for c in kase.get_contacts()
                      if c.props.by == 'm1' and c.props.seen and c.get_date() > meeting.get_date()]
            done = min(visits) if visits else None
            entry = CoreGroup.Deadline(rule='home-visit-after-core-group', due=due,
                                       status=CoreGroup.Deadline.compute_status(due, done, today),
                                       satisfied_on=done, subject=meeting.props.id,
                                       description='Home visit after the core group',
                                       source='Local practice note 1')
            report.add_deadline(entry)
        return True


class Failing(GObject.Object, CoreGroup.Policy):
    def do_get_id(self):
        return 'failing'

    def do_collect(self, kase, calendar, today, report):
        raise ValueError('not a GLib.Error')


class TestCalendar(unittest.TestCase):
    def test_add_and_count(self):
        ew = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        self.assertEqual(iso(ew.add_working_days(date('2026-12-18'), 10)), '2027-01-06')
        self.assertEqual(iso(ew.add_working_days(date('2027-01-06'), -10)), '2026-12-18')
        self.assertEqual(ew.count_working_days(date('2026-12-18'), date('2027-01-06')), 10)
        self.assertEqual(ew.get_holiday_name(date('2026-12-28')), 'Boxing Day, substitute day')
        self.assertFalse(ew.is_working_day(date('2027-03-29')))

    def test_divisions(self):
        scot = CoreGroup.Calendar.new(CoreGroup.Division.SCOTLAND)
        ni = CoreGroup.Calendar.new(CoreGroup.Division.NORTHERN_IRELAND)
        self.assertEqual(iso(scot.next_working_day(date('2026-12-31'))), '2027-01-05')
        self.assertTrue(scot.is_working_day(date('2027-03-29')))    # no Easter Monday
        self.assertFalse(ni.is_working_day(date('2027-07-12')))

    def test_closures(self):
        base = CoreGroup.Calendar.new(CoreGroup.Division.ENGLAND_AND_WALES)
        own = CoreGroup.Calendar.new_with_closures(base, [date('2026-12-29'), date('2026-12-30'),
                                                          date('2026-12-31')], 'Office closure')
        self.assertEqual(iso(own.next_working_day(date('2026-12-24'))), '2027-01-04')
        self.assertEqual(iso(base.next_working_day(date('2026-12-24'))), '2026-12-29')

    def test_bad_feed(self):
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.Calendar.new_from_feed_data(b'{"scotland": {"events": [{"title": "X"}]}}',
                                                  CoreGroup.Division.SCOTLAND)
        self.assertTrue(cm.exception.matches(CoreGroup.calendar_error_quark(),
                                             CoreGroup.CalendarError.INVALID_FEED))
        self.assertIn('scotland.events[0].date', cm.exception.message)


class TestPolicies(unittest.TestCase):
    def setUp(self):
        self.registry = CoreGroup.PolicyRegistry.new_builtin()

    def test_builtin_policies(self):
        ids = sorted(p.get_id() for p in self.registry.get_policies())
        self.assertEqual(ids, ['city-and-hackney', 'england', 'haringey', 'hertfordshire',
                               'northern-ireland', 'scotland', 'south-east-wales', 'suffolk', 'wales'])
        suffolk = self.registry.lookup('suffolk')
        self.assertEqual(suffolk.get_source('quorum'), 'Suffolk 4.7')
        ok, value, unit = suffolk.get_timescale('minutes-circulated')
        self.assertTrue(ok)
        self.assertEqual((value, unit), (15, CoreGroup.TimeUnit.WORKING_DAYS))

    def test_evaluate_example(self):
        kase = load_example('suffolk-neglect.json')
        report = self.registry.lookup('suffolk').evaluate(kase, date('2027-01-20'))
        overdue = [(d.props.rule, iso(d.props.due)) for d in report.get_deadlines()
                   if d.props.status == CoreGroup.DeadlineStatus.OVERDUE]
        self.assertEqual(overdue, [('minutes-circulated', '2027-01-15'), ('child-seen', '2027-01-19')])
        errors = [f.props.message for f in report.get_findings() if f.props.severity == CoreGroup.Severity.ERROR]
        self.assertEqual(errors, ['Core group of 19 Jan 2027 was not quorate: '
                                  'only 1 professional member attended (Suffolk 4.7)'])
        self.assertTrue(report.needs_action())

    def test_python_policy_drives_the_same_engine(self):
        kase = load_example('suffolk-neglect.json')
        policy = HomeVisits(self.registry.lookup('suffolk'))
        self.registry.add(policy)
        self.assertIs(self.registry.lookup('suffolk-home-visits'), policy)

        report = policy.evaluate(kase, date('2027-01-20'))
        self.assertEqual(report.get_policy_id(), 'suffolk-home-visits')
        ours = [(d.props.subject, iso(d.props.due), d.props.status) for d in report.get_deadlines()
                if d.props.rule == 'home-visit-after-core-group']
        # cg1 Tue 17 Nov + 5 working days = Tue 24 Nov, met by the visit of 20 Nov.
        # cg2 Tue 22 Dec + 5 (23, 24, 29, 30, 31 Dec) = Thu 31 Dec; next visit 5 Jan: late.
        # cg3 Tue 19 Jan + 5 = Tue 26 Jan: pending.
        self.assertEqual(ours, [('cg1', '2026-11-24', CoreGroup.DeadlineStatus.MET),
                                ('cg2', '2026-12-31', CoreGroup.DeadlineStatus.LATE),
                                ('cg3', '2027-01-26', CoreGroup.DeadlineStatus.PENDING)])
        # The built-in rules ran too, and the report is sorted by due date.
        rules = {d.props.rule for d in report.get_deadlines()}
        self.assertIn('child-seen', rules)
        dues = [d.props.due.get_julian() for d in report.get_deadlines()]
        self.assertEqual(dues, sorted(dues))
        text = report.to_json()
        self.assertIn('"rule" : "home-visit-after-core-group"', text)

    def test_failing_python_policy_gives_a_gerror(self):
        kase = load_example('suffolk-neglect.json')
        with self.assertRaises(GLib.Error) as cm:
            Failing().evaluate(kase, date('2027-01-20'))
        self.assertTrue(cm.exception.matches(CoreGroup.policy_error_quark(), CoreGroup.PolicyError.FAILED))

    def test_bad_policy_file(self):
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.RulePolicy.new_from_data(
                b'{"format": "coregroup-policy", "version": 1, "id": "x", "name": "X", "extends": "england",'
                b' "deadlines": {"child-seen": {"value": 0, "unit": "weeks", "source": "X"}}}',
                'mine.json', self.registry.lookup('england'))
        self.assertTrue(cm.exception.message.startswith('mine.json: deadlines.child-seen.value:'))


    def test_registry_loads_policy_data_and_resolves_extends(self):
        registry = CoreGroup.PolicyRegistry.new_builtin()
        registry.load_data(b'{"format": "coregroup-policy", "version": 1, "id": "mine", "name": "Mine",'
                           b' "extends": "suffolk", "checks": {"quorum": {"minimum": 3, "source": "Mine 4.7"}}}',
                           'mine.json')
        mine = registry.lookup('mine')
        self.assertEqual(mine.describe_parameters('quorum'), 'minimum 3')
        self.assertEqual(mine.describe_parameters('attendance-concern'),
                         'minimum 2 route "the lead social worker tells the chair of the previous conference"')
        self.assertEqual(mine.get_source('child-seen'), 'Suffolk 8.3')
        with self.assertRaises(GLib.Error) as cm:
            registry.load_data(b'{"format": "coregroup-policy", "version": 1, "id": "bad", "name": "Bad",'
                               b' "extends": "suffolk", "checks": {"plan-incomplete": {"sections": ["hobbies"],'
                               b' "source": "Bad 7.2"}}}', 'bad.json')
        self.assertEqual(cm.exception.message.split(':')[:2], ['bad.json', ' checks.plan-incomplete.sections[0]'])
        self.assertIsNone(registry.lookup('bad'))

    def test_rule_catalogue(self):
        rules = list(CoreGroup.RuleInfo.list_all())
        self.assertEqual(len(rules), 38)
        kinds = [r.get_kind() for r in rules]
        self.assertEqual(kinds, sorted(kinds, key=int), 'deadline rules come before checks')
        review = CoreGroup.RuleInfo.lookup('review-conference')
        self.assertEqual([review.get_parameter(i)[0] for i in range(review.get_n_parameters())],
                         ['value', 'unit', 'then', 'conference_may'])
        self.assertTrue(any('Working Together' in s for s in review.get_sources()))

if __name__ == '__main__':
    unittest.main(verbosity=2)
