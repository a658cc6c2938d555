# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/gtk/coregroup-viewer.py under Xvfb: it opens on what needs
action, the longest overdue first, with names instead of ids; the
screenshots it takes are kept in COREGROUP_SCREENSHOT_DIR (the build's
tests/screenshots/ under meson test) for a person to look at."""
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
TODAY = datetime.date(2027, 1, 20)
ROW = re.compile(r'^row y=(\d+): (.*)$', re.M)


def have_gtk():
    try:
        gi.require_version('Gtk', '4.0')
        gi.require_version('Adw', '1')
        return True
    except ValueError:
        return False


def rows(stdout):
    """The rows the viewer says it drew, from the top: (y, {part: text})."""
    return [(int(y), dict(cell.split('=', 1) for cell in cells.split(' | ')))
            for y, cells in ROW.findall(stdout)]


def red_pixels(path, top, bottom, left=130, right=330):
    """Counts the pixels of Adwaita's error red in a band of the screen."""
    pixbuf = GdkPixbuf.Pixbuf.new_from_file(path)
    data, stride, channels = pixbuf.get_pixels(), pixbuf.get_rowstride(), pixbuf.get_n_channels()
    count = 0
    for y in range(max(top, 0), min(bottom, pixbuf.get_height())):
        for x in range(left, min(right, pixbuf.get_width())):
            r, g, b = data[y * stride + x * channels: y * stride + x * channels + 3]
            count += r > 150 and g < 80 and b < 80
    return count


def expected_urgent():
    """What needs action in the Suffolk example, worked out here from the
    report's entries and the calendar, not from Report.list_urgent: the
    overdue entries nobody accepted by working days overdue, most first,
    then what is due in the next ten working days, soonest first."""
    kase = CoreGroup.Case.new_from_file(Gio.File.new_for_path(SUFFOLK))
    report = CoreGroup.PolicyRegistry.new_builtin().lookup('suffolk').evaluate(kase, TODAY)
    calendar = report.get_calendar()
    horizon = calendar.add_working_days(TODAY, 10)
    overdue = sorted(((calendar.count_working_days(d.get_due(), TODAY), d.props.rule) for d in report.get_deadlines()
                      if d.props.status == CoreGroup.DeadlineStatus.OVERDUE and not d.is_acknowledged()),
                     key=lambda entry: -entry[0])
    soon = [(0, d.props.rule) for d in report.get_deadlines()
            if d.props.status == CoreGroup.DeadlineStatus.PENDING and d.get_due() <= horizon]
    return overdue + soon, report.get_deadlines().get_n_items()


@unittest.skipUnless(shutil.which('xvfb-run') and shutil.which('import') and have_gtk(),
                     'needs xvfb-run, ImageMagick and GTK 4 / libadwaita typelibs')
class TestViewer(unittest.TestCase):
    def setUp(self):
        self.shots = os.environ.get('COREGROUP_SCREENSHOT_DIR')
        if self.shots:
            os.makedirs(self.shots, exist_ok=True)
        else:
            tmp = tempfile.TemporaryDirectory()
            self.addCleanup(tmp.cleanup)
            self.shots = tmp.name

    def run_viewer(self, name, *args):
        png = os.path.join(self.shots, name)
        result = subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 1280x800x24', sys.executable, VIEWER,
                                 '--today', TODAY.isoformat(), '--screenshot', png, *args],
                                capture_output=True, text=True, timeout=120, check=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertGreater(os.path.getsize(png), 5000)
        return result.stdout, png

    def test_opens_on_the_most_overdue(self):
        stdout, png = self.run_viewer('gtk-viewer-needs-action.png', SUFFOLK)
        expected, n_deadlines = expected_urgent()
        drawn = rows(stdout)

        self.assertIn('page: urgent', stdout)
        self.assertIn(f': {n_deadlines} deadlines shown', stdout)
        # One row an entry, in the order worked out above; each says how long overdue.
        self.assertEqual([cells['when'].split(' · ')[1] for _, cells in drawn], [rule for _, rule in expected])
        self.assertEqual(expected[0], (3, 'minutes-circulated'))
        first_y, first = drawn[0]
        self.assertEqual(first['overdue'], '3 working days')
        self.assertEqual(first['overdue-note'], 'OVERDUE')
        self.assertEqual(first['when'], 'Due Fri 15 Jan 2027 · minutes-circulated')
        self.assertEqual(drawn[1][1]['overdue'], '1 working day')
        self.assertEqual(drawn[-1][1]['overdue'], 'Due soon')
        # Names, not ids: who last saw the child.
        self.assertEqual(drawn[1][1]['last'], 'Last met: seen by Jo Okafor (fictional) on Tue 5 Jan 2027')
        self.assertNotRegex(' '.join(text for _, cells in drawn for text in cells.values()), r'\b[mc]\d\b')

        # In the picture, the top row's badge is the overdue red; the row
        # due soon has none.
        self.assertGreater(red_pixels(png, first_y, first_y + 40), 150)
        last_y = drawn[-1][0]
        self.assertEqual(red_pixels(png, last_y, last_y + 40), 0)

    def test_every_deadline_with_names(self):
        stdout, _ = self.run_viewer('gtk-viewer-all-deadlines.png', '--page', 'deadlines', SUFFOLK)
        drawn = rows(stdout)
        self.assertIn('page: deadlines', stdout)
        self.assertEqual(drawn[0][1]['Rule'], 'child-seen')
        self.assertEqual(drawn[0][1]['Met'], 'seen by Priya Shah (fictional) on Tue 10 Nov 2026')
        self.assertEqual(drawn[1][1]['Met'], 'core group held on Tue 17 Nov 2026')

    def test_no_case(self):
        stdout, png = self.run_viewer('gtk-viewer-no-case.png')
        self.assertIn(': 0 deadlines shown', stdout)
        self.assertEqual(rows(stdout), [])
        self.assertEqual(red_pixels(png, 100, 700, 0, 1090), 0)

    def test_bad_case_exits_2(self):
        result = subprocess.run(['xvfb-run', '-a', '-s', '-screen 0 1280x800x24', sys.executable, VIEWER,
                                 '--today', TODAY.isoformat(), '--screenshot',
                                 os.path.join(self.shots, 'gtk-viewer-bad-case.png'), '/nonexistent.json'],
                                capture_output=True, text=True, timeout=120, check=False)
        self.assertEqual(result.returncode, 2)


if __name__ == '__main__':
    unittest.main(verbosity=2)
