# SPDX-License-Identifier: LGPL-2.1-or-later
"""What the conference decided and what happened around the dates, from
Python and from the command line: a conference decision and an
acknowledgement recorded through the API drive the engine, survive a save
and a reload, and change what `coregroup deadlines` says and exits with."""
import datetime
import json
import os
import subprocess
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio  # noqa: E402

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLE = os.path.join(ROOT, 'examples', 'cases', 'suffolk-baby-conference-decisions.json')

# ICPC Mon 2 Nov 2026; a core group on Tue 10 Nov whose minutes were never
# sent (15 working days: due Tue 1 Dec); the child seen on Mon 16 Nov.
CASE = {
    'format': 'coregroup-case', 'version': 1, 'id': 'PY-1', 'policy': 'suffolk',
    'child': {'name': 'Test (fictional)'},
    'initial_conference': '2026-11-02',
    'members': [
        {'id': 'm1', 'name': 'Lead', 'role': 'lead-social-worker'},
        {'id': 'm2', 'name': 'Health', 'role': 'health-visitor'},
    ],
    'meetings': [{'id': 'cg1', 'kind': 'core-group', 'date': '2026-11-10',
                  'attendance': [{'member': 'm1', 'status': 'present'}, {'member': 'm2', 'status': 'present'}]}],
    'contacts': [{'id': 'c1', 'date': '2026-11-16', 'by': 'm2', 'seen': True}],
}

# One deadline rule and the checks of the follow-up, so that the exit
# status depends on nothing else.
MINUTES_POLICY = {
    'format': 'coregroup-policy', 'version': 1, 'id': 'minutes', 'name': 'Minutes only',
    'division': 'england-and-wales',
    'deadlines': {'minutes-circulated': {'value': 15, 'unit': 'working-days', 'source': 'X 4.3'}},
    'checks': {'acknowledgement-unmatched': {'source': 'X'}},
}


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


def entries(report, rule):
    return [d for d in report.get_deadlines() if d.get_rule() == rule]


