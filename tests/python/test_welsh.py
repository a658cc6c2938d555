# SPDX-License-Identifier: LGPL-2.1-or-later
"""A Python application in a Welsh session gets the library's messages in
Welsh by setting its locale, as every application does, and without
binding the library's catalogue itself (doc/using.md, "Languages"):
finding messages, explanations with Welsh month names, rule summaries and
GError messages, with rule ids, field paths and JSON keys as they are."""
import datetime
import json
import locale
import os
import unittest

# The user's session; the library reads it when it writes a message.
os.environ['LANGUAGE'] = 'cy'
locale.setlocale(locale.LC_ALL, '')

import gi  # noqa: E402
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
CASE = os.path.join(ROOT, 'examples', 'cases', 'south-east-wales-emotional-abuse.json')


def evaluate():
    kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(CASE))
    policy = CoreGroup.PolicyRegistry.new_builtin().lookup(kase.props.policy)
    return policy.evaluate(kase, datetime.date(2026, 12, 1))


class TestWelsh(unittest.TestCase):
    def test_deadlines_and_findings(self):
        report = evaluate()
        first = report.get_deadlines()[0]
        self.assertEqual(first.props.rule, 'first-core-group')
        self.assertEqual(first.props.description,
                         'Y grŵp craidd cyntaf o fewn 10 diwrnod gwaith ar ôl y gynhadledd gychwynnol')
        self.assertEqual(first.props.explanation,
                         '10 diwrnod gwaith ar ôl y gynhadledd gychwynnol ar Mer 25 Tachwedd 2026: heb gyfrif Sad/Sul')
        finding = report.get_findings()[0]
        self.assertEqual(finding.props.rule, 'record-after-today')
        self.assertTrue(finding.props.message.startswith(
            'Cyfarfod cg1: y dyddiad a gofnodwyd yw 8 Rhagfyr 2026, sydd ar ôl y diwrnod gwerthuso'),
            finding.props.message)

    def test_json_keys_and_nicks_stay_english(self):
        report = json.loads(evaluate().to_json())
        finding = report['findings'][0]
        self.assertEqual(sorted(finding), ['message', 'rule', 'severity', 'source', 'subject'])
        self.assertEqual(finding['severity'], 'warning')
        self.assertIn('Rhagfyr 2026', finding['message'])
        self.assertEqual(report['deadlines'][0]['status'], 'pending')

    def test_rule_summary(self):
        self.assertEqual(CoreGroup.RuleInfo.lookup('quorum').get_summary(),
                         'Mae angen o leiaf y nifer lleiaf o aelodau proffesiynol yn bresennol mewn grŵp craidd')

    def test_month_and_day_names(self):
        # For a program that lays dates out itself, as coregroup's columns do.
        self.assertEqual(CoreGroup.date_get_month_name(GLib.DateMonth.DECEMBER), 'Rhagfyr')
        self.assertEqual(CoreGroup.date_get_weekday_name(GLib.DateWeekday.WEDNESDAY), 'Mer')

    def test_error_names_the_field(self):
        broken = os.path.join(ROOT, 'tests', 'data', 'broken-unknown-member.json')
        with self.assertRaises(GLib.Error) as raised:
            CoreGroup.Case.new_from_file(Gio.File.new_for_path(broken))
        self.assertEqual(raised.exception.message,
                         'meetings[1].attendance[0].member: nid yw’n aelod o’r grŵp craidd')


if __name__ == '__main__':
    unittest.main(verbosity=2)
