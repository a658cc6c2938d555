# SPDX-License-Identifier: LGPL-2.1-or-later
"""`meson install` writes nothing outside the prefix.

A fresh build of the source tree with its own prefix is installed into a
temporary DESTDIR: every file installed must be under DESTDIR + prefix, and
the manual page, the bash completion, the JSON Schemas and the PyGObject
override must be among them and work from there. The build the tests run
in (with its reference, when it is built) is checked too, from what meson
says it would install.

Usage: check-install.py SOURCE-ROOT BUILD-ROOT"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE_ROOT, BUILD_ROOT = sys.argv[1:3] if len(sys.argv) >= 3 else (None, None)
PREFIX = '/opt/coregroup-check'


def environment():
    env = dict(os.environ)
    # Debian's meson and Python, as build-aux/quickstart uses (a pyenv
    # python3 first on PATH may lack gi).
    env['PATH'] = '/usr/bin:/bin:' + env.get('PATH', '')
    # Nothing of the test's own environment reaches the build it makes.
    for name in ('DESTDIR', 'LD_LIBRARY_PATH', 'GI_TYPELIB_PATH', 'PYTHONPATH', 'MANPATH', 'G_DEBUG',
                 'MALLOC_CHECK_', 'MALLOC_PERTURB_', 'G_TEST_SRCDIR', 'G_TEST_BUILDDIR'):
        env.pop(name, None)
    return env


def meson(*args, cwd=None):
    command = [shutil.which('meson', path='/usr/bin:/bin') or 'meson', *args]
    result = subprocess.run(command, capture_output=True, text=True, env=environment(), cwd=cwd, check=False)
    if result.returncode != 0:
        raise AssertionError(f'{" ".join(command)}: exit status {result.returncode}\n'
                             f'{result.stdout[-4000:]}\n{result.stderr[-4000:]}')
    return result.stdout


def is_under(path, directory):
    return os.path.commonpath([os.path.abspath(path), directory]) == directory


@unittest.skipIf(SOURCE_ROOT is None, 'give the source and build roots (run through meson test)')
class TestInstall(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='coregroup-install-')
        cls.build = os.path.join(cls.tmp, 'build')
        cls.destdir = os.path.join(cls.tmp, 'dest')
        cls.root = cls.destdir + PREFIX
        # The reference is left out, to show the schemas are installed
        # without it; the manual page is required, so a missing scdoc fails.
        meson('setup', cls.build, SOURCE_ROOT, f'--prefix={PREFIX}', '-Dtests=false', '-Ddocumentation=false',
              '-Dman=enabled', '--buildtype=plain')
        meson('compile', '-C', cls.build, '-j', '2')
        meson('install', '-C', cls.build, '--destdir', cls.destdir, '--no-rebuild', '--quiet')
        cls.files = sorted(os.path.join(top, name)
                           for top, dirs, names in os.walk(cls.destdir) for name in names + [
                               d for d in dirs if os.path.islink(os.path.join(top, d))])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def installed(self, pattern):
        """The one installed file matching @pattern under the prefix."""
        found = glob.glob(os.path.join(self.root, pattern), recursive=True)
        self.assertEqual(len(found), 1, f'{pattern}: {found}')
        return found[0]

    def library_dir(self):
        return os.path.dirname(self.installed('lib*/**/libcoregroup-1.0.so.0'))

    def test_everything_under_the_prefix(self):
        self.assertGreater(len(self.files), 40)
        outside = [f for f in self.files if not is_under(f, self.root)]
        self.assertEqual(outside, [])
        # What meson says it wrote: the files, and the directories it made,
        # which are under the prefix too but for those leading to it.
        with open(os.path.join(self.build, 'meson-logs', 'install-log.txt'), encoding='utf-8') as f:
            logged = [line.strip() for line in f if not line.startswith('#')]
        self.assertEqual([p for p in logged if not is_under(p, self.root) and not is_under(self.root, p)], [])
        self.assertLessEqual(set(self.files), set(logged))

    def test_the_build_under_test_installs_under_its_prefix(self):
        options = json.loads(meson('introspect', BUILD_ROOT, '--buildoptions'))
        prefix = next(o['value'] for o in options if o['name'] == 'prefix')
        destinations = json.loads(meson('introspect', BUILD_ROOT, '--installed')).values()
        self.assertGreater(len(destinations), 40)
        self.assertEqual([d for d in destinations if not is_under(d, prefix)], [])

    def test_manual_page(self):
        page = self.installed('share/man/man1/coregroup.1')
        env = dict(environment(), MANPATH=os.path.join(self.root, 'share', 'man'), LC_ALL='C', MANWIDTH='80')
        where = subprocess.run(['man', '-w', 'coregroup'], capture_output=True, text=True, env=env, check=True)
        self.assertEqual(where.stdout.strip(), page)
        shown = subprocess.run(['man', 'coregroup'], capture_output=True, text=True, env=env, check=True)
        self.assertIn('coregroup - check child protection core group records', shown.stdout)
        self.assertIn(f'{PREFIX}/share/coregroup-1.0/coregroup-case.schema.json', shown.stdout)

    def test_bash_completion(self):
        completion = self.installed('share/bash-completion/completions/coregroup')
        with open(os.path.join(SOURCE_ROOT, 'tools', 'bash-completion', 'coregroup'), encoding='utf-8') as f, \
                open(completion, encoding='utf-8') as g:
            self.assertEqual(f.read(), g.read())

    def test_schemas(self):
        for name in ('coregroup-case.schema.json', 'coregroup-policy.schema.json'):
            with open(self.installed(f'share/coregroup-1.0/{name}'), encoding='utf-8') as f:
                self.assertEqual(json.load(f)['$schema'], 'http://json-schema.org/draft-07/schema#')

    def test_tool_runs_from_the_prefix(self):
        env = dict(environment(), LD_LIBRARY_PATH=self.library_dir())
        result = subprocess.run([self.installed('bin/coregroup'), 'workdays', '2026-12-18', '10'],
                                capture_output=True, text=True, env=env, check=False)
        self.assertEqual((result.returncode, result.stdout), (0, '2027-01-06\n'), result.stderr)

    def test_override_loads_from_the_prefix(self):
        override = self.installed('lib*/**/gi/overrides/CoreGroup.py')
        typelib = self.installed('lib*/**/girepository-1.0/CoreGroup-1.0.typelib')
        env = dict(environment(), PYTHONPATH=os.path.dirname(os.path.dirname(os.path.dirname(override))),
                   GI_TYPELIB_PATH=os.path.dirname(typelib), LD_LIBRARY_PATH=self.library_dir(),
                   PYTHONDONTWRITEBYTECODE='1')
        script = ('import sys, gi\n'
                  'gi.require_version("CoreGroup", "1.0")\n'
                  'from gi.repository import CoreGroup\n'
                  'print(sys.modules["gi.overrides.CoreGroup"].__file__)\n'
                  'print(CoreGroup.date_parse("2027-01-20").isoformat())\n')
        result = subprocess.run(['/usr/bin/python3', '-c', script], capture_output=True, text=True, env=env,
                                check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        # The override in use is the installed one: it makes a datetime.date.
        self.assertEqual(result.stdout.splitlines(), [override, '2027-01-20'])


if __name__ == '__main__':
    unittest.main(argv=sys.argv[:1], verbosity=2)
