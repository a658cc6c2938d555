# SPDX-License-Identifier: LGPL-2.1-or-later
"""The library's layers run one way. Each folder of libcoregroup/ is a layer:

    documents the review report, minutes and copies of the plan
    caseload  many cases read and evaluated at once
    formats   the case document reader and writer, the report writers
    rules     policies, the rule catalogue, the rules, reports
    domain    the case record types        calendar   working days
    json      strict JSON readers, builder helpers, unknown-field keeping
    util      dates, errors, list models, small helpers

A file may use its own folder and the layers below it, never a layer above
or a peer on its own level. The check reads both the #include lines of the
sources and the symbols each compiled object really calls (through the
umbrella header a call upwards would not show as an include), and checks
the private headers include each other without a cycle. The tools use the
public headers only."""
import glob
import os
import re
import subprocess
import sys
import unittest

OBJECTS = sys.argv.pop(1) if len(sys.argv) > 1 else None
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
LIBRARY = os.path.join(ROOT, 'libcoregroup')

LEVELS = {'util': 0, 'json': 1, 'domain': 2, 'calendar': 2, 'rules': 3, 'formats': 4, 'documents': 5, 'caseload': 5}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def allowed(user, used):
    """May a file in folder `user` use one in folder `used`?"""
    return used == user or LEVELS[used] < LEVELS[user]


def sources():
    return sorted(glob.glob(os.path.join(LIBRARY, '*', '*.[ch]')))


def folder_of(path):
    return os.path.relpath(path, LIBRARY).split(os.sep)[0]


class TestLayers(unittest.TestCase):
    def test_every_folder_is_a_layer(self):
        folders = {folder_of(p) for p in sources()}
        self.assertEqual(folders - set(LEVELS), set(), 'a folder of libcoregroup/ is not in the layer list')
        self.assertEqual(glob.glob(os.path.join(LIBRARY, '*.[ch]')), [],
                         'sources directly in libcoregroup/ belong in a layer folder')

    def test_includes_name_their_folder_and_run_downwards(self):
        for path in sources():
            user = folder_of(path)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            for name in INCLUDE.findall(text):
                if name == 'config.h':
                    continue
                self.assertIn('/', name, f'{path}: #include "{name}" does not name its folder')
                used = name.split('/')[0]
                self.assertIn(used, LEVELS, f'{path}: #include "{name}"')
                self.assertTrue(allowed(user, used), f'{path} ({user}) includes {name}, a layer above or beside it')
                self.assertTrue(os.path.exists(os.path.join(LIBRARY, name)), f'{path}: {name} does not exist')

    def test_private_headers_have_no_include_cycle(self):
        graph = {}
        for path in glob.glob(os.path.join(LIBRARY, '*', '*.h')):
            with open(path, encoding='utf-8') as f:
                graph[os.path.relpath(path, LIBRARY)] = [n for n in INCLUDE.findall(f.read()) if '/' in n]

        state = {}

        def visit(node, trail):
            if state.get(node) == 'done':
                return
            self.assertNotEqual(state.get(node), 'open', 'include cycle: ' + ' -> '.join(trail + [node]))
            state[node] = 'open'
            for child in graph.get(node, []):
                visit(child, trail + [node])
            state[node] = 'done'

        for node in graph:
            visit(node, [])

    def test_tools_use_public_headers_only(self):
        for path in glob.glob(os.path.join(ROOT, 'tools', '*.[ch]')):
            with open(path, encoding='utf-8') as f:
                for name in INCLUDE.findall(f.read()):
                    self.assertTrue(name in ('config.h',) or name.startswith('cg-tool'),
                                    f'{path} includes the library-internal header {name}')

    @unittest.skipIf(OBJECTS is None, 'object directory not given')
    def test_calls_run_downwards(self):
        objects = glob.glob(os.path.join(OBJECTS, '*.o'))
        layered = {}
        for obj in objects:
            folder = os.path.basename(obj).split('_')[0]
            if folder in LEVELS:
                layered[obj] = folder
        self.assertGreater(len(layered), 30, f'too few objects found in {OBJECTS}')

        def symbols(flag):
            out = subprocess.run(['nm', '-A', flag, *sorted(layered)],
                                 capture_output=True, text=True, check=True).stdout
            for line in out.splitlines():
                obj, _, rest = line.partition(':')
                yield obj, rest.split()

        defined_in = {}
        for obj, parts in symbols('--defined-only'):
            if len(parts) == 3 and parts[1] in 'TDRB' and parts[2].startswith('cg_'):
                defined_in[parts[2]] = layered[obj]

        crossings = []
        for obj, parts in symbols('--undefined-only'):
            used = defined_in.get(parts[-1]) if parts else None
            if used is not None and not allowed(layered[obj], used):
                crossings.append(f'{os.path.basename(obj)} ({layered[obj]}) calls {parts[-1]} ({used})')
        self.assertEqual(crossings, [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
