# SPDX-License-Identifier: LGPL-2.1-or-later
"""coregroup plan --for: each member's own copy of the plan (Haringey, The
child protection plan; Suffolk 5.5), on every bundled example and on a
case whose mother's address is withheld from the father."""
import glob
import html
import json
import os
import re
import subprocess
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup, Gio, GLib  # noqa: E402

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
EXAMPLES = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
AUDIENCE = os.path.join(ROOT, 'tests', 'data', 'case-audience.json')
# The first fifteen roles are professional (doc/rules.md, "Member roles").
PROFESSIONAL = {'lead-social-worker', 'social-worker', 'team-manager', 'conference-chair', 'health-visitor',
                'midwife', 'school-nurse', 'gp', 'teacher', 'police', 'probation', 'substance-misuse-worker',
                'domestic-abuse-worker', 'mental-health-worker', 'other-professional'}


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


def words(text):
    """The text as a reader sees it: entities decoded, lines unwrapped."""
    return re.sub(r'\s+', ' ', html.unescape(text))


def entries(plan, section):
    """(text, for professionals only) for each entry of a list section."""
    for entry in plan.get(section) or []:
        if isinstance(entry, str):
            yield entry, False
        else:
            yield entry['text'], entry.get('audience') == 'professionals'


def plan_texts(case):
    """(text, for professionals only) for every item of the plan a copy holds."""
    plan = case.get('plan') or {}
    for outcome in plan.get('outcomes') or []:
        hidden = outcome.get('audience') == 'professionals'
        yield outcome['description'], hidden
        if outcome.get('measure'):
            yield outcome['measure'], hidden
    for action in plan.get('actions') or []:
        yield action['description'], action.get('audience') == 'professionals'
    for section in ('needs', 'risks', 'strengths'):
        yield from entries(plan, section)
    for field in ('contingency', 'contact_arrangements'):
        if plan.get(field):
            yield plan[field], False


def readers(case):
    """Each audience a copy can be made for, and whether it is the family's."""
    yield 'professionals', False
    yield 'family', True
    for member in case['members']:
        yield member['id'], member['role'] not in PROFESSIONAL


