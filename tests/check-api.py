# SPDX-License-Identifier: LGPL-2.1-or-later
"""The public API surface: only cg_ symbols are exported, the umbrella header
includes every public header, and no public header includes a private one."""
import glob
import os
import re
import subprocess
import sys
import unittest

LIBRARY = sys.argv.pop(1) if len(sys.argv) > 1 else None
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
INCLUDE = os.path.join(ROOT, 'include', 'coregroup')


class TestApi(unittest.TestCase):
    @unittest.skipIf(LIBRARY is None, 'library path not given')
    def test_only_public_symbols_exported(self):
        out = subprocess.run(['nm', '-D', '--defined-only', LIBRARY],
                             capture_output=True, text=True, check=True).stdout
        symbols = [line.split()[-1] for line in out.splitlines() if line.strip()]
        functions = [s for s in symbols if not s.startswith('_')]
        self.assertGreater(len(functions), 50)
        stray = [s for s in functions if not s.startswith('cg_')]
        self.assertEqual(stray, [], 'exported symbols outside the cg_ namespace')
        private = [s for s in functions
                   if (s.startswith('cg_item_list') and s != 'cg_item_list_get_type') or s.startswith('cg_json')]
        self.assertEqual(private, [], 'private helpers are exported')

    def test_umbrella_includes_every_public_header(self):
        with open(os.path.join(INCLUDE, 'coregroup.h'), encoding='utf-8') as f:
            umbrella = f.read()
        included = set(re.findall(r'#\s*include <coregroup/([\w-]+\.h)>', umbrella))
        headers = {os.path.basename(p) for p in glob.glob(os.path.join(INCLUDE, 'cg-*.h'))}
        headers.add('cg-version.h')
        self.assertEqual(headers - included, set())

    def test_no_private_header_in_public_headers(self):
        for path in glob.glob(os.path.join(INCLUDE, '*.h')):
            with open(path, encoding='utf-8') as f:
                self.assertNotRegex(f.read(), r'#\s*include [<"][^>"]*-private\.h', path)


if __name__ == '__main__':
    unittest.main(verbosity=2)
