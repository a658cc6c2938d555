# SPDX-License-Identifier: LGPL-2.1-or-later
"""Bad input that is not a bad document: things that are not regular files,
files past the size limit, dates outside the calendar's years on the command
line, bad policy files. Every one gets exit status 2 in bounded time, a
message naming the file or the option, and never a CRITICAL."""
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
TIMEOUT = 20


def run(*args):
    env = dict(os.environ)
    env.pop('G_DEBUG', None)   # let a CRITICAL print, as a user would see it
    try:
        return subprocess.run([TOOL, *args], capture_output=True, text=True, timeout=TIMEOUT,
                              env=env, check=False)
    except subprocess.TimeoutExpired:
        raise AssertionError(f'coregroup {" ".join(args)} took more than {TIMEOUT} s') from None


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestBadInput(unittest.TestCase):
    def assert_refused(self, result, named):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn(named, result.stderr)
        self.assertNotIn('CRITICAL', result.stderr)
        self.assertNotIn('WARNING', result.stderr)

    def test_not_regular_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            fifo = os.path.join(tmp, 'case.json')
            os.mkfifo(fifo)
            for path in (fifo, '/dev/zero', tmp):
                for command in ('validate', 'deadlines'):
                    with self.subTest(path=path, command=command):
                        self.assert_refused(run(command, path), path)

    def test_file_past_the_size_limit(self):
        with tempfile.TemporaryDirectory() as tmp:
            big = os.path.join(tmp, 'big.json')
            with open(big, 'wb') as f:
                f.write(b'{"format": "coregroup-case", "x": "')
                f.write(b'a' * (64 * 1024 * 1024))
                f.write(b'"}')
            result = run('validate', big)
            self.assert_refused(result, big)
            self.assertIn('larger than the limit', result.stderr)

    def test_today_outside_the_calendar(self):
        for today in ('0001-01-01', '1899-12-31', '2200-01-01', '9999-12-31', '2026-02-30', 'tomorrow'):
            with self.subTest(today=today):
                self.assert_refused(run('deadlines', '--today', today, SUFFOLK), '--today')
        for today in ('1900-01-01', '2199-12-20', '2199-12-31'):
            with self.subTest(today=today):
                result = run('deadlines', '--today', today, SUFFOLK)
                self.assertIn(result.returncode, (0, 1), result.stderr)
                self.assertNotIn('CRITICAL', result.stderr)

    def test_workdays_outside_the_calendar(self):
        for args in (('0001-01-01', '10'), ('2199-12-20', '20'), ('1900-01-02', '-5'),
                     ('2026-12-18', '99999999999'), ('--between', '2026-01-01', '2300-01-01')):
            with self.subTest(args=args):
                result = run('workdays', *args)
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertNotIn('CRITICAL', result.stderr)

    def test_bad_policy_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            cases = {
                'deep.json': '{"a": ' + '[' * 100000,
                'dup.json': '{"format": "coregroup-policy", "version": 1, "id": "x", "id": "y", "name": "X",'
                            ' "extends": "england"}',
                'misspelt.json': '{"format": "coregroup-policy", "version": 1, "id": "x", "name": "X",'
                                 ' "extends": "england", "checks": {"quorum": {"mnimum": 3, "source": "X"}}}',
            }
            for name, text in cases.items():
                path = os.path.join(tmp, name)
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
                with self.subTest(name=name):
                    self.assert_refused(run('deadlines', '--policy-file', path, SUFFOLK), name)
            os.mkfifo(os.path.join(tmp, 'fifo.json'))
            self.assert_refused(run('deadlines', '--policy-file', os.path.join(tmp, 'fifo.json'), SUFFOLK),
                                'fifo.json')


if __name__ == '__main__':
    unittest.main(verbosity=2)
