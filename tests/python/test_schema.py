# SPDX-License-Identifier: LGPL-2.1-or-later
"""The JSON Schema in doc/ agrees with the bundled examples and refuses bad documents."""
import copy
import glob
import json
import os
import subprocess
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup  # noqa: E402
import jsonschema  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TOOL = os.environ.get('COREGROUP_TOOL')
DATA = os.path.join(ROOT, 'tests', 'data')
EXAMPLES = ['city-and-hackney-physical-abuse.json', 'haringey-school-move.json',
            'south-east-wales-emotional-abuse.json', 'suffolk-baby-conference-decisions.json',
            'suffolk-neglect.json']
# A case with every record of the case besides meetings and contacts.
RECORDS = os.path.join(DATA, 'case-records.json')
# A case whose meetings record what their minutes print.
MINUTES = os.path.join(DATA, 'case-minutes.json')
# A case with items and contact details kept from some readers of the plan.
AUDIENCE = os.path.join(DATA, 'case-audience.json')


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


class TestSchema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.schema = load(os.path.join(ROOT, 'doc', 'coregroup-case.schema.json'))
        jsonschema.Draft7Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft7Validator(cls.schema)
        cls.full = load(os.path.join(ROOT, 'tests', 'data', 'case-full.json'))
        cls.records = load(RECORDS)
        cls.minutes = load(MINUTES)

    def test_examples_are_valid(self):
        examples = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
        self.assertEqual([os.path.basename(p) for p in examples], EXAMPLES)
        for path in examples + [os.path.join(ROOT, 'tests', 'data', 'case-full.json'), RECORDS, MINUTES, AUDIENCE]:
            with self.subTest(path=path):
                errors = list(self.validator.iter_errors(load(path)))
                self.assertEqual(errors, [], path)

    def bad(self, edit, base=None):
        document = copy.deepcopy(self.full if base is None else base)
        edit(document)
        return list(self.validator.iter_errors(document))

    def test_refuses_bad_documents(self):
        cases = {
            'no format': lambda d: d.pop('format'),
            'other format': lambda d: d.update(format='coregroup-plan'),
            'newer version': lambda d: d.update(version=2),
            'bad role': lambda d: d['members'][0].update(role='nurse'),
            'bad date': lambda d: d['meetings'][0].update(date='17/12/2026'),
            '31 November': lambda d: d['meetings'][0].update(date='2026-11-31'),
            '29 February 2027': lambda d: d.update(initial_conference='2027-02-29'),
            'month 13': lambda d: d['contacts'][0].update(date='2026-13-01'),
            'bad time': lambda d: d['meetings'][0].update(time='9am'),
            'bad status': lambda d: d['meetings'][0]['attendance'][0].update(status='late'),
            'bad category': lambda d: d.update(categories=['poverty']),
            'missing member name': lambda d: d['members'][1].pop('name'),
            'contact without by': lambda d: d['contacts'][0].pop('by'),
            'string boolean': lambda d: d['contacts'][0].update(seen='yes'),
            'history without source': lambda d: d['plan']['history'][0].pop('source'),
            'bad audience': lambda d: d['plan']['actions'][0].update(audience='family'),
            'risk entry without text': lambda d: d['plan']['risks'].append({'audience': 'professionals'}),
            'need entry not a string': lambda d: d['plan']['needs'].append(3),
            'withhold_from not an array': lambda d: d['members'][2].update(withhold_from='m4'),
        }
        for name, edit in cases.items():
            with self.subTest(name):
                self.assertNotEqual(self.bad(edit), [], name)

    def test_refuses_bad_records(self):
        def decision(**fields):
            return lambda d: d['conference_decisions'][0].update(fields)

        def off_decision(**fields):
            return lambda d: d['conference_decisions'][1].update(fields)

        cases = {
            'decision without reason': lambda d: d['conference_decisions'][0].pop('reason'),
            'decision on a bad date': decision(conference='2026-11-31'),
            'value without unit': lambda d: d['conference_decisions'][0].pop('unit'),
            'unit without value': lambda d: d['conference_decisions'][0].pop('value'),
            'unit with a null value': decision(value=None),
            'value 0': decision(value=0),
            'value 1001': decision(value=1001),
            'value not whole': decision(value=1.5),
            'unknown unit': decision(unit='fortnights'),
            'interval and off': decision(off=True),
            'neither interval nor off': off_decision(off=False),
            'off for a deadline rule': off_decision(rule='child-seen'),
            'interval for a check': decision(rule='quorum'),
            'interval for an unknown rule': decision(rule='child-seen-weekly'),
            'string member reference list': decision(by='m1'),
            'acknowledgement of a check': lambda d: d['acknowledgements'][0].update(rule='quorum'),
            'acknowledgement of an unknown rule': lambda d: d['acknowledgements'][0].update(rule='minutes-sent'),
            'acknowledgement without its due day': lambda d: d['acknowledgements'][0].pop('due'),
            'acknowledgement without a name': lambda d: d['acknowledgements'][0].update(by=''),
            'acknowledgement without a reason': lambda d: d['acknowledgements'][0].pop('reason'),
            'request by nobody': lambda d: d['review_requests'][0].pop('by'),
            'request sooner': lambda d: d['review_requests'][0].update(direction='sooner'),
            'request decided "open"': lambda d: d['review_requests'][1].update(decision='open'),
            'request agreed on no day': lambda d: d['review_requests'][0].pop('decided_on'),
            'request agreed on a null day': lambda d: d['review_requests'][0].update(decided_on=None),
            'open request with a day': lambda d: d['review_requests'][1].update(decided_on='2027-01-21'),
            'open request without decision, with a day': lambda d: (d['review_requests'][1].pop('decision'),
                                                                   d['review_requests'][1].update(decided_on='2027-01-21')),
            'escalation without id': lambda d: d['escalations'][0].pop('id'),
            'escalation raised by nobody': lambda d: d['escalations'][0].pop('raised_by'),
            'unknown concern': lambda d: d['escalations'][0].update(concern='absence'),
            'unknown step': lambda d: d['escalations'][0]['steps'][1].update(step='agency-directors'),
            'step without a day': lambda d: d['escalations'][0]['steps'][0].pop('date'),
            'resolved on a bad day': lambda d: d['escalations'][1].update(resolved='2026-12-32'),
            'resolved as a boolean': lambda d: d['escalations'][1].update(resolved=True),
        }
        for name, edit in cases.items():
            with self.subTest(name):
                self.assertNotEqual(self.bad(edit, self.records), [], name)

    def test_refuses_bad_minutes_records(self):
        def first(**fields):
            return lambda d: d['meetings'][2].update(fields)

        cases = {
            'scaling score 11': first(scaling_score=11),
            'scaling score -1': first(scaling_score=-1),
            'scaling score not whole': first(scaling_score=4.5),
            'family goals as a string': first(family_goals='Meals at the table'),
            'progress needed not strings': first(progress_needed=[2]),
            'if no change as a list': first(if_no_change=['Legal planning']),
            'information needed by nobody': lambda d: d['meetings'][2]['information_needed'][0].pop('by'),
            'information needed empty': lambda d: d['meetings'][2]['information_needed'][0].update(what=''),
            'background as a string': lambda d: d.update(background='none'),
            'brief history as a number': lambda d: d['background'].update(brief_history=1),
        }
        for name, edit in cases.items():
            with self.subTest(name):
                self.assertNotEqual(self.bad(edit, self.minutes), [], name)
        self.assertEqual(self.bad(first(scaling_score=0), self.minutes), [])
        self.assertEqual(self.bad(first(scaling_score=None, information_needed=None), self.minutes), [])

    def test_records_may_leave_out_what_is_optional(self):
        self.assertEqual(self.bad(lambda d: d['conference_decisions'][0].pop('by'), self.records), [])
        self.assertEqual(self.bad(lambda d: d['conference_decisions'][1].update(value=None, unit=None),
                                  self.records), [])
        self.assertEqual(self.bad(lambda d: d['review_conferences'][1].pop('rescheduled_from'), self.records), [])
        self.assertEqual(self.bad(lambda d: d['review_requests'][1].pop('decision'), self.records), [])
        self.assertEqual(self.bad(lambda d: d['review_requests'][1].update(decided_on=None), self.records), [])
        self.assertEqual(self.bad(lambda d: d['review_requests'][0].pop('decided_by'), self.records), [])
        self.assertEqual(self.bad(lambda d: (d['escalations'][0].pop('steps'), d['escalations'][0].pop('about'),
                                             d['escalations'][0].pop('resolved')), self.records), [])

    def test_rule_lists_match_the_catalogue(self):
        deadlines = sorted(r.get_id() for r in CoreGroup.RuleInfo.list_all()
                           if r.get_kind() == CoreGroup.RuleKind.DEADLINE)
        decision = self.schema['properties']['conference_decisions']['items']
        self.assertEqual(sorted(decision['oneOf'][0]['properties']['rule']['enum']), deadlines)
        acknowledgement = self.schema['properties']['acknowledgements']['items']
        self.assertEqual(sorted(acknowledgement['properties']['rule']['enum']), deadlines)
        self.assertIsNotNone(CoreGroup.RuleInfo.lookup(decision['oneOf'][1]['properties']['rule']['const']))

    def test_format_example_is_valid(self):
        with open(os.path.join(ROOT, 'doc', 'json-format.md'), encoding='utf-8') as f:
            page = f.read()
        example = page[page.index('## Example'):]
        text = example.split('```json\n', 1)[1].split('```', 1)[0]
        self.assertEqual(list(self.validator.iter_errors(json.loads(text))), [])
        kase = CoreGroup.Case.new_from_data(text.encode('utf-8'))
        self.assertEqual(len(kase.get_conference_decisions()), 1)

    def test_leap_days(self):
        self.assertEqual(self.bad(lambda d: d.update(initial_conference='2028-02-29')), [])
        self.assertEqual(self.bad(lambda d: d.update(initial_conference='2000-02-29')), [])
        self.assertNotEqual(self.bad(lambda d: d.update(initial_conference='2100-02-29')), [])

    def test_unknown_fields_allowed(self):
        self.assertEqual(self.bad(lambda d: d.update(x_vendor={'any': 'thing'})), [])
        self.assertEqual(self.bad(lambda d: d['meetings'][0]['attendance'][0].update(x_note='late')), [])

    def test_optional_fields_may_be_null(self):
        self.assertEqual(self.bad(lambda d: d['child'].update(date_of_birth=None)), [])
        self.assertEqual(self.bad(lambda d: d['meetings'][0].update(time=None, venue=None)), [])
        self.assertEqual(self.bad(lambda d: d['plan']['history'][0].pop('reason')), [])
        self.assertNotEqual(self.bad(lambda d: d.update(initial_conference=None)), [])

    def test_broken_fixtures(self):
        # 31 November is refused by the date pattern, as by the library.
        errors = list(self.validator.iter_errors(load(os.path.join(DATA, 'broken-bad-date.json'))))
        self.assertEqual([list(e.absolute_path) for e in errors], [['meetings', 0, 'date']])
        # A reference to a missing member is beyond JSON Schema: only the
        # library's reader refuses it (see doc/json-format.md).
        self.assertEqual(list(self.validator.iter_errors(load(os.path.join(DATA, 'broken-unknown-member.json')))), [])

    def test_every_known_field_is_described(self):
        def walk(node, path):
            for name, sub in node.get('properties', {}).items():
                with self.subTest(field=path + name):
                    self.assertTrue(sub.get('description'), path + name)
                walk(sub, path + name + '.')
                if 'items' in sub:
                    walk(sub['items'], path + name + '[].')
        walk(self.schema, '')


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestLoaderAgrees(unittest.TestCase):
    """The library's reader accepts what the schema accepts here, and names the field it refuses."""

    def run_validate(self, *paths):
        return subprocess.run([TOOL, 'validate', *paths], capture_output=True, text=True, check=False)

    def test_examples_load(self):
        paths = [os.path.join(ROOT, 'examples', 'cases', name) for name in EXAMPLES] + [RECORDS, MINUTES]
        result = self.run_validate(*paths)
        self.assertEqual(result.returncode, 0, result.stderr)
        for path in paths:
            self.assertIn(path + ': valid', result.stdout)

    def test_broken_fixtures_are_refused(self):
        for name, message in [('broken-bad-date.json', 'meetings[0].date: '),
                              ('broken-unknown-member.json', 'meetings[1].attendance[0].member: ')]:
            with self.subTest(name):
                path = os.path.join(DATA, name)
                result = self.run_validate(path)
                self.assertEqual(result.returncode, 2)
                self.assertIn(path + ': ' + message, result.stderr)


if __name__ == '__main__':
    unittest.main(verbosity=2)
