# SPDX-License-Identifier: LGPL-2.1-or-later
"""Conference decisions, acknowledgements, review requests and escalations
made through PyGObject, saved and read back."""
import datetime
import json
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, GLib  # noqa: E402

ICPC = datetime.date(2026, 11, 2)


def new_case():
    kase = CoreGroup.Case.new('PY-0003')
    kase.set_policy('suffolk')
    kase.set_child_name('Test Child (fictional)')
    kase.set_initial_conference(ICPC)
    group = kase.get_core_group()
    for member_id, name, role in [('m1', 'J. Okafor', CoreGroup.MemberRole.LEAD_SOCIAL_WORKER),
                                  ('m2', 'P. Shah', CoreGroup.MemberRole.HEALTH_VISITOR),
                                  ('m4', 'R. Teacher', CoreGroup.MemberRole.TEACHER)]:
        group.add_member(CoreGroup.Member.new(member_id, name, role))
    return kase


class TestCaseRecords(unittest.TestCase):
    def setUp(self):
        self.kase = new_case()

        decision = CoreGroup.ConferenceDecision.new(ICPC, 'child-seen', 'Baby, high risk: seen every week')
        decision.set_interval(1, CoreGroup.TimeUnit.WEEKS)
        decision.set_by(['m1', 'm2'])
        self.kase.add_conference_decision(decision)

        acknowledgement = CoreGroup.Acknowledgement.new('minutes-circulated', datetime.date(2026, 12, 4),
                                                        datetime.date(2026, 12, 7), 'T. Manager',
                                                        'Minute taker off sick')
        self.kase.add_acknowledgement(acknowledgement)

        request = CoreGroup.ReviewRequest.new(datetime.date(2027, 1, 10), 'm1', CoreGroup.ReviewDirection.EARLIER,
                                              'Risk increased')
        request.decide(CoreGroup.ReviewDecision.AGREED, datetime.date(2027, 1, 12), 'Conference chair')
        self.kase.add_review_request(request)

        escalation = CoreGroup.Escalation.new('x1', datetime.date(2027, 1, 5), 'm4',
                                              CoreGroup.EscalationConcern.NON_CO_OPERATION)
        escalation.set_about('m2')
        step = CoreGroup.EscalationStep.new(datetime.date(2027, 1, 5), CoreGroup.EscalationStepKind.CORE_GROUP)
        step.set_note('Raised at the core group')
        escalation.add_step(step)
        escalation.add_step(CoreGroup.EscalationStep.new(datetime.date(2027, 1, 12),
                                                         CoreGroup.EscalationStepKind.AGENCY_MANAGERS))
        self.kase.add_escalation(escalation)

    def reloaded(self):
        return CoreGroup.Case.new_from_data(self.kase.to_data().encode('utf-8'))

    def test_saved_and_read_back(self):
        again = self.reloaded()

        [decision] = list(again.get_conference_decisions())
        self.assertEqual(decision.get_conference(), ICPC)
        self.assertEqual(decision.get_rule(), 'child-seen')
        self.assertEqual((decision.get_value(), decision.get_unit()), (1, CoreGroup.TimeUnit.WEEKS))
        self.assertFalse(decision.get_off())
        self.assertEqual(decision.get_by(), ['m1', 'm2'])

        [acknowledgement] = list(again.get_acknowledgements())
        self.assertEqual(acknowledgement.get_rule(), 'minutes-circulated')
        self.assertEqual(acknowledgement.get_due(), datetime.date(2026, 12, 4))
        self.assertEqual(acknowledgement.get_date(), datetime.date(2026, 12, 7))
        self.assertEqual(acknowledgement.get_by(), 'T. Manager')

        [request] = list(again.get_review_requests())
        self.assertEqual(request.get_direction(), CoreGroup.ReviewDirection.EARLIER)
        self.assertEqual(request.get_decision(), CoreGroup.ReviewDecision.AGREED)
        self.assertEqual(request.get_decided_on(), datetime.date(2027, 1, 12))
        self.assertEqual(request.props.decided_by, 'Conference chair')

        [escalation] = list(again.get_escalations())
        self.assertEqual(escalation.get_concern(), CoreGroup.EscalationConcern.NON_CO_OPERATION)
        self.assertEqual(escalation.get_about(), 'm2')
        self.assertEqual([s.get_step() for s in escalation.get_steps()],
                         [CoreGroup.EscalationStepKind.CORE_GROUP, CoreGroup.EscalationStepKind.AGENCY_MANAGERS])
        self.assertEqual(escalation.get_last_step().get_step(), CoreGroup.EscalationStepKind.AGENCY_MANAGERS)
        self.assertTrue(escalation.is_open(datetime.date(2027, 1, 20)))
        self.assertFalse(escalation.is_open(datetime.date(2027, 1, 4)))

    def test_names_in_the_document(self):
        saved = json.loads(self.kase.to_data())
        self.assertEqual(saved['conference_decisions'][0]['unit'], 'weeks')
        self.assertEqual(saved['review_requests'][0]['decision'], 'agreed')
        self.assertEqual(saved['escalations'][0]['concern'], 'non-co-operation')
        self.assertIsNone(saved['escalations'][0]['resolved'])
        self.assertNotIn('outcome', saved['escalations'][0])
        self.assertEqual(saved['escalations'][0]['steps'][1]['step'], 'agency-managers')

    def test_an_empty_case_writes_none_of_them(self):
        saved = json.loads(new_case().to_data())
        for name in ('conference_decisions', 'acknowledgements', 'review_requests', 'escalations'):
            self.assertNotIn(name, saved)

    def test_reopened_and_resolved(self):
        [request] = list(self.kase.get_review_requests())
        request.decide(CoreGroup.ReviewDecision.OPEN, None, None)
        [escalation] = list(self.kase.get_escalations())
        escalation.resolve(datetime.date(2027, 1, 20), 'Agreed at the agencies\' meeting')
        again = self.reloaded()
        [request] = list(again.get_review_requests())
        self.assertEqual(request.get_decision(), CoreGroup.ReviewDecision.OPEN)
        self.assertIsNone(request.get_decided_on())
        [escalation] = list(again.get_escalations())
        self.assertEqual(escalation.get_resolved(), datetime.date(2027, 1, 20))
        self.assertFalse(escalation.is_open(datetime.date(2027, 1, 20)))

    def test_adders_raise(self):
        stranger = CoreGroup.ReviewRequest.new(datetime.date(2027, 1, 10), 'm9', CoreGroup.ReviewDirection.LATER,
                                               'Report not ready')
        with self.assertRaises(GLib.Error) as cm:
            self.kase.add_review_request(stranger)
        self.assertTrue(cm.exception.matches(CoreGroup.case_error_quark(), CoreGroup.CaseError.UNKNOWN_MEMBER))
        again = CoreGroup.Escalation.new('x1', datetime.date(2027, 1, 6), 'm1', CoreGroup.EscalationConcern.OTHER)
        with self.assertRaises(GLib.Error) as cm:
            self.kase.add_escalation(again)
        self.assertTrue(cm.exception.matches(CoreGroup.case_error_quark(), CoreGroup.CaseError.DUPLICATE_ID))
        elsewhere = CoreGroup.ConferenceDecision.new(datetime.date(2026, 11, 3), 'not-seen-alone', 'Speech delay')
        elsewhere.set_off(True)
        with self.assertRaises(GLib.Error) as cm:
            self.kase.add_conference_decision(elsewhere)
        self.assertTrue(cm.exception.message.startswith('decision.conference: '), cm.exception.message)


if __name__ == '__main__':
    unittest.main(verbosity=2)
