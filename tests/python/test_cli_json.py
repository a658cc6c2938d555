# SPDX-License-Identifier: LGPL-2.1-or-later
"""`coregroup policies --format json` and `coregroup workdays --format json`
say what their text forms say (doc/json-format.md, "The command line's JSON")."""
import json
import os
import subprocess
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup  # noqa: E402

TOOL = os.environ.get('COREGROUP_TOOL')


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


def run_json(*args):
    result = run(*args)
    if result.returncode != 0:
        raise AssertionError(f'coregroup {" ".join(args)}: exit status {result.returncode}: {result.stderr}')
    return json.loads(result.stdout)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestPoliciesJson(unittest.TestCase):
    def test_policies_as_in_the_text(self):
        text = run('policies').stdout.splitlines()
        document = run_json('policies', '--format', 'json')
        self.assertEqual(list(document), ['policies'])
        self.assertEqual(len(document['policies']), len(text))
        for line, policy in zip(text, document['policies']):
            with self.subTest(policy=policy['id']):
                self.assertEqual(list(policy), ['id', 'name', 'division', 'extends'])
                self.assertTrue(line.startswith(f'{policy["id"]:<18} {policy["name"]:<48} {policy["division"]}'), line)
                if policy['extends'] is None:
                    self.assertNotIn(' extends ', line)
                else:
                    self.assertTrue(line.endswith(f' extends {policy["extends"]}'), line)
        suffolk = next(p for p in document['policies'] if p['id'] == 'suffolk')
        self.assertEqual((suffolk['division'], suffolk['extends']), ('england-and-wales', 'england'))
        scotland = next(p for p in document['policies'] if p['id'] == 'scotland')
        self.assertEqual(scotland['division'], 'scotland')

    def test_verbose_rules_as_in_the_text(self):
        text = run('policies', '-v').stdout
        document = run_json('policies', '-v', '--format', 'json')
        self.assertEqual(list(document), ['policies', 'catalogue'])
        registry = CoreGroup.PolicyRegistry.new_builtin()
        for policy in document['policies']:
            with self.subTest(policy=policy['id']):
                library = registry.lookup(policy['id'])
                self.assertEqual([r['rule'] for r in policy['rules']],
                                 [r for r in (i.get_id() for i in CoreGroup.RuleInfo.list_all())
                                  if library.describe_parameters(r) is not None])
                for rule in policy['rules']:
                    self.assertEqual(rule['parameters'], library.describe_parameters(rule['rule']))
                    self.assertEqual(rule['source'], library.get_source(rule['rule']))
                    self.assertIn(f'    {rule["kind"]:<8} {rule["rule"]:<34} {rule["parameters"]:<36} {rule["source"]}\n',
                                  text)
        suffolk = next(p for p in document['policies'] if p['id'] == 'suffolk')
        quorum = next(r for r in suffolk['rules'] if r['rule'] == 'quorum')
        self.assertEqual((quorum['kind'], quorum['source']), ('check', 'Suffolk 4.7'))

    def test_catalogue_as_in_the_text(self):
        text = run('policies', '-v').stdout.split('Rules known to this library:\n')[1]
        catalogue = run_json('policies', '-v', '--format', 'json')['catalogue']
        library = list(CoreGroup.RuleInfo.list_all())
        self.assertEqual([r['rule'] for r in catalogue], [i.get_id() for i in library])
        for rule, info in zip(catalogue, library):
            with self.subTest(rule=rule['rule']):
                self.assertEqual(list(rule), ['rule', 'kind', 'severity', 'summary', 'parameters'])
                self.assertIn(f'    {rule["kind"]:<8} {rule["rule"]:<34} {rule["severity"]:<8} {rule["summary"]}\n', text)
                self.assertEqual(rule['severity'], info.get_severity().value_nick)
                self.assertEqual(len(rule['parameters']), info.get_n_parameters())
                for index, parameter in enumerate(rule['parameters']):
                    name, kind, required, default = info.get_parameter(index)
                    self.assertEqual(parameter, {'name': name, 'type': kind.value_nick,
                                                 'required': required, 'default': default})
        review = next(r for r in catalogue if r['rule'] == 'review-conference')
        self.assertIn({'name': 'then', 'type': 'interval', 'required': False, 'default': None}, review['parameters'])

    def test_bad_format(self):
        result = run('policies', '--format', 'yaml')
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, '')
        self.assertIn('--format', result.stderr)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestWorkdaysJson(unittest.TestCase):
    def test_nth_working_day(self):
        for division, date, n in [('england-and-wales', '2026-12-18', '10'), ('scotland', '2026-12-31', '1'),
                                  ('northern-ireland', '2027-07-09', '1'), ('england-and-wales', '2027-01-06', '-10')]:
            with self.subTest(division=division, date=date, n=n):
                text = run('workdays', '--division', division, date, n).stdout
                document = run_json('workdays', '--format', 'json', '--division', division, date, n)
                self.assertEqual(document, {'division': division, 'from': date, 'to': text.strip(),
                                            'working_days': int(n)})

    def test_between(self):
        for first, second in [('2026-12-18', '2027-01-06'), ('2027-01-06', '2026-12-18'), ('2027-01-06', '2027-01-06')]:
            with self.subTest(first=first, second=second):
                text = run('workdays', '--between', first, second).stdout
                document = run_json('workdays', '--between', '--format=json', first, second)
                self.assertEqual(document, {'division': 'england-and-wales', 'from': first, 'to': second,
                                            'working_days': int(text)})
        self.assertEqual(run_json('workdays', '--format', 'json', '--between', '2026-12-18', '2027-01-06')['working_days'],
                         10)

    def test_errors_print_no_json(self):
        for args in [('2026-12-18', 'ten'), ('--between', '2026-12-18', '2300-01-01'), ('--format', 'xml', '2026-12-18', '1')]:
            with self.subTest(args=args):
                result = run('workdays', '--format', 'json', *args)
                self.assertEqual(result.returncode, 2)
                self.assertEqual(result.stdout, '')


if __name__ == '__main__':
    unittest.main(verbosity=2)