class TestThroughTheApi(unittest.TestCase):
    def setUp(self):
        self.registry = CoreGroup.PolicyRegistry.new_builtin()
        self.kase = CoreGroup.Case.new_from_data(json.dumps(CASE).encode())

    def evaluate(self, kase, today):
        return self.registry.lookup('suffolk').evaluate(kase, today)

    def record(self):
        decision = CoreGroup.ConferenceDecision.new(datetime.date(2026, 11, 2), 'child-seen',
                                                    'Baby, high risk: seen at least every 5 working days')
        decision.set_interval(5, CoreGroup.TimeUnit.WORKING_DAYS)
        decision.set_by(['m1', 'm2'])
        self.kase.add_conference_decision(decision)
        acknowledgement = CoreGroup.Acknowledgement.new('minutes-circulated', datetime.date(2026, 12, 1),
                                                        datetime.date(2026, 12, 3), 'T. Manager (fictional)',
                                                        'Minute taker off sick')
        self.kase.add_acknowledgement(acknowledgement)

    def check(self, report):
        seen = entries(report, 'child-seen')
        # 5 working days from Mon 2 Nov: due Mon 9 Nov, seen 16 Nov: late;
        # then due Mon 23 Nov, overdue on 10 Dec.
        self.assertEqual([d.get_due() for d in seen], [datetime.date(2026, 11, 9), datetime.date(2026, 11, 23)])
        self.assertEqual([d.get_status() for d in seen],
                         [CoreGroup.DeadlineStatus.LATE, CoreGroup.DeadlineStatus.OVERDUE])
        self.assertEqual(seen[1].get_source(), 'conference of 2 Nov 2026, under Suffolk 8.3')
        self.assertEqual(seen[1].get_responsible(), ['m1', 'm2'])
        minutes = entries(report, 'minutes-circulated')[0]
        self.assertEqual(minutes.get_status(), CoreGroup.DeadlineStatus.OVERDUE)
        self.assertTrue(minutes.is_acknowledged())
        self.assertEqual(minutes.get_acknowledgement().get_reason(), 'Minute taker off sick')
        self.assertEqual(report.count_acknowledged(), 1)
        self.assertNotIn('acknowledgement-unmatched', [f.get_rule() for f in report.get_findings()])

    def test_record_evaluate_save_reload(self):
        before = self.evaluate(self.kase, datetime.date(2026, 12, 10))
        self.assertEqual([d.get_due() for d in entries(before, 'child-seen')][:1], [datetime.date(2026, 11, 16)])
        self.assertFalse(entries(before, 'minutes-circulated')[0].is_acknowledged())

        self.record()
        self.check(self.evaluate(self.kase, datetime.date(2026, 12, 10)))

        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'case.json')
            self.kase.save(Gio.File.new_for_path(path))
            with open(path, encoding='utf-8') as f:
                saved = json.load(f)
            reloaded = CoreGroup.Case.new_from_file(Gio.File.new_for_path(path))
        self.assertEqual(saved['conference_decisions'][0]['by'], ['m1', 'm2'])
        self.assertEqual(saved['acknowledgements'][0]['due'], '2026-12-01')
        self.check(self.evaluate(reloaded, datetime.date(2026, 12, 10)))

    def test_decision_on_a_day_no_conference_sat_is_refused(self):
        decision = CoreGroup.ConferenceDecision.new(datetime.date(2026, 11, 3), 'child-seen', 'Wrong day')
        decision.set_interval(5, CoreGroup.TimeUnit.WORKING_DAYS)
        with self.assertRaises(gi.repository.GLib.Error):
            self.kase.add_conference_decision(decision)
        self.assertEqual(len(self.kase.get_conference_decisions()), 0)

    def test_decision_the_policy_does_not_allow(self):
        decision = CoreGroup.ConferenceDecision.new(datetime.date(2026, 11, 2), 'child-seen', 'Less often')
        decision.set_interval(15, CoreGroup.TimeUnit.WORKING_DAYS)
        self.kase.add_conference_decision(decision)
        report = self.evaluate(self.kase, datetime.date(2026, 11, 20))
        self.assertEqual(entries(report, 'child-seen')[0].get_due(), datetime.date(2026, 11, 16))
        refused = [f for f in report.get_findings() if f.get_rule() == 'conference-decision-not-allowed']
        self.assertEqual(len(refused), 1)
        self.assertEqual(refused[0].get_severity(), CoreGroup.Severity.ERROR)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestCommandLine(unittest.TestCase):
    def write(self, tmp, name, document):
        path = os.path.join(tmp, name)
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(document, f)
        return path

    def test_acknowledged_overdue_entry_does_not_fail_the_run(self):
        acknowledged = dict(CASE, acknowledgements=[
            {'rule': 'minutes-circulated', 'due': '2026-12-01', 'date': '2026-12-03',
             'by': 'T. Manager (fictional)', 'reason': 'Minute taker off sick; sent 11 Dec'}])
        with tempfile.TemporaryDirectory() as tmp:
            policy = self.write(tmp, 'minutes.json', MINUTES_POLICY)
            plain = self.write(tmp, 'plain.json', CASE)
            accepted = self.write(tmp, 'accepted.json', acknowledged)
            args = ('deadlines', '--policy-file', policy, '--policy', 'minutes', '--today', '2026-12-10')
            before = run(*args, plain)
            after = run(*args, accepted)
            as_json = run(*args, '--format', 'json', accepted)
            ics = run(*args, '--format', 'ics', accepted)
        self.assertEqual(before.returncode, 1, before.stderr)
        self.assertEqual(after.returncode, 0, after.stderr)
        self.assertIn('Nothing is overdue.', after.stdout)
        self.assertIn('ACCEPTED LATE OR OVERDUE', after.stdout)
        self.assertIn('accepted by T. Manager (fictional) on Thu  3 Dec 2026: Minute taker off sick; sent 11 Dec',
                      after.stdout)
        self.assertIn('0 overdue, 1 accepted', after.stdout)
        report = json.loads(as_json.stdout)
        self.assertEqual(as_json.returncode, 0)
        self.assertEqual(report['deadlines'][0]['status'], 'overdue')
        self.assertEqual(report['deadlines'][0]['acknowledged'],
                         {'date': '2026-12-03', 'by': 'T. Manager (fictional)',
                          'reason': 'Minute taker off sick; sent 11 Dec'})
        self.assertNotIn('20261201', ics.stdout)

    def test_the_example(self):
        result = run('deadlines', '--today', '2027-01-20', EXAMPLE)
        report = json.loads(run('deadlines', '--today', '2027-01-20', '--format', 'json', EXAMPLE).stdout)
        self.assertEqual(result.returncode, 1, result.stderr)
        by_rule = {}
        for d in report['deadlines']:
            by_rule.setdefault(d['rule'], []).append(d)
        # The conference's 5 working days: the visit of Mon 30 Nov was late
        # (due Tue 24 Nov) and the one due Mon 18 Jan is overdue; the
        # policy's 10 would have had both on time.
        seen = by_rule['child-seen']
        self.assertEqual([(d['due'], d['status']) for d in seen if d['status'] != 'met'],
                         [('2026-11-24', 'late'), ('2027-01-04', 'late'), ('2027-01-18', 'overdue')])
        self.assertTrue(all(d['source'] == 'conference of 2 Nov 2026, under Suffolk 8.3' for d in seen))
        self.assertTrue(all(d['responsible'] == ['m1', 'm2'] for d in seen))
        minutes = [d for d in by_rule['minutes-circulated'] if d['status'] == 'late']
        self.assertEqual(minutes[0]['due'], '2027-01-06')
        self.assertEqual(minutes[0]['acknowledged']['by'], 'Helen Marsh, team manager (fictional)')
        self.assertEqual([d['due'] for d in by_rule['core-group-interval']], ['2026-12-11', '2027-01-08', '2027-02-05'])
        self.assertEqual(report['open_escalations'][0]['id'], 'x1')
        self.assertEqual(report['open_escalations'][0]['last_step'], 'conference-chair')
        self.assertEqual(report['open_escalations'][0]['working_days'], 7)
        concern = [f for f in report['findings'] if f['rule'] == 'attendance-concern']
        self.assertEqual(concern[0]['severity'], 'info')
        self.assertIn('escalated on 8 Jan 2027: conference chair', concern[0]['message'])
        rules = {f['rule'] for f in report['findings']}
        self.assertNotIn('conference-decision-not-allowed', rules)
        self.assertNotIn('review-request-not-actioned', rules)
        self.assertIn('OPEN ESCALATIONS', result.stdout)


if __name__ == '__main__':
    unittest.main(verbosity=2)
