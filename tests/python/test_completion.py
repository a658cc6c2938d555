# SPDX-License-Identifier: LGPL-2.1-or-later
"""The bash completion of coregroup, run in bash as bash-completion runs it:
commands, each command's options, the values of --format, --division and
--policy, and files."""
import os
import re
import shlex
import subprocess
import tempfile
import unittest

TOOL = os.environ.get('COREGROUP_TOOL')
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
COMPLETION = os.path.join(ROOT, 'tools', 'bash-completion', 'coregroup')
BASH_COMPLETION = os.environ.get('BASH_COMPLETION_SCRIPT', '/usr/share/bash-completion/bash_completion')
OPTION = re.compile(r'^ {2,}(?:(-\w), )?(--[a-z][a-z-]*)', re.M)


def run(*args):
    return subprocess.run([TOOL, *args], capture_output=True, text=True, check=False)


def bash(script, cwd=None):
    result = subprocess.run(['bash', '--norc', '--noprofile', '-c',
                             f'source {shlex.quote(BASH_COMPLETION)}\nsource {shlex.quote(COMPLETION)}\n{script}'],
                            capture_output=True, text=True, cwd=cwd, check=False)
    if result.returncode != 0 or result.stderr:
        raise AssertionError(f'bash: exit status {result.returncode}: {result.stderr}')
    return result.stdout


def complete(*words, cwd=None):
    """What completing the last of @words offers, after `coregroup` and the others."""
    words = [TOOL, *words]
    line = ' '.join(shlex.quote(w) for w in words[:-1]) + ' ' + words[-1]
    script = f'''
COMP_WORDS=({' '.join(shlex.quote(w) for w in words)})
COMP_CWORD={len(words) - 1}
COMP_LINE={shlex.quote(line)}
COMP_POINT=${{#COMP_LINE}}
_coregroup coregroup {shlex.quote(words[-1])} {shlex.quote(words[-2])}
printf '%s\\n' "${{COMPREPLY[@]}}"
'''
    return sorted(filter(None, bash(script, cwd).splitlines()))


def commands():
    listing = run('--help').stdout.split('Commands:\n')[1].split('\n\n')[0]
    return [line.split()[0] for line in listing.splitlines()]


def help_options(command):
    return {o for pair in OPTION.findall(run(command, '--help').stdout) for o in pair if o}


def formats(command):
    message = run(command, '--format', 'no-such-format').stderr
    return re.search(r'is not a format this command writes \(([^)]*)\)', message).group(1).split(', ')


@unittest.skipIf(TOOL is None, 'COREGROUP_TOOL is not set (run through meson test)')
@unittest.skipUnless(os.path.exists(BASH_COMPLETION), 'bash-completion is not installed')
class TestCompletion(unittest.TestCase):
    def test_registered(self):
        self.assertEqual(bash('complete -p coregroup'), 'complete -F _coregroup coregroup\n')

    def test_commands(self):
        self.assertEqual(complete(''), sorted(commands() + ['help']))
        self.assertEqual(complete('de'), ['deadlines'])
        self.assertEqual(complete('--'), ['--help', '--version'])
        self.assertEqual(complete('help', 'w'), ['workdays'])

    def test_options_of_every_command(self):
        for command in commands():
            with self.subTest(command=command):
                options = help_options(command)
                self.assertIn('--help', options)
                self.assertEqual(complete(command, '-'), sorted(options))
                self.assertEqual(complete(command, '--'), sorted(o for o in options if o.startswith('--')))
        self.assertEqual(complete('deadlines', '--pol'), ['--policy', '--policy-file'])
        # Options after other options and arguments are the command's too.
        self.assertEqual(complete('workdays', '2026-12-18', '--div'), ['--division'])

    def test_format_values(self):
        for command in commands():
            if '--format' not in help_options(command):
                continue
            with self.subTest(command=command):
                self.assertEqual(complete(command, '--format', ''), sorted(formats(command)))
                self.assertEqual(complete(command, '--format=t'), ['text'])

    def test_division_values(self):
        divisions = complete('workdays', '--division', '')
        message = run('workdays', '--division', 'narnia', '2026-12-18', '1').stderr
        self.assertEqual(divisions, sorted(re.search(r'is not a division \(([^)]*)\)', message).group(1).split(', ')))
        for division in divisions:
            self.assertEqual(run('workdays', '--division', division, '2026-12-18', '1').returncode, 0)
        self.assertEqual(complete('workdays', '--division=sc'), ['scotland'])

    def test_policy_names(self):
        ids = sorted(line.split()[0] for line in run('policies').stdout.splitlines())
        self.assertIn('suffolk', ids)
        for command in ('deadlines', 'report'):
            with self.subTest(command=command):
                self.assertEqual(complete(command, '--policy', ''), ids)
                self.assertEqual(complete(command, '--policy', 'su'), ['suffolk'])
        self.assertEqual(complete('report', '--review', ''), ['next'])
        self.assertEqual(complete('plan', '--for', 'f'), ['family'])

    def test_files(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name in ('case.json', 'notes.txt', os.path.join('cases', 'other.json')):
                os.makedirs(os.path.dirname(os.path.join(tmp, name)), exist_ok=True)
                open(os.path.join(tmp, name), 'w').close()
            for command in ('validate', 'deadlines', 'minutes', 'plan', 'report'):
                with self.subTest(command=command):
                    self.assertEqual(complete(command, '', cwd=tmp), ['case.json', 'cases'])
            self.assertEqual(complete('deadlines', '--policy-file', '', cwd=tmp), ['case.json', 'cases'])
            self.assertEqual(complete('deadlines', 'cases/', cwd=tmp), ['cases/other.json'])
            self.assertEqual(complete('workdays', '', cwd=tmp), [])
            self.assertEqual(complete('deadlines', '--today', '', cwd=tmp), [])


if __name__ == '__main__':
    unittest.main(verbosity=2)
