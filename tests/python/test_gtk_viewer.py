# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/gtk/coregroup-viewer.py under Xvfb: it opens a case and shows its deadlines."""
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import gi
gi.require_version('CoreGroup', '1.0')
gi.require_version('GdkPixbuf', '2.0')
from gi.repository import CoreGroup, GdkPixbuf, Gio  # noqa: E402

ROOT = os.environ.get('COREGROUP_SOURCE_ROOT',
                      os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
VIEWER = os.path.join(ROOT, 'examples', 'gtk', 'coregroup-viewer.py')
SUFFOLK = os.path.join(ROOT, 'examples', 'cases', 'suffolk-neglect.json')


def have_gtk():
    try:
        gi.require_version('Gtk', '4.0')
        gi.require_version('Adw', '1')
        return True
    except ValueError:
        return False


def dark_pixels(path, top, bottom):
    """Counts text-dark pixels between two rows of the window area."""
    pixbuf = GdkPixbuf.Pixbuf.new_from_file(path)
    data, stride, channels = pixbuf.get_pixels(), pixbuf.get_rowstride(), pixbuf.get_n_channels()
    count = 0
    for y in range(top, min(bottom, pixbuf.get_height())):
        row = y * stride
        for x in range(0, min(1090, pixbuf.get_width())):
            r, g, b = data[row + x * channels: row + x * channels + 3]
            if r + g + b < 300:
                count += 1
    return count


@unittest.skipUnless(shutil.which('xvfb-run') and shutil.which('import') and have_gtk(),
                     'needs xvfb-run, ImageMagick and GTK 4 / libadwaita typelibs')
class TestViewer(unittest.TestCase):
    def run_viewer(self, *args):
        tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, tmp)
        png = os.path.join(tmp, 'viewer.png')
        result = subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 1280x800x24', sys.executable, VIEWER,
                                 '--today', '2027-01-20', '--screenshot', png, *args],
                                capture_output=True, text=True, timeout=120, check=False)
        return result, png

    def test_shows_the_deadlines(self):
        result, png = self.run_viewer(SUFFOLK)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.getsize(png) > 10000)

        kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(SUFFOLK))
        report = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk').evaluate(kase, datetime.date(2027, 1, 20))
        shown = int(re.search(r': (\d+) deadlines shown', result.stdout).group(1))
        self.assertEqual(shown, report.get_deadlines().get_n_items())

        # The list area holds rows of text; an empty window's does not.
        empty, empty_png = self.run_viewer()
        self.assertEqual(empty.returncode, 0, empty.stderr)
        self.assertIn(': 0 deadlines shown', empty.stdout)
        with_case = dark_pixels(png, 130, 700)
        without = dark_pixels(empty_png, 130, 700)
        self.assertGreater(with_case, 20 * max(without, 100))

    def test_bad_case_exits_2(self):
        result, _ = self.run_viewer('/nonexistent.json')
        self.assertEqual(result.returncode, 2)


if __name__ == '__main__':
    unittest.main(verbosity=2)
