# SPDX-License-Identifier: LGPL-2.1-or-later
"""doc/rules.md, the project's rule book, is held to the rule catalogue the
library runs: every rule has its section, with the kind, severity and
parameters the catalogue gives it, and the book describes no rule the
library does not have. So is `coregroup policies -v`."""
import os
import re
import subprocess
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
from gi.repository import CoreGroup  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
TOOL = os.environ.get('COREGROUP_TOOL')
SECTION = re.compile(r'^### `([a-z0-9-]+)`\s*$', re.M)


def rule_book():
    """{rule id: text of its section} from doc/rules.md."""
    with open(os.path.join(ROOT, 'doc', 'rules.md'), encoding='utf-8') as f:
        text = f.read()
    marks = list(SECTION.finditer(text))
    sections = {}
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body = text[mark.end():end]
        # A section ends at the next heading of any level.
        body = re.split(r'^#{1,3} ', body, maxsplit=1, flags=re.M)[0]
        sections[mark.group(1)] = body
    return sections


def field(body, name):
    match = re.search(rf'\b{name}:\s*([^\n]*)', body)
    return match.group(1).strip() if match else None


class TestRuleBook(unittest.TestCase):
    def setUp(self):
        self.book = rule_book()
        self.catalogue = {r.get_id(): r for r in CoreGroup.RuleInfo.list_all()}

    def test_every_rule_has_a_section_and_no_more(self):
        self.assertEqual(sorted(self.catalogue), sorted(self.book))

    def test_kind_severity_and_parameters_agree(self):
        for rule_id, rule in self.catalogue.items():
            body = self.book[rule_id]
            kind = rule.get_kind().value_nick
            self.assertEqual(field(body, 'Kind').split('.')[0], kind, rule_id)
            severity = rule.get_severity().value_nick
            self.assertTrue(field(body, 'Severity').startswith(severity), f'{rule_id}: severity {severity}')
            names = [rule.get_parameter(i)[0] for i in range(rule.get_n_parameters())]
            written = re.findall(r'`([a-z_-]+)`', field(body, 'Parameters') or '')
            if names:
                self.assertEqual(written[:len(names)], names, f'{rule_id}: parameters')
            else:
                self.assertIn('none', field(body, 'Parameters').lower(), f'{rule_id}: takes no parameters')
            for i in range(rule.get_n_parameters()):
                name, _type, _required, default = rule.get_parameter(i)
                if default is not None:
                    for part in default.split(', '):
                        self.assertIn(part, body, f'{rule_id}: default of {name}')
            self.assertTrue(field(body, 'Sources'), f'{rule_id}: no sources')

    def test_sources_cite_documents_the_book_lists(self):
        with open(os.path.join(ROOT, 'doc', 'rules.md'), encoding='utf-8') as f:
            text = f.read()
        for rule in self.catalogue.values():
            for source in rule.get_sources():
                publisher = source.split(',')[0]
                self.assertIn(publisher, text, f'{rule.get_id()}: {publisher} is not in the rule book')

    @unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
    def test_policies_verbose_prints_only_rules_in_the_book(self):
        out = subprocess.run([TOOL, 'policies', '-v'], capture_output=True, text=True, check=True).stdout
        printed = set(re.findall(r'^    (?:deadline|check)\s+([a-z0-9-]+)', out, re.M))
        self.assertEqual(printed, set(self.catalogue))
        self.assertEqual(printed - set(self.book), set())


if __name__ == '__main__':
    unittest.main(verbosity=2)
