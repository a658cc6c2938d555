# SPDX-License-Identifier: LGPL-2.1-or-later
"""The catalogues of po/ are complete and cannot fall behind the sources:
each language of LINGUAS translates every message, none fuzzy; the
messages extracted afresh, with the xgettext arguments po/meson.build
gives (passed as this script's arguments), add nothing a catalogue lacks
and drop nothing it has; POTFILES lists every source of the library and
of coregroup (tools/) that marks a string; and every translator comment
reaches the template."""
import glob
import os
import re
import subprocess
import sys
import tempfile
import unittest

XGETTEXT_ARGS = sys.argv[1:]
del sys.argv[1:]
ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
PO = os.path.join(ROOT, 'po')
# A call of the marking macros and functions of util/cg-i18n-private.h
# (where they are defined) or of glib/gi18n.h, which coregroup uses.
MARK = re.compile(r'(?<![\w])(_|N_|C_|NC_|cg_ngettext|ngettext)\s*\(\s*"')
SOURCES = (os.path.join('libcoregroup', '*', '*.c'), os.path.join('tools', '*.[ch]'))
DEFINED_IN = os.path.join('libcoregroup', 'util', 'cg-i18n.c')
COMPLETE = re.compile(r'^\d+ translated messages?\.$')


def lines_of(name):
    with open(os.path.join(PO, name), encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip() and not line.startswith('#')]


def statistics(po):
    result = subprocess.run(['msgfmt', '--check', '--statistics', '-o', os.devnull, po],
                            capture_output=True, text=True, check=False)
    return result.returncode, result.stderr.strip()


class TestCatalogues(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.pot = os.path.join(cls.tmp.name, 'libcoregroup.pot')
        subprocess.run(['xgettext', *XGETTEXT_ARGS, '--files-from', os.path.join(PO, 'POTFILES'),
                        '--directory', ROOT, '--output', cls.pot],
                       check=True, capture_output=True, text=True)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_every_language_has_a_catalogue(self):
        self.assertIn('cy', lines_of('LINGUAS'))
        for language in lines_of('LINGUAS'):
            self.assertTrue(os.path.exists(os.path.join(PO, language + '.po')), language)

    def test_catalogues_are_complete(self):
        for language in lines_of('LINGUAS'):
            with self.subTest(language=language):
                status, stats = statistics(os.path.join(PO, language + '.po'))
                self.assertEqual(status, 0, stats)
                self.assertRegex(stats, COMPLETE)

    def test_catalogues_keep_up_with_the_sources(self):
        for language in lines_of('LINGUAS'):
            with self.subTest(language=language):
                merged = os.path.join(self.tmp.name, language + '.po')
                subprocess.run(['msgmerge', '--quiet', '--output-file', merged,
                                os.path.join(PO, language + '.po'), self.pot], check=True)
                status, stats = statistics(merged)
                self.assertEqual(status, 0, stats)
                self.assertRegex(stats, COMPLETE, 'new or changed messages are not translated; '
                                 'run ninja libcoregroup-update-po and translate them')
                obsolete = subprocess.run(['msgattrib', '--only-obsolete', merged],
                                          capture_output=True, text=True, check=True).stdout
                self.assertEqual(obsolete, '', 'the catalogue has messages the sources no longer use')

    def test_potfiles_lists_every_marked_source(self):
        listed = set(lines_of('POTFILES'))
        marked = set()
        for path in (p for pattern in SOURCES for p in glob.glob(os.path.join(ROOT, pattern))):
            rel = os.path.relpath(path, ROOT)
            with open(path, encoding='utf-8') as f:
                if rel != DEFINED_IN and MARK.search(f.read()):
                    marked.add(rel)
        self.assertEqual(sorted(marked - listed), [], 'marked sources missing from po/POTFILES')
        self.assertEqual(sorted(p for p in listed if not os.path.exists(os.path.join(ROOT, p))), [])

    def test_translator_comments_reach_the_template(self):
        with open(self.pot, encoding='utf-8') as f:
            extracted = ' '.join(line[3:].lstrip('* ').strip() for line in f if line.startswith('#. '))
        extracted = ' '.join(extracted.split())
        lost = []
        for rel in lines_of('POTFILES'):
            with open(os.path.join(ROOT, rel), encoding='utf-8') as f:
                text = f.read()
            for match in re.finditer(r'/\* (Translators:.*?)\*/', text, re.S):
                comment = ' '.join(re.sub(r'\n\s*\*?', ' ', match.group(1)).split())
                if comment not in extracted:
                    lost.append(f'{rel}:{text.count(chr(10), 0, match.start()) + 1}')
        self.assertEqual(lost, [], 'a translator comment must stand on the line before the marked string')


if __name__ == '__main__':
    unittest.main(verbosity=2)
