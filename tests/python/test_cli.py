"""The coregroup command-line tool, as formats.md and the README describe it."""
import glob
import os
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURE = os.path.join(ROOT, 'tests', 'data', 'case-full.json')


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
class TestValidate(unittest.TestCase):
    def test_examples_are_valid(self):
        examples = sorted(glob.glob(os.path.join(ROOT, 'examples', 'cases', '*.json')))
        self.assertGreaterEqual(len(examples), 3)
        result = run('validate', *examples)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.count(': valid'), len(examples))

    def test_broken_file_names_file_and_field(self):
        with open(FIXTURE, encoding='utf-8') as f:
            text = f.read().replace('"date": "2026-12-17",\n      "chair"', '"date": "2026-12-32",\n      "chair"')
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'broken.json')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            result = run('validate', FIXTURE, path)
        self.assertEqual(result.returncode, 2)
        self.assertIn(FIXTURE + ': valid', result.stdout)
        self.assertIn(path + ': meetings[1].date:', result.stderr)

    def test_missing_file(self):
        result = run('validate', '/nonexistent/case.json')
        self.assertEqual(result.returncode, 2)
        self.assertIn('/nonexistent/case.json', result.stderr)

    def test_usage_errors(self):
        self.assertEqual(run('validate').returncode, 2)
        self.assertEqual(run('no-such-command').returncode, 2)
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run('--help').returncode, 0)


if __name__ == '__main__':
    unittest.main(verbosity=2)
