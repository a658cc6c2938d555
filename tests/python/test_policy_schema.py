# SPDX-License-Identifier: LGPL-2.1-or-later
"""doc/coregroup-policy.schema.json agrees with the built-in policies and
with the rule catalogue: every rule and every parameter the library knows,
and nothing else."""
import glob
import json
import os
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup  # noqa: E402
import jsonschema  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))


def load(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


class TestPolicySchema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.schema = load(os.path.join(ROOT, 'doc', 'coregroup-policy.schema.json'))
        jsonschema.Draft7Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft7Validator(cls.schema)

    def test_builtin_policies_are_valid(self):
        paths = sorted(glob.glob(os.path.join(ROOT, 'libcoregroup', 'policies', '*.json')))
        self.assertEqual(len(paths), 9)
        for path in paths:
            with self.subTest(path=os.path.basename(path)):
                self.assertEqual(list(self.validator.iter_errors(load(path))), [])

    def test_rules_and_parameters_match_the_catalogue(self):
        kinds = {CoreGroup.RuleKind.DEADLINE: 'deadlines', CoreGroup.RuleKind.CHECK: 'checks'}
        for rule in CoreGroup.RuleInfo.list_all():
            table = self.schema['properties'][kinds[rule.get_kind()]]['properties']
            with self.subTest(rule=rule.get_id()):
                self.assertIn(rule.get_id(), table)
                settings = table[rule.get_id()]['oneOf'][1]['properties']
                names = [rule.get_parameter(i)[0] for i in range(rule.get_n_parameters())]
                self.assertEqual(sorted(settings), sorted(names + ['source', 'note']))
        listed = set(self.schema['properties']['deadlines']['properties']) | \
            set(self.schema['properties']['checks']['properties'])
        self.assertEqual(listed, {r.get_id() for r in CoreGroup.RuleInfo.list_all()})

    def test_refuses_what_the_loader_refuses(self):
        base = {'format': 'coregroup-policy', 'version': 1, 'id': 'x', 'name': 'X', 'extends': 'england'}
        bad = [
            dict(base, checks={'quorum': {'mnimum': 3, 'source': 'X'}}),
            dict(base, deadlines={'child-seen': {'value': 10, 'unit': 'working-days', 'then': {'value': 1, 'unit': 'weeks'},
                                                 'source': 'X'}}),
            dict(base, checks={'plan-incomplete': {'sections': ['hobbies'], 'source': 'X'}}),
            dict(base, checks={'not-seen-alone': {'mode': 'most-visits', 'source': 'X'}}),
            dict(base, checks={'plan-language': {'min_reading_ease': 0, 'source': 'X'}}),
            dict(base, checks={'plan-language': {'max_words': 20, 'source': 'X'}}),
            dict(base, dedlines={}),
            {'format': 'coregroup-policy', 'version': 1, 'id': 'x', 'name': 'X'},
        ]
        for document in bad:
            with self.subTest(document=document):
                self.assertNotEqual(list(self.validator.iter_errors(document)), [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
