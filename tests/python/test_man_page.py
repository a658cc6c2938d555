# SPDX-License-Identifier: LGPL-2.1-or-later
"""coregroup(1), as man(1) shows it, lists every command and every option
that the commands' --help lists, and no other: the page cannot drift from
the program."""
import os
import re
import subprocess
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
MAN_PAGE = os.environ.get('COREGROUP_MAN_PAGE')
SECTIONS = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'GLOBAL OPTIONS', 'COMMANDS', 'EXIT STATUS', 'ENVIRONMENT',
            'FILES', 'EXAMPLES', 'SEE ALSO']
OPTION = re.compile(r'^ {2,}(?:(-\w), )?(--[a-z][a-z-]*)', re.M)


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


def commands():
    """The commands `coregroup --help` lists."""
    listing = run('--help').stdout.split('Commands:\n')[1].split('\n\n')[0]
    return [line.split()[0] for line in listing.splitlines()]


def help_options(*command):
    """The options `coregroup [COMMAND] --help` lists, as a set of '-x' and '--xyz'."""
    found = set()
    for short, long in OPTION.findall(run(*command, '--help').stdout):
        found.update(o for o in (short, long) if o)
    return found


def formats(command):
    """The --format values a command writes, from its refusal of another."""
    message = run(command, '--format', 'no-such-format').stderr
    match = re.search(r'is not a format this command writes \(([^)]*)\)', message)
    return match.group(1).split(', ') if match else []


def render(path):
    env = dict(os.environ, LC_ALL='C', MANWIDTH='100')
    env.pop('MAN_KEEP_FORMATTING', None)
    result = subprocess.run(['man', '-l', path], capture_output=True, text=True, env=env, check=True)
    return result.stdout


def split(text, heading):
    """{title: body} for the parts of @text whose titles match @heading."""
    parts = {}
    matches = list(re.finditer(heading, text, re.M))
    for match, following in zip(matches, matches[1:] + [None]):
        parts[match.group(1)] = text[match.end():following.start() if following else len(text)]
    return parts


@unittest.skipIf(TOOL is None or MAN_PAGE is None, 'COREGROUP_TOOL or COREGROUP_MAN_PAGE is not set (run through meson test)')
class TestManPage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.page = render(MAN_PAGE)
        cls.sections = split(cls.page, r'^([A-Z][A-Z ]+)\n')
        cls.commands = split(cls.sections['COMMANDS'], r'^   ([a-z]+)\n')

    def test_sections(self):
        self.assertEqual([s for s in self.sections if s in SECTIONS], SECTIONS)
        self.assertIn('coregroup - ', self.sections['NAME'])

    def test_every_command(self):
        self.assertEqual(list(self.commands), commands())

    def test_global_options(self):
        self.assertEqual(set(o for pair in OPTION.findall(self.sections['GLOBAL OPTIONS']) for o in pair if o),
                         help_options())

    def test_every_option_of_every_command(self):
        for command, text in self.commands.items():
            with self.subTest(command=command):
                listed = set(o for pair in OPTION.findall(text) for o in pair if o)
                self.assertEqual(listed, help_options(command) - {'-h', '--help'})
                self.assertIn(f'coregroup {command} ', text)

    def test_every_format(self):
        for command, text in self.commands.items():
            if '--format' not in help_options(command):
                continue
            with self.subTest(command=command):
                known = formats(command)
                self.assertIn('text', known)
                description = text.split('--format FORMAT\n')[1]
                for value in known:
                    self.assertRegex(description, rf'\b{value}\b')

    def test_exit_statuses(self):
        self.assertEqual(re.findall(r'^       (\d)$', self.sections['EXIT STATUS'], re.M), ['0', '1', '2'])

    def test_examples_use_real_options(self):
        examples = [line.strip() for line in self.sections['EXAMPLES'].splitlines()
                    if line.strip().startswith('coregroup ')]
        self.assertGreaterEqual(len(examples), 8)
        for example in examples:
            with self.subTest(example=example):
                command = example.split()[1]
                self.assertIn(command, self.commands)
                used = set(re.findall(r'(?<!\S)(--[a-z][a-z-]*)', example))
                self.assertLessEqual(used, help_options(command))

    def test_environment_and_files(self):
        for variable in ('XDG_DATA_HOME', 'XDG_DATA_DIRS', 'LANGUAGE'):
            self.assertIn(variable, self.sections['ENVIRONMENT'])
        self.assertIn('coregroup/policies/', self.sections['FILES'])
        self.assertRegex(self.sections['FILES'], r'/coregroup-1\.0/coregroup-case\.schema\.json')


if __name__ == '__main__':
    unittest.main(verbosity=2)
