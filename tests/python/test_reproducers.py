# SPDX-License-Identifier: LGPL-2.1-or-later
"""Inputs that once broke the library (tests/reproducers/README.md), fed to
the command line: each is refused with exit status 2 in bounded time, the
message names the file and quotes nothing of it, and nothing prints a
CRITICAL. The two round-trip files are refused rather than saved, as strict
JSON requires (no lone surrogates, no number that is not finite); a valid
document with a control character comes back out as it went in."""
import gzip
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
REPRODUCERS = os.path.join(ROOT, 'tests', 'reproducers')
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')
TODAY = '2027-01-20'
TIMEOUT = 10   # seconds; every one of these is refused in well under one

# What each file holds that no message may repeat, as bytes: the escapes
# as written and the bytes they would decode to.
QUOTED = {
    'deep-nesting-75k.json.gz': [b'[[[['],
    'double-overflow-roundtrip.json': [b'1e400', b'inf.0'],
    'early-date.json': [b'0001-01-01', b'0001'],
    'int-overflow-silent.json': [b'123456789012345678901234567890', b'1234567890'],
    'late-date.json': [b'4052-11-05', b'4052'],
    'lone-low-surrogate-roundtrip.json': [b'\\ude00', b'\xed\xb8\x80'],
    'lone-surrogate-roundtrip.json': [b'\\ud800', b'\xed\xa0\x80'],
    'nul-escape-truncates-name.json': [b'Robin\\u0000', b'Robin', b'Smith'],
    'surrogate-pair-leak.json': [b'Robin', b'\\ud83d', b'\\u0041'],
    'syntax-error-echoes-name.json': [b'Robin Smith', b'Robin', b'Acacia', b'\\udc00'],
    'truncated-unicode-escape.json': [b'\x05', b'\xed\x80\x80'],
}
# A day the calendar covers: it may load, but must not break anything.
IN_SPAN = 'end-of-span-date.json'
# Valid documents that must load and be saved so that they load again,
# with the child's name as written.
ROUND_TRIP = {
    'unit-separator-roundtrip.json': 'Robin\x1fSmith',
}


def environment():
    env = dict(os.environ)
    # Let a CRITICAL print and the command carry on, as for a user.
    env.pop('G_DEBUG', None)
    return env


def run(*args):
    try:
        return subprocess.run([TOOL, *args], capture_output=True, timeout=TIMEOUT,
                              env=environment(), check=False)
    except subprocess.TimeoutExpired:
        raise AssertionError(f'coregroup {" ".join(args)} took more than {TIMEOUT} s') from None


class ReproducerCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path_of(self, name):
        """The file to give the command line; a .gz is unpacked first."""
        path = os.path.join(REPRODUCERS, name)
        if not name.endswith('.gz'):
            return path
        plain = os.path.join(self.tmp.name, name[:-len('.gz')])
        with gzip.open(path, 'rb') as src, open(plain, 'wb') as dst:
            dst.write(src.read())
        return plain

    def write(self, name, data):
        path = os.path.join(self.tmp.name, name)
        with open(path, 'wb') as f:
            f.write(data)
        return path

    def assertNoCritical(self, result):
        self.assertGreaterEqual(result.returncode, 0, f'killed by signal {-result.returncode}')
        self.assertNotIn(b'CRITICAL', result.stderr)
        self.assertNotIn(b'g_return', result.stderr)

    def assertRefused(self, result, path, quoted=()):
        self.assertNoCritical(result)
        self.assertEqual(result.returncode, 2, result.stderr.decode('utf-8', 'replace'))
        self.assertIn(os.fsencode(path), result.stderr)
        # The file's own name may contain anything; look at the rest.
        stderr = result.stderr.replace(os.fsencode(path), b'FILE')
        for text in quoted:
            self.assertNotIn(text, stderr)
            self.assertNotIn(text, result.stdout)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestReproducers(ReproducerCase):
    def test_every_file_is_listed(self):
        names = sorted(n for n in os.listdir(REPRODUCERS) if not n.startswith(('README', '.')))
        self.assertEqual(names, sorted([*QUOTED, IN_SPAN, *ROUND_TRIP]))
        with open(os.path.join(REPRODUCERS, 'README.md'), encoding='utf-8') as f:
            readme = f.read()
        for name in names:
            self.assertIn(f'`{name}`', readme)

    def test_validate_refuses(self):
        for name, quoted in QUOTED.items():
            with self.subTest(file=name):
                path = self.path_of(name)
                self.assertRefused(run('validate', path), path, quoted)

    def test_deadlines_refuses(self):
        for name, quoted in QUOTED.items():
            with self.subTest(file=name):
                path = self.path_of(name)
                self.assertRefused(run('deadlines', '--today', TODAY, path), path, quoted)

    def test_deadlines_json_and_ics_refuse(self):
        for fmt in ('json', 'ics'):
            for name, quoted in QUOTED.items():
                with self.subTest(format=fmt, file=name):
                    path = self.path_of(name)
                    result = run('deadlines', '--today', TODAY, '--format', fmt, path)
                    self.assertRefused(result, path, quoted)
                    self.assertEqual(result.stdout, b'')

    def test_last_day_of_the_calendar(self):
        path = self.path_of(IN_SPAN)
        result = run('validate', path)
        self.assertNoCritical(result)
        self.assertIn(result.returncode, (0, 2))
        for fmt in ('text', 'json', 'ics'):
            with self.subTest(format=fmt):
                result = run('deadlines', '--today', TODAY, '--format', fmt, path)
                self.assertNoCritical(result)
                self.assertIn(result.returncode, (0, 1, 2))
                if result.returncode == 2:
                    self.assertIn(os.fsencode(path), result.stderr)

    def test_deep_nesting_as_a_policy_file(self):
        path = self.path_of('deep-nesting-75k.json.gz')
        result = run('deadlines', '--today', TODAY, '--policy-file', path, SUFFOLK)
        self.assertRefused(result, path, [b'[[[['])


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestRoundTrip(ReproducerCase):
    def test_valid(self):
        for name in ROUND_TRIP:
            with self.subTest(file=name):
                result = run('validate', self.path_of(name))
                self.assertNoCritical(result)
                self.assertEqual(result.returncode, 0, result.stderr)

    def test_saved_form_loads_again(self):
        try:
            import gi
            gi.require_version('CoreGroup', '1.0')
            from gi.repository import CoreGroup
        except (ImportError, ValueError):
            self.skipTest('the CoreGroup typelib is not available')
        for name, child in ROUND_TRIP.items():
            with self.subTest(file=name):
                with open(self.path_of(name), 'rb') as f:
                    kase = CoreGroup.Case.new_from_data(f.read())
                self.assertEqual(kase.get_child_name(), child)
                saved = kase.to_data()
                again = CoreGroup.Case.new_from_data(saved.encode('utf-8'))
                self.assertEqual(again.get_child_name(), child)
                self.assertEqual(again.to_data(), saved)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestCalendarSpan(ReproducerCase):
    """The variants early-date.json stands for: a date outside 1900-2199 is
    refused when the case is read; the first day of the span is not."""

    def variant(self, date):
        with open(os.path.join(REPRODUCERS, 'early-date.json'), 'rb') as f:
            data = f.read().replace(b'0001-01-01', date.encode())
        return self.write(f'date-{date}.json', data)

    def test_outside_the_span(self):
        for date in ('1899-12-31', '2200-01-01', '9999-12-31'):
            with self.subTest(date=date):
                path = self.variant(date)
                self.assertRefused(run('validate', path), path, [date.encode()])
                self.assertRefused(run('deadlines', '--today', TODAY, path), path, [date.encode()])

    def test_first_day_of_the_span(self):
        path = self.variant('1900-01-01')
        result = run('validate', path)
        self.assertNoCritical(result)
        self.assertEqual(result.returncode, 0, result.stderr)
        result = run('deadlines', '--today', TODAY, path)
        self.assertNoCritical(result)
        self.assertIn(result.returncode, (0, 1))

    def test_today_at_the_ends_of_the_span(self):
        for today in ('1900-01-01', '2199-12-20', '2199-12-31'):
            with self.subTest(today=today):
                result = run('deadlines', '--today', today, SUFFOLK)
                self.assertNoCritical(result)
                self.assertIn(result.returncode, (0, 1, 2))
        for today in ('1899-12-31', '2200-01-01'):
            with self.subTest(today=today):
                result = run('deadlines', '--today', today, SUFFOLK)
                self.assertNoCritical(result)
                self.assertEqual(result.returncode, 2)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestNumbers(ReproducerCase):
    """int-overflow-silent.json's neighbours: the signed 64-bit range is kept
    exactly, one past either end is refused."""

    BASE = (b'{"format":"coregroup-case","version":1,"id":"c1","policy":"england",'
            b'"child":{"name":"x"},"initial_conference":"2026-11-05","members":[],"plan":{},'
            b'"x_num":%s}')

    def test_outside_int64_is_refused(self):
        for number in (b'9223372036854775808', b'-9223372036854775809'):
            with self.subTest(number=number):
                path = self.write('number.json', self.BASE % number)
                self.assertRefused(run('validate', path), path, [number])

    def test_int64_limits_are_kept(self):
        try:
            import gi
            gi.require_version('CoreGroup', '1.0')
            from gi.repository import CoreGroup
        except (ImportError, ValueError):
            self.skipTest('the CoreGroup typelib is not available')
        for number in (b'9223372036854775807', b'-9223372036854775808'):
            with self.subTest(number=number):
                kase = CoreGroup.Case.new_from_data(self.BASE % number)
                self.assertIn('"x_num" : ' + number.decode(), kase.to_data())


if __name__ == '__main__':
    unittest.main(verbosity=2)