def may_see_details(case, audience, family, member):
    """The rule of the copy, from the record alone."""
    roles = {m['id']: m['role'] for m in case['members']}
    kept_from = member.get('withhold_from') or []
    if audience in kept_from:
        return False
    return not (family and any(roles[r] not in PROFESSIONAL for r in kept_from))


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestPlanCopy(unittest.TestCase):
    def check_copies(self, path):
        with open(path, encoding='utf-8') as f:
            case = json.load(f)
        for audience, family in readers(case):
            for form in ('text', 'html'):
                with self.subTest(case=os.path.basename(path), audience=audience, format=form):
                    result = run('plan', '--for', audience, '--format', form, path)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertEqual(result.stderr, '')
                    copy = words(result.stdout)
                    self.assertIn(words(case['child']['name']), copy)
                    self.assertIn(case['id'], copy)
                    for text, hidden in plan_texts(case):
                        self.assertEqual(words(text) in copy, not (family and hidden), text)
                    for member in case['members']:
                        self.assertIn(words(member['name']), copy)
                        shown = may_see_details(case, audience, family, member)
                        for field in ('address', 'phone'):
                            if member.get(field):
                                self.assertEqual(words(member[field]) in copy, shown, f"{member['id']}.{field}")
                    if form == 'html':
                        self.assertTrue(result.stdout.startswith('<!DOCTYPE html>'))
                        self.assertNotIn('<script', result.stdout)

    def test_every_example_for_every_reader(self):
        self.assertEqual(len(EXAMPLES), 5)
        for path in EXAMPLES:
            self.check_copies(path)

    def test_examples_withhold_something(self):
        """The Suffolk and South East Wales examples keep details and a risk from the family."""
        for name, member in (('suffolk-neglect.json', 'm3'), ('south-east-wales-emotional-abuse.json', 'm3')):
            path = os.path.join(ROOT, 'examples', 'cases', name)
            family = words(run('plan', '--for', 'family', path).stdout)
            professionals = words(run('plan', '--for', 'professionals', path).stdout)
            self.assertIn('contact details withheld', family, name)
            self.assertIn('for professionals only', professionals, name)
            self.assertNotIn('for professionals only', family, name)
            with open(path, encoding='utf-8') as f:
                case = json.load(f)
            details = next(m for m in case['members'] if m['id'] == member)
            self.assertIn(details['phone'], professionals)
            self.assertNotIn(details['phone'], family)

    def test_address_withheld_from_the_father(self):
        address = 'Room 3, Example Refuge, Sample Town'
        self.check_copies(AUDIENCE)
        for form in ('text', 'html'):
            father = words(run('plan', '--for', 'm4', '--format', form, AUDIENCE).stdout)
            professionals = words(run('plan', '--for', 'professionals', '--format', form, AUDIENCE).stdout)
            self.assertNotIn(address, father)
            self.assertNotIn('Example Refuge', father)
            self.assertIn('K. Mother', father)
            self.assertIn('contact details withheld', father)
            self.assertIn(address, professionals)

    def test_errors(self):
        unknown = run('plan', '--for', 'Kim Mother', AUDIENCE)
        self.assertEqual(unknown.returncode, 2)
        self.assertTrue(unknown.stderr.startswith(AUDIENCE + ': '), unknown.stderr)
        self.assertNotIn('Kim', unknown.stderr)
        self.assertEqual(unknown.stdout, '')

        missing = run('plan', '--for', 'family', '/nonexistent/case.json')
        self.assertEqual(missing.returncode, 2)
        self.assertIn('/nonexistent/case.json', missing.stderr)

        self.assertEqual(run('plan', AUDIENCE).returncode, 2)
        self.assertEqual(run('plan', '--for', 'family').returncode, 2)
        self.assertEqual(run('plan', '--for', 'family', '--format', 'pdf', AUDIENCE).returncode, 2)
        self.assertEqual(run('plan', '--for', 'family', AUDIENCE, AUDIENCE).returncode, 2)
        self.assertEqual(run('plan', '--help').returncode, 0)


class TestPlanCopyBindings(unittest.TestCase):
    """The same through PyGObject: the copy, the audiences and the contact details."""

    def setUp(self):
        self.kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(AUDIENCE))

    def test_copy_for_the_father(self):
        copy = CoreGroup.PlanCopy.new(self.kase, 'm4')
        self.assertEqual(copy.get_audience(), 'm4')
        self.assertNotIn('Example Refuge', words(copy.to_html()))
        self.assertIn('Example Refuge', words(CoreGroup.PlanCopy.new(self.kase, 'professionals').to_text()))
        with self.assertRaises(GLib.Error) as cm:
            CoreGroup.PlanCopy.new(self.kase, 'Kim Mother')
        self.assertTrue(cm.exception.matches(CoreGroup.case_error_quark(), CoreGroup.CaseError.UNKNOWN_MEMBER))

    def test_audiences_and_contact_details(self):
        plan = self.kase.get_plan()
        self.assertEqual(plan.get_risks(), ['L. has hit K. in front of T.', 'L. has been seen near the refuge'])
        self.assertEqual(plan.get_section_audience('risks', 1), CoreGroup.Audience.PROFESSIONALS)
        self.assertEqual(plan.lookup_action('a2').props.audience, CoreGroup.Audience.PROFESSIONALS)
        mother = self.kase.get_core_group().lookup_member('m3')
        self.assertEqual(mother.get_withhold_from(), ['m4'])
        self.assertEqual(mother.props.withhold_from, ['m4'])
        self.assertTrue(mother.withholds_from('m4'))
        self.assertEqual(mother.get_phone(), '07700 900003')


if __name__ == '__main__':
    unittest.main(verbosity=2)
