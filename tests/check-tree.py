# SPDX-License-Identifier: LGPL-2.1-or-later
"""The source tree stands on its own: every source file carries its licence
line, and nothing in the tree points at material a user of the library does
not have (the working papers the project was written from)."""
import os
import re
import unittest

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
SOURCE = re.compile(r'\.(c|h|h\.in|py|js|vala)$|(^|/)(meson\.build|quickstart|run)$')
OUTSIDE = re.compile(r'\.\./shared|/work/shared|seed [0]0\d|seeds/|formats\.md|timescales\.md|spec/rules')
SPDX = 'SPDX-License-Identifier: LGPL-2.1-or-later'


def tree():
    for top, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if not d.startswith(('.git', '_build')) and d != '__pycache__']
        for name in files:
            path = os.path.join(top, name)
            yield os.path.relpath(path, ROOT), path


class TestTree(unittest.TestCase):
    def test_licence_file(self):
        with open(os.path.join(ROOT, 'COPYING'), encoding='utf-8') as f:
            self.assertIn('GNU LESSER GENERAL PUBLIC LICENSE', f.read())

    def test_every_source_file_has_an_spdx_line(self):
        missing = []
        for rel, path in tree():
            if SOURCE.search(rel):
                with open(path, encoding='utf-8') as f:
                    head = ''.join(f.readline() for _ in range(3))
                if SPDX not in head:
                    missing.append(rel)
        self.assertEqual(missing, [])

    def test_nothing_points_outside_the_project(self):
        pointers = []
        for rel, path in tree():
            try:
                with open(path, encoding='utf-8') as f:
                    text = f.read()
            except UnicodeDecodeError:
                continue
            if rel == os.path.join('tests', 'check-tree.py'):
                continue
            for number, line in enumerate(text.splitlines(), 1):
                if OUTSIDE.search(line):
                    pointers.append(f'{rel}:{number}: {line.strip()[:80]}')
        self.assertEqual(pointers, [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
